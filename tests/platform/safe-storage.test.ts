import { describe, expect, it } from 'vitest';
import { createSafeStorage } from '@/platform/safe-storage';

function throwingStorage(failOn: 'access' | 'write'): () => Storage {
  return () => {
    if (failOn === 'access') throw new DOMException('blocked', 'SecurityError');
    return {
      ...window.localStorage,
      getItem: (key: string) => window.localStorage.getItem(key),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (key: string) => window.localStorage.removeItem(key),
    } as Storage;
  };
}

describe('safe storage', () => {
  it('reads and writes through to working storage', () => {
    const storage = createSafeStorage(() => window.localStorage);
    void storage.setItem('answers', '{"q1":"a"}');
    expect(window.localStorage.getItem('answers')).toBe('{"q1":"a"}');
    expect(storage.getItem('answers')).toBe('{"q1":"a"}');
  });

  it('keeps values in memory when storage access is blocked', () => {
    const storage = createSafeStorage(throwingStorage('access'));
    expect(storage.getItem('answers')).toBeNull();
    void storage.setItem('answers', 'kept');
    expect(storage.getItem('answers')).toBe('kept');
    void storage.removeItem('answers');
    expect(storage.getItem('answers')).toBeNull();
  });

  it('keeps the newest value in memory when a write exceeds the quota', () => {
    window.localStorage.setItem('answers', 'old');
    const storage = createSafeStorage(throwingStorage('write'));
    void storage.setItem('answers', 'new');
    expect(storage.getItem('answers')).toBe('new');
  });
});
