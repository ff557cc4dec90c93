import { parseLanguage, type Language } from '@/i18n/languages';

/**
 * A campaign (utm) value: a short, plain token, never personal data or markup. The one pattern
 * for the landing URL's campaign and for the embed's data attributes.
 */
export const CAMPAIGN_VALUE = /^[A-Za-z0-9._~-]{1,64}$/;

/**
 * Colour schemes a host page may ask for; "auto" (the default) follows the reader's system. The
 * one list, for the URL and for the embed's data attributes.
 */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** The app's options from the query string, each validated; anything unknown is simply absent. */
export interface UrlParams {
  readonly lang?: Language;
  /** True only for `embed=1`: the test runs inside a blog post's iframe. */
  readonly embed: boolean;
  readonly theme: Theme;
}

/** Longer query strings are not something this app ever produces; they are ignored whole. */
const MAX_SEARCH_LENGTH = 2048;

function parseEmbed(raw: string | null): boolean {
  return raw === '1';
}

function parseTheme(raw: string | null): Theme {
  return THEMES.find((theme) => theme === raw) ?? 'auto';
}

/**
 * The one boundary between the query string and the app: `lang`, `embed` and `theme`, validated.
 * Never throws; unknown names and malformed values are ignored.
 */
export function parseUrlParams(search: unknown): UrlParams {
  const text = typeof search === 'string' && search.length <= MAX_SEARCH_LENGTH ? search : '';
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    params = new URLSearchParams();
  }
  const lang = parseLanguage(params.get('lang'));
  return {
    ...(lang === undefined ? {} : { lang }),
    embed: parseEmbed(params.get('embed')),
    theme: parseTheme(params.get('theme')),
  };
}
