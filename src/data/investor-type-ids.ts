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

/**
 * The types the current model makes (Bailard, Biehl & Kaiser's five, docs/model.md). The others
 * are legacy types: only version 1 and 2 codes hold them, and they keep their page, texts and
 * emblem for those links.
 */
export const CURRENT_TYPE_IDS = [
  'steady-guardian',
  'trend-follower',
  'independent-analyst',
  'bold-adventurer',
  'balanced-navigator',
] as const satisfies readonly InvestorTypeId[];

export type CurrentTypeId = (typeof CURRENT_TYPE_IDS)[number];

/** The types only version 1 and 2 result codes hold. */
export type LegacyTypeId = Exclude<InvestorTypeId, CurrentTypeId>;
