import { DIMENSION_IDS, SCORE_MAX, SCORE_MIN, type DimensionId } from '@/data/dimensions';
import type { DimensionScores } from '@/engine/contract';

/** One spoke of the radar chart: a dimension with the reader's score and, when comparing, a friend's. */
export interface RadarDatum {
  readonly dimension: DimensionId;
  readonly label: string;
  readonly own: number;
  readonly friend?: number;
}

function clampScore(score: number): number {
  if (!Number.isFinite(score)) return SCORE_MIN;
  return Math.min(SCORE_MAX, Math.max(SCORE_MIN, Math.round(score)));
}

/**
 * Maps scores to the chart's data, one entry per dimension in the model's order. Scores are shown
 * as whole numbers within 0-100 whatever they arrive as, so the chart never draws outside its grid.
 */
export function toRadarData(
  own: DimensionScores,
  labels: Readonly<Record<DimensionId, string>>,
  friend?: DimensionScores,
): RadarDatum[] {
  return DIMENSION_IDS.map((dimension) => {
    const datum = { dimension, label: labels[dimension], own: clampScore(own[dimension]) };
    return friend === undefined ? datum : { ...datum, friend: clampScore(friend[dimension]) };
  });
}
