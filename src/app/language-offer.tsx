import { useTranslation } from 'react-i18next';
import { parseLanguage, type Language } from '@/i18n/languages';
import { useClientValue } from '@/ui/use-client-value';
import { useChosenLanguage } from './language-store';

/** The first language of the browser's list the site speaks, if any. */
function browserLanguage(): Language | undefined {
  for (const candidate of navigator.languages) {
    const language = parseLanguage(candidate);
    if (language !== undefined) return language;
  }
  return undefined;
}

/**
 * A reader whose stored choice or browser prefers the other language is offered its page, near the
 * top, instead of having this one re-rendered under their eyes. It floats over the page (no
 * layout shift), shows only once the app runs (the pre-rendered HTML cannot know the reader), and
 * closing it counts as choosing this page's language.
 */
export function LanguageOffer({
  current,
  hrefFor,
  onChoose,
}: {
  readonly current: Language;
  readonly hrefFor: (language: Language) => string;
  readonly onChoose: (language: Language) => void;
}) {
  const { t } = useTranslation('common');
  const chosen = useChosenLanguage();
  const browser = useClientValue(browserLanguage, undefined);
  const preferred = chosen ?? browser;
  if (preferred === undefined || preferred === current) return null;
  return (
    <aside className="language-offer" aria-label={t('language.label')}>
      <a
        className="language-offer__link"
        href={hrefFor(preferred)}
        hrefLang={preferred}
        lang={preferred}
        onClick={() => onChoose(preferred)}
      >
        {t(`language.offers.${preferred}`)}
      </a>
      <button
        type="button"
        className="language-offer__close"
        aria-label={t('language.dismissOffer')}
        onClick={() => onChoose(current)}
      >
        ×
      </button>
    </aside>
  );
}
