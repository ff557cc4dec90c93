import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetPersistedStores } from '@/platform/persisted-store';

// jsdom has no ResizeObserver; recharts' ResponsiveContainer needs one.
class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub;

afterEach(() => {
  cleanup();
  // Modules, and so the stores, live on from one test of a file to the next: start each afresh.
  resetPersistedStores();
  // Pure engine tests may run in the node environment, where there is no web storage.
  if (typeof localStorage !== 'undefined') localStorage.clear();
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
});
