import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS } from '@/data/dimensions';
import { INVESTOR_TYPES } from '@/data/investor-types';
import { QUESTIONS } from '@/data/questions';
import { buildProfile } from '@/engine/profile';
import {
  biggestDifference,
  leanOf,
  literacyAnswers,
  shapeExtremes,
  standoutTraits,
  typeTraits,
  strongestAnswer,
} from '@/results/result-insights';
import { sampleAnswers } from '../../scripts/lab/lib/sample-result';
import { profileOf } from './fixtures';

describe('where a score leans', () => {
  it.each([
    [0, 'strongLow'],
    [34, 'strongLow'],
    [35, 'low'],
    [44, 'low'],
    [45, 'middle'],
    [55, 'middle'],
    [56, 'high'],
    [64, 'high'],
    [65, 'strongHigh'],
    [100, 'strongHigh'],
  ] as const)('reads %i as %s', (score, lean) => {
    expect(leanOf(score)).toBe(lean);
  });
});

describe('the traits that stand out', () => {
  it('are the three dimensions furthest from the middle, with the end they lean to', () => {
    const { scores } = profileOf('chart-strategist', {
      riskTolerance: 50,
      lossAversion: 90,
      timeHorizon: 15,
      decisionStyle: 48,
      socialInfluence: 70,
      knowledge: 55,
    });
    expect(standoutTraits(scores)).toEqual([
      { dimension: 'lossAversion', pole: 'high' },
      { dimension: 'timeHorizon', pole: 'low' },
      { dimension: 'socialInfluence', pole: 'high' },
    ]);
  });

  it('break ties in the model’s order', () => {
    const flat = Object.fromEntries(DIMENSION_IDS.map((id) => [id, 50])) as Record<
      (typeof DIMENSION_IDS)[number],
      number
    >;
    expect(standoutTraits(flat).map((trait) => trait.dimension)).toEqual(DIMENSION_IDS.slice(0, 3));
  });
});

describe('the traits of a type without a reader', () => {
  it('are the ones its description speaks of, strongest first', () => {
    expect(typeTraits(INVESTOR_TYPES['chart-strategist'].prototype)).toEqual([
      { dimension: 'timeHorizon', pole: 'low' },
      { dimension: 'riskTolerance', pole: 'high' },
      { dimension: 'decisionStyle', pole: 'low' },
    ]);
    expect(typeTraits(INVESTOR_TYPES['steady-guardian'].prototype)).toEqual([
      { dimension: 'riskTolerance', pole: 'low' },
      { dimension: 'lossAversion', pole: 'high' },
      { dimension: 'decisionStyle', pole: 'low' },
    ]);
  });

  it('are none for the balanced type, which leans nowhere', () => {
    expect(typeTraits(INVESTOR_TYPES['balanced-navigator'].prototype)).toEqual([]);
  });
});

describe('two readers compared', () => {
  it('find the dimension where they are furthest apart', () => {
    const own = profileOf('chart-strategist', { socialInfluence: 10 }).scores;
    const friend = profileOf('trend-follower', { socialInfluence: 90 }).scores;
    expect(biggestDifference(own, friend)).toEqual({ dimension: 'socialInfluence', gap: 80 });
  });

  it('name the radar’s furthest and nearest corners', () => {
    const { scores } = profileOf('chart-strategist', { knowledge: 95, timeHorizon: 5 });
    expect(shapeExtremes(scores)).toEqual({ outer: 'knowledge', inner: 'timeHorizon' });
  });
});

describe('the answers behind a result', () => {
  const answers = sampleAnswers((index, count) => (index * 3 + 1) % count);
  const profile = buildProfile(answers);
  if (!profile.ok) throw new Error('sample answers must score');

  it('name, for a dimension, an answer that pushed it the way the reader leans', () => {
    for (const dimension of DIMENSION_IDS) {
      const score = profile.value.scores[dimension];
      const chosen = strongestAnswer(answers, dimension, score);
      if (chosen === undefined) continue;
      const question = QUESTIONS.find((candidate) => candidate.id === chosen.questionId);
      expect(question).toBeDefined();
      expect(answers[chosen.questionId]).toBe(chosen.optionId);
      const weights = question!.options.map(
        (option) => (option.weights as Record<string, number | undefined>)[dimension] ?? 0,
      );
      const weight =
        (
          question!.options.find((option) => option.id === chosen.optionId)!.weights as Record<
            string,
            number | undefined
          >
        )[dimension] ?? 0;
      const middle = (Math.max(...weights) + Math.min(...weights)) / 2;
      if (score >= 50) expect(weight).toBeGreaterThan(middle);
      else expect(weight).toBeLessThan(middle);
    }
  });

  it('give each literacy question the reader’s answer and the right one', () => {
    const items = literacyAnswers(answers);
    expect(items.map((item) => item.questionId)).toEqual([
      'lit-compound',
      'lit-inflation',
      'lit-diversification',
    ]);
    expect(items.filter((item) => item.correct === true)).toHaveLength(
      profile.value.literacyCorrect,
    );
    expect(literacyAnswers(undefined).every((item) => item.chosenOptionId === undefined)).toBe(
      true,
    );
    expect(items.find((item) => item.questionId === 'lit-compound')?.rightOptionId).toBe('more');
  });
});
