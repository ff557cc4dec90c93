/**
 * Version 2 of the model, frozen for decoding only: the prototypes and distance weights its types
 * were classified by, so a v2 code keeps ranking its runner-up as it did when it was made. Its
 * type and dimension order are frozen with the code layout in result-code.ts.
 */
import type { DimensionId } from '@/data/dimensions';
import type { InvestorTypeId } from '@/data/investor-types';

/** The v2 types in the order its codes index them. Never reorder or remove. */
export const V2_TYPE_ORDER: readonly InvestorTypeId[] = [
  'steady-guardian',
  'careful-learner',
  'trend-follower',
  'independent-analyst',
  'bold-adventurer',
  'balanced-navigator',
  'patient-grower',
  'chart-strategist',
];

/** Frozen with version 2. */
export const V2_DIMENSION_ORDER: readonly DimensionId[] = [
  'riskTolerance',
  'lossAversion',
  'timeHorizon',
  'decisionStyle',
  'socialInfluence',
  'knowledge',
];

/** The v2 prototypes in V2_DIMENSION_ORDER, by type (read off the v2 traits by the band rule). */
export const V2_PROTOTYPES: Readonly<Record<InvestorTypeId, readonly number[]>> = {
  'steady-guardian': [17.5, 82.5, 50, 50, 50, 50],
  'careful-learner': [50, 57.5, 50, 50, 50, 17.5],
  'trend-follower': [50, 50, 42.5, 57.5, 82.5, 50],
  'independent-analyst': [50, 50, 50, 17.5, 17.5, 57.5],
  'bold-adventurer': [82.5, 42.5, 50, 57.5, 50, 50],
  'balanced-navigator': [50, 50, 50, 50, 50, 50],
  'patient-grower': [50, 42.5, 82.5, 50, 50, 50],
  'chart-strategist': [57.5, 50, 17.5, 42.5, 50, 50],
};

/** The v2 squared-distance weights in V2_DIMENSION_ORDER ((7.5 / points a step)², at most 1). */
export const V2_WEIGHTS: readonly number[] = [1, 1, 1, 0.5625, 0.680625, 0.09];
