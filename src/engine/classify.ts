/**
 * Classification: the investor types ranked by how near their prototypes are to the scores.
 */
import { DIMENSION_IDS } from '@/data/dimensions';
import {
  CLASSIFY_DIMENSION_WEIGHTS,
  CLOSE_RUNNER_UP_MARGIN,
  CURRENT_TYPE_IDS,
  INVESTOR_TYPES,
  type InvestorTypeId,
} from '@/data/investor-types';
import type { Classification, DimensionScores, RankedType } from './contract';
import { V1_DIMENSION_ORDER, V1_PROTOTYPES, V1_TYPE_ORDER } from './model-v1';
import { V2_DIMENSION_ORDER, V2_PROTOTYPES, V2_TYPE_ORDER, V2_WEIGHTS } from './model-v2';
import { MODEL_VERSION } from './model-version';

const DIMENSION_COUNT = DIMENSION_IDS.length;
/** One table per model version: type ids, and per type its prototype in DIMENSION_IDS order. */
interface PrototypeTable {
  readonly typeIds: readonly InvestorTypeId[];
  readonly prototypes: Float64Array;
  readonly weights: Float64Array;
}
const CURRENT_TABLE: PrototypeTable = {
  typeIds: CURRENT_TYPE_IDS,
  prototypes: Float64Array.from(
    CURRENT_TYPE_IDS.flatMap((id) =>
      DIMENSION_IDS.map((dimension) => INVESTOR_TYPES[id].prototype[dimension]),
    ),
  ),
  weights: Float64Array.from(DIMENSION_IDS, (dimension) => CLASSIFY_DIMENSION_WEIGHTS[dimension]),
};
/** A frozen table, its prototypes and weights given in the version's own dimension order. */
function frozenTable(
  typeIds: readonly InvestorTypeId[],
  order: readonly string[],
  prototypes: Readonly<Record<InvestorTypeId, readonly number[]>>,
  weights: readonly number[],
): PrototypeTable {
  return {
    typeIds,
    prototypes: Float64Array.from(
      typeIds.flatMap((id) =>
        DIMENSION_IDS.map((dimension) => prototypes[id][order.indexOf(dimension)] ?? 0),
      ),
    ),
    weights: Float64Array.from(
      DIMENSION_IDS,
      (dimension) => weights[order.indexOf(dimension)] ?? 0,
    ),
  };
}
const V1_TABLE = frozenTable(
  V1_TYPE_ORDER,
  V1_DIMENSION_ORDER,
  V1_PROTOTYPES,
  V1_DIMENSION_ORDER.map(() => 1),
);
const V2_TABLE = frozenTable(V2_TYPE_ORDER, V2_DIMENSION_ORDER, V2_PROTOTYPES, V2_WEIGHTS);
const MOST_TYPES = Math.max(V1_TYPE_ORDER.length, V2_TYPE_ORDER.length, CURRENT_TYPE_IDS.length);

function tableOf(modelVersion: number): PrototypeTable {
  if (modelVersion === 1) return V1_TABLE;
  if (modelVersion === 2) return V2_TABLE;
  return CURRENT_TABLE;
}

/** Squared weighted distances from `values` (DIMENSION_IDS order) to every prototype, into `out`. */
function squaredDistancesInto(
  values: ArrayLike<number>,
  out: Float64Array,
  table: PrototypeTable,
): number {
  const { prototypes, weights } = table;
  const count = table.typeIds.length;
  for (let t = 0; t < count; t++) {
    let sum = 0;
    for (let d = 0; d < DIMENSION_COUNT; d++) {
      const weight = weights[d] ?? 0;
      if (weight === 0) continue;
      const gap = (values[d] ?? 0) - (prototypes[t * DIMENSION_COUNT + d] ?? 0);
      sum += weight * gap * gap;
    }
    out[t] = sum;
  }
  return count;
}

/** Index of the smallest and second-smallest of the first `count` values; ties go to the lower index. */
function nearestTwo(distances: ArrayLike<number>, count: number): readonly [number, number] {
  let first = 0;
  let second = 1;
  if ((distances[1] ?? 0) < (distances[0] ?? 0)) [first, second] = [1, 0];
  for (let t = 2; t < count; t++) {
    const value = distances[t] ?? 0;
    if (value < (distances[first] ?? 0)) {
      second = first;
      first = t;
    } else if (value < (distances[second] ?? 0)) second = t;
  }
  return [first, second];
}

const SCORE_VALUES = new Float64Array(DIMENSION_COUNT);
/** The scores in DIMENSION_IDS order, in a scratch buffer (the engine is synchronous). */
function valuesOf(scores: DimensionScores): Float64Array {
  for (let d = 0; d < DIMENSION_COUNT; d++)
    SCORE_VALUES[d] = scores[DIMENSION_IDS[d] ?? 'knowledge'];
  return SCORE_VALUES;
}

// Scratch space: the engine is synchronous, so one buffer serves every call.
const DISTANCES = new Float64Array(MOST_TYPES);

/** The nearest type of scores given in DIMENSION_IDS order (what classify does, without the object). */
export function classifyValues(
  values: ArrayLike<number>,
  modelVersion = MODEL_VERSION,
): InvestorTypeId {
  const table = tableOf(modelVersion);
  const count = squaredDistancesInto(values, DISTANCES, table);
  const [first] = nearestTwo(DISTANCES, count);
  return table.typeIds[first] ?? CURRENT_TYPE_IDS[0] ?? 'balanced-navigator';
}

/**
 * Exactly one type for any scores (0-100 per dimension): the nearest prototype by weighted
 * Euclidean distance, ties going to the type listed first. `modelVersion` 1 and 2 classify with
 * the frozen prototypes of those versions (decoding old codes only).
 */
export function classify(scores: DimensionScores, modelVersion = MODEL_VERSION): InvestorTypeId {
  return classifyValues(valuesOf(scores), modelVersion);
}

/**
 * Every type of the model version ranked by distance (score points, nearest first) and the
 * runner-up when it is within CLOSE_RUNNER_UP_MARGIN points of the nearest. The nearest is what
 * classify returns.
 */
export function rankTypes(scores: DimensionScores, modelVersion = MODEL_VERSION): Classification {
  const table = tableOf(modelVersion);
  const count = squaredDistancesInto(valuesOf(scores), DISTANCES, table);
  // Insertion sort of a handful of indices: stable, so ties keep the order of the type list.
  const order: number[] = [];
  for (let t = 0; t < count; t++) {
    let at = order.length;
    while (at > 0 && (DISTANCES[order[at - 1] ?? 0] ?? 0) > (DISTANCES[t] ?? 0)) at--;
    order.splice(at, 0, t);
  }
  const ranked: RankedType[] = order.map((t) => ({
    typeId: table.typeIds[t] ?? 'balanced-navigator',
    distance: Math.sqrt(DISTANCES[t] ?? 0),
  }));
  const margin = (ranked[1]?.distance ?? Infinity) - (ranked[0]?.distance ?? 0);
  return {
    ranked,
    closeRunnerUp: margin <= CLOSE_RUNNER_UP_MARGIN ? (ranked[1]?.typeId ?? null) : null,
    margin,
  };
}

/**
 * The runner-up the result names: the close runner-up, and always the runner-up when the
 * answers were flagged (a flagged result is never shown as one confident type).
 */
export function namedRunnerUp(
  classification: Classification,
  flagged: boolean,
): InvestorTypeId | null {
  if (flagged) return classification.ranked[1]?.typeId ?? null;
  return classification.closeRunnerUp;
}
