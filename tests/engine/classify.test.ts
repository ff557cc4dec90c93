import fc from 'fast-check';
import { DIMENSION_IDS } from '@/data/dimensions';
import {
  CLOSE_RUNNER_UP_MARGIN,
  CURRENT_TYPE_IDS,
  INVESTOR_TYPES,
  type InvestorTypeId,
} from '@/data/investor-types';
import { classify, namedRunnerUp, rankTypes } from '@/engine/classify';
import { V2_PROTOTYPES, V2_TYPE_ORDER } from '@/engine/model-v2';
import type { DimensionScores } from '@/engine/contract';
import { scores } from './support/scores';

const score100 = fc.integer({ min: 0, max: 100 });
const SIX_SCORES = fc.tuple(score100, score100, score100, score100, score100, score100);

describe('classify', () => {
  it.each<{ reader: string; scores: DimensionScores; expected: InvestorTypeId }>([
    {
      reader: 'avoids risk, feels losses strongly and decides with care',
      scores: scores(15, 85, 50, 40, 40, 45),
      expected: 'steady-guardian',
    },
    {
      reader: 'avoids risk yet follows the crowd and the news',
      scores: scores(25, 75, 45, 65, 70, 35),
      expected: 'trend-follower',
    },
    {
      reader: 'analyses alone, calm about risk',
      scores: scores(60, 40, 50, 15, 10, 80),
      expected: 'independent-analyst',
    },
    {
      reader: 'seeks risk and shrugs off losses',
      scores: scores(90, 15, 45, 60, 55, 45),
      expected: 'bold-adventurer',
    },
    {
      reader: 'sits in the middle of everything',
      scores: scores(47, 50, 52, 50, 47, 40),
      expected: 'balanced-navigator',
    },
  ])('places a reader who $reader as $expected', ({ scores: input, expected }) => {
    expect(classify(input)).toBe(expected);
  });

  it.each(CURRENT_TYPE_IDS)('classifies the prototype of %s as itself', (typeId) => {
    expect(classify(INVESTOR_TYPES[typeId].prototype)).toBe(typeId);
  });

  it('decides the type on the two axes alone: the holding scale and knowledge are facets', () => {
    fc.assert(
      fc.property(
        SIX_SCORES,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (values, horizon, knowledge) => {
          const input = scores(...values);
          expect(classify({ ...input, timeHorizon: horizon, knowledge })).toBe(classify(input));
        },
      ),
    );
  });

  it('makes only current types, and keeps ranking old codes by the prototypes they were made with', () => {
    for (const typeId of V2_TYPE_ORDER) {
      const [r = 0, l = 0, h = 0, d = 0, so = 0, k = 0] = V2_PROTOTYPES[typeId];
      expect(classify(scores(r, l, h, d, so, k), 2)).toBe(typeId);
    }
    // A v2 result of a long-term reader stays patient-grower; the current model has no such type.
    expect(classify(scores(50, 45, 95, 45, 40, 45), 2)).toBe('patient-grower');
    expect(classify(scores(60, 45, 5, 20, 45, 50), 1)).toBe('chart-strategist');
    expect(CURRENT_TYPE_IDS).toContain(classify(scores(50, 45, 95, 45, 40, 45)));
  });

  it('always names the runner-up of a flagged result, and only a close one otherwise', () => {
    fc.assert(
      fc.property(SIX_SCORES, (values) => {
        const ranking = rankTypes(scores(...values));
        expect(namedRunnerUp(ranking, true)).toBe(ranking.ranked[1]?.typeId);
        expect(namedRunnerUp(ranking, false)).toBe(ranking.closeRunnerUp);
        expect(ranking.closeRunnerUp === null).toBe(ranking.margin > CLOSE_RUNNER_UP_MARGIN);
      }),
    );
  });

  it('breaks an exact tie in favour of the type listed first', () => {
    let ties = 0;
    CURRENT_TYPE_IDS.forEach((first, a) => {
      CURRENT_TYPE_IDS.slice(a + 1).forEach((second) => {
        const midpoint = Object.fromEntries(
          DIMENSION_IDS.map((d) => [
            d,
            (INVESTOR_TYPES[first].prototype[d] + INVESTOR_TYPES[second].prototype[d]) / 2,
          ]),
        ) as DimensionScores;
        const winner = classify(midpoint);
        // Only midpoints where the pair is nearest are real ties; the rest belong to a third type.
        if (winner === first || winner === second) {
          ties++;
          expect(winner).toBe(first);
        }
      });
    });
    expect(ties).toBeGreaterThan(0);
  });

  it('returns exactly one known type for any scores from 0 to 100', () => {
    const score = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(fc.tuple(score, score, score, score, score, score), (values) => {
        const input = scores(...values);
        const typeId = classify(input);
        expect(CURRENT_TYPE_IDS).toContain(typeId);
        expect(classify(input)).toBe(typeId);
      }),
    );
  });
});
