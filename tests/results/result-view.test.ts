import { describe, expect, it } from 'vitest';
import { decodeResult } from '@/engine/result-code';
import { resolveResultView, type ResultViewInput } from '@/results/result-view';
import { codeOf, profileOf, tamperedCode } from './fixtures';

const own = codeOf('chart-strategist');
const friend = codeOf('trend-follower', { socialInfluence: 80 });

const input = (overrides: Partial<ResultViewInput>): ResultViewInput => ({
  typeIdFromPath: 'chart-strategist',
  fragmentCode: own,
  ownCode: null,
  friendCode: null,
  decode: decodeResult,
  ...overrides,
});

describe('resolveResultView', () => {
  it('shows the type in general until the fragment is read (pre-render and hydration)', () => {
    expect(resolveResultView(input({ fragmentCode: null, ownCode: own }))).toEqual({
      kind: 'general',
      typeId: 'chart-strategist',
    });
  });

  it('shows the type in general for a bare link', () => {
    expect(resolveResultView(input({ fragmentCode: '' }))).toEqual({
      kind: 'general',
      typeId: 'chart-strategist',
    });
  });

  it.each(['', 'guardian', '../etc', 'CHART-STRATEGIST', 'constructor', '__proto__'])(
    'rejects the path type %j',
    (typeIdFromPath) => {
      expect(resolveResultView(input({ typeIdFromPath }))).toEqual({ kind: 'unknown-type' });
    },
  );

  it('treats the code the reader recorded as their own, with a remembered friend to compare', () => {
    expect(resolveResultView(input({ ownCode: own, friendCode: friend }))).toEqual({
      kind: 'own',
      typeId: 'chart-strategist',
      code: own,
      profile: profileOf('chart-strategist'),
      friend: profileOf('trend-follower', { socialInfluence: 80 }),
    });
  });

  it('offers no comparison without a friend, or with a friend code that no longer decodes', () => {
    for (const friendCode of [null, tamperedCode(friend)]) {
      const view = resolveResultView(input({ ownCode: own, friendCode }));
      expect(view).toMatchObject({ kind: 'own', friend: null });
    }
  });

  it("frames anyone else's code as a friend's result", () => {
    const view = resolveResultView(
      input({ typeIdFromPath: 'trend-follower', fragmentCode: friend, ownCode: own }),
    );
    expect(view).toMatchObject({ kind: 'friend', typeId: 'trend-follower', code: friend });
  });

  it.each([
    ['a truncated code', own.slice(0, -3), 'malformed'],
    ['garbage', 'hello world', 'malformed'],
    ['an edited character', tamperedCode(own), 'checksumMismatch'],
  ])('explains %s', (_, fragmentCode, problem) => {
    expect(resolveResultView(input({ fragmentCode }))).toEqual({
      kind: 'invalid',
      typeId: 'chart-strategist',
      problem,
    });
  });

  it("calls a code of another type than the path's tampered", () => {
    expect(
      resolveResultView(
        input({ typeIdFromPath: 'steady-guardian', fragmentCode: own, ownCode: own }),
      ),
    ).toEqual({
      kind: 'invalid',
      typeId: 'steady-guardian',
      problem: 'tampered',
    });
  });

  it('maps every decode error to a reason the reader is told', () => {
    const problems = (
      [
        { kind: 'empty' },
        { kind: 'malformed' },
        { kind: 'checksum-mismatch' },
        { kind: 'unsupported-version', version: 9 },
        { kind: 'unknown-type' },
        { kind: 'out-of-range' },
      ] as const
    ).map((error) => {
      const view = resolveResultView(input({ decode: () => ({ ok: false, error }) }));
      return view.kind === 'invalid' ? view.problem : view.kind;
    });
    expect(problems).toEqual([
      'malformed',
      'malformed',
      'checksumMismatch',
      'unsupportedVersion',
      'tampered',
      'outOfRange',
    ]);
  });
});
