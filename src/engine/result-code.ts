/**
 * Result codes: a profile as a short URL-safe string, for share links. The code holds only what
 * the result page shows, never the answers, the timings or the answer-quality flags.
 *
 * Version 3 (current): 11 bytes written as 15 base64url characters:
 *   byte 0      model version (3)
 *   byte 1      type index in V3_TYPE_ORDER (frozen below)
 *   bytes 2-7   the six rounded scores (0-100) in V3_DIMENSION_ORDER
 *   byte 8      literacy right answers (0-3)
 *   bytes 9-10  CRC-16/CCITT-FALSE of bytes 0-8, big-endian
 * It carries no answer of the reader's (no experience, no goal horizon): only the profile the page
 * shows. Version 1 codes have the same length and layout; the version byte tells them apart.
 * Version 2 (read only): 12 bytes as 16 characters, with an experience byte (9) before the
 * checksum; it is checked and then dropped, so a friend opening a v2 link never sees it.
 * Version 1 (read only): the v3 layout in the frozen v1 orders of model-v1.ts.
 * The checksum catches typos and truncation (every single-character change), not forgery: anyone
 * can make a valid code, and a code reveals nothing private.
 */
import { EXPERIENCE_LEVELS, SCORE_MAX, type DimensionId } from '@/data/dimensions';
import type { InvestorTypeId } from '@/data/investor-types';
import type { DecodeError, Profile, Result } from './contract';
import { V1_DIMENSION_ORDER, V1_TYPE_ORDER } from './model-v1';
import { V2_DIMENSION_ORDER, V2_TYPE_ORDER } from './model-v2';
import { MODEL_VERSION } from './model-version';

export { MODEL_VERSION, V1_DIMENSION_ORDER, V1_TYPE_ORDER, V2_DIMENSION_ORDER, V2_TYPE_ORDER };

/** Frozen with version 3: never reorder or remove. */
export const V3_TYPE_ORDER: readonly InvestorTypeId[] = [
  'steady-guardian',
  'trend-follower',
  'independent-analyst',
  'bold-adventurer',
  'balanced-navigator',
];
/** Frozen with version 3. */
export const V3_DIMENSION_ORDER: readonly DimensionId[] = [
  'riskTolerance',
  'lossAversion',
  'timeHorizon',
  'decisionStyle',
  'socialInfluence',
  'knowledge',
];

/** encodeResult was given a profile the current code cannot hold (a type not in V3_TYPE_ORDER). */
export class EncodeError extends Error {
  constructor(readonly typeId: string) {
    super(`type ${typeId} is not in the frozen version ${MODEL_VERSION} type order`);
    this.name = 'EncodeError';
  }
}

interface CodeLayout {
  readonly version: number;
  readonly payloadBytes: number;
  readonly length: number;
  readonly typeOrder: readonly InvestorTypeId[];
  readonly dimensionOrder: readonly DimensionId[];
  /** Version 2 only: an experience byte, validated and dropped. */
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
const V3_LAYOUT: CodeLayout = {
  version: 3,
  payloadBytes: 9,
  length: 15,
  typeOrder: V3_TYPE_ORDER,
  dimensionOrder: V3_DIMENSION_ORDER,
  hasExperience: false,
};
const LAYOUTS: readonly CodeLayout[] = [V1_LAYOUT, V2_LAYOUT, V3_LAYOUT];

/** Length of a code made now. */
export const RESULT_CODE_LENGTH = V3_LAYOUT.length;
/** Every length a code that still opens can have. */
export const RESULT_CODE_LENGTHS: readonly number[] = [
  ...new Set(LAYOUTS.map((layout) => layout.length)),
];
const MAX_LITERACY = 3;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALPHABET_INDEX = new Map<string, number>([...ALPHABET].map((char, index) => [char, index]));

/**
 * Whether a value could be a result code: a string of the code alphabet no longer than any code
 * that opens. A cheap check for what storage holds; decoding is the real one.
 */
export function hasResultCodeShape(code: unknown): code is string {
  return (
    typeof code === 'string' &&
    code.length > 0 &&
    code.length <= Math.max(...RESULT_CODE_LENGTHS) &&
    [...code].every((char) => ALPHABET_INDEX.has(char))
  );
}

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
 * Encodes a profile as a 15-character URL-safe version 3 code (version, type, rounded scores,
 * literacy, checksum). Scores are rounded and clamped to 0-100, literacy to 0-3. Throws an
 * EncodeError for a type the version 3 order does not hold (a legacy type), never writing
 * another type in its place.
 */
export function encodeResult(
  profile: Pick<Profile, 'typeId' | 'scores' | 'literacyCorrect'>,
): string {
  const layout = V3_LAYOUT;
  const typeIndex = layout.typeOrder.indexOf(profile.typeId);
  if (typeIndex < 0) throw new EncodeError(profile.typeId);
  const bytes = new Uint8Array(layout.payloadBytes + 2);
  bytes[0] = layout.version;
  bytes[1] = typeIndex;
  layout.dimensionOrder.forEach((dimension, d) => {
    bytes[2 + d] = clampScore(profile.scores[dimension]);
  });
  bytes[8] = Math.min(MAX_LITERACY, Math.max(0, Math.round(profile.literacyCorrect)));
  const checksum = crc16(bytes, layout.payloadBytes);
  bytes[layout.payloadBytes] = checksum >> 8;
  bytes[layout.payloadBytes + 1] = checksum & 0xff;
  return toBase64Url(bytes);
}

/**
 * Decodes a result code from anywhere (URL, storage, a message): a Profile, or a typed
 * DecodeError for an empty, malformed, corrupted, unknown-version or out-of-range code.
 * Never throws. Only the canonical spelling of a code is accepted. Version 1 and 2 codes decode
 * with their frozen tables to exactly the type and scores they always showed.
 */
export function decodeResult(code: unknown): Result<Profile, DecodeError> {
  if (code === '' || code === undefined || code === null)
    return { ok: false, error: { kind: 'empty' } };
  if (typeof code !== 'string') return { ok: false, error: { kind: 'malformed' } };
  const sized = LAYOUTS.find((candidate) => candidate.length === code.length);
  if (sized === undefined) return { ok: false, error: { kind: 'malformed' } };
  const bytes = fromBase64Url(code, sized.payloadBytes + 2);
  // Re-encoding must give the same text, so the spare bits of the last character are zero.
  if (!bytes || toBase64Url(bytes) !== code) return { ok: false, error: { kind: 'malformed' } };
  const checksum = ((bytes[sized.payloadBytes] ?? 0) << 8) | (bytes[sized.payloadBytes + 1] ?? 0);
  if (checksum !== crc16(bytes, sized.payloadBytes))
    return { ok: false, error: { kind: 'checksum-mismatch' } };
  const version = bytes[0] ?? 0;
  // Versions 1 and 3 share a length: the version byte chooses the layout.
  const layout = LAYOUTS.find(
    (candidate) => candidate.length === code.length && candidate.version === version,
  );
  if (layout === undefined) return { ok: false, error: { kind: 'unsupported-version', version } };
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
  // A v2 code's experience byte is checked, so a corrupted code is still refused, and then
  // dropped: the profile a link opens holds no answer of the sharer's.
  if (layout.hasExperience && EXPERIENCE_LEVELS[bytes[9] ?? 0xff] === undefined)
    return { ok: false, error: { kind: 'out-of-range' } };
  return { ok: true, value: { modelVersion: version, typeId, scores, literacyCorrect } };
}
