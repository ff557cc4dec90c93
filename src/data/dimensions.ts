// PLACEHOLDER until the model lands (issue 2).
export const DIMENSION_IDS = [
  'riskTolerance',
  'lossAversion',
  'timeHorizon',
  'decisionStyle',
  'socialInfluence',
  'knowledge',
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];
