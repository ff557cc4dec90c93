/** Runs `task` when the browser is idle (or soon, where requestIdleCallback is missing, e.g. Safari). */
export function runWhenIdle(task: () => void): void {
  if (typeof window === 'undefined') return;
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(() => task(), { timeout: 2000 });
  } else {
    window.setTimeout(task, 200);
  }
}
