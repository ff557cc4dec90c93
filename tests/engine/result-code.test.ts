import fc from 'fast-check';
import { DIMENSION_IDS } from '@/data/dimensions';
import { CURRENT_TYPE_IDS, INVESTOR_TYPE_IDS } from '@/data/investor-types';
import type { DimensionScores, Profile } from '@/engine/contract';
import { buildProfile } from '@/engine/profile';
import {
  EncodeError,
  MODEL_VERSION,
  RESULT_CODE_LENGTH,
  RESULT_CODE_LENGTHS,
  V1_DIMENSION_ORDER,
  V1_TYPE_ORDER,
  V2_DIMENSION_ORDER,
  V2_TYPE_ORDER,
  V3_TYPE_ORDER,
  crc16,
  decodeResult,
  encodeResult,
  hasResultCodeShape,
} from '@/engine/result-code';
import v1 from './fixtures/result-code-v1.json';
import v2 from './fixtures/result-code-v2.json';
import { arbitraryAnswers } from './answer-sets';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const arbitraryProfile: fc.Arbitrary<Profile> = fc.record({
  modelVersion: fc.constant(MODEL_VERSION),
  typeId: fc.constantFrom(...V3_TYPE_ORDER),
  scores: fc
    .tuple(...DIMENSION_IDS.map(() => fc.integer({ min: 0, max: 100 })))
    .map(
      (values) =>
        Object.fromEntries(DIMENSION_IDS.map((d, i) => [d, values[i]!])) as DimensionScores,
    ),
  literacyCorrect: fc.integer({ min: 0, max: 3 }),
});

/** Builds a code from raw bytes with a valid checksum, to reach the checks after the checksum. */
function codeOf(payload: number[]): string {
  const crc = crc16(payload, payload.length);
  const bytes = [...payload, crc >> 8, crc & 0xff];
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let c = 0; c < chars; c++) out += ALPHABET[(chunk >> (18 - 6 * c)) & 63];
  }
  return out;
}

describe('result codes', () => {
  it('still decodes the frozen version 1 code to the profile it showed', () => {
    expect(decodeResult(v1.code)).toEqual({ ok: true, value: v1.profile });
  });

  it.each(v2.codes)(
    'still opens the version 2 code $code with its type and scores, and without its experience',
    ({ code, profile }) => {
      const decoded = decodeResult(code);
      expect(decoded).toEqual({ ok: true, value: profile });
      expect(decoded.ok && 'experience' in decoded.value).toBe(false);
    },
  );

  it('opens every code the version 2 encoder can make with its type and scores, showing no answer', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 7 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        (type, scores, literacy, experience) => {
          // The v2 encoder's bytes: version 2, type, six scores, literacy, experience, CRC.
          const decoded = decodeResult(codeOf([2, type, ...scores, literacy, experience]));
          expect(decoded).toEqual({
            ok: true,
            value: {
              modelVersion: 2,
              typeId: V2_TYPE_ORDER[type],
              scores: Object.fromEntries(V2_DIMENSION_ORDER.map((d, i) => [d, scores[i]])),
              literacyCorrect: literacy,
            },
          });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('still refuses a version 2 code whose experience byte is out of range', () => {
    expect(decodeResult(codeOf([2, 0, 50, 50, 50, 50, 50, 50, 1, 4]))).toEqual({
      ok: false,
      error: { kind: 'out-of-range' },
    });
  });

  it('refuses to encode a type the version 3 order does not hold instead of writing another', () => {
    for (const typeId of INVESTOR_TYPE_IDS.filter((id) => !V3_TYPE_ORDER.includes(id)))
      expect(() => encodeResult({ ...v1.profile, typeId } as Profile)).toThrow(EncodeError);
  });

  it('holds every type the current model makes in the frozen version 3 order', () => {
    expect([...V3_TYPE_ORDER].sort()).toEqual([...CURRENT_TYPE_IDS].sort());
  });

  it('makes codes of at most 16 characters that carry only version, type, scores and literacy', () => {
    expect(RESULT_CODE_LENGTH).toBeLessThanOrEqual(16);
    expect(Math.max(...RESULT_CODE_LENGTHS)).toBeLessThanOrEqual(16);
    // 15 base64url characters are 11 bytes: version, type, six scores, literacy and a CRC-16.
    expect((RESULT_CODE_LENGTH * 6) / 8).toBeLessThan(1 + 1 + DIMENSION_IDS.length + 1 + 2 + 1);
  });

  it('opens every code the version 1 encoder can make with the v1 tables', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 7 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 3 }),
        (type, scores, literacy) => {
          // The v1 encoder's bytes: version 1, type, six scores, literacy, CRC.
          const decoded = decodeResult(codeOf([1, type, ...scores, literacy]));
          expect(decoded).toEqual({
            ok: true,
            value: {
              modelVersion: 1,
              typeId: V1_TYPE_ORDER[type],
              scores: Object.fromEntries(V1_DIMENSION_ORDER.map((d, i) => [d, scores[i]])),
              literacyCorrect: literacy,
            },
          });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('makes new codes with version 3', () => {
    expect(MODEL_VERSION).toBe(3);
    const code = encodeResult({ ...v1.profile, typeId: 'balanced-navigator' });
    expect(decodeResult(code)).toMatchObject({ ok: true, value: { modelVersion: 3 } });
  });

  it('computes CRC-16/CCITT-FALSE (check value of "123456789" is 0x29B1)', () => {
    expect(
      crc16(
        [...'123456789'].map((c) => c.charCodeAt(0)),
        9,
      ),
    ).toBe(0x29b1);
  });

  it('round-trips every profile through a short URL-safe code', () => {
    fc.assert(
      fc.property(arbitraryProfile, (profile) => {
        const code = encodeResult(profile);
        expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(code).toHaveLength(RESULT_CODE_LENGTH);
        expect(decodeResult(code)).toEqual({ ok: true, value: profile });
      }),
    );
  });

  it('round-trips the profile of any answer set and never carries the answers', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const profile = buildProfile(answers);
        if (!profile.ok) return false;
        const code = encodeResult(profile.value);
        expect(decodeResult(code)).toEqual({ ok: true, value: profile.value });
        return true;
      }),
    );
  });

  it('never throws on any input and accepts only well-formed codes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.string({ unit: 'binary', maxLength: 40 }),
          // Strings of the code's own alphabet and length reach past the shape checks to the checksum.
          fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 14, maxLength: 16 }),
          fc.anything({ maxDepth: 2 }),
        ),
        (input) => {
          const result = decodeResult(input);
          if (result.ok) expect(encodeResult(result.value)).toBe(input);
        },
      ),
      { numRuns: 10_000, seed: 20261125 },
    );
  }, 60_000);

  it('rejects every code with one character changed', () => {
    fc.assert(
      fc.property(
        arbitraryProfile,
        fc.nat({ max: RESULT_CODE_LENGTH - 1 }),
        fc.nat({ max: 63 }),
        (profile, position, replacement) => {
          const code = encodeResult(profile);
          const char = ALPHABET[replacement]!;
          fc.pre(code[position] !== char);
          const tampered = code.slice(0, position) + char + code.slice(position + 1);
          expect(decodeResult(tampered).ok).toBe(false);
        },
      ),
      { numRuns: 10_000, seed: 20261126 },
    );
  }, 60_000);

  it.each([
    { name: 'an empty string', input: '', kind: 'empty' },
    { name: 'undefined', input: undefined, kind: 'empty' },
    { name: 'a number', input: 42, kind: 'malformed' },
    { name: 'a truncated code', input: v1.code.slice(0, -1), kind: 'malformed' },
    {
      name: 'a code with a character outside base64url',
      input: `${v1.code.slice(0, -1)}=`,
      kind: 'malformed',
    },
    { name: 'a code with padding bits set', input: `${v1.code.slice(0, -1)}J`, kind: 'malformed' },
    {
      name: 'a code with a changed score',
      input: `AQdJ${v1.code.slice(4)}`,
      kind: 'checksum-mismatch',
    },
    {
      name: 'a version 2 byte in a code of the version 1 and 3 length',
      input: codeOf([2, 0, 50, 50, 50, 50, 50, 50, 1]),
      kind: 'unsupported-version',
    },
    {
      name: 'an unknown type index',
      input: codeOf([1, 8, 50, 50, 50, 50, 50, 50, 1]),
      kind: 'unknown-type',
    },
    {
      name: 'an unknown version 3 type index',
      input: codeOf([3, 5, 50, 50, 50, 50, 50, 50, 1]),
      kind: 'unknown-type',
    },
    {
      name: 'a score above 100',
      input: codeOf([1, 0, 101, 50, 50, 50, 50, 50, 1]),
      kind: 'out-of-range',
    },
    {
      name: 'literacy above 3',
      input: codeOf([1, 0, 50, 50, 50, 50, 50, 50, 4]),
      kind: 'out-of-range',
    },
  ])('rejects $name as $kind', ({ input, kind }) => {
    const result = decodeResult(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe(kind);
  });

  it('reports which version an unsupported code was made with', () => {
    expect(decodeResult(codeOf([7, 0, 50, 50, 50, 50, 50, 50, 1]))).toEqual({
      ok: false,
      error: { kind: 'unsupported-version', version: 7 },
    });
  });

  it('clamps out-of-range profile values when encoding instead of wrapping them', () => {
    const code = encodeResult({
      typeId: 'balanced-navigator',
      scores: {
        riskTolerance: 130,
        lossAversion: -5,
        timeHorizon: 49.6,
        decisionStyle: 50,
        socialInfluence: 50,
        knowledge: 50,
      },
      literacyCorrect: 9,
    });
    expect(decodeResult(code)).toMatchObject({
      ok: true,
      value: {
        scores: { riskTolerance: 100, lossAversion: 0, timeHorizon: 50 },
        literacyCorrect: 3,
      },
    });
  });
});

describe('the shape check for stored codes', () => {
  it('accepts every code that opens, of every version', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const profile = buildProfile(answers);
        if (!profile.ok) return;
        expect(hasResultCodeShape(encodeResult(profile.value))).toBe(true);
      }),
    );
    expect(hasResultCodeShape(v1.code)).toBe(true);
    for (const { code } of v2.codes) expect(hasResultCodeShape(code)).toBe(true);
  });

  it.each([
    '',
    'not a code',
    'abc+def',
    'x'.repeat(Math.max(...RESULT_CODE_LENGTHS) + 1),
    42,
    null,
  ])('rejects %j', (value) => {
    expect(hasResultCodeShape(value)).toBe(false);
  });
});
