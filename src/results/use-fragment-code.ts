import { useSyncExternalStore } from 'react';

/** Longer fragments are not result codes; they are ignored before any decoding. */
const MAX_FRAGMENT_LENGTH = 512;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
  };
}

function readFragment(): string {
  const raw = window.location.hash.replace(/^#/, '');
  if (raw.length > MAX_FRAGMENT_LENGTH) return raw.slice(0, MAX_FRAGMENT_LENGTH);
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    // A broken percent-escape is still something the reader pasted: let decoding reject it.
    return raw;
  }
}

/** On the server and during hydration nothing is known yet: the pre-rendered HTML has no code. */
const getServerSnapshot = (): null => null;

/**
 * The result code in the URL fragment ("" when there is none), or null before the page has
 * hydrated, so the first client render matches the pre-rendered HTML exactly.
 */
export function useFragmentCode(): string | null {
  return useSyncExternalStore(subscribe, readFragment, getServerSnapshot);
}
