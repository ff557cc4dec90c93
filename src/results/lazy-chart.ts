import { retryableLazy } from '@/ui/retryable-lazy';

/**
 * The radar chart, with recharts, in a chunk of its own: never in a first download. The quiz
 * fetches it while the reader answers the last questions, so their result draws at once.
 */
export const lazyRadarChart = retryableLazy(() =>
  import('./radar-chart').then((module) => module.RadarChart),
);
