import '@/ui/global.css';

/*
 * The pre-rendered page paints from its HTML and CSS alone. The app's code is requested only after
 * that first paint, so its download and start-up never hold the first (and largest) paint back;
 * hydration then makes the same markup interactive.
 */
function startAfterFirstPaint(): void {
  requestAnimationFrame(() => {
    setTimeout(() => {
      void import('./app-start').then(({ startApp }) => startApp());
    }, 0);
  });
}

startAfterFirstPaint();
