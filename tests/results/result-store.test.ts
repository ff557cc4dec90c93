import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { rehydratePersistedStores, resetPersistedStores } from '@/platform/persisted-store';
import {
  friendResultOpened,
  ownResultRecorded,
  useFriendResultCode,
  useOwnResultCode,
} from '@/results/result-store';
import { codeOf } from './fixtures';

const STORAGE_KEY = 'toushi-shinri-test:results';
const own = codeOf('chart-strategist');
const friend = codeOf('trend-follower');

function stored(): unknown {
  const raw = localStorage.getItem(STORAGE_KEY);
  return raw === null ? null : JSON.parse(raw);
}

function readCodes() {
  const ownHook = renderHook(() => useOwnResultCode());
  const friendHook = renderHook(() => useFriendResultCode());
  return { own: ownHook.result.current, friend: friendHook.result.current };
}

function loadFromStorage(value: string) {
  localStorage.setItem(STORAGE_KEY, value);
  act(() => rehydratePersistedStores());
  return readCodes();
}

describe('result store', () => {
  it("remembers the reader's own result and a friend's, on this device", () => {
    act(() => {
      friendResultOpened(friend);
      ownResultRecorded(own);
    });
    expect(readCodes()).toEqual({ own, friend });
    expect(stored()).toEqual({ state: { ownCode: own, friendCode: friend }, version: 1 });
  });

  it('survives a reload', () => {
    act(() => {
      ownResultRecorded(own);
      friendResultOpened(friend);
    });
    const saved = localStorage.getItem(STORAGE_KEY) ?? '';
    act(() => resetPersistedStores());
    expect(loadFromStorage(saved)).toEqual({ own, friend });
  });

  it("does not take the reader's own code for a friend's", () => {
    act(() => {
      ownResultRecorded(own);
      friendResultOpened(own);
    });
    expect(readCodes()).toEqual({ own, friend: null });
  });

  it('forgets the friend when the reader turns out to have the very same result', () => {
    act(() => {
      friendResultOpened(own);
      ownResultRecorded(own);
    });
    expect(readCodes()).toEqual({ own, friend: null });
  });

  // The shape only: a code of the right shape that does not decode is never shown (result-view).
  it.each(['', 'not a code', own.repeat(5), '../../etc', `${own}#`])(
    'ignores %j instead of a result code',
    (code) => {
      act(() => {
        ownResultRecorded(code);
        friendResultOpened(code);
      });
      expect(readCodes()).toEqual({ own: null, friend: null });
    },
  );

  it.each([
    ['corrupt JSON', '{"state": {"ownCode": '],
    ['another shape', JSON.stringify({ state: { ownCode: 42, friendCode: [] }, version: 1 })],
    [
      'codes of another shape',
      JSON.stringify({ state: { ownCode: `<${own}>`, friendCode: null }, version: 1 }),
    ],
    [
      'a huge value',
      JSON.stringify({ state: { ownCode: own.repeat(1000), friendCode: null }, version: 1 }),
    ],
    [
      'an older version',
      JSON.stringify({ state: { ownCode: own, friendCode: friend }, version: 0 }),
    ],
    [
      'a newer version',
      JSON.stringify({ state: { ownCode: own, friendCode: friend }, version: 2 }),
    ],
    ['null', 'null'],
  ])('discards %s found in storage', (_, value) => {
    expect(loadFromStorage(value)).toEqual({ own: null, friend: null });
  });

  it('keeps working in memory when storage is blocked', () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      act(() => ownResultRecorded(own));
      expect(readCodes().own).toBe(own);
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original);
    }
  });
});
