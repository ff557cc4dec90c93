import fc from 'fast-check';
import { DIMENSION_IDS } from '@/data/dimensions';
import { classify } from '@/engine/classify';
import { buildProfile, roundScores } from '@/engine/profile';
import { MODEL_VERSION } from '@/engine/result-code';
import { score } from '@/engine/scoring';
import { FIRST_OPTIONS, LAST_OPTIONS, arbitraryAnswers } from './answer-sets';

describe('buildProfile', () => {
  it.each([
    {
      name: 'every first option',
      answers: FIRST_OPTIONS,
      // The hand-computed scores of scoring.test.ts, rounded: 11.1, 16.7, 35.7, 61.1, 38.9, 22.2.
      expected: {
        modelVersion: 1,
        typeId: 'careful-learner',
        scores: {
          riskTolerance: 11,
          lossAversion: 17,
          timeHorizon: 36,
          decisionStyle: 61,
          socialInfluence: 39,
          knowledge: 22,
        },
        literacyCorrect: 1,
      },
    },
    {
      name: 'every last option',
      answers: LAST_OPTIONS,
      // 88.9, 83.3, 57.1, 38.9, 61.1, 33.3; "don't know" on all three literacy items. Squared
      // distances: balanced-navigator 3244, trend-follower 3442, bold-adventurer 3491, chart-strategist
      // 3643, patient-grower 4015, steady-guardian 4208, careful-learner 4583, independent-analyst 4747.
      expected: {
        modelVersion: 1,
        typeId: 'balanced-navigator',
        scores: {
          riskTolerance: 89,
          lossAversion: 83,
          timeHorizon: 57,
          decisionStyle: 39,
          socialInfluence: 61,
          knowledge: 33,
        },
        literacyCorrect: 0,
      },
    },
  ])('builds the profile of $name', ({ answers, expected }) => {
    expect(buildProfile(answers)).toEqual({ ok: true, value: expected });
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
        const scored = score(answers);
        if (!result.ok || !scored.ok) return false;
        const profile = result.value;
        expect(profile.modelVersion).toBe(MODEL_VERSION);
        expect(profile.scores).toEqual(roundScores(scored.value));
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
