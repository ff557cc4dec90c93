import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A code chunk that did not arrive (offline, a deploy replaced it): worth a retry, not a bug. */
export class ChunkLoadError extends Error {
  override readonly name = 'ChunkLoadError';
  constructor(cause: unknown) {
    super('A part of the app could not be downloaded', { cause });
  }
}

export function isChunkLoadError(error: unknown): error is ChunkLoadError {
  return error instanceof ChunkLoadError;
}

export interface RetryableLazy<Props extends object> {
  /** The component to render; changes after `retry`, so keep reading it at render time. */
  readonly current: () => LazyExoticComponent<ComponentType<Props>>;
  /** Starts the download early (idle prefetch); failures are left for the real render to show. */
  readonly preload: () => void;
  /** Forgets a failed download so the next render tries again. */
  readonly retry: () => void;
}

/**
 * React.lazy remembers a failed import for good, so a retry button alone cannot recover. This keeps
 * one lazy component per attempt and starts a fresh one when asked.
 */
export function retryableLazy<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): RetryableLazy<Props> {
  let pending: Promise<{ default: ComponentType<Props> }> | undefined;
  const start = (): Promise<{ default: ComponentType<Props> }> => {
    pending ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        pending = undefined;
        throw new ChunkLoadError(error);
      },
    );
    return pending;
  };
  let component = lazy(start);
  return {
    current: () => component,
    preload: () => {
      start().catch(() => undefined);
    },
    retry: () => {
      pending = undefined;
      component = lazy(start);
    },
  };
}
