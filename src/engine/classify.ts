/**
 * Classification: the investor type whose prototype is nearest to the scores.
 */
import { DIMENSION_IDS } from '@/data/dimensions';
import { INVESTOR_TYPE_IDS, type InvestorTypeId } from '@/data/investor-types';
import type { DimensionScores } from './contract';
import { classifyArray } from './model-tables';

/**
 * Exactly one type for any scores (0-100 per dimension): the nearest prototype by weighted squared
 * distance (CLASSIFY_DIMENSION_WEIGHTS), ties going to the type listed first in INVESTOR_TYPE_IDS.
 */
export function classify(scores: DimensionScores): InvestorTypeId {
  const values = DIMENSION_IDS.map((dimension) => scores[dimension]);
  return INVESTOR_TYPE_IDS[classifyArray(values)] ?? INVESTOR_TYPE_IDS[0];
}
