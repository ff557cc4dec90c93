import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BANNER_SIZES, bannerAlt, bannerPath } from '@/data/banners';
import { QUESTIONS } from '@/data/questions';
import { minutesFor } from '@/data/quiz-length';
import { SITE } from '@/data/site';
import { LANGUAGES, DEFAULT_LANGUAGE, parseLanguage, pathInLanguage } from '@/i18n/languages';
import { BASE_URL as BASE_PATH } from '@/platform/base-url';
import { useDocumentTitle } from '@/ui/use-document-title';
import { useClientValue } from '@/ui/use-client-value';
import {
  EMBED_THEMES,
  embedFrameQuery,
  parseEmbedAttributes,
  type EmbedLanguage,
  type EmbedTheme,
} from './embed-protocol';
import { PREVIEW_INSTANCE_ID, EmbedPreview } from './embed-preview';
import { EmbedSnippetBox } from './embed-snippet-box';
import { buildEmbedSnippet } from './embed-snippet';
import { buildBannerSnippet } from './banner-snippet';
import './embed-configurator-page.css';

/** This page's origin in the browser; unknown while pre-rendering, where there is no window. */
function usePageOrigin(): string | undefined {
  return useClientValue(() => window.location.origin, undefined);
}

function isCampaignValue(value: string): boolean {
  return parseEmbedAttributes({ utmSource: value }).utmSource === value;
}

interface CampaignFieldProps {
  readonly label: string;
  readonly hint: string;
  readonly invalidText: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

function CampaignField({ label, hint, invalidText, value, onChange }: CampaignFieldProps) {
  const id = useId();
  const invalid = value !== '' && !isCampaignValue(value);
  return (
    <div className="embed-config__field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        maxLength={64}
        value={value}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
        onChange={(event) => onChange(event.target.value.trim())}
      />
      <p id={`${id}-hint`} className="embed-config__hint">
        {hint}
      </p>
      {invalid && (
        <p id={`${id}-error`} className="embed-config__error">
          {invalidText}
        </p>
      )}
    </div>
  );
}

/**
 * /embed/: marketing picks the embed's language, campaign and theme, sees the widget as a blog will
 * show it, and copies the snippet. The snippet points to the live site (SITE.origin); the preview
 * runs at this page's own origin, so it works on a staging copy too.
 */
export function EmbedConfiguratorPage() {
  const { t, i18n } = useTranslation(['embed', 'common']);
  useDocumentTitle(t('common:meta.embedTitle'));
  const languageId = useId();
  const [lang, setLang] = useState<EmbedLanguage>(parseLanguage(i18n.language) ?? DEFAULT_LANGUAGE);
  const [theme, setTheme] = useState<EmbedTheme>('auto');
  const [utmSource, setUtmSource] = useState('blog');
  const [utmCampaign, setUtmCampaign] = useState('');

  const liveRoot = `${SITE.origin}${BASE_PATH}`;
  const snippet = buildEmbedSnippet({ siteRoot: liveRoot, lang, theme, utmSource, utmCampaign });
  const here = usePageOrigin();
  // The preview carries no campaign: trying the widget here must not count as blog traffic.
  const previewSrc =
    here === undefined
      ? undefined
      : `${here}${BASE_PATH}?${embedFrameQuery({
          lang,
          theme,
          utmMedium: 'preview',
          host: here,
          id: PREVIEW_INSTANCE_ID,
        })}`;

  return (
    <div className="embed-config">
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>

      <section className="embed-config__settings" aria-labelledby={`${languageId}-settings`}>
        <h2 id={`${languageId}-settings`}>{t('settings.heading')}</h2>
        {/*
         * The pre-rendered form stays disabled until the page's code is live: a choice made before
         * would change the field but not the snippet, and be lost.
         */}
        <fieldset className="embed-config__fields" disabled={here === undefined}>
          {/* The heading above names the section; the legend names the group for form navigation. */}
          <legend className="visually-hidden">{t('settings.heading')}</legend>
          <div className="embed-config__field">
            <label htmlFor={languageId}>{t('settings.language')}</label>
            <select
              id={languageId}
              value={lang}
              onChange={(event) => setLang(parseLanguage(event.target.value) ?? DEFAULT_LANGUAGE)}
            >
              {LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {t(`common:language.names.${language}`)}
                </option>
              ))}
            </select>
          </div>
          <CampaignField
            label={t('settings.utmSource')}
            hint={t('settings.utmSourceHint')}
            invalidText={t('settings.invalid')}
            value={utmSource}
            onChange={setUtmSource}
          />
          <CampaignField
            label={t('settings.utmCampaign')}
            hint={t('settings.utmCampaignHint')}
            invalidText={t('settings.invalid')}
            value={utmCampaign}
            onChange={setUtmCampaign}
          />
          <fieldset className="embed-config__themes">
            <legend>{t('settings.theme')}</legend>
            {EMBED_THEMES.map((option) => (
              <label key={option} className="embed-config__choice">
                <input
                  type="radio"
                  name="embed-theme"
                  value={option}
                  checked={theme === option}
                  onChange={() => setTheme(option)}
                />
                {t(`settings.themes.${option}`)}
              </label>
            ))}
          </fieldset>
        </fieldset>
      </section>

      <section aria-labelledby={`${languageId}-snippet`}>
        <h2 id={`${languageId}-snippet`}>{t('snippet.heading')}</h2>
        <p className="embed-config__hint">{t('snippet.siteNote', { site: liveRoot })}</p>
        <EmbedSnippetBox snippet={snippet} />
        <p className="embed-config__hint">{t('snippet.privacy')}</p>
      </section>

      <section aria-labelledby={`${languageId}-address`}>
        <h2 id={`${languageId}-address`}>{t('address.heading')}</h2>
        <p className="embed-config__hint">{t('address.lead')}</p>
        <EmbedSnippetBox
          label={t('address.label')}
          copyLabel={t('address.copy')}
          rows={1}
          snippet={`${liveRoot}${pathInLanguage('/', lang).slice(1)}`}
        />
      </section>

      <section aria-labelledby={`${languageId}-banners`}>
        <h2 id={`${languageId}-banners`}>{t('banners.heading')}</h2>
        <p className="embed-config__hint">{t('banners.lead')}</p>
        <ul className="embed-banners">
          {BANNER_SIZES.map((size) => (
            <li key={size.id} className="embed-banners__item">
              <img
                className="embed-banners__image"
                src={`${BASE_PATH}${bannerPath(size.id, lang)}`}
                width={size.width}
                height={size.height}
                alt={t('banners.imageAlt', { size: size.id })}
                loading="lazy"
              />
              <EmbedSnippetBox
                label={t('banners.label', { size: size.id })}
                copyLabel={t('banners.copy', { size: size.id })}
                rows={3}
                snippet={buildBannerSnippet({
                  siteRoot: liveRoot,
                  lang,
                  size,
                  alt: bannerAlt(lang, QUESTIONS.length, minutesFor(QUESTIONS.length)),
                  utmSource,
                  utmCampaign,
                })}
              />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={`${languageId}-preview`}>
        <h2 id={`${languageId}-preview`}>{t('preview.heading')}</h2>
        <p className="embed-config__hint">{t('preview.note')}</p>
        <div className="embed-preview">
          {previewSrc !== undefined && (
            <EmbedPreview src={previewSrc} title={t('preview.frameTitle')} />
          )}
        </div>
      </section>
    </div>
  );
}
