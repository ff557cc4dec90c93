import { storageKeyOf } from '@/data/privacy-keys';
import { parseLanguage, type Language } from '@/i18n/languages';
import { createPersistedStore } from '@/platform/persisted-store';

interface LanguageState {
  /** The reader's own choice from the switcher; undefined until they make one. */
  readonly chosen: Language | undefined;
}

const useLanguageStore = createPersistedStore<LanguageState>({
  key: storageKeyOf('language'),
  version: 1,
  initial: { chosen: undefined },
  parse: (stored) =>
    typeof stored === 'object' && stored !== null && 'chosen' in stored
      ? { chosen: parseLanguage(stored.chosen) }
      : undefined,
});

/** The stored choice, read once at startup (outside React). */
export function storedLanguage(): Language | undefined {
  return useLanguageStore.getState().chosen;
}

/** The stored choice, for components (undefined until the reader makes one). */
export const useChosenLanguage = (): Language | undefined =>
  useLanguageStore((state) => state.chosen);

function languageChosen(language: Language): void {
  useLanguageStore.setState({ chosen: language });
}

export const useLanguageChosen = (): typeof languageChosen => languageChosen;
