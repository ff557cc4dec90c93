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
