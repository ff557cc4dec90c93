import { useSyncExternalStore } from 'react';

// Nothing here changes while the page is open; a value that does is read again on each render.
const noChanges = (): (() => void) => () => {};

/**
 * A value only the browser knows (the address, the browser's language). The pre-render has no
 * window, so `whilePrerendered` is what it draws, and hydration draws the same before the
 * browser's value comes in the render right after: React picks the server snapshot only while
 * hydrating. A component mounted later on the client gets the browser's value at once.
 * `readInBrowser` must return the same value for the same state (a string, not a new object).
 */
export function useClientValue<T>(readInBrowser: () => T, whilePrerendered: T): T {
  return useSyncExternalStore(noChanges, readInBrowser, () => whilePrerendered);
}

/** False while React hydrates the pre-rendered HTML (and in the pre-render), true in every other render. */
export function useHydrated(): boolean {
  return useClientValue(() => true, false);
}
