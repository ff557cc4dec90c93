import type { InvestorTypeId } from '@/data/investor-types';
import type { DimensionScores, Profile } from '@/engine/contract';
import {
  MODEL_VERSION,
  V2_DIMENSION_ORDER,
  V2_TYPE_ORDER,
  V3_TYPE_ORDER,
  crc16,
  decodeResult,
  encodeResult,
} from '@/engine/result-code';

/** A profile with the given type and scores; codes are made by the real encoder, never written by hand. */
export function profileOf(
  typeId: InvestorTypeId,
  scores: Partial<DimensionScores> = {},
  literacyCorrect = 2,
): Profile {
  return {
    // A type the current model no longer makes only ever comes from a version 2 (or 1) link.
    modelVersion: V3_TYPE_ORDER.includes(typeId) ? MODEL_VERSION : 2,
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

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A version 2 code as the v2 encoder wrote it (with an experience byte): the links of the types
 * the current model no longer makes, which must keep opening.
 */
export function v2CodeOf(profile: Profile, experienceIndex = 0): string {
  const payload = [
    2,
    V2_TYPE_ORDER.indexOf(profile.typeId),
    ...V2_DIMENSION_ORDER.map((d) => profile.scores[d]),
    profile.literacyCorrect,
    experienceIndex,
  ];
  const crc = crc16(payload, payload.length);
  const bytes = [...payload, crc >> 8, crc & 0xff];
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let c = 0; c < chars; c++) out += ALPHABET[(chunk >> (18 - 6 * c)) & 63];
  }
  if (!decodeResult(out).ok) throw new Error('the v2 test encoder wrote a code that does not open');
  return out;
}

/** A code of the type: a version 3 code, or a version 2 one for a type only old links hold. */
export function codeOf(
  typeId: InvestorTypeId,
  scores: Partial<DimensionScores> = {},
  literacyCorrect = 2,
): string {
  const profile = profileOf(typeId, scores, literacyCorrect);
  return V3_TYPE_ORDER.includes(typeId) ? encodeResult(profile) : v2CodeOf(profile);
}

/** The same code with one character swapped for another valid one: the checksum no longer matches. */
export function tamperedCode(code: string): string {
  const index = 5;
  const replacement = code[index] === 'A' ? 'B' : 'A';
  return `${code.slice(0, index)}${replacement}${code.slice(index + 1)}`;
}
