/**
 * The investor types' ids, apart from their descriptions (src/data/investor-types.ts): URL slugs,
 * stable, kebab-case, never renamed (result codes of each model version freeze their own order in
 * src/engine/result-code.ts). The landing page and the route manifest need only these; kept in a
 * module of their own, the types' descriptions and prototypes stay out of the first download and
 * travel with the result page that reads them.
 */
export const INVESTOR_TYPE_IDS = [
  'steady-guardian',
  'careful-learner',
  'trend-follower',
  'independent-analyst',
  'bold-adventurer',
  'balanced-navigator',
  'patient-grower',
  'chart-strategist',
] as const;

export type InvestorTypeId = (typeof INVESTOR_TYPE_IDS)[number];
