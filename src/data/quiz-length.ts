/** How long a reader takes per question on average; the landing page, banners and the time left use it. */
export const SECONDS_PER_QUESTION = 15;

/** Whole minutes, rounded up, that `questionCount` questions take; at least 1. */
export function minutesFor(questionCount: number): number {
  return Math.max(1, Math.ceil((Math.max(0, questionCount) * SECONDS_PER_QUESTION) / 60));
}
