import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { OPERATOR } from '@/data/operator';
import { DEFAULT_LANGUAGE, LANGUAGE_PREFIX, parseLanguage, type Language } from '@/i18n/languages';
import { BASE_URL } from '@/platform/base-url';
import { Disclaimer } from '@/ui/disclaimer';
import { LanguageSwitcher } from '@/ui/language-switcher';
import { Layout } from '@/ui/layout';
import { useClientValue } from '@/ui/use-client-value';
import { OperatorBlock } from '@/ui/operator-block';
import { useAppSettings } from './app-settings';
import { LanguageOffer } from './language-offer';
import { useLanguageChosen } from './language-store';
import './language.css';

/** The layout with this site's compliance footer; in a blog embed, only the short disclaimer. */
export function SiteLayout({ children }: { readonly children: ReactNode }) {
  const { i18n } = useTranslation('common');
  const { embed } = useAppSettings();
  const languageChosen = useLanguageChosen();
  const language: Language = parseLanguage(i18n.language) ?? DEFAULT_LANGUAGE;
  const operator = OPERATOR;

  const { pathname, search, hash } = useLocation();
  // The query and the fragment (a result code) are unknown to the pre-render: the links hydrate
  // without them, then gain them, so the other language's page opens the same result.
  const queryAndFragment = useClientValue(() => `${search}${hash}`, '');
  // The router's paths are language-free; each language's pages live under its own prefix.
  const hrefFor = (other: Language): string =>
    `${BASE_URL}${LANGUAGE_PREFIX[other]}${pathname.replace(/^\/+/, '')}${queryAndFragment}`;

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
      headerEnd={
        <>
          <LanguageSwitcher current={language} hrefFor={hrefFor} onChoose={languageChosen} />
          <LanguageOffer current={language} hrefFor={hrefFor} onChoose={languageChosen} />
        </>
      }
      footer={footer}
    >
      {children}
    </Layout>
  );
}
