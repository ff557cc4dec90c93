/**
 * Every investor type's emblem: original artwork as data (src/data/emblem-art.ts says how it is
 * drawn), for the result page, share images and tests. The landing page imports only
 * src/data/current-emblems.ts, so the legacy types' art stays out of the first download.
 */
import type { EmblemArt } from './emblem-art';
import { CURRENT_EMBLEMS } from './current-emblems';
import type { InvestorTypeId } from './investor-type-ids';
import { LEGACY_EMBLEMS } from './legacy-emblems';

export * from './emblem-art';

export const EMBLEMS: Readonly<Record<InvestorTypeId, EmblemArt>> = {
  ...CURRENT_EMBLEMS,
  ...LEGACY_EMBLEMS,
};
