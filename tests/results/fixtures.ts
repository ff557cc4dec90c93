import type { InvestorTypeId } from '@/data/investor-types';
import type { DimensionScores, Profile } from '@/engine/contract';
import { MODEL_VERSION, encodeResult } from '@/engine/result-code';

/** A profile with the given type and scores; codes are made by the real encoder, never written by hand. */
export function profileOf(
  typeId: InvestorTypeId,
  scores: Partial<DimensionScores> = {},
  literacyCorrect = 2,
): Profile {
  return {
    modelVersion: MODEL_VERSION,
    typeId,
    scores: {
      riskTolerance: 62,
      lossAversion: 42,
      timeHorizon: 25,
      decisionStyle: 30,
      socialInfluence: 42,
      knowledge: 60,
      ...scores,
    },
    literacyCorrect,
  };
}

export function codeOf(
  typeId: InvestorTypeId,
  scores: Partial<DimensionScores> = {},
  literacyCorrect = 2,
): string {
  return encodeResult(profileOf(typeId, scores, literacyCorrect));
}

/** The same code with one character swapped for another valid one: the checksum no longer matches. */
export function tamperedCode(code: string): string {
  const index = 5;
  const replacement = code[index] === 'A' ? 'B' : 'A';
  return `${code.slice(0, index)}${replacement}${code.slice(index + 1)}`;
}
