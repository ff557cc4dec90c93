/**
 * Version 1 of the model, frozen for decoding only: the order of types and dimensions its codes
 * were written in and the prototypes its types were classified by. A v1 code keeps opening the
 * type, scores and runner-up it showed; nothing new is ever made with these tables.
 */
import type { DimensionId } from '@/data/dimensions';
import type { InvestorTypeId } from '@/data/investor-types';

/** Never reorder or remove, or v1 codes would decode to other types. */
export const V1_TYPE_ORDER: readonly InvestorTypeId[] = [
  'steady-guardian',
  'careful-learner',
  'trend-follower',
  'independent-analyst',
  'bold-adventurer',
  'balanced-navigator',
  'patient-grower',
  'chart-strategist',
];

export const V1_DIMENSION_ORDER: readonly DimensionId[] = [
  'riskTolerance',
  'lossAversion',
  'timeHorizon',
  'decisionStyle',
  'socialInfluence',
  'knowledge',
];

/** The v1 prototypes in V1_DIMENSION_ORDER, by type (v1 weighted every dimension 1). */
export const V1_PROTOTYPES: Readonly<Record<InvestorTypeId, readonly number[]>> = {
  'steady-guardian': [31, 67, 52, 50, 42, 42],
  'careful-learner': [39, 55, 52, 52, 49, 2],
  'trend-follower': [47, 50, 46, 59, 69, 35],
  'independent-analyst': [47, 45, 52, 32, 29, 54],
  'bold-adventurer': [67, 36, 46, 59, 47, 42],
  'balanced-navigator': [47, 50, 52, 50, 47, 40],
  'patient-grower': [47, 45, 74, 45, 42, 44],
  'chart-strategist': [56, 45, 29, 36, 47, 44],
};
