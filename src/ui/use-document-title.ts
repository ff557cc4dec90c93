import { useEffect } from 'react';
import { withoutPhraseBreaks } from '@/i18n/phrase-breaks';

/** Keeps the tab's title in step with the page and the language, as plain text: without the phrase breaks that only help lines wrap. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = withoutPhraseBreaks(title);
  }, [title]);
}
