import type { DimensionScores } from '@/engine/contract';

/** Dimension scores in the model's dimension order, for readable test tables. */
export const scores = (
  riskTolerance: number,
  lossAversion: number,
  timeHorizon: number,
  decisionStyle: number,
  socialInfluence: number,
  knowledge: number,
): DimensionScores => ({
  riskTolerance,
  lossAversion,
  timeHorizon,
  decisionStyle,
  socialInfluence,
  knowledge,
});
