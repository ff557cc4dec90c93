/**
 * Answer-quality flags: signs that an answer set may not describe the reader well. They never
 * block a result and never travel in a link; the result page mentions them gently and offers a
 * retake.
 */
import {
  AGREE_OPTION_IDS,
  ANSWER_QUALITY,
  CONSISTENCY_CHECKS,
  QUESTIONS,
  type Question,
} from '@/data/questions';
import type { AnswerError, AnswerQualityFlag, Answers, Result } from './contract';
import { answersToIndices } from './scoring';

const questions: readonly Question[] = QUESTIONS;
const QUESTION_INDEX = new Map<string, number>(questions.map((q, index) => [q.id, index]));
const AGREE_MIDDLE = (AGREE_OPTION_IDS.length - 1) / 2;
/** Items where a position means something across items: three or more options. */
const POSITIONED = questions.map((q) => q.options.length >= 3);
const POSITIONED_COUNT = POSITIONED.filter(Boolean).length;
const LAST_INDEX = questions.map((q) => q.options.length - 1);
/** The middle of each item's list: its centre option, or either of the two centre ones. */
const MIDDLE_LOW = questions.map((q) => Math.floor((q.options.length - 1) / 2));
const MIDDLE_HIGH = questions.map((q) => Math.ceil((q.options.length - 1) / 2));
const COUNTS = new Uint16Array(8);

/**
 * Straight-lining: the same option column on at least ANSWER_QUALITY.straightLineShare of the
 * items with three or more options. A column is a place in the list (first, second, ...), the
 * last option, or the middle (the centre option, or one of the two centre ones): all-middle
 * answers are as empty as all-first ones.
 */
function isStraightLining(indices: ArrayLike<number>): boolean {
  COUNTS.fill(0);
  let last = 0;
  let middle = 0;
  for (let q = 0; q < questions.length; q++) {
    if (!POSITIONED[q]) continue;
    const o = indices[q] ?? 0;
    const column = Math.min(7, o);
    COUNTS[column] = (COUNTS[column] ?? 0) + 1;
    if (o === LAST_INDEX[q]) last++;
    if (o === MIDDLE_LOW[q] || o === MIDDLE_HIGH[q]) middle++;
  }
  let most = Math.max(last, middle);
  for (const count of COUNTS) most = Math.max(most, count);
  return most >= ANSWER_QUALITY.straightLineShare * POSITIONED_COUNT;
}

/** How many consistency checks the answers fail (0 when all pairs can both be meant). */
function contradictionCount(indices: ArrayLike<number>): number {
  let failed = 0;
  for (const check of CONSISTENCY_CHECKS) {
    if (check.kind === 'dominance') {
      // Options run accept, probably accept, probably decline, decline.
      const worse = indices[QUESTION_INDEX.get(check.worse) ?? 0] ?? 0;
      const better = indices[QUESTION_INDEX.get(check.better) ?? 0] ?? 0;
      // Accepting the worse offer and declining the better, at least one of them firmly.
      if (worse <= 1 && better >= 2 && (worse === 0 || better === 3)) failed++;
    } else {
      const keyed = (indices[QUESTION_INDEX.get(check.keyed) ?? 0] ?? 0) - AGREE_MIDDLE;
      const reversed = AGREE_MIDDLE - (indices[QUESTION_INDEX.get(check.reversed) ?? 0] ?? 0);
      if (Math.abs(keyed - reversed) >= ANSWER_QUALITY.oppositeGap) failed++;
    }
  }
  return failed;
}

/**
 * Faster than reading: the median time on an item under ANSWER_QUALITY.fastMedianMs. Unknown when
 * fewer than half of the items were timed (e.g. answers restored from an older version): no flag.
 */
function isTooFast(timingsMs: readonly number[]): boolean {
  const valid = timingsMs.filter((ms) => Number.isFinite(ms) && ms >= 0).sort((a, b) => a - b);
  if (valid.length < ANSWER_QUALITY.timedShareNeeded * questions.length) return false;
  const middle = valid.length / 2;
  const median =
    valid.length % 2 === 1
      ? (valid[Math.floor(middle)] ?? 0)
      : ((valid[middle - 1] ?? 0) + (valid[middle] ?? 0)) / 2;
  return median < ANSWER_QUALITY.fastMedianMs;
}

/**
 * The flags of a complete, valid answer set (option indices in question order) and, when known,
 * the milliseconds spent on each question (question id -> ms). Empty when nothing looks wrong.
 */
export function answerQualityFlags(
  indices: ArrayLike<number>,
  timingsMs: Readonly<Record<string, number>> = {},
): AnswerQualityFlag[] {
  const flags: AnswerQualityFlag[] = [];
  if (isStraightLining(indices)) flags.push('straight-lining');
  if (contradictionCount(indices) >= ANSWER_QUALITY.contradictionsNeeded)
    flags.push('contradictory');
  const timed = questions
    .filter((q) => Object.hasOwn(timingsMs, q.id))
    .map((q) => timingsMs[q.id] ?? Number.NaN);
  if (isTooFast(timed)) flags.push('too-fast');
  return flags;
}

/**
 * The flags of an answer set as the quiz holds it (question id -> option id) with its timings.
 * An incomplete or invalid set has no flags to give: it gives the AnswerError instead.
 */
export function checkAnswerQuality(
  answers: Answers,
  timingsMs: Readonly<Record<string, number>> = {},
): Result<AnswerQualityFlag[], AnswerError> {
  const indices = answersToIndices(answers);
  if (!indices.ok) return indices;
  return { ok: true, value: answerQualityFlags(indices.value, timingsMs) };
}
