/**
 * The model compiled to flat numeric tables, built once at import. Both the public API
 * (score, classify, recommend) and the fast path for analyze/bench run on these tables, so
 * the two can never disagree.
 */
import { DIMENSION_IDS, SCORE_MAX, SCORE_MIN } from '@/data/dimensions';
import {
  CLASSIFY_DIMENSION_WEIGHTS,
  INVESTOR_TYPE_IDS,
  INVESTOR_TYPES,
} from '@/data/investor-types';
import { QUESTIONS, type Question } from '@/data/questions';
import { RULES, type Condition, type Rule } from '@/data/rules';
import { SERVICE_IDS } from '@/data/site';

export const DIMENSION_COUNT = DIMENSION_IDS.length;
export const QUESTION_TOTAL = QUESTIONS.length;
export const TYPE_COUNT = INVESTOR_TYPE_IDS.length;
export const SERVICE_COUNT = SERVICE_IDS.length;

const questions: readonly Question[] = QUESTIONS;
const rules: readonly Rule[] = RULES;

/** Options per question, in question order. */
export const OPTION_COUNTS: Uint8Array = Uint8Array.from(questions.map((q) => q.options.length));

/** Row offset of each question's first option in WEIGHT_ROWS. */
export const OPTION_OFFSETS: Uint16Array = (() => {
  const offsets = new Uint16Array(QUESTION_TOTAL);
  let running = 0;
  questions.forEach((question, index) => {
    offsets[index] = running;
    running += question.options.length;
  });
  return offsets;
})();

/** One row of DIMENSION_COUNT weights per option, all questions concatenated. */
export const WEIGHT_ROWS: Float64Array = (() => {
  const rows: number[] = [];
  for (const question of questions) {
    for (const option of question.options) {
      for (const dimension of DIMENSION_IDS) rows.push(option.weights[dimension] ?? 0);
    }
  }
  return Float64Array.from(rows);
})();

/** 1 where the option is a literacy item's right answer, per option row. */
export const CORRECT_FLAGS: Uint8Array = Uint8Array.from(
  questions.flatMap((question) => question.options.map((option) => (option.correct ? 1 : 0))),
);

/**
 * Each dimension's reachable raw minimum and maximum: questions are answered independently, so
 * they are the sums of each question's smallest and largest weight.
 */
export const RAW_MIN: Float64Array = new Float64Array(DIMENSION_COUNT);
export const RAW_MAX: Float64Array = new Float64Array(DIMENSION_COUNT);
for (const question of questions) {
  DIMENSION_IDS.forEach((dimension, d) => {
    const weights = question.options.map((option) => option.weights[dimension] ?? 0);
    RAW_MIN[d] = (RAW_MIN[d] ?? 0) + Math.min(...weights);
    RAW_MAX[d] = (RAW_MAX[d] ?? 0) + Math.max(...weights);
  });
}
/** Multiplier from raw span to 0-100; 0 for a dimension no question moves (never in this model). */
export const SCALE: Float64Array = Float64Array.from(
  DIMENSION_IDS.map((_, d) => {
    const span = (RAW_MAX[d] ?? 0) - (RAW_MIN[d] ?? 0);
    return span > 0 ? (SCORE_MAX - SCORE_MIN) / span : 0;
  }),
);

// scoreIndicesInto is unrolled over the six dimensions for speed (several times faster than a
// loop over a typed array); this line stops the build if the model ever has another number.
const SIX_DIMENSIONS: 6 = DIMENSION_IDS.length;

/**
 * Writes 0-100 scores for one complete answer set into `out` (DIMENSION_COUNT long).
 * `indices[indexOffset + q]` is the chosen option index of question q; they must already be valid.
 */
export function scoreIndicesInto(
  indices: ArrayLike<number>,
  out: Float64Array,
  indexOffset = 0,
): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  let s5 = 0;
  for (let q = 0; q < QUESTION_TOTAL; q++) {
    const row = ((OPTION_OFFSETS[q] ?? 0) + (indices[indexOffset + q] ?? 0)) * SIX_DIMENSIONS;
    s0 += WEIGHT_ROWS[row] ?? 0;
    s1 += WEIGHT_ROWS[row + 1] ?? 0;
    s2 += WEIGHT_ROWS[row + 2] ?? 0;
    s3 += WEIGHT_ROWS[row + 3] ?? 0;
    s4 += WEIGHT_ROWS[row + 4] ?? 0;
    s5 += WEIGHT_ROWS[row + 5] ?? 0;
  }
  out[0] = SCORE_MIN + (s0 - (RAW_MIN[0] ?? 0)) * (SCALE[0] ?? 0);
  out[1] = SCORE_MIN + (s1 - (RAW_MIN[1] ?? 0)) * (SCALE[1] ?? 0);
  out[2] = SCORE_MIN + (s2 - (RAW_MIN[2] ?? 0)) * (SCALE[2] ?? 0);
  out[3] = SCORE_MIN + (s3 - (RAW_MIN[3] ?? 0)) * (SCALE[3] ?? 0);
  out[4] = SCORE_MIN + (s4 - (RAW_MIN[4] ?? 0)) * (SCALE[4] ?? 0);
  out[5] = SCORE_MIN + (s5 - (RAW_MIN[5] ?? 0)) * (SCALE[5] ?? 0);
}

/** Right answers among the literacy items of one complete answer set. */
export function literacyCorrectOfIndices(indices: ArrayLike<number>, indexOffset = 0): number {
  let correct = 0;
  for (let q = 0; q < QUESTION_TOTAL; q++) {
    correct += CORRECT_FLAGS[(OPTION_OFFSETS[q] ?? 0) + (indices[indexOffset + q] ?? 0)] ?? 0;
  }
  return correct;
}

/** Prototypes, TYPE_COUNT rows of DIMENSION_COUNT. */
export const PROTOTYPES: Float64Array = Float64Array.from(
  INVESTOR_TYPE_IDS.flatMap((id) =>
    DIMENSION_IDS.map((dimension) => INVESTOR_TYPES[id].prototype[dimension]),
  ),
);
export const CLASSIFY_WEIGHTS: Float64Array = Float64Array.from(
  DIMENSION_IDS.map((dimension) => CLASSIFY_DIMENSION_WEIGHTS[dimension]),
);

/**
 * Index of the nearest prototype by weighted squared distance; ties go to the type listed first
 * in INVESTOR_TYPE_IDS.
 */
export function classifyArray(scores: ArrayLike<number>): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let t = 0; t < TYPE_COUNT; t++) {
    let distance = 0;
    const base = t * DIMENSION_COUNT;
    for (let d = 0; d < DIMENSION_COUNT; d++) {
      const gap = (scores[d] ?? 0) - (PROTOTYPES[base + d] ?? 0);
      distance += (CLASSIFY_WEIGHTS[d] ?? 0) * gap * gap;
    }
    if (distance < bestDistance) {
      bestDistance = distance;
      best = t;
    }
  }
  return best;
}

/** A rule condition compiled to a predicate over scores (DIMENSION_IDS order) and a type index. */
export type CompiledCondition = (scores: ArrayLike<number>, typeIndex: number) => boolean;

const DIMENSION_INDEX = new Map<string, number>(DIMENSION_IDS.map((id, index) => [id, index]));
const TYPE_INDEX = new Map<string, number>(INVESTOR_TYPE_IDS.map((id, index) => [id, index]));

const always: CompiledCondition = () => true;

function negate(inner: CompiledCondition): CompiledCondition {
  return (scores, typeIndex) => !inner(scores, typeIndex);
}

/** A conjunction, with the short forms spelled out so the hot path makes no array calls. */
function compileAll(parts: readonly CompiledCondition[]): CompiledCondition {
  const [first, second] = parts;
  if (first === undefined) return always;
  if (second === undefined) return first;
  if (parts.length === 2)
    return (scores, typeIndex) => first(scores, typeIndex) && second(scores, typeIndex);
  return (scores, typeIndex) => {
    for (const part of parts) if (!part(scores, typeIndex)) return false;
    return true;
  };
}

export function compileCondition(condition: Condition): CompiledCondition {
  if ('all' in condition) return compileAll(condition.all.map(compileCondition));
  if ('any' in condition) {
    const all = compileAll(condition.any.map((part) => negate(compileCondition(part))));
    return negate(all);
  }
  if ('not' in condition) return negate(compileCondition(condition.not));
  if ('typeIn' in condition) {
    const mask = new Uint8Array(TYPE_COUNT);
    for (const id of condition.typeIn) mask[TYPE_INDEX.get(id) ?? 0] = 1;
    return (_scores, typeIndex) => mask[typeIndex] === 1;
  }
  const d = DIMENSION_INDEX.get(condition.dimension) ?? 0;
  switch (condition.op) {
    case '>=': {
      const { value } = condition;
      return (scores) => (scores[d] ?? 0) >= value;
    }
    case '<=': {
      const { value } = condition;
      return (scores) => (scores[d] ?? 0) <= value;
    }
    case 'between': {
      const { min, max } = condition;
      return (scores) => (scores[d] ?? 0) >= min && (scores[d] ?? 0) <= max;
    }
    default: {
      const unreachable: never = condition;
      return unreachable;
    }
  }
}

export const RULE_COUNT = rules.length;
export const RULE_PREDICATES: readonly CompiledCondition[] = rules.map((rule) =>
  compileCondition(rule.when),
);
export const RULE_SERVICE: Uint8Array = Uint8Array.from(
  rules.map((rule) => SERVICE_IDS.indexOf(rule.serviceId)),
);
export const RULE_PRIORITY: Float64Array = Float64Array.from(rules.map((rule) => rule.priority));

/**
 * Rule indices in the order they are tried: highest priority first, ties by position in RULES.
 * The first matching rule of each service is the one that chooses it.
 */
export const RULE_ORDER: Uint16Array = Uint16Array.from(
  rules
    .map((rule, index) => ({ index, priority: rule.priority }))
    .sort((a, b) => b.priority - a.priority || a.index - b.index)
    .map((entry) => entry.index),
);

/**
 * Picks each service's rule for one profile: writes the chosen rule indices, best first, into
 * `out` (SERVICE_COUNT long) and returns how many services were chosen.
 */
export function selectRulesInto(
  scores: ArrayLike<number>,
  typeIndex: number,
  out: Uint16Array,
): number {
  let chosenMask = 0;
  let count = 0;
  const full = (1 << SERVICE_COUNT) - 1;
  for (let i = 0; i < RULE_COUNT && chosenMask !== full; i++) {
    const r = RULE_ORDER[i] ?? 0;
    const bit = 1 << (RULE_SERVICE[r] ?? 0);
    if ((chosenMask & bit) !== 0) continue;
    const predicate = RULE_PREDICATES[r];
    if (predicate?.(scores, typeIndex)) {
      chosenMask |= bit;
      out[count++] = r;
    }
  }
  return count;
}
