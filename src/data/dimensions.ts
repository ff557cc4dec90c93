/**
 * The six dimensions of the investor-psychology model. Every dimension is scored 0-100.
 * Order matters only for display and for the result code of each model version (frozen there).
 */
export const DIMENSION_IDS = [
  'riskTolerance',
  'lossAversion',
  'timeHorizon',
  'decisionStyle',
  'socialInfluence',
  'knowledge',
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

/**
 * Named score bands: low < midMin <= mid < highMin <= high (so 35 is mid and 65 is high).
 */
export const SCORE_BANDS = {
  /** Scores below this are "low". */
  midMin: 35,
  /** Scores at or above this are "high". */
  highMin: 65,
} as const;

export const BANDS = ['low', 'mid', 'high'] as const;
export type Band = (typeof BANDS)[number];

/** The band of a 0-100 score: low below 35, high from 65, mid in between. */
export function bandOf(score: number): Band {
  if (score < SCORE_BANDS.midMin) return 'low';
  if (score >= SCORE_BANDS.highMin) return 'high';
  return 'mid';
}

/** Score range every dimension is normalised to. */
export const SCORE_MIN = 0;
export const SCORE_MAX = 100;

/**
 * Investing experience: a fact about the reader, shown on the result but scored on no dimension
 * (knowing the basics and having invested are different things). Ordered from none to most.
 */
export const EXPERIENCE_LEVELS = ['none', 'under-1-year', '1-to-5-years', 'over-5-years'] as const;
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number];

/**
 * When the reader needs the money: a circumstance, not a temperament, so it is a fact like
 * experience (scored on no dimension), shown on the reader's own result and read by the
 * suitability guards. Ordered from soonest to latest.
 */
export const GOAL_HORIZONS = [
  'within-1-year',
  '1-to-3-years',
  '3-to-10-years',
  'over-10-years',
] as const;
export type GoalHorizon = (typeof GOAL_HORIZONS)[number];
