import { DEFAULT_LANGUAGE, pathInLanguage, type Language } from '@/i18n/languages';

/**
 * The address of an app page on a site served at `siteUrl` (with its trailing slash, e.g. a local
 * server's base): `pageUrl(server.url, href.quiz(), 'en')`. Keeps a base path the site lives under.
 */
export function pageUrl(
  siteUrl: string,
  appPath: string,
  language: Language = DEFAULT_LANGUAGE,
): string {
  return new URL(pathInLanguage(appPath, language).slice(1), siteUrl).toString();
}
