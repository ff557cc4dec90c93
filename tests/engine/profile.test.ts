import fc from 'fast-check';
import { DIMENSION_IDS } from '@/data/dimensions';
import { classify } from '@/engine/classify';
import { buildProfile } from '@/engine/profile';
import { MODEL_VERSION } from '@/engine/result-code';
import { answersToIndices, scoreIndicesInto } from '@/engine/scoring';
import { FIRST_OPTIONS, arbitraryAnswers } from './answer-sets';

describe('buildProfile', () => {
  it('keeps experience out of every score: changing only the experience answer changes no score', () => {
    const base = buildProfile(FIRST_OPTIONS);
    const other = buildProfile({ ...FIRST_OPTIONS, experience: 'over-5-years' });
    expect(base.ok && other.ok).toBe(true);
    if (!base.ok || !other.ok) return;
    expect(other.value.scores).toEqual(base.value.scores);
    expect(base.value.experience).toBe('none');
    expect(other.value.experience).toBe('over-5-years');
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
