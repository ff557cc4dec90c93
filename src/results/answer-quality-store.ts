import { storageKeyOf } from '@/data/privacy-keys';
import { ANSWER_QUALITY_FLAGS, type AnswerQualityFlag } from '@/engine/contract';
import { createPersistedStore } from '@/platform/persisted-store';

/**
 * The answer-quality flags of the reader's own latest result, kept on this device beside its code.
 * Never part of a result code or a link: a friend opening the link sees none of this.
 */
interface AnswerQualityState {
  readonly code: string | null;
  readonly flags: readonly AnswerQualityFlag[];
}

const FLAGS: readonly AnswerQualityFlag[] = ANSWER_QUALITY_FLAGS;

/** Only a known shape is kept: anything else in storage was not written by this app. */
function parsePersisted(persisted: unknown): AnswerQualityState | undefined {
  if (typeof persisted !== 'object' || persisted === null) return undefined;
  const { code, flags } = persisted as Record<string, unknown>;
  if (code !== null && (typeof code !== 'string' || code.length > 64)) return undefined;
  if (!Array.isArray(flags)) return undefined;
  const known = FLAGS.filter((flag) => flags.includes(flag));
  return { code, flags: known };
}

const useAnswerQualityStore = createPersistedStore<AnswerQualityState>({
  key: storageKeyOf('answer-quality'),
  version: 1,
  initial: { code: null, flags: [] },
  parse: parsePersisted,
});

/** The reader finished the test: these are the flags of the result with this code. */
export function answerQualityRecorded(code: string, flags: readonly AnswerQualityFlag[]): void {
  useAnswerQualityStore.setState({ code, flags: FLAGS.filter((flag) => flags.includes(flag)) });
}

const NO_FLAGS: readonly AnswerQualityFlag[] = [];

/** The flags of the reader's own result with this code; none for any other code. */
export const useAnswerQualityFlags = (code: string): readonly AnswerQualityFlag[] =>
  useAnswerQualityStore((state) => (state.code === code ? state.flags : NO_FLAGS));
