import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SITE } from '@/data/site';
import { switchLanguage } from '@/i18n/i18n';
import { parseLanguage, DEFAULT_LANGUAGE, type Language } from '@/i18n/languages';
import { Disclaimer } from '@/ui/disclaimer';
import { LanguageSwitcher } from '@/ui/language-switcher';
import { Layout } from '@/ui/layout';
import { OperatorBlock } from '@/ui/operator-block';
import { useAppSettings } from './app-settings';
import { useLanguageChosen } from './language-store';

/** The layout with this site's compliance footer; in a blog embed, only the short disclaimer. */
export function SiteLayout({ children }: { readonly children: ReactNode }) {
  const { i18n } = useTranslation('common');
  const { embed } = useAppSettings();
  const languageChosen = useLanguageChosen();
  const language: Language = parseLanguage(i18n.language) ?? DEFAULT_LANGUAGE;
  const { operator } = SITE;

  const onLanguageChange = (next: Language): void => {
    languageChosen(next);
    void switchLanguage(i18n, next);
  };

  const footer = embed ? (
    <>
      <Disclaimer variant="short" />
      <OperatorBlock operator={operator} language={language} variant="short" />
    </>
  ) : (
    <>
      <Disclaimer variant="full" />
      <OperatorBlock operator={operator} language={language} variant="full" />
    </>
  );

  return (
    <Layout
      embed={embed}
      headerEnd={<LanguageSwitcher current={language} onChange={onLanguageChange} />}
      footer={footer}
    >
      {children}
    </Layout>
  );
}
