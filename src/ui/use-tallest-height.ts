import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps an element at least as tall as it has been. Inside a blog post's frame, which follows the
 * content's height, a shorter next question would shrink the frame and pull the blog page up under
 * the reader's finger; holding the tallest height so far lets the frame only grow, and only when a
 * taller step first appears.
 */
export function useTallestHeight(ref: RefObject<HTMLElement | null>, enabled: boolean): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!enabled || element === null || typeof ResizeObserver !== 'function') return undefined;
    let tallest = 0;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height <= tallest) return;
      tallest = height;
      element.style.minHeight = `${height}px`;
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      element.style.minHeight = '';
    };
  }, [ref, enabled]);
}
