import { startTransition, useEffect, useLayoutEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useHydrated } from '@/ui/use-client-value';
import { CODE_PENDING_ATTRIBUTE } from './result-code-pending';

/** Longer fragments are not result codes; they are ignored before any decoding. */
const MAX_FRAGMENT_LENGTH = 512;

/** The code a location's fragment (`#AbC…`, or '') carries, as the reader wrote it. */
function codeOfFragment(hash: string): string {
  const raw = hash.replace(/^#/, '');
  if (raw.length > MAX_FRAGMENT_LENGTH) return raw.slice(0, MAX_FRAGMENT_LENGTH);
  try {
    return decodeURIComponent(raw).trim();
  } catch {
    // A broken percent-escape is still something the reader pasted: let decoding reject it.
    return raw;
  }
}

/**
 * The result code in the URL fragment ("" when there is none), or null while the page hydrates,
 * so the first client render matches the pre-rendered HTML exactly. After hydration the code is
 * read in a transition: the personal result then renders in slices that leave the page responsive
 * (the code itself read through useSyncExternalStore would render it in one blocking task). Opened
 * from inside the app (after the quiz's last answer) there is no HTML to match, so the code is read
 * in the first render and the reader never sees a frame of the page without their result.
 */
export function useFragmentCode(): string | null {
  const clientOnly = useHydrated();
  // The router's location follows the fragment: a reader editing it, or a link to another code.
  const { hash } = useLocation();
  const [code, setCode] = useState<string | null>(() => (clientOnly ? codeOfFragment(hash) : null));
  useEffect(() => {
    startTransition(() => setCode(codeOfFragment(hash)));
  }, [hash]);
  // Drawn with the code read (a result, an error, or the type page when there is none): the
  // parts kept invisible while the code was pending may show, in this same frame.
  useLayoutEffect(() => {
    if (code !== null) document.documentElement.removeAttribute(CODE_PENDING_ATTRIBUTE);
  }, [code]);
  return code;
}
