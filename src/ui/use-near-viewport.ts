import { useCallback, useEffect, useState } from 'react';

/**
 * Whether an element is on screen or about to be (within `margin`), latched once true: costly
 * content below the fold (the chart) is drawn as the reader scrolls towards it, not during the
 * page's start-up. Where IntersectionObserver is missing, everything counts as near.
 */
export function useNearViewport<T extends Element>(
  margin = '50%',
): [ref: (element: T | null) => void, near: boolean] {
  const canObserve = typeof IntersectionObserver === 'function';
  const [element, setElement] = useState<T | null>(null);
  const [near, setNear] = useState(!canObserve);
  useEffect(() => {
    if (near || element === null || !canObserve) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [canObserve, element, margin, near]);
  const ref = useCallback((node: T | null) => setElement(node), []);
  return [ref, near];
}
