import { retryableLazy } from '@/ui/retryable-lazy';

/** The result page and everything only it needs (chart, sharing): never in the quiz's download. */
export const resultPage = retryableLazy(() =>
  import('@/results/result-page').then((module) => module.ResultPage),
);

/** The snippet configurator for blog authors: rarely visited, so its own chunk. */
export const embedConfiguratorPage = retryableLazy(() =>
  import('@/embed/embed-configurator-page').then((module) => module.EmbedConfiguratorPage),
);

/** The privacy page: rarely visited, so its own chunk. */
export const privacyPage = retryableLazy(() =>
  import('./privacy-page').then((module) => module.PrivacyPage),
);

/** Scoring, the result code and the result store: needed only once the last answer is in. */
export const loadFinishQuiz = () => import('./finish-quiz');
