/*
 * The first script of every page, and a small one. A pre-rendered page paints from its HTML and
 * CSS alone; the app's code is requested only after that first paint, so its download and
 * start-up never hold the first (and largest) paint back. Taps on buttons in between are held and
 * replayed once the app is live (src/platform/early-taps.ts).
 */
import { holdEarlyTaps } from '@/platform/early-taps';
import { parseUrlParams } from '@/platform/url-params';
import '@/ui/global.css';

/**
 * Runs `start` once the page has painted its content, or soon in a page that may never paint.
 * The paint-timing entry marks the first paint with text in it; an animation frame alone can come
 * before that (a frame with only the background), which would let the app's download race the
 * page's first real paint.
 */
function afterFirstPaint(start: () => void): void {
  let started = false;
  const once = (): void => {
    if (started) return;
    started = true;
    start();
  };
  // A hidden page (a background tab, an embedded test off screen) gets no frames at all.
  if (document.visibilityState === 'hidden') {
    once();
    return;
  }
  const paintTiming =
    typeof PerformanceObserver === 'function' &&
    Array.isArray(PerformanceObserver.supportedEntryTypes) &&
    PerformanceObserver.supportedEntryTypes.includes('paint');
  if (paintTiming) {
    const observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(once, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(once, 0));
  }
  setTimeout(once, 1000);
}

const rootElement = document.getElementById('root');
if (rootElement !== null) {
  const embedded = parseUrlParams(window.location.search).embed;
  const earlyTaps = holdEarlyTaps(document, { links: embedded });
  // Pages that gain nothing from waiting: an embedded test renders afresh anyway, and the embed
  // configurator is a form (typing cannot be held and replayed like a tap).
  const startsAtOnce = embedded || (rootElement.dataset.route ?? '').startsWith('/embed/');
  const whenReady = startsAtOnce ? (start: () => void) => start() : afterFirstPaint;
  whenReady(() => {
    import('./app-start')
      .then(({ startApp }) => startApp(rootElement, { afterCommit: earlyTaps.replay }))
      .catch((error: unknown) => {
        // The pre-rendered page stays readable and its links keep working.
        earlyTaps.stop();
        console.error('The app could not start:', error);
      });
  });
}
