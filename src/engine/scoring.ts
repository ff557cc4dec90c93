/**
 * Scoring: answers -> six dimension scores, each 0-100, normalised by the dimension's reachable
 * minimum and maximum (0 = the lowest raw sum any complete answer set can reach, 100 = the highest).
 */
import { DIMENSION_IDS, type DimensionId } from '@/data/dimensions';
import { QUESTIONS, type Question } from '@/data/questions';
import type { AnswerError, Answers, DimensionScores, Result } from './contract';
import { literacyCorrectOfIndices, scoreIndicesInto, DIMENSION_COUNT } from './model-tables';

const questions: readonly Question[] = QUESTIONS;
const QUESTION_INDEX = new Map<string, number>(
  questions.map((question, index) => [question.id, index]),
);
const OPTION_INDEX: readonly ReadonlyMap<string, number>[] = questions.map(
  (question) => new Map(question.options.map((option, index) => [option.id, index])),
);

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
  const indices = new Uint8Array(questions.length);
  const answered = new Uint8Array(questions.length);
  for (const [questionId, optionId] of Object.entries(answers)) {
    const q = QUESTION_INDEX.get(questionId);
    if (q === undefined) return { ok: false, error: { kind: 'unknown-question', questionId } };
    const o = typeof optionId === 'string' ? OPTION_INDEX[q]?.get(optionId) : undefined;
    if (o === undefined) {
      return {
        ok: false,
        error: { kind: 'unknown-option', questionId, optionId: String(optionId) },
      };
    }
    indices[q] = o;
    answered[q] = 1;
  }
  const missing = questions.filter((_, q) => answered[q] !== 1).map((question) => question.id);
  if (missing.length > 0)
    return { ok: false, error: { kind: 'missing-answers', questionIds: missing } };
  return { ok: true, value: indices };
}

function toScores(values: Float64Array): DimensionScores {
  const scores = {} as Record<DimensionId, number>;
  DIMENSION_IDS.forEach((dimension, d) => {
    scores[dimension] = values[d] ?? 0;
  });
  return scores;
}

/** Scores of option indices already known to be valid (see answersToIndices), as floats 0-100. */
export function scoreIndices(indices: ArrayLike<number>): DimensionScores {
  const values = new Float64Array(DIMENSION_COUNT);
  scoreIndicesInto(indices, values);
  return toScores(values);
}

/**
 * Scores a complete answer set: each dimension a float from 0 to 100. An incomplete or invalid
 * set gives a typed AnswerError.
 */
export function score(answers: Answers): Result<DimensionScores, AnswerError> {
  const indices = answersToIndices(answers);
  if (!indices.ok) return indices;
  return { ok: true, value: scoreIndices(indices.value) };
}

/**
 * How many of the three literacy questions are answered right (0-3). Counts what is there, so it
 * also works on a partial answer set; unknown ids count as not right.
 */
export function countLiteracyCorrect(answers: Answers): number {
  let correct = 0;
  for (const question of questions) {
    if (!Object.hasOwn(answers, question.id)) continue;
    const chosen = answers[question.id];
    if (question.options.some((option) => option.id === chosen && option.correct === true))
      correct++;
  }
  return correct;
}

/** Literacy right answers of option indices already known to be valid. */
export function countLiteracyCorrectOfIndices(indices: ArrayLike<number>): number {
  return literacyCorrectOfIndices(indices);
}
