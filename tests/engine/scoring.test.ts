import fc from 'fast-check';
import { DIMENSION_IDS, type DimensionId } from '@/data/dimensions';
import { QUESTIONS, type QuestionOption } from '@/data/questions';
import { buildProfile } from '@/engine/profile';
import { answersToIndices } from '@/engine/scoring';
import { FIRST_OPTIONS, answersBy, arbitraryAnswers } from './answer-sets';

describe('the scores of buildProfile', () => {
  it.each(DIMENSION_IDS)('reaches exactly 0 and 100 on %s', (dimension: DimensionId) => {
    const weightOf = (option: QuestionOption) => option.weights[dimension] ?? 0;
    const extreme = (pickMax: boolean) =>
      answersBy((question) => {
        const sorted = [...question.options].sort((x, y) => weightOf(x) - weightOf(y));
        return (pickMax ? sorted.at(-1) : sorted[0])!.id;
      });
    const low = buildProfile(extreme(false));
    const high = buildProfile(extreme(true));
    expect(low.ok && low.value.scores[dimension]).toBe(0);
    expect(high.ok && high.value.scores[dimension]).toBe(100);
  });

  it('names every unanswered question of a partial answer set', () => {
    const partial = Object.fromEntries(
      Object.entries(FIRST_OPTIONS).filter(([id]) => id !== 'lit-compound' && id !== 'drawdown'),
    );
    expect(buildProfile(partial)).toEqual({
      ok: false,
      error: { kind: 'missing-answers', questionIds: ['drawdown', 'lit-compound'] },
    });
  });

  it.each([
    {
      name: 'an unknown question',
      extra: { 'no-such-question': 'x' },
      error: { kind: 'unknown-question', questionId: 'no-such-question' },
    },
    {
      name: 'a __proto__ key from parsed JSON',
      extra: JSON.parse('{"__proto__":"x"}') as Record<string, string>,
      error: { kind: 'unknown-question', questionId: '__proto__' },
    },
    {
      name: 'an unknown option',
      extra: { drawdown: 'panic' },
      error: { kind: 'unknown-option', questionId: 'drawdown', optionId: 'panic' },
    },
    {
      name: 'a non-string option',
      extra: JSON.parse('{"drawdown":3}') as Record<string, string>,
      error: { kind: 'unknown-option', questionId: 'drawdown', optionId: '3' },
    },
  ])('rejects $name with a typed error', ({ extra, error }) => {
    expect(buildProfile({ ...FIRST_OPTIONS, ...extra })).toEqual({ ok: false, error });
  });

  it.each([null, undefined, 'answers', 42, ['friend-view']])(
    'rejects %j as missing every answer',
    (input) => {
      const result = answersToIndices(input);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.error).toEqual({
          kind: 'missing-answers',
          questionIds: QUESTIONS.map((q) => q.id),
        });
    },
  );

  it('keeps every score a finite number from 0 to 100', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const result = buildProfile(answers);
        if (!result.ok) return false;
        const scores = result.value.scores;
        return DIMENSION_IDS.every(
          (d) => Number.isFinite(scores[d]) && scores[d] >= 0 && scores[d] <= 100,
        );
      }),
    );
  });

  it('gives the same scores for the same answers, whatever their key order', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const reversed = Object.fromEntries(Object.entries(answers).reverse());
        expect(buildProfile(reversed)).toEqual(buildProfile(answers));
      }),
    );
  });
});

describe('literacyCorrect', () => {
  it.each([
    {
      name: 'all three right, bond wrong',
      right: ['more', 'less', 'false'],
      bond: 'rise',
      expected: 3,
    },
    { name: 'compound interest only', right: ['more', 'same', 'true'], bond: 'fall', expected: 1 },
    {
      name: "all 'don't know'",
      right: ['dont-know', 'dont-know', 'dont-know'],
      bond: 'fall',
      expected: 0,
    },
  ])('counts the Big Three only: $name gives $expected', ({ right, bond, expected }) => {
    const answers = {
      ...FIRST_OPTIONS,
      'lit-compound': right[0]!,
      'lit-inflation': right[1]!,
      'lit-diversification': right[2]!,
      'lit-bond': bond,
    };
    const profile = buildProfile(answers);
    expect(profile.ok && profile.value.literacyCorrect).toBe(expected);
  });
});
