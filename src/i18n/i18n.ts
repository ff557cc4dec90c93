import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from './languages';
import type { Resources } from './resources/ja/index';

export const NAMESPACES = ['common', 'quiz', 'results', 'embed', 'model'] as const;

/** Loads one language's texts on demand, so a reader downloads only the language they read. */
export async function loadResources(language: Language): Promise<Resources> {
  const module =
    language === 'ja' ? await import('./resources/ja/index') : await import('./resources/en/index');
  return module.resources;
}

/** Creates the i18next instance with the given language's resources already in place. */
export function createI18n(language: Language, resources: Resources): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: { [language]: resources },
    interpolation: { escapeValue: false }, // React escapes everything it renders.
    initAsync: false,
    returnNull: false,
  });
  return instance;
}

/** Adds a language's texts if missing, then switches to it. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'common')) {
    const resources = await loadResources(language);
    for (const namespace of NAMESPACES) {
      instance.addResourceBundle(language, namespace, resources[namespace], true, true);
    }
  }
  await instance.changeLanguage(language);
}
