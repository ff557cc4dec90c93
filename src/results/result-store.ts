import { storageKeyOf } from '@/data/privacy-keys';
import { hasResultCodeShape } from '@/engine/result-code';
import { createPersistedStore } from '@/platform/persisted-store';

/**
 * What the result pages remember on this device: the reader's own result code and the last
 * friend's code they opened. Only codes, never answers; profiles are decoded from them when shown.
 */
interface ResultState {
  readonly ownCode: string | null;
  readonly friendCode: string | null;
}

/**
 * Reads what storage held into a valid state, or nothing. Two nullable fields need no schema
 * library, and this check runs in the result page's download, where every kilobyte counts.
 */
function parsePersisted(persisted: unknown): ResultState | undefined {
  if (typeof persisted !== 'object' || persisted === null) return undefined;
  const { ownCode, friendCode } = persisted as Record<string, unknown>;
  const valid = (code: unknown) => code === null || hasResultCodeShape(code);
  if (!valid(ownCode) || !valid(friendCode)) return undefined;
  return { ownCode: ownCode as string | null, friendCode: friendCode as string | null };
}

const useResultStore = createPersistedStore<ResultState>({
  key: storageKeyOf('results'),
  version: 1,
  initial: { ownCode: null, friendCode: null },
  parse: parsePersisted,
});

/** The reader finished the test: this is their own result from now on. */
export function ownResultRecorded(code: string): void {
  if (!hasResultCodeShape(code)) return;
  useResultStore.setState((state) =>
    // A friend whose code equals the reader's own is no longer a friend to compare with.
    state.friendCode === code ? { ownCode: code, friendCode: null } : { ownCode: code },
  );
}

/** The reader opened someone else's result link: remember it to compare after their own test. */
export function friendResultOpened(code: string): void {
  if (!hasResultCodeShape(code)) return;
  useResultStore.setState((state) => (state.ownCode === code ? state : { friendCode: code }));
}

export const useOwnResultCode = (): string | null => useResultStore((state) => state.ownCode);
export const useFriendResultCode = (): string | null => useResultStore((state) => state.friendCode);
