import fc from 'fast-check';
import { DIMENSION_IDS } from '@/data/dimensions';
import { classify } from '@/engine/classify';
import { buildProfile, readerFactsOf } from '@/engine/profile';
import { MODEL_VERSION } from '@/engine/result-code';
import { answersToIndices, scoreIndicesInto } from '@/engine/scoring';
import { FIRST_OPTIONS, arbitraryAnswers } from './answer-sets';

describe('buildProfile', () => {
  it.each([
    ['experience', 'over-5-years'],
    ['goal-horizon', 'over-10-years'],
  ])('keeps the %s fact out of every score and out of the profile', (questionId, optionId) => {
    const base = buildProfile(FIRST_OPTIONS);
    const other = buildProfile({ ...FIRST_OPTIONS, [questionId]: optionId });
    expect(base.ok && other.ok).toBe(true);
    if (!base.ok || !other.ok) return;
    expect(other.value).toEqual(base.value);
    expect(Object.keys(base.value).sort()).toEqual(
      ['literacyCorrect', 'modelVersion', 'scores', 'typeId'].sort(),
    );
  });

  it('reads the facts the reader stated from the answers alone', () => {
    expect(readerFactsOf(FIRST_OPTIONS)).toEqual({
      ok: true,
      value: { experience: 'none', goalHorizon: 'within-1-year' },
    });
    expect(
      readerFactsOf({
        ...FIRST_OPTIONS,
        experience: '1-to-5-years',
        'goal-horizon': '3-to-10-years',
      }),
    ).toEqual({ ok: true, value: { experience: '1-to-5-years', goalHorizon: '3-to-10-years' } });
    expect(readerFactsOf({ experience: 'none' })).toMatchObject({ ok: false });
  });

  it('passes on the typed error of an incomplete answer set', () => {
    expect(buildProfile({ drawdown: 'hold' })).toMatchObject({
      ok: false,
      error: { kind: 'missing-answers' },
    });
  });

  it('carries integer scores, the current model version and the type of those rounded scores', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        const result = buildProfile(answers);
        const indices = answersToIndices(answers);
        if (!result.ok || !indices.ok) return false;
        const floats = scoreIndicesInto(indices.value, new Float64Array(DIMENSION_IDS.length));
        const profile = result.value;
        expect(profile.modelVersion).toBe(MODEL_VERSION);
        expect(profile.scores).toEqual(
          Object.fromEntries(DIMENSION_IDS.map((d, i) => [d, Math.round(floats[i] ?? Number.NaN)])),
        );
        expect(DIMENSION_IDS.every((d) => Number.isInteger(profile.scores[d]))).toBe(true);
        expect(profile.typeId).toBe(classify(profile.scores));
        expect(profile.literacyCorrect).toBeGreaterThanOrEqual(0);
        expect(profile.literacyCorrect).toBeLessThanOrEqual(3);
        return true;
      }),
    );
  });

  it('gives the same profile for the same answers', () => {
    fc.assert(
      fc.property(arbitraryAnswers, (answers) => {
        expect(buildProfile({ ...answers })).toEqual(buildProfile(answers));
      }),
    );
  });
});
