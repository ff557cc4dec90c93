import { startTransition, useEffect, useState } from 'react';

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

/**
 * The result code in the URL fragment ("" when there is none), or null until the page has
 * hydrated, so the first client render matches the pre-rendered HTML exactly. The code is read
 * in a transition: the personal result then renders in slices that leave the page responsive
 * (useSyncExternalStore would re-render it in one blocking task).
 */
export function useFragmentCode(): string | null {
  const [code, setCode] = useState<string | null>(null);
  useEffect(() => {
    const update = (): void => startTransition(() => setCode(readFragment()));
    update();
    return subscribe(update);
  }, []);
  return code;
}
