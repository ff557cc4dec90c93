import { useEffect } from 'react';

/** Keeps the tab's title in step with the page and the language. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
