/**
 * Classification: the investor types ranked by how near their prototypes are to the scores.
 */
import { DIMENSION_IDS } from '@/data/dimensions';
import {
  CLASSIFY_DIMENSION_WEIGHTS,
  CLOSE_RUNNER_UP_MARGIN,
  INVESTOR_TYPE_IDS,
  INVESTOR_TYPES,
  type InvestorTypeId,
} from '@/data/investor-types';
import type { Classification, DimensionScores, RankedType } from './contract';
import { V1_DIMENSION_ORDER, V1_PROTOTYPES, V1_TYPE_ORDER } from './model-v1';

const TYPE_COUNT = INVESTOR_TYPE_IDS.length;
const DIMENSION_COUNT = DIMENSION_IDS.length;
/** One table per model version: type ids, and per type its prototype in DIMENSION_IDS order. */
interface PrototypeTable {
  readonly typeIds: readonly InvestorTypeId[];
  readonly prototypes: Float64Array;
  readonly weights: Float64Array;
}
const V2_TABLE: PrototypeTable = {
  typeIds: INVESTOR_TYPE_IDS,
  prototypes: Float64Array.from(
    INVESTOR_TYPE_IDS.flatMap((id) =>
      DIMENSION_IDS.map((dimension) => INVESTOR_TYPES[id].prototype[dimension]),
    ),
  ),
  weights: Float64Array.from(DIMENSION_IDS, (dimension) => CLASSIFY_DIMENSION_WEIGHTS[dimension]),
};
const V1_TABLE: PrototypeTable = {
  typeIds: V1_TYPE_ORDER,
  prototypes: Float64Array.from(
    V1_TYPE_ORDER.flatMap((id) =>
      DIMENSION_IDS.map(
        (dimension) => V1_PROTOTYPES[id][V1_DIMENSION_ORDER.indexOf(dimension)] ?? 0,
      ),
    ),
  ),
  weights: new Float64Array(DIMENSION_COUNT).fill(1),
};

function tableOf(modelVersion: number): PrototypeTable {
  return modelVersion === 1 ? V1_TABLE : V2_TABLE;
}

/** Squared weighted distances from `values` (DIMENSION_IDS order) to every prototype, into `out`. */
function squaredDistancesInto(
  values: ArrayLike<number>,
  out: Float64Array,
  modelVersion = 2,
): Float64Array {
  const { prototypes, weights } = tableOf(modelVersion);
  for (let t = 0; t < TYPE_COUNT; t++) {
    let sum = 0;
    for (let d = 0; d < DIMENSION_COUNT; d++) {
      const gap = (values[d] ?? 0) - (prototypes[t * DIMENSION_COUNT + d] ?? 0);
      sum += (weights[d] ?? 0) * gap * gap;
    }
    out[t] = sum;
  }
  return out;
}

/** Index of the smallest and second-smallest value; ties go to the lower index. */
function nearestTwo(distances: ArrayLike<number>): readonly [number, number] {
  let first = 0;
  let second = 1;
  if ((distances[1] ?? 0) < (distances[0] ?? 0)) [first, second] = [1, 0];
  for (let t = 2; t < distances.length; t++) {
    const value = distances[t] ?? 0;
    if (value < (distances[first] ?? 0)) {
      second = first;
      first = t;
    } else if (value < (distances[second] ?? 0)) second = t;
  }
  return [first, second];
}

function valuesOf(scores: DimensionScores): number[] {
  return DIMENSION_IDS.map((dimension) => scores[dimension]);
}

// Scratch space: the engine is synchronous, so one buffer serves every call.
const DISTANCES = new Float64Array(TYPE_COUNT);

/** The nearest type of scores given in DIMENSION_IDS order (what classify does, without the object). */
export function classifyValues(values: ArrayLike<number>, modelVersion = 2): InvestorTypeId {
  const [first] = nearestTwo(squaredDistancesInto(values, DISTANCES, modelVersion));
  return tableOf(modelVersion).typeIds[first] ?? INVESTOR_TYPE_IDS[0];
}

/**
 * Exactly one type for any scores (0-100 per dimension): the nearest prototype by weighted
 * Euclidean distance, ties going to the type listed first. `modelVersion` 1 classifies with the
 * frozen v1 prototypes (decoding old codes only).
 */
export function classify(scores: DimensionScores, modelVersion = 2): InvestorTypeId {
  return classifyValues(valuesOf(scores), modelVersion);
}

/**
 * Every type ranked by distance (score points, nearest first) and the runner-up when it is
 * within CLOSE_RUNNER_UP_MARGIN points of the nearest. The nearest is what classify returns.
 */
export function rankTypes(scores: DimensionScores, modelVersion = 2): Classification {
  const table = tableOf(modelVersion);
  const squared = squaredDistancesInto(valuesOf(scores), DISTANCES, modelVersion);
  // Insertion sort of eight indices: stable, so ties keep the order of the type list.
  const order: number[] = [];
  for (let t = 0; t < TYPE_COUNT; t++) {
    let at = order.length;
    while (at > 0 && (squared[order[at - 1] ?? 0] ?? 0) > (squared[t] ?? 0)) at--;
    order.splice(at, 0, t);
  }
  const ranked: RankedType[] = order.map((t) => ({
    typeId: table.typeIds[t] ?? INVESTOR_TYPE_IDS[0],
    distance: Math.sqrt(squared[t] ?? 0),
  }));
  const margin = (ranked[1]?.distance ?? Infinity) - (ranked[0]?.distance ?? 0);
  return {
    ranked,
    closeRunnerUp: margin <= CLOSE_RUNNER_UP_MARGIN ? (ranked[1]?.typeId ?? null) : null,
    margin,
  };
}
