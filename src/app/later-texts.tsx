import { use, useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { laterTextsPending, retryLaterTexts } from '@/i18n/i18n';
import { ChunkLoadError } from '@/ui/retryable-lazy';
import { RouteBoundary } from './route-boundary';

/** One wrapped promise per download, so that `use` sees the same promise on every render. */
const asChunkLoads = new WeakMap<Promise<void>, Promise<void>>();

function chunkLoad(pending: Promise<void>): Promise<void> {
  let wrapped = asChunkLoads.get(pending);
  if (wrapped === undefined) {
    wrapped = pending.catch((error: unknown) => {
      throw new ChunkLoadError(error);
    });
    asChunkLoads.set(pending, wrapped);
  }
  return wrapped;
}

/**
 * Shows its children once the later texts are in place (the pages whose entry in
 * src/app/routes.ts says `texts: 'later'`): they are not part of a first visit's download.
 * Suspends meanwhile; a failed download reaches the route's error boundary as a ChunkLoadError,
 * whose retry fetches again.
 */
export function WithLaterTexts({ children }: { readonly children: ReactNode }) {
  const { i18n } = useTranslation();
  const pending = laterTextsPending(i18n);
  if (pending !== undefined) use(chunkLoad(pending));
  return children;
}

/**
 * A route whose page needs the later texts (`texts: 'later'` in the route manifest): its error
 * boundary's retry forgets a failed download of the page's code (`onRetry`) and of the texts alike.
 */
export function LaterTextsRoute({
  onRetry,
  children,
}: {
  readonly onRetry: () => void;
  readonly children: ReactNode;
}) {
  const { i18n } = useTranslation();
  const retry = useCallback(() => {
    onRetry();
    retryLaterTexts(i18n);
  }, [i18n, onRetry]);
  return (
    <RouteBoundary onRetry={retry}>
      <WithLaterTexts>{children}</WithLaterTexts>
    </RouteBoundary>
  );
}
