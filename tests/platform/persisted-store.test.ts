import { describe, expect, it } from 'vitest';
import {
  createPersistedStore,
  rehydratePersistedStores,
  resetPersistedStores,
} from '@/platform/persisted-store';

interface Counter {
  readonly count: number;
}

const COUNTER_KEY = 'test:counter';
const NOTE_KEY = 'test:note';

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

// Version 1 stored `clicks`; version 2 calls the same number `count`.
const counter = createPersistedStore<Counter>({
  key: COUNTER_KEY,
  version: 2,
  initial: { count: 0 },
  parse: (stored) =>
    isRecord(stored) && Number.isSafeInteger(stored.count) && Number(stored.count) >= 0
      ? { count: Number(stored.count) }
      : undefined,
  migrate: (stored, version) =>
    version === 1 && isRecord(stored) && typeof stored.clicks === 'number'
      ? { count: stored.clicks }
      : { count: 0 },
});

const note = createPersistedStore<{ readonly text: string }>({
  key: NOTE_KEY,
  version: 1,
  initial: { text: '' },
  parse: (stored) =>
    isRecord(stored) && typeof stored.text === 'string' ? { text: stored.text } : undefined,
});

function stored(key: string): unknown {
  const raw = localStorage.getItem(key);
  return raw === null ? null : JSON.parse(raw);
}

/** Runs `use` as in a browser that throws on every touch of local storage. */
function withBlockedStorage(use: () => void): void {
  const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('blocked', 'SecurityError');
    },
  });
  try {
    use();
  } finally {
    if (original) Object.defineProperty(window, 'localStorage', original);
  }
}

/** Puts text in storage and loads it as a fresh page would. */
function load(key: string, text: string): void {
  localStorage.setItem(key, text);
  rehydratePersistedStores();
}

describe('a persisted store', () => {
  it('starts from its initial state on a first visit', () => {
    expect(counter.getState()).toEqual({ count: 0 });
    expect(note.getState()).toEqual({ text: '' });
  });

  it('writes each change to storage with its version', () => {
    counter.setState({ count: 3 });
    expect(stored(COUNTER_KEY)).toEqual({ state: { count: 3 }, version: 2 });
  });

  it('reads back a valid state that storage holds', () => {
    load(COUNTER_KEY, JSON.stringify({ state: { count: 7 }, version: 2 }));
    expect(counter.getState()).toEqual({ count: 7 });
  });

  it.each([
    ['corrupt JSON', '{"state": {"count": '],
    ['a foreign shape', JSON.stringify({ count: 7 })],
    ['a list', JSON.stringify([{ state: { count: 7 }, version: 2 }])],
    ['no version', JSON.stringify({ state: { count: 7 } })],
    [
      'text longer than the app ever writes',
      JSON.stringify({ state: { count: 7, pad: 'x'.repeat(30_000) }, version: 2 }),
    ],
  ])('starts from the initial state and removes the entry for %s', (_kind, text) => {
    counter.setState({ count: 5 });
    load(COUNTER_KEY, text);
    expect(counter.getState()).toEqual({ count: 0 });
    expect(localStorage.getItem(COUNTER_KEY)).toBeNull();
  });

  it.each([
    ['a value of the wrong type', { count: 'many' }],
    ['a value out of range', { count: -1 }],
    ['no state at all', null],
  ])('never lets %s that the store rejects reach it', (_kind, state) => {
    counter.setState({ count: 5 });
    load(COUNTER_KEY, JSON.stringify({ state, version: 2 }));
    expect(counter.getState()).toEqual({ count: 0 });
  });

  it('brings an older version up to date through migrate, and stores the result', () => {
    load(COUNTER_KEY, JSON.stringify({ state: { clicks: 4 }, version: 1 }));
    expect(counter.getState()).toEqual({ count: 4 });
    expect(stored(COUNTER_KEY)).toEqual({ state: { count: 4 }, version: 2 });
  });

  it('checks what migrate returns like anything else read from storage', () => {
    load(COUNTER_KEY, JSON.stringify({ state: { clicks: -3 }, version: 1 }));
    expect(counter.getState()).toEqual({ count: 0 });
  });

  it('drops state of another version when the store has no migrate', () => {
    load(NOTE_KEY, JSON.stringify({ state: { text: 'from the future' }, version: 2 }));
    expect(note.getState()).toEqual({ text: '' });
  });

  it('keeps working in memory when storage is blocked', () => {
    withBlockedStorage(() => {
      expect(() => counter.setState({ count: 9 })).not.toThrow();
      expect(() => rehydratePersistedStores()).not.toThrow();
      expect(counter.getState()).toEqual({ count: 9 });
    });
  });
});

describe('the stores together', () => {
  it('all read storage again on rehydrate, as on a fresh page load', () => {
    localStorage.setItem(COUNTER_KEY, JSON.stringify({ state: { count: 2 }, version: 2 }));
    localStorage.setItem(NOTE_KEY, JSON.stringify({ state: { text: 'hello' }, version: 1 }));
    rehydratePersistedStores();
    expect(counter.getState()).toEqual({ count: 2 });
    expect(note.getState()).toEqual({ text: 'hello' });
  });

  it('all go back to their initial state on reset, with nothing left stored', () => {
    counter.setState({ count: 2 });
    note.setState({ text: 'hello' });
    resetPersistedStores();
    expect(counter.getState()).toEqual({ count: 0 });
    expect(note.getState()).toEqual({ text: '' });
    expect([localStorage.getItem(COUNTER_KEY), localStorage.getItem(NOTE_KEY)]).toEqual([
      null,
      null,
    ]);
    rehydratePersistedStores();
    expect(counter.getState()).toEqual({ count: 0 });
  });

  it('forget on reset even what blocked storage kept in memory', () => {
    withBlockedStorage(() => {
      note.setState({ text: 'kept in memory' });
      resetPersistedStores();
      rehydratePersistedStores();
      expect(note.getState()).toEqual({ text: '' });
    });
  });
});
