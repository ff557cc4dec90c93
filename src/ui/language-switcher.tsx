import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@/i18n/languages';

interface LanguageSwitcherProps {
  readonly current: Language;
  readonly onChange: (language: Language) => void;
}

/** One button per language, each named in its own language so anyone can find theirs. */
export function LanguageSwitcher({ current, onChange }: LanguageSwitcherProps) {
  const { t } = useTranslation('common');
  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switcher__button"
          aria-pressed={language === current}
          onClick={() => {
            if (language !== current) onChange(language);
          }}
        >
          {t(`language.names.${language}`)}
        </button>
      ))}
    </div>
  );
}
