/**
 * Result codes: a profile as a short URL-safe string, for share links. The code holds only what
 * the result page shows, never the answers, the timings or the answer-quality flags.
 *
 * Version 2 (current): 12 bytes written as 16 base64url characters:
 *   byte 0      model version (2)
 *   byte 1      type index in INVESTOR_TYPE_IDS (frozen for v2 below)
 *   bytes 2-7   the six rounded scores (0-100) in V2_DIMENSION_ORDER
 *   byte 8      literacy right answers (0-3)
 *   byte 9      experience index in EXPERIENCE_LEVELS (0-3)
 *   bytes 10-11 CRC-16/CCITT-FALSE of bytes 0-9, big-endian
 * Version 1 (read only): 11 bytes as 15 characters, the same without the experience byte, in the
 * frozen v1 orders of model-v1.ts.
 * The checksum catches typos and truncation (every single-character change), not forgery: anyone
 * can make a valid code, and a code reveals nothing private.
 */
import {
  EXPERIENCE_LEVELS,
  SCORE_MAX,
  type DimensionId,
  type ExperienceLevel,
} from '@/data/dimensions';
import type { InvestorTypeId } from '@/data/investor-types';
import type { DecodeError, Profile, Result } from './contract';
import { V1_DIMENSION_ORDER, V1_TYPE_ORDER } from './model-v1';
import { MODEL_VERSION } from './model-version';

export { MODEL_VERSION, V1_DIMENSION_ORDER, V1_TYPE_ORDER };

/** Frozen with version 2: never reorder or remove. */
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

interface CodeLayout {
  readonly version: number;
  readonly payloadBytes: number;
  readonly length: number;
  readonly typeOrder: readonly InvestorTypeId[];
  readonly dimensionOrder: readonly DimensionId[];
  readonly hasExperience: boolean;
}
const V1_LAYOUT: CodeLayout = {
  version: 1,
  payloadBytes: 9,
  length: 15,
  typeOrder: V1_TYPE_ORDER,
  dimensionOrder: V1_DIMENSION_ORDER,
  hasExperience: false,
};
const V2_LAYOUT: CodeLayout = {
  version: 2,
  payloadBytes: 10,
  length: 16,
  typeOrder: V2_TYPE_ORDER,
  dimensionOrder: V2_DIMENSION_ORDER,
  hasExperience: true,
};
const LAYOUTS: readonly CodeLayout[] = [V1_LAYOUT, V2_LAYOUT];

/** Length of a code made now. */
export const RESULT_CODE_LENGTH = V2_LAYOUT.length;
/** Every length a code that still opens can have. */
export const RESULT_CODE_LENGTHS: readonly number[] = LAYOUTS.map((layout) => layout.length);
const MAX_LITERACY = 3;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALPHABET_INDEX = new Map<string, number>([...ALPHABET].map((char, index) => [char, index]));

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF); detects every burst error up to 16 bits. */
export function crc16(bytes: ArrayLike<number>, length: number): number {
  let crc = 0xffff;
  for (let i = 0; i < length; i++) {
    crc ^= (bytes[i] ?? 0) << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let c = 0; c < chars; c++) out += ALPHABET[(chunk >> (18 - 6 * c)) & 63];
  }
  return out;
}

function fromBase64Url(code: string, byteLength: number): Uint8Array | undefined {
  const bytes = new Uint8Array(byteLength);
  let buffer = 0;
  let bits = 0;
  let written = 0;
  for (const char of code) {
    const value = ALPHABET_INDEX.get(char);
    if (value === undefined) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (written < byteLength) bytes[written] = (buffer >> bits) & 0xff;
      written++;
    }
  }
  return written === byteLength ? bytes : undefined;
}

function clampScore(value: number): number {
  return Math.min(SCORE_MAX, Math.max(0, Math.round(value)));
}

/**
 * Encodes a profile as a 16-character URL-safe version 2 code (version, type, rounded scores,
 * literacy, experience, checksum). Scores are rounded and clamped to 0-100, literacy to 0-3; an
 * unknown experience (a v1 profile) is written as "none".
 */
export function encodeResult(profile: Profile): string {
  const layout = V2_LAYOUT;
  const bytes = new Uint8Array(layout.payloadBytes + 2);
  bytes[0] = MODEL_VERSION;
  bytes[1] = Math.max(0, layout.typeOrder.indexOf(profile.typeId));
  layout.dimensionOrder.forEach((dimension, d) => {
    bytes[2 + d] = clampScore(profile.scores[dimension]);
  });
  bytes[8] = Math.min(MAX_LITERACY, Math.max(0, Math.round(profile.literacyCorrect)));
  bytes[9] = Math.max(0, EXPERIENCE_LEVELS.indexOf(profile.experience ?? 'none'));
  const checksum = crc16(bytes, layout.payloadBytes);
  bytes[layout.payloadBytes] = checksum >> 8;
  bytes[layout.payloadBytes + 1] = checksum & 0xff;
  return toBase64Url(bytes);
}

/**
 * Decodes a result code from anywhere (URL, storage, a message): a Profile, or a typed
 * DecodeError for an empty, malformed, corrupted, unknown-version or out-of-range code.
 * Never throws. Only the canonical spelling of a code is accepted. Version 1 codes decode with
 * the frozen v1 tables to exactly the profile they always showed (experience null).
 */
export function decodeResult(code: unknown): Result<Profile, DecodeError> {
  if (code === '' || code === undefined || code === null)
    return { ok: false, error: { kind: 'empty' } };
  if (typeof code !== 'string') return { ok: false, error: { kind: 'malformed' } };
  const layout = LAYOUTS.find((candidate) => candidate.length === code.length);
  if (layout === undefined) return { ok: false, error: { kind: 'malformed' } };
  const bytes = fromBase64Url(code, layout.payloadBytes + 2);
  // Re-encoding must give the same text, so the spare bits of the last character are zero.
  if (!bytes || toBase64Url(bytes) !== code) return { ok: false, error: { kind: 'malformed' } };
  const checksum = ((bytes[layout.payloadBytes] ?? 0) << 8) | (bytes[layout.payloadBytes + 1] ?? 0);
  if (checksum !== crc16(bytes, layout.payloadBytes))
    return { ok: false, error: { kind: 'checksum-mismatch' } };
  const version = bytes[0] ?? 0;
  if (version !== layout.version)
    return { ok: false, error: { kind: 'unsupported-version', version } };
  const typeId = layout.typeOrder[bytes[1] ?? 0xff];
  if (typeId === undefined) return { ok: false, error: { kind: 'unknown-type' } };
  const scores = {} as Record<DimensionId, number>;
  for (const [d, dimension] of layout.dimensionOrder.entries()) {
    const value = bytes[2 + d] ?? 0xff;
    if (value > SCORE_MAX) return { ok: false, error: { kind: 'out-of-range' } };
    scores[dimension] = value;
  }
  const literacyCorrect = bytes[8] ?? 0xff;
  if (literacyCorrect > MAX_LITERACY) return { ok: false, error: { kind: 'out-of-range' } };
  let experience: ExperienceLevel | null = null;
  if (layout.hasExperience) {
    const level = EXPERIENCE_LEVELS[bytes[9] ?? 0xff];
    if (level === undefined) return { ok: false, error: { kind: 'out-of-range' } };
    experience = level;
  }
  return {
    ok: true,
    value: { modelVersion: version, typeId, scores, literacyCorrect, experience },
  };
}
