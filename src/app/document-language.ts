import type { i18n as I18n } from 'i18next';

/** Keeps `<html lang>` equal to the language on screen, so screen readers pronounce it right. */
export function bindDocumentLanguage(i18n: I18n, root: HTMLElement): () => void {
  const apply = (language: string): void => {
    root.lang = language;
  };
  apply(i18n.language);
  i18n.on('languageChanged', apply);
  return () => i18n.off('languageChanged', apply);
}
