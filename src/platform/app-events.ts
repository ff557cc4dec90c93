/**
 * What happens in the test, as plain events for whoever listens (the blog embed relays them to the
 * host page's analytics). Events carry ids and indexes only: never answers, never anything personal.
 */
import type { InvestorTypeId } from '@/data/investor-type-ids';
import type { ServiceId } from '@/data/site';

export type AppEvent =
  /**
   * The app has drawn its first page over the pre-rendered one. Until then the pre-rendered page
   * shows, whose links do not know they are in a blog's frame, so the embed shows it to no one.
   */
  | { readonly type: 'app-shown' }
  | { readonly type: 'quiz-started' }
  | { readonly type: 'step-answered'; readonly stepIndex: number }
  | { readonly type: 'quiz-completed'; readonly typeId: InvestorTypeId }
  | { readonly type: 'cta-clicked'; readonly serviceId: ServiceId };

type Listener = (event: AppEvent) => void;
const listeners = new Set<Listener>();

export function emitAppEvent(event: AppEvent): void {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch {
      // A failing listener (e.g. a closed host window) must never break the quiz.
    }
  }
}

/** Returns the function that stops listening. */
export function subscribeAppEvents(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
