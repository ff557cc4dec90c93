/**
 * Result codes: a profile as a short URL-safe string, for share links.
 *
 * Format (version 1): 11 bytes written as 15 base64url characters without padding:
 *   byte 0      model version (1)
 *   byte 1      type index in V1_TYPE_ORDER
 *   bytes 2-7   the six rounded scores (0-100) in V1_DIMENSION_ORDER
 *   byte 8      literacy right answers (0-3)
 *   bytes 9-10  CRC-16/CCITT-FALSE of bytes 0-8, big-endian
 * The code holds only what the result page shows, never the answers. The checksum catches typos
 * and truncation (every single-character change), not forgery: anyone can make a valid code, and
 * a code reveals nothing private.
 */
import { DIMENSION_IDS, SCORE_MAX, type DimensionId } from '@/data/dimensions';
import type { InvestorTypeId } from '@/data/investor-types';
import type { DecodeError, Profile, Result } from './contract';
import { MODEL_VERSION } from './model-version';

export { MODEL_VERSION };

/** Frozen with version 1: never reorder or remove, or v1 codes would decode to other types. */
export const V1_TYPE_ORDER: readonly InvestorTypeId[] = [
  'steady-guardian',
  'careful-learner',
  'trend-follower',
  'independent-analyst',
  'bold-adventurer',
  'balanced-navigator',
  'patient-grower',
  'chart-strategist',
];
/** Frozen with version 1. */
export const V1_DIMENSION_ORDER: readonly DimensionId[] = [
  'riskTolerance',
  'lossAversion',
  'timeHorizon',
  'decisionStyle',
  'socialInfluence',
  'knowledge',
];

const PAYLOAD_BYTES = 9;
const CODE_BYTES = PAYLOAD_BYTES + 2;
/** 11 bytes = 88 bits = 15 base64 characters (the last carrying 4 bits and 2 zero bits). */
export const RESULT_CODE_LENGTH = 15;
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
 * Encodes a profile as a 15-character URL-safe code (version, type, rounded scores, literacy,
 * checksum). Scores are rounded and clamped to 0-100, literacy to 0-3.
 */
export function encodeResult(profile: Profile): string {
  const bytes = new Uint8Array(CODE_BYTES);
  bytes[0] = MODEL_VERSION;
  bytes[1] = Math.max(0, V1_TYPE_ORDER.indexOf(profile.typeId));
  V1_DIMENSION_ORDER.forEach((dimension, d) => {
    bytes[2 + d] = clampScore(profile.scores[dimension]);
  });
  bytes[8] = Math.min(MAX_LITERACY, Math.max(0, Math.round(profile.literacyCorrect)));
  const checksum = crc16(bytes, PAYLOAD_BYTES);
  bytes[9] = checksum >> 8;
  bytes[10] = checksum & 0xff;
  return toBase64Url(bytes);
}

/**
 * Decodes a result code from anywhere (URL, storage, a message): a Profile, or a typed
 * DecodeError for an empty, malformed, corrupted, unknown-version or out-of-range code.
 * Never throws. Only the canonical spelling of a code is accepted.
 */
export function decodeResult(code: unknown): Result<Profile, DecodeError> {
  if (code === '' || code === undefined || code === null)
    return { ok: false, error: { kind: 'empty' } };
  if (typeof code !== 'string' || code.length !== RESULT_CODE_LENGTH) {
    return { ok: false, error: { kind: 'malformed' } };
  }
  const bytes = fromBase64Url(code, CODE_BYTES);
  // Re-encoding must give the same text, so the two spare bits of the last character are zero.
  if (!bytes || toBase64Url(bytes) !== code) return { ok: false, error: { kind: 'malformed' } };
  const checksum = ((bytes[9] ?? 0) << 8) | (bytes[10] ?? 0);
  if (checksum !== crc16(bytes, PAYLOAD_BYTES))
    return { ok: false, error: { kind: 'checksum-mismatch' } };
  const version = bytes[0] ?? 0;
  if (version !== 1) return { ok: false, error: { kind: 'unsupported-version', version } };
  const typeId = V1_TYPE_ORDER[bytes[1] ?? 0xff];
  if (typeId === undefined) return { ok: false, error: { kind: 'unknown-type' } };
  const scores = {} as Record<DimensionId, number>;
  for (const [d, dimension] of V1_DIMENSION_ORDER.entries()) {
    const value = bytes[2 + d] ?? 0xff;
    if (value > SCORE_MAX) return { ok: false, error: { kind: 'out-of-range' } };
    scores[dimension] = value;
  }
  const literacyCorrect = bytes[8] ?? 0xff;
  if (literacyCorrect > MAX_LITERACY) return { ok: false, error: { kind: 'out-of-range' } };
  // Every current dimension must come from the code; a dimension added after v1 has no value.
  if (DIMENSION_IDS.some((dimension) => !Object.hasOwn(scores, dimension))) {
    return { ok: false, error: { kind: 'unsupported-version', version } };
  }
  return { ok: true, value: { modelVersion: version, typeId, scores, literacyCorrect } };
}
