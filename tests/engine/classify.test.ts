import fc from 'fast-check';
import { DIMENSION_IDS } from '@/data/dimensions';
import { INVESTOR_TYPE_IDS, INVESTOR_TYPES, type InvestorTypeId } from '@/data/investor-types';
import { classify } from '@/engine/classify';
import type { DimensionScores } from '@/engine/contract';
import { scores } from './support/scores';

describe('classify', () => {
  it.each<{ reader: string; scores: DimensionScores; expected: InvestorTypeId }>([
    {
      reader: 'avoids risk and feels losses strongly',
      scores: scores(10, 90, 50, 50, 40, 45),
      expected: 'steady-guardian',
    },
    {
      reader: 'knows little yet',
      scores: scores(40, 55, 50, 50, 50, 0),
      expected: 'careful-learner',
    },
    {
      reader: 'follows the crowd and social media',
      scores: scores(50, 50, 45, 65, 95, 35),
      expected: 'trend-follower',
    },
    {
      reader: 'analyses alone and knows a lot',
      scores: scores(50, 45, 50, 15, 10, 80),
      expected: 'independent-analyst',
    },
    {
      reader: 'seeks risk and shrugs off losses',
      scores: scores(95, 15, 45, 65, 50, 45),
      expected: 'bold-adventurer',
    },
    {
      reader: 'sits in the middle of everything',
      scores: scores(47, 50, 52, 50, 47, 40),
      expected: 'balanced-navigator',
    },
    {
      reader: 'holds for the long term',
      scores: scores(50, 45, 95, 45, 40, 45),
      expected: 'patient-grower',
    },
    {
      reader: 'trades short term by rules',
      scores: scores(60, 45, 5, 20, 45, 50),
      expected: 'chart-strategist',
    },
  ])('places a reader who $reader as $expected', ({ scores: input, expected }) => {
    expect(classify(input)).toBe(expected);
  });

  it.each(INVESTOR_TYPE_IDS)('classifies the prototype of %s as itself', (typeId) => {
    expect(classify(INVESTOR_TYPES[typeId].prototype)).toBe(typeId);
  });

  it('breaks an exact tie in favour of the type listed first', () => {
    let ties = 0;
    INVESTOR_TYPE_IDS.forEach((first, a) => {
      INVESTOR_TYPE_IDS.slice(a + 1).forEach((second) => {
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
        expect(INVESTOR_TYPE_IDS).toContain(typeId);
        expect(classify(input)).toBe(typeId);
      }),
    );
  });
});
