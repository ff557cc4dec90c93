import { use, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { laterTextsPending } from '@/i18n/i18n';
import { ChunkLoadError } from '@/ui/retryable-lazy';

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
 * Shows its children once the texts only the result and embed pages use are in place: they are
 * not part of a first visit's download. Suspends meanwhile; a failed download reaches the route's
 * error boundary as a ChunkLoadError, whose retry fetches again.
 */
export function WithLaterTexts({ children }: { readonly children: ReactNode }) {
  const { i18n } = useTranslation();
  const pending = laterTextsPending(i18n);
  if (pending !== undefined) use(chunkLoad(pending));
  return children;
}
