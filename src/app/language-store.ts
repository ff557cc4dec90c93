import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { storageKeyOf } from '@/data/privacy-keys';
import { parseLanguage, type Language } from '@/i18n/languages';
import { safeLocalStorage } from '@/platform/safe-storage';

export const LANGUAGE_STORAGE_KEY = storageKeyOf('language');

interface LanguageState {
  /** The reader's own choice from the switcher; undefined until they make one. */
  readonly chosen: Language | undefined;
  readonly actions: { readonly languageChosen: (language: Language) => void };
}

const useLanguageStore = create<LanguageState>()(
  persist(
    (set) => ({
      chosen: undefined,
      actions: { languageChosen: (language) => set({ chosen: language }) },
    }),
    {
      name: LANGUAGE_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => safeLocalStorage),
      partialize: (state) => ({ chosen: state.chosen }),
      // Only one version so far: anything else is not ours to read.
      migrate: () => ({ chosen: undefined }),
      merge: (persisted, current) => {
        const raw =
          typeof persisted === 'object' && persisted !== null ? Object.entries(persisted) : [];
        const chosen = parseLanguage(raw.find(([key]) => key === 'chosen')?.[1]);
        return { ...current, chosen };
      },
    },
  ),
);

/** The stored choice, read once at startup (outside React). */
export function storedLanguage(): Language | undefined {
  return useLanguageStore.getState().chosen;
}

/** The stored choice, for components (undefined until the reader makes one). */
export const useChosenLanguage = (): Language | undefined =>
  useLanguageStore((state) => state.chosen);

export const useLanguageChosen = (): LanguageState['actions']['languageChosen'] =>
  useLanguageStore((state) => state.actions.languageChosen);

/** Re-reads storage as a fresh page load would. */
export function rehydrateLanguageStore(): void {
  void useLanguageStore.persist.rehydrate();
}
