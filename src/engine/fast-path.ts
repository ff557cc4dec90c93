/**
 * The fast path for analyze and bench: answer sets as option-index arrays (question order),
 * scored, rounded, classified and matched to rules on flat tables with no allocation per set.
 * Produces exactly what buildProfile + recommend produce (a test holds them equal).
 */
import {
  DIMENSION_COUNT,
  OPTION_COUNTS,
  QUESTION_TOTAL,
  SERVICE_COUNT,
  classifyArray,
  literacyCorrectOfIndices,
  scoreIndicesInto,
  selectRulesInto,
} from './model-tables';

export { DIMENSION_COUNT, OPTION_COUNTS, QUESTION_TOTAL, SERVICE_COUNT };

/** Scratch space for evaluate(); make one per loop and reuse it. */
export interface Evaluation {
  /** Rounded scores 0-100 in DIMENSION_IDS order. */
  readonly scores: Float64Array;
  /** Index into INVESTOR_TYPE_IDS. */
  typeIndex: number;
  literacyCorrect: number;
  /** Indices into RULES of the chosen rules, best first; the first `ruleCount` are valid. */
  readonly rules: Uint16Array;
  ruleCount: number;
}

export function createEvaluation(): Evaluation {
  return {
    scores: new Float64Array(DIMENSION_COUNT),
    typeIndex: 0,
    literacyCorrect: 0,
    rules: new Uint16Array(SERVICE_COUNT),
    ruleCount: 0,
  };
}

/**
 * Evaluates one complete, valid answer set given as option indices at
 * `indices[offset .. offset + QUESTION_TOTAL)` into `into`.
 */
export function evaluateIndices(
  indices: ArrayLike<number>,
  into: Evaluation,
  offset = 0,
): Evaluation {
  const { scores } = into;
  scoreIndicesInto(indices, scores, offset);
  for (let d = 0; d < DIMENSION_COUNT; d++) scores[d] = Math.round(scores[d] ?? 0);
  into.typeIndex = classifyArray(scores);
  into.literacyCorrect = literacyCorrectOfIndices(indices, offset);
  into.ruleCount = selectRulesInto(scores, into.typeIndex, into.rules);
  return into;
}

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same answer sets. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fills `out` (a multiple of QUESTION_TOTAL long) with uniformly random valid option indices. */
export function fillRandomAnswerSets(out: Uint8Array, random: () => number): Uint8Array {
  for (let i = 0; i < out.length; i++) {
    const count = OPTION_COUNTS[i % QUESTION_TOTAL] ?? 1;
    out[i] = Math.floor(random() * count);
  }
  return out;
}
