import { create, type Mutate, type StoreApi, type UseBoundStore } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import { safeLocalStorage } from './safe-storage';

type PersistStoreApi = UseBoundStore<
  Mutate<StoreApi<unknown>, [['zustand/persist', unknown]]>
>['persist'];

interface PersistedStoreOptions<State> {
  /** The storage key; callers take it from the list of what this device keeps. */
  readonly key: string;
  /** Bump when the stored shape changes, and teach `migrate` the old one. */
  readonly version: number;
  /** The state of a first visit, and of anything storage held that `parse` rejects. */
  readonly initial: State;
  /** Whatever storage holds, checked: a valid state, or undefined when it is not one. */
  readonly parse: (stored: unknown) => State | undefined;
  /** State written by another version, brought up to date (it is parsed again after). */
  readonly migrate?: (stored: unknown, version: number) => State;
}

/** Larger values are never written by this app; reading them would only cost time. */
const MAX_PERSISTED_CHARS = 20_000;

/** Parses stored text into zustand's `{ state, version }` envelope; undefined when unreadable. */
export function readEnvelope(
  raw: unknown,
): { readonly state: unknown; readonly version: number } | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_PERSISTED_CHARS) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  if (!('state' in json) || !('version' in json)) return undefined;
  const { state, version } = json;
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) return undefined;
  return { state, version };
}

/**
 * Storage that hands zustand only readable envelopes: unreadable text is removed at once, so it
 * is not read again on every page load. The state inside stays unknown until `parse` checks it.
 */
const envelopeStorage: PersistStorage<unknown> = {
  getItem(name) {
    const raw = safeLocalStorage.getItem(name);
    if (typeof raw !== 'string') return null;
    const envelope = readEnvelope(raw);
    if (envelope === undefined) void safeLocalStorage.removeItem(name);
    return envelope ?? null;
  },
  setItem(name, value) {
    void safeLocalStorage.setItem(name, JSON.stringify(value));
  },
  removeItem(name) {
    void safeLocalStorage.removeItem(name);
  },
};

/** The persist API of every store made here: what the test helpers below walk. */
const registry: Pick<PersistStoreApi, 'clearStorage' | 'rehydrate'>[] = [];

/**
 * A zustand store kept in local storage under `key`. Storage is never trusted: what it holds
 * reaches the store only through `parse` (after `migrate` for another version, which by default
 * drops it), and the store keeps working in memory when storage is blocked.
 */
export function createPersistedStore<State>({
  key,
  version,
  initial,
  parse,
  migrate = () => initial,
}: PersistedStoreOptions<State>): UseBoundStore<StoreApi<State>> {
  const store = create<State>()(
    persist<State, [], [], unknown>(() => initial, {
      name: key,
      version,
      storage: envelopeStorage,
      migrate,
      merge: (stored) => parse(stored) ?? initial,
    }),
  );
  registry.push(store.persist);
  return store;
}

/** Makes every store read storage again, as a fresh page load would (for tests). */
export function rehydratePersistedStores(): void {
  for (const persisted of registry) void persisted.rehydrate();
}

/** Every store back to its initial state with nothing stored: a first visit (for tests). */
export function resetPersistedStores(): void {
  // Storage emptied first, then read: the store takes its initial state, and reading writes nothing.
  for (const persisted of registry) {
    persisted.clearStorage();
    void persisted.rehydrate();
  }
}
