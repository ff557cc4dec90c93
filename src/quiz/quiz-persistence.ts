import { readEnvelope } from '@/platform/persisted-store';

/**
 * The part of the quiz that survives a reload: the answers so far, the question on screen, how
 * long each answer took and whether the reader finished with these answers. Timings stay on this
 * device: they feed the "faster than reading" note on the reader's own result, never a link.
 */
export interface QuizSnapshot {
  /** Question id -> chosen option id, only for questions and options the model knows. */
  readonly answers: Readonly<Record<string, string>>;
  /** Index of the question on screen, 0-based. */
  readonly step: number;
  /** Question id -> milliseconds from the question appearing to its answer. */
  readonly timings: Readonly<Record<string, number>>;
  /** The reader's own result was made from exactly these answers: none has changed since. */
  readonly finished: boolean;
}

/**
 * Bump when the persisted shape changes, and teach `migrateQuizSnapshot` the old shape.
 * Version 2 added timings, version 3 whether the answers are those the reader finished with.
 */
export const QUIZ_STORE_VERSION = 3;

export const EMPTY_QUIZ: QuizSnapshot = { answers: {}, step: 0, timings: {}, finished: false };

/** A timing above this is a reader who left the page; it is kept as this much. */
const MAX_TIMING_MS = 10 * 60 * 1000;

/** What the sanitiser needs to know about the model: ids only. */
export interface QuestionShape {
  readonly id: string;
  readonly options: readonly { readonly id: string }[];
}

// Hand-written checks rather than zod: these run in the first download, where every kilobyte
// counts against the 110 KB budget, and the shapes are two plain objects.
function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStep(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Index of the first question without an answer, or the question count when all are answered. */
export function firstUnansweredIndex(
  questions: readonly QuestionShape[],
  answers: Readonly<Record<string, string>>,
): number {
  const index = questions.findIndex((question) => !Object.hasOwn(answers, question.id));
  return index === -1 ? questions.length : index;
}

/**
 * Checks persisted quiz state against the model: answers to unknown questions or with unknown
 * options are dropped (the model may have changed since), and the step is kept within the
 * questions the reader can actually reach. Returns undefined when the shape is wrong.
 */
export function sanitizeQuizSnapshot(
  raw: unknown,
  questions: readonly QuestionShape[],
): QuizSnapshot | undefined {
  if (!isRecord(raw) || !isRecord(raw.answers) || !isStep(raw.step)) return undefined;
  const stored = raw.answers;
  if (!Object.values(stored).every((value) => typeof value === 'string')) return undefined;
  const answers: Record<string, string> = {};
  for (const question of questions) {
    if (!Object.hasOwn(stored, question.id)) continue;
    const optionId = stored[question.id];
    if (question.options.some((option) => option.id === optionId) && typeof optionId === 'string') {
      answers[question.id] = optionId;
    }
  }
  const open = firstUnansweredIndex(questions, answers);
  const step = Math.min(raw.step, open, Math.max(0, questions.length - 1));
  // Answers the model no longer takes as they were are not the ones the reader finished with.
  const finished =
    raw.finished === true && open === questions.length && Object.keys(stored).length === open;
  return { answers, step, timings: sanitizeTimings(raw.timings, answers), finished };
}

/** Only finite, non-negative timings of answered questions, capped at MAX_TIMING_MS. */
function sanitizeTimings(
  raw: unknown,
  answers: Readonly<Record<string, string>>,
): Record<string, number> {
  const timings: Record<string, number> = {};
  if (!isRecord(raw)) return timings;
  for (const questionId of Object.keys(answers)) {
    if (!Object.hasOwn(raw, questionId)) continue;
    const ms = raw[questionId];
    if (typeof ms === 'number' && Number.isFinite(ms) && ms >= 0)
      timings[questionId] = Math.min(ms, MAX_TIMING_MS);
  }
  return timings;
}

/**
 * Brings state written by another version of the app up to date. Versions 1 and 2 keep answers to
 * questions and options that still exist, a complete set taken as the one the reader finished
 * with (true unless they changed one after). A newer version's state (an old deploy) is dropped.
 */
export function migrateQuizSnapshot(
  state: unknown,
  version: number,
  questions: readonly QuestionShape[],
): QuizSnapshot {
  if ((version !== 1 && version !== 2) || !isRecord(state)) return EMPTY_QUIZ;
  return sanitizeQuizSnapshot({ ...state, finished: true }, questions) ?? EMPTY_QUIZ;
}

/** The whole load path in one pure function: raw storage text in, a valid snapshot or undefined out. */
export function restoreQuizSnapshot(
  raw: unknown,
  questions: readonly QuestionShape[],
): QuizSnapshot | undefined {
  const envelope = readEnvelope(raw);
  if (envelope === undefined) return undefined;
  if (envelope.version !== QUIZ_STORE_VERSION) {
    return migrateQuizSnapshot(envelope.state, envelope.version, questions);
  }
  return sanitizeQuizSnapshot(envelope.state, questions);
}
