/** The languages the app speaks; Japanese first, since it is the default. */
export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ja';

/** Accepts only a known language code (case-insensitive, region ignored: "en-US" -> "en"). */
export function parseLanguage(raw: unknown): Language | undefined {
  if (typeof raw !== 'string' || raw.length > 35) return undefined;
  const base = raw.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === base);
}

export interface LanguageSources {
  /** `?lang=` from the URL, already validated. */
  readonly fromUrl?: Language | undefined;
  /** The reader's earlier choice from the switcher. */
  readonly stored?: Language | undefined;
  /** navigator.languages, most preferred first; raw, so validated here. */
  readonly browser?: readonly unknown[] | undefined;
}

/** Picks the language to show: the URL first, then the stored choice, then the browser, else Japanese. */
export function resolveLanguage(sources: LanguageSources): Language {
  if (sources.fromUrl !== undefined) return sources.fromUrl;
  if (sources.stored !== undefined) return sources.stored;
  for (const candidate of sources.browser ?? []) {
    const language = parseLanguage(candidate);
    if (language !== undefined) return language;
  }
  return DEFAULT_LANGUAGE;
}

/**
 * Where each language's pages live under the site's base path: Japanese at the root, English
 * under `en/`. The router's base path carries it, so the app's own links stay language-free.
 */
export const LANGUAGE_PREFIX: Readonly<Record<Language, string>> = { ja: '', en: 'en/' };

/** The language of a path under the site's base ('/en/quiz/' -> 'en', '/quiz/' -> 'ja'). */
export function languageOfPath(appPath: string): Language {
  return (
    LANGUAGES.find((language) => {
      const prefix = LANGUAGE_PREFIX[language];
      return prefix !== '' && `${appPath}/`.startsWith(`/${prefix}`);
    }) ?? DEFAULT_LANGUAGE
  );
}

/** The path without its language prefix ('/en/quiz/' -> '/quiz/', '/en' -> '/'). */
export function pathWithoutLanguage(appPath: string): string {
  const prefix = LANGUAGE_PREFIX[languageOfPath(appPath)];
  if (prefix === '') return appPath;
  const rest = appPath.slice(prefix.length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** A language-free path in a language ('/quiz/', 'en' -> '/en/quiz/'). */
export function pathInLanguage(path: string, language: Language): string {
  return `/${LANGUAGE_PREFIX[language]}${path.replace(/^\/+/, '')}`;
}
