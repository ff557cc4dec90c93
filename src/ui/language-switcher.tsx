import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@/i18n/languages';

interface LanguageSwitcherProps {
  readonly current: Language;
  /** The address of the page the reader is on, in another language. */
  readonly hrefFor: (language: Language) => string;
  /** Called as the reader follows a link to another language (before the page changes). */
  readonly onChoose: (language: Language) => void;
}

/**
 * One link per language, each named in its own language so anyone can find theirs. Each language
 * has pages of its own, so these are plain links: they work before the app starts, and a crawler
 * follows them like the page's hreflang alternates.
 */
export function LanguageSwitcher({ current, hrefFor, onChoose }: LanguageSwitcherProps) {
  const { t } = useTranslation('common');
  return (
    <nav className="language-switcher" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <a
          key={language}
          href={hrefFor(language)}
          hrefLang={language}
          lang={language}
          className="language-switcher__button"
          aria-current={language === current ? 'page' : undefined}
          onClick={() => onChoose(language)}
        >
          {t(`language.names.${language}`)}
        </a>
      ))}
    </nav>
  );
}
