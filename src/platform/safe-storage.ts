import type { StateStorage } from 'zustand/middleware';

/**
 * Web storage that never throws. Safari private mode, blocked cookies and full quotas make
 * localStorage throw on access or on write; then values are kept in memory for this page's life,
 * so the quiz goes on and nothing already answered is lost.
 */
export function createSafeStorage(getStorage: () => Storage): StateStorage {
  const memory = new Map<string, string>();

  const tryStorage = <T>(use: (storage: Storage) => T): { ok: true; value: T } | { ok: false } => {
    try {
      return { ok: true, value: use(getStorage()) };
    } catch {
      return { ok: false };
    }
  };

  return {
    getItem(name) {
      // A value written to memory after a failed write is newer than whatever storage still holds.
      const remembered = memory.get(name);
      if (remembered !== undefined) return remembered;
      const read = tryStorage((storage) => storage.getItem(name));
      return read.ok ? read.value : null;
    },
    setItem(name, value) {
      const written = tryStorage((storage) => storage.setItem(name, value));
      if (written.ok) memory.delete(name);
      else memory.set(name, value);
    },
    removeItem(name) {
      memory.delete(name);
      tryStorage((storage) => storage.removeItem(name));
    },
  };
}

export const safeLocalStorage = createSafeStorage(() => window.localStorage);
export const safeSessionStorage = createSafeStorage(() => window.sessionStorage);
