import fc from 'fast-check';
import { DIMENSION_IDS } from '@/data/dimensions';
import { INVESTOR_TYPE_IDS } from '@/data/investor-types';
import { QUESTIONS } from '@/data/questions';
import { RULES } from '@/data/rules';
import {
  QUESTION_TOTAL,
  createEvaluation,
  evaluateIndices,
  fillRandomAnswerSets,
  seededRandom,
} from '@/engine/fast-path';
import { buildProfile } from '@/engine/profile';
import { chooseRules } from '@/engine/recommend';
import { arbitraryIndices } from './answer-sets';

describe('the fast path', () => {
  it('gives exactly the profile and rules of buildProfile and recommend', () => {
    const evaluation = createEvaluation();
    fc.assert(
      fc.property(arbitraryIndices, (indices) => {
        const answers = Object.fromEntries(
          QUESTIONS.map((q, i) => [q.id, q.options[indices[i]!]!.id]),
        );
        const profile = buildProfile(answers);
        if (!profile.ok) return false;
        evaluateIndices(indices, evaluation);
        expect(INVESTOR_TYPE_IDS[evaluation.typeIndex]).toBe(profile.value.typeId);
        expect(DIMENSION_IDS.map((_, d) => evaluation.scores[d])).toEqual(
          DIMENSION_IDS.map((d) => profile.value.scores[d]),
        );
        expect(evaluation.literacyCorrect).toBe(profile.value.literacyCorrect);
        const ruleIds = Array.from(
          evaluation.rules.subarray(0, evaluation.ruleCount),
          (r) => RULES[r]!.id,
        );
        expect(ruleIds).toEqual(chooseRules(profile.value).map((rule) => rule.id));
        return true;
      }),
    );
  });

  it('reads answer sets packed one after another at an offset', () => {
    const packed = fillRandomAnswerSets(new Uint8Array(3 * QUESTION_TOTAL), seededRandom(1));
    const second = packed.slice(QUESTION_TOTAL, 2 * QUESTION_TOTAL);
    const atOffset = evaluateIndices(packed, createEvaluation(), QUESTION_TOTAL);
    const alone = evaluateIndices(second, createEvaluation());
    expect(atOffset.scores).toEqual(alone.scores);
    expect(atOffset.typeIndex).toBe(alone.typeIndex);
  });

  it('draws the same answer sets from the same seed, each option within its question', () => {
    const a = fillRandomAnswerSets(new Uint8Array(50 * QUESTION_TOTAL), seededRandom(99));
    const b = fillRandomAnswerSets(new Uint8Array(50 * QUESTION_TOTAL), seededRandom(99));
    const c = fillRandomAnswerSets(new Uint8Array(50 * QUESTION_TOTAL), seededRandom(100));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    a.forEach((option, i) =>
      expect(option).toBeLessThan(QUESTIONS[i % QUESTION_TOTAL]!.options.length),
    );
  });
});
