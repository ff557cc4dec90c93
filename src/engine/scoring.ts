/**
 * Scoring: answers -> six dimension scores, each 0-100, normalised by the dimension's reachable
 * minimum and maximum (0 = the lowest raw sum any complete answer set can reach, 100 = the highest).
 */
import {
  DIMENSION_IDS,
  EXPERIENCE_LEVELS,
  GOAL_HORIZONS,
  SCORE_MAX,
  SCORE_MIN,
  type DimensionId,
  type ExperienceLevel,
  type GoalHorizon,
} from '@/data/dimensions';
import {
  BIG_THREE_IDS,
  EXPERIENCE_QUESTION_ID,
  GOAL_HORIZON_QUESTION_ID,
  QUESTIONS,
  type Question,
} from '@/data/questions';
import type { AnswerError, Result } from './contract';

const questions: readonly Question[] = QUESTIONS;
const QUESTION_INDEX = new Map<string, number>(
  questions.map((question, index) => [question.id, index]),
);
const OPTION_INDEX: readonly ReadonlyMap<string, number>[] = questions.map(
  (question) => new Map(question.options.map((option, index) => [option.id, index])),
);
const QUESTION_IDS_IN_ORDER: readonly string[] = questions.map((question) => question.id);
const OPTION_IDS: readonly (readonly string[])[] = questions.map((question) =>
  question.options.map((option) => option.id),
);
const EXPERIENCE_INDEX = QUESTION_INDEX.get(EXPERIENCE_QUESTION_ID) ?? -1;
const GOAL_HORIZON_INDEX = QUESTION_INDEX.get(GOAL_HORIZON_QUESTION_ID) ?? -1;

// Built once from the data, so scoring a set is a few array reads per question.
const DIMENSION_COUNT = DIMENSION_IDS.length;
/** Per question, per option: the dimension index it weights (-1: none) and the weight. */
const OPTION_DIMENSION: readonly Int8Array[] = questions.map((question) =>
  Int8Array.from(question.options, (option) => {
    const entry = Object.entries(option.weights)[0];
    return entry ? DIMENSION_IDS.indexOf(entry[0] as DimensionId) : -1;
  }),
);
const OPTION_WEIGHT: readonly Float64Array[] = questions.map((question) =>
  Float64Array.from(question.options, (option) => Object.values(option.weights)[0] ?? 0),
);
const bigThree: readonly string[] = BIG_THREE_IDS;
/** 1 for the right answer of a Big Three item; the other literacy item counts in knowledge only. */
const OPTION_CORRECT: readonly Uint8Array[] = questions.map((question) =>
  Uint8Array.from(question.options, (option) =>
    'correct' in option && bigThree.includes(question.id) ? 1 : 0,
  ),
);
/** The same, flattened (question × MAX_OPTIONS + option) so the hot loop reads one array each. */
const MAX_OPTIONS = 8;
const FLAT_DIMENSION = new Int8Array(questions.length * MAX_OPTIONS).fill(-1);
const FLAT_WEIGHT = new Float64Array(questions.length * MAX_OPTIONS);
questions.forEach((question, q) =>
  question.options.forEach((_, o) => {
    FLAT_DIMENSION[q * MAX_OPTIONS + o] = OPTION_DIMENSION[q]?.[o] ?? -1;
    FLAT_WEIGHT[q * MAX_OPTIONS + o] = OPTION_WEIGHT[q]?.[o] ?? 0;
  }),
);
/** The questions that can add a Big Three right answer. */
const LITERACY_QUESTIONS = questions
  .map((_, q) => q)
  .filter((q) => (OPTION_CORRECT[q] ?? []).some((correct) => correct === 1));
const RAW_MIN = new Float64Array(DIMENSION_COUNT);
const RAW_SPAN = new Float64Array(DIMENSION_COUNT);
{
  const rawMax = new Float64Array(DIMENSION_COUNT);
  for (const question of questions) {
    DIMENSION_IDS.forEach((dimension, d) => {
      const weights = question.options.map((option) => option.weights[dimension] ?? 0);
      RAW_MIN[d] = (RAW_MIN[d] ?? 0) + Math.min(...weights);
      rawMax[d] = (rawMax[d] ?? 0) + Math.max(...weights);
    });
  }
  for (let d = 0; d < DIMENSION_COUNT; d++) RAW_SPAN[d] = (rawMax[d] ?? 0) - (RAW_MIN[d] ?? 0);
}

/**
 * Checks an answer set and turns it into option indices in question order.
 * Accepts anything (answers may come from storage or a URL): a non-object, an unknown question,
 * an unknown option or a missing answer gives a typed error, never a throw.
 */
export function answersToIndices(answers: unknown): Result<Uint8Array, AnswerError> {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    return {
      ok: false,
      error: { kind: 'missing-answers', questionIds: questions.map((q) => q.id) },
    };
  }
  const record = answers as Record<string, unknown>;
  const indices = new Uint8Array(questions.length);
  if (inQuestionOrder(record, indices)) return { ok: true, value: indices };
  // Question by question (the fast path); only when something is off are the keys walked to
  // name the first unknown question or option, as they were given.
  let missing = false;
  for (let q = 0; q < questions.length; q++) {
    const questionId = QUESTION_IDS_IN_ORDER[q] ?? '';
    const optionId = Object.hasOwn(record, questionId) ? record[questionId] : undefined;
    if (optionId === undefined) {
      missing = true;
      continue;
    }
    const o = typeof optionId === 'string' ? OPTION_INDEX[q]?.get(optionId) : undefined;
    if (o === undefined) return firstProblem(record);
    indices[q] = o;
  }
  if (missing || Object.keys(record).length !== questions.length) return firstProblem(record);
  return { ok: true, value: indices };
}

/**
 * The fast path: a plain object whose own keys are exactly the question ids in question order,
 * each with a known option (what the quiz stores). Walking the keys in order lets the engine read
 * each value without a lookup by name. False means "take the careful path", never an error.
 */
function inQuestionOrder(record: Record<string, unknown>, indices: Uint8Array): boolean {
  const prototype: unknown = Object.getPrototypeOf(record);
  if (prototype !== Object.prototype && prototype !== null) return false;
  let q = 0;
  for (const key in record) {
    if (key !== QUESTION_IDS_IN_ORDER[q]) return false;
    const optionId = record[key];
    const options = OPTION_IDS[q] ?? [];
    let o = 0;
    while (o < options.length && options[o] !== optionId) o++;
    if (o === options.length) return false;
    indices[q] = o;
    q++;
  }
  return q === questions.length;
}

/** The typed error of an answer set that is not complete and valid, in the order its keys came. */
function firstProblem(record: Record<string, unknown>): Result<Uint8Array, AnswerError> {
  const answered = new Uint8Array(questions.length);
  for (const questionId of Object.keys(record)) {
    const optionId = record[questionId];
    const q = QUESTION_INDEX.get(questionId);
    if (q === undefined) return { ok: false, error: { kind: 'unknown-question', questionId } };
    const o = typeof optionId === 'string' ? OPTION_INDEX[q]?.get(optionId) : undefined;
    if (o === undefined) {
      return {
        ok: false,
        error: { kind: 'unknown-option', questionId, optionId: String(optionId) },
      };
    }
    answered[q] = 1;
  }
  const missing = questions.filter((_, q) => answered[q] !== 1).map((question) => question.id);
  return { ok: false, error: { kind: 'missing-answers', questionIds: missing } };
}

/**
 * Writes the 0-100 scores (floats, DIMENSION_IDS order) of valid option indices into `out`.
 * Allocation-free: the profile and the model analysis reuse one buffer.
 */
export function scoreIndicesInto(indices: ArrayLike<number>, out: Float64Array): Float64Array {
  out.fill(0);
  const count = questions.length;
  for (let q = 0; q < count; q++) {
    const at = q * MAX_OPTIONS + (indices[q] ?? 0);
    const d = FLAT_DIMENSION[at] ?? -1;
    if (d >= 0) out[d] = (out[d] ?? 0) + (FLAT_WEIGHT[at] ?? 0);
  }
  for (let d = 0; d < DIMENSION_COUNT; d++) {
    const span = RAW_SPAN[d] ?? 0;
    out[d] =
      span > 0
        ? SCORE_MIN + (((out[d] ?? 0) - (RAW_MIN[d] ?? 0)) * (SCORE_MAX - SCORE_MIN)) / span
        : SCORE_MIN;
  }
  return out;
}

/** Literacy right answers (0-3) of option indices already known to be valid. */
export function countLiteracyCorrectOfIndices(indices: ArrayLike<number>): number {
  let correct = 0;
  for (const q of LITERACY_QUESTIONS) correct += OPTION_CORRECT[q]?.[indices[q] ?? 0] ?? 0;
  return correct;
}

/** The stated experience of valid option indices (the experience question's options are the levels). */
export function experienceOfIndices(indices: ArrayLike<number>): ExperienceLevel {
  return EXPERIENCE_LEVELS[indices[EXPERIENCE_INDEX] ?? 0] ?? 'none';
}

/** The stated goal horizon of valid option indices (the question's options are the horizons). */
export function goalHorizonOfIndices(indices: ArrayLike<number>): GoalHorizon {
  return GOAL_HORIZONS[indices[GOAL_HORIZON_INDEX] ?? 0] ?? 'within-1-year';
}
