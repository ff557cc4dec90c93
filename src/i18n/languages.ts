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
