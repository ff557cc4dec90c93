import { createElement, lazy, type ComponentType, type FunctionComponent } from 'react';

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
  /** Render this; it suspends while the chunk downloads and throws ChunkLoadError if it fails. */
  readonly Component: FunctionComponent<Props>;
  /** Starts the download early (idle prefetch, hydration); never rejects: the render shows failures. */
  readonly preload: () => Promise<void>;
  /** Forgets a failed download so the next render tries again. */
  readonly retry: () => void;
}

/**
 * React.lazy remembers a failed import for good, so a retry button alone cannot recover. This keeps
 * one lazy component per attempt behind a stable component, and starts a fresh one when asked.
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
  const attempt = { component: lazy(start) };
  const Component: FunctionComponent<Props> = (props) => createElement(attempt.component, props);
  return {
    Component,
    preload: () =>
      start().then(
        () => undefined,
        () => undefined,
      ),
    retry: () => {
      pending = undefined;
      attempt.component = lazy(start);
    },
  };
}
