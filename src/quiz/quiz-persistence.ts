import * as z from 'zod/mini';

/** The part of the quiz that survives a reload: the answers so far and the question on screen. */
export interface QuizSnapshot {
  /** Question id -> chosen option id, only for questions and options the model knows. */
  readonly answers: Readonly<Record<string, string>>;
  /** Index of the question on screen, 0-based. */
  readonly step: number;
}

/** Bump when the persisted shape changes, and teach `migrateQuizSnapshot` the old shape. */
export const QUIZ_STORE_VERSION = 1;

export const EMPTY_QUIZ: QuizSnapshot = { answers: {}, step: 0 };

/** What the sanitiser needs to know about the model: ids only. */
export interface QuestionShape {
  readonly id: string;
  readonly options: readonly { readonly id: string }[];
}

/** Larger values are never written by this app; reading them would only cost time. */
const MAX_PERSISTED_CHARS = 20_000;

const envelopeSchema = z.object({
  state: z.unknown(),
  version: z.int(),
});

const snapshotSchema = z.object({
  answers: z.record(z.string(), z.string()),
  step: z.int().check(z.nonnegative()),
});

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
  const parsed = snapshotSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const answers: Record<string, string> = {};
  for (const question of questions) {
    if (!Object.hasOwn(parsed.data.answers, question.id)) continue;
    const optionId = parsed.data.answers[question.id];
    if (question.options.some((option) => option.id === optionId) && optionId !== undefined) {
      answers[question.id] = optionId;
    }
  }
  const lastIndex = Math.max(0, questions.length - 1);
  const step = Math.min(parsed.data.step, firstUnansweredIndex(questions, answers), lastIndex);
  return { answers, step };
}

/**
 * Brings state written by another version of the app up to date. There is no older shape yet;
 * state from a newer version (a reader who went back to an old deploy) cannot be trusted and is
 * discarded.
 */
export function migrateQuizSnapshot(
  state: unknown,
  version: number,
  questions: readonly QuestionShape[],
): QuizSnapshot {
  if (version === QUIZ_STORE_VERSION) return sanitizeQuizSnapshot(state, questions) ?? EMPTY_QUIZ;
  return EMPTY_QUIZ;
}

export interface PersistedEnvelope {
  readonly state: unknown;
  readonly version: number;
}

/** Parses what storage holds into zustand's `{ state, version }` envelope; undefined when unreadable. */
export function readEnvelope(raw: unknown): PersistedEnvelope | undefined {
  if (typeof raw !== 'string' || raw.length > MAX_PERSISTED_CHARS) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = envelopeSchema.safeParse(json);
  return parsed.success ? { state: parsed.data.state, version: parsed.data.version } : undefined;
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
