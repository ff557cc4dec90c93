import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { parseLanguage, type Language } from './languages';
import type { Resources } from './resources/ja/index';
import type { LaterTexts, StartTexts } from './resources/parts';
import { withoutPhraseBreaks } from './phrase-breaks';

export const NAMESPACES = ['common', 'quiz', 'results', 'embed', 'privacy', 'model'] as const;

/*
 * Each language's texts are two chunks, so a reader downloads only the language they read, and a
 * first visit only what the landing page and the quiz show. The import paths are literal so that
 * the bundler can see and split them.
 */
const START_TEXTS: Readonly<Record<Language, () => Promise<StartTexts>>> = {
  ja: () => import('./resources/ja/start').then((module) => module.startTexts),
  en: () => import('./resources/en/start').then((module) => module.startTexts),
};
const LATER_TEXTS: Readonly<Record<Language, () => Promise<LaterTexts>>> = {
  ja: () => import('./resources/ja/later').then((module) => module.laterTexts),
  en: () => import('./resources/en/later').then((module) => module.laterTexts),
};

/** The texts the landing page and the question flow need, in one language. */
export function loadStartTexts(language: Language): Promise<StartTexts> {
  return START_TEXTS[language]();
}

/** The later texts (routes.ts names the pages that need them); the loader fetches each once. */
export function loadLaterTexts(language: Language): Promise<LaterTexts> {
  return LATER_TEXTS[language]();
}

/** Every text of one language, both chunks together (tests and tools). */
export async function loadResources(language: Language): Promise<Resources> {
  const [start, later] = await Promise.all([loadStartTexts(language), loadLaterTexts(language)]);
  return { ...later, ...start, model: { ...start.model, ...later.model } };
}

/** Creates the i18next instance with the given language's texts (some or all) already in place. */
export function createI18n(language: Language, texts: StartTexts | Resources): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: { [language]: texts },
    interpolation: {
      // React escapes everything it renders. The "escape" here only drops the phrase breaks the
      // build put into Japanese texts (scripts/build/budoux-plugin.ts), so a type name inside a share
      // text or a title carries no invisible characters out of the page.
      escapeValue: true,
      escape: (value: unknown) => withoutPhraseBreaks(String(value)),
    },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

function addTexts(instance: I18n, language: Language, texts: StartTexts | LaterTexts): void {
  for (const [namespace, bundle] of Object.entries(texts)) {
    // Deep: the model namespace arrives in both chunks, questions first and the rest later.
    instance.addResourceBundle(language, namespace, bundle, true, true);
  }
}

const hasLaterTexts = (instance: I18n, language: Language): boolean =>
  instance.hasResourceBundle(language, 'results');

interface Loading {
  readonly done: Promise<void>;
  failed: boolean;
}
/*
 * Keyed by the instance's resource store: react-i18next hands each component its own wrapper of
 * the instance, and the store is what they all share.
 */
const laterTextsLoading = new WeakMap<object, Map<Language, Loading>>();

/**
 * The later texts of the instance's current language, in place: `undefined` when they already
 * are, else one promise per instance and language, kept even when it fails (stable, so React's
 * `use` can wait on it) until `retryLaterTexts`.
 */
export function laterTextsPending(instance: I18n): Promise<void> | undefined {
  const language = parseLanguage(instance.language);
  if (language === undefined || hasLaterTexts(instance, language)) return undefined;
  let byLanguage = laterTextsLoading.get(instance.store);
  if (byLanguage === undefined) {
    byLanguage = new Map();
    laterTextsLoading.set(instance.store, byLanguage);
  }
  const existing = byLanguage.get(language);
  if (existing !== undefined) return existing.done;
  const loading: Loading = {
    done: loadLaterTexts(language).then(
      (texts) => addTexts(instance, language, texts),
      (error: unknown) => {
        loading.failed = true;
        throw error;
      },
    ),
    failed: false,
  };
  byLanguage.set(language, loading);
  return loading.done;
}

/** Forgets failed downloads of later texts, so the next `laterTextsPending` fetches again. */
export function retryLaterTexts(instance: I18n): void {
  const byLanguage = laterTextsLoading.get(instance.store);
  for (const [language, loading] of byLanguage ?? []) {
    if (loading.failed) byLanguage?.delete(language);
  }
}
