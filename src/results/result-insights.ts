/**
 * What the result page reads out of scores and answers, as plain functions: the traits that stand
 * out, where a score leans between its two ends, the answer that pushed a score most, and the
 * biggest difference between two readers.
 */
import { DIMENSION_IDS, SCORE_BANDS, type DimensionId } from '@/data/dimensions';
import { BIG_THREE_IDS, QUESTIONS } from '@/data/questions';
import type { Answers, DimensionScores } from '@/engine/contract';

/** The centre of every 0-100 scale: leaning neither way. */
const SCALE_CENTRE = 50;
/** Within this distance of the centre a score reads as "about in the middle". */
const MIDDLE_HALF_WIDTH = 5;
/** Below this gap on every dimension two readers read as alike. */
export const SIMILAR_GAP = 15;

export type Pole = 'low' | 'high';
export type Lean = 'strongLow' | 'low' | 'middle' | 'high' | 'strongHigh';

export interface Trait {
  readonly dimension: DimensionId;
  readonly pole: Pole;
}

/** Where a 0-100 score sits between its two ends, in five words; the bands' edges are the model's. */
export function leanOf(score: number): Lean {
  if (score < SCORE_BANDS.midMin) return 'strongLow';
  if (score >= SCORE_BANDS.highMin) return 'strongHigh';
  if (score < SCALE_CENTRE - MIDDLE_HALF_WIDTH) return 'low';
  if (score > SCALE_CENTRE + MIDDLE_HALF_WIDTH) return 'high';
  return 'middle';
}

/** The `count` dimensions furthest from the centre, furthest first (ties in the model's order). */
export function standoutTraits(scores: DimensionScores, count = 3): Trait[] {
  return DIMENSION_IDS.map((dimension, order) => ({
    dimension,
    order,
    distance: Math.abs(scores[dimension] - SCALE_CENTRE),
    pole: (scores[dimension] >= SCALE_CENTRE ? 'high' : 'low') as Pole,
  }))
    .sort((a, b) => b.distance - a.distance || a.order - b.order)
    .slice(0, count)
    .map(({ dimension, pole }) => ({ dimension, pole }));
}

/**
 * The traits that set a type apart, strongest first: the standout traits of its prototype, leaving
 * out the dimensions its description does not speak of (a balanced type has none).
 */
export function typeTraits(prototype: DimensionScores, count = 3): Trait[] {
  return standoutTraits(prototype, count).filter(
    ({ dimension }) => prototype[dimension] !== SCALE_CENTRE,
  );
}

/** The dimensions reaching furthest out and staying furthest in on the radar. */
export function shapeExtremes(scores: DimensionScores): {
  readonly outer: DimensionId;
  readonly inner: DimensionId;
} {
  let outer: DimensionId = DIMENSION_IDS[0];
  let inner: DimensionId = DIMENSION_IDS[0];
  for (const dimension of DIMENSION_IDS) {
    if (scores[dimension] > scores[outer]) outer = dimension;
    if (scores[dimension] < scores[inner]) inner = dimension;
  }
  return { outer, inner };
}

/** The dimension where two readers are furthest apart, and by how much (0-100). */
export function biggestDifference(
  own: DimensionScores,
  friend: DimensionScores,
): { readonly dimension: DimensionId; readonly gap: number } {
  let best: { dimension: DimensionId; gap: number } = { dimension: DIMENSION_IDS[0], gap: -1 };
  for (const dimension of DIMENSION_IDS) {
    const gap = Math.abs(own[dimension] - friend[dimension]);
    if (gap > best.gap) best = { dimension, gap };
  }
  return best;
}

export interface ChosenAnswer {
  readonly questionId: string;
  readonly optionId: string;
}

/**
 * The answer that pushed a dimension furthest towards the side the reader leans to: for each
 * answered question that weighs the dimension, how far the chosen option's weight lies from the
 * middle of that question's weights. None when no answer leans that way.
 */
export function strongestAnswer(
  answers: Answers,
  dimension: DimensionId,
  score: number,
): ChosenAnswer | undefined {
  const direction = score >= SCALE_CENTRE ? 1 : -1;
  let best: (ChosenAnswer & { readonly push: number }) | undefined;
  for (const question of QUESTIONS) {
    const optionId = answers[question.id];
    if (optionId === undefined) continue;
    const weights = question.options.map(
      (option): number => (option.weights as Partial<Record<DimensionId, number>>)[dimension] ?? 0,
    );
    if (!question.options.some((option) => dimension in option.weights)) continue;
    const chosen = question.options.find((option) => option.id === optionId);
    if (chosen === undefined) continue;
    const middle = (Math.max(...weights) + Math.min(...weights)) / 2;
    const weight = (chosen.weights as Partial<Record<DimensionId, number>>)[dimension] ?? 0;
    const push = (weight - middle) * direction;
    if (push > 0 && (best === undefined || push > best.push))
      best = { questionId: question.id, optionId, push };
  }
  return best === undefined ? undefined : { questionId: best.questionId, optionId: best.optionId };
}

export interface LiteracyAnswer {
  readonly questionId: string;
  /** Undefined when the answers on this device are not the ones behind the result. */
  readonly chosenOptionId: string | undefined;
  readonly rightOptionId: string;
  readonly correct: boolean | undefined;
}

/** Each Big Three literacy question with the reader's answer (when known) and the right one. */
export function literacyAnswers(answers: Answers | undefined): LiteracyAnswer[] {
  // The Big Three only: they are what the national facts compare with and what literacyCorrect counts.
  const bigThree: readonly string[] = BIG_THREE_IDS;
  return QUESTIONS.filter((question) => bigThree.includes(question.id)).flatMap((question) => {
    const right = question.options.find((option) => 'correct' in option && option.correct === true);
    if (right === undefined) return [];
    const chosen = answers?.[question.id];
    return [
      {
        questionId: question.id,
        chosenOptionId: chosen,
        rightOptionId: right.id,
        correct: chosen === undefined ? undefined : chosen === right.id,
      },
    ];
  });
}
