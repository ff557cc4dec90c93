import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { DimensionId } from '@/data/dimensions';
import { CURRENT_TYPE_IDS, INVESTOR_TYPES } from '@/data/investor-types';
import { QUESTIONS, type Question } from '@/data/questions';
import {
  analysePopulation,
  analyseResponses,
  readerTimings,
  retestPopulation,
} from '../../scripts/lab/model/model-analysis';
import { profileOfIndices } from '@/engine/profile';
import { cronbachAlpha } from '../../scripts/lab/model/psychometrics';
import {
  ITEM_LOADING,
  POPULATIONS,
  POPULATION_IDS,
  answerAs,
  drawReader,
  newReader,
  populationAnswerSet,
  seededRandom,
  uniformAnswerSet,
} from '../../scripts/lab/model/simulation';
import { parseResponsesCsv } from '../../scripts/lab/lib/responses-csv';

const SAMPLES = 20_000;
const SHARE_SAMPLES = 50_000;
const RETEST_SAMPLES = 20_000;
const FIXTURE = 'tests/engine/fixtures/pilot-responses.csv';

describe('the model on uniformly random answers (a stress case)', () => {
  const report = analysePopulation(SAMPLES, 7, uniformAnswerSet);

  it('keeps every pair of scales apart: |r| <= 0.15', () => {
    for (const [pair, r] of Object.entries(report.scaleCorrelations))
      expect(Math.abs(r), pair).toBeLessThanOrEqual(0.15);
  });

  it('reaches every type', () => {
    for (const id of CURRENT_TYPE_IDS) expect(report.types[id], id).toBeGreaterThan(0);
  });

  it('changes the type for at most 9% of answer sets when one answer moves to a neighbouring option', () => {
    expect(report.oneStepFlipRate).toBeLessThanOrEqual(0.09);
  });
});

describe.each(POPULATION_IDS)('the model on the %s population', (id) => {
  const population = POPULATIONS[id];
  const report = analysePopulation(
    SHARE_SAMPLES,
    11,
    populationAnswerSet(population),
    readerTimings,
  );

  it('gives every type 5-25% of the readers', () => {
    for (const typeId of CURRENT_TYPE_IDS) {
      expect(report.types[typeId], typeId).toBeGreaterThanOrEqual(0.05);
      expect(report.types[typeId], typeId).toBeLessThanOrEqual(0.25);
    }
  });

  it('changes the type for at most 6% of readers when one answer moves to a neighbouring option', () => {
    expect(report.oneStepFlipRate).toBeLessThanOrEqual(0.06);
  });

  it('gives at least 70% the same type on a retest at loading 0.7, and 90% the same type or the runner-up the first result named', () => {
    const retest = retestPopulation(RETEST_SAMPLES, 13, population, ITEM_LOADING);
    expect(retest.loading).toBe(0.7);
    expect(retest.sameType).toBeGreaterThanOrEqual(0.7);
    expect(retest.sameOrNamedRunnerUp).toBeGreaterThanOrEqual(0.9);
  });

  it('flags contradictions far less often than in random answers, and never speed for readers who read', () => {
    const random = analysePopulation(5_000, 3, uniformAnswerSet);
    expect(report.flags.contradictory).toBeLessThan(random.flags.contradictory / 3);
    expect(report.flags['too-fast']).toBe(0);
  });
});

describe('a retest', () => {
  it('agrees more the more each answer reflects the trait', () => {
    const at = (loading: number) =>
      retestPopulation(5_000, 17, POPULATIONS.neutral, loading).sameType;
    expect(at(0.55)).toBeLessThan(at(0.7));
    expect(at(0.7)).toBeLessThan(at(0.85));
  });
});

describe('the realistic population', () => {
  it('leans to risk aversion and holds many who never invested, as its sources say', () => {
    const means = POPULATIONS.realistic.traitMeans;
    expect(means.riskTolerance ?? 0).toBeLessThan(0);
    expect(means.lossAversion ?? 0).toBeGreaterThan(0);
    expect(POPULATIONS.realistic.experienceShares[0]).toBeGreaterThanOrEqual(0.4);
    const shares = [
      ...POPULATIONS.realistic.experienceShares,
      ...POPULATIONS.realistic.goalHorizonShares,
    ];
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(2, 10);
  });
});

describe("each type's description, walked against its prototype and its items", () => {
  // A type's traits are what its description claims. Each claim must be measured by items, sit
  // on the claimed side in the prototype, and show in the answers of the readers it is given to:
  // a type that says "you follow others" goes to readers who chose at least one such option.
  const reader = newReader();
  const random = seededRandom(23);
  const indices = new Uint8Array(QUESTIONS.length);
  const typed = new Map<string, Uint8Array[]>();
  for (let i = 0; i < 30_000; i++) {
    answerAs(random, drawReader(random, POPULATIONS.realistic, reader), indices);
    const typeId = profileOfIndices(indices).typeId;
    const list = typed.get(typeId) ?? [];
    list.push(Uint8Array.from(indices));
    typed.set(typeId, list);
  }
  const questions: readonly Question[] = QUESTIONS;

  it.each(
    CURRENT_TYPE_IDS.flatMap((typeId) =>
      (Object.entries(INVESTOR_TYPES[typeId].traits) as [DimensionId, number][]).map(
        ([dimension, trait]) => ({ typeId, dimension, trait }),
      ),
    ),
  )(
    '$typeId: the claim $dimension $trait is measured and chosen',
    ({ typeId, dimension, trait }) => {
      const items = questions
        .map((q, index) => ({ q, index }))
        .filter(({ q }) => q.options.some((o) => dimension in o.weights));
      expect(items.length).toBeGreaterThanOrEqual(7);
      expect(Math.sign(INVESTOR_TYPES[typeId].prototype[dimension] - 50)).toBe(Math.sign(trait));
      // The options on the claimed side of each item's middle.
      const onSide = items.map(({ q }) => {
        const weights = q.options.map((o) => (o.weights as Record<string, number>)[dimension] ?? 0);
        const middle = (Math.min(...weights) + Math.max(...weights)) / 2;
        return weights.map((w) => (trait > 0 ? w > middle : w < middle));
      });
      const readers = typed.get(typeId) ?? [];
      expect(readers.length).toBeGreaterThan(500);
      const chose = readers.filter((row) =>
        items.some(({ index }, i) => onSide[i]?.[row[index] ?? 0] === true),
      ).length;
      // Clear claims: nearly everyone; somewhat claims: most.
      expect(chose / readers.length).toBeGreaterThanOrEqual(Math.abs(trait) === 2 ? 0.98 : 0.85);
      // And they lean that way on balance: more answers on the claimed side than against it.
      const lean = readers.filter((row) => {
        let balance = 0;
        items.forEach(({ index }, i) => {
          const o = row[index] ?? 0;
          if (onSide[i]?.[o] === true) balance++;
          else {
            const weights =
              items[i]?.q.options.map(
                (opt) => (opt.weights as Record<string, number>)[dimension] ?? 0,
              ) ?? [];
            const middle = (Math.min(...weights) + Math.max(...weights)) / 2;
            const w = weights[o] ?? middle;
            if (w !== middle) balance--;
          }
        });
        return balance > 0;
      }).length;
      expect(lean / readers.length).toBeGreaterThanOrEqual(Math.abs(trait) === 2 ? 0.8 : 0.5);
    },
  );
});

describe('pilot answers from a CSV file', () => {
  const text = readFileSync(FIXTURE, 'utf8');

  it('reports unreadable rows by line and keeps the rest', () => {
    const parsed = parseResponsesCsv(text);
    expect(parsed.rows).toHaveLength(4);
    expect(parsed.badRows.map((row) => row.line)).toEqual([4, 7]);
    expect(parsed.badRows[0]?.problem).toContain('sell-the-house');
  });

  it("computes Cronbach's alpha of the fixture's risk-tolerance items: 100/116", () => {
    // Item scores by hand: three items 0,1,2,3; sure-loss 0,0,1,1; ag-seek-return -2,-1,1,2; the
    // five newer agree items neutral (0) throughout. Item variances sum to 26/3, the totals
    // (-2, 2, 8, 12) vary by 116/3, k = 10: 10/9 * (1 - 26/116).
    const report = analyseResponses(parseResponsesCsv(text).rows);
    expect(report.scales.riskTolerance?.alpha).toBeCloseTo(100 / 116, 10);
    expect(report.readers).toBe(4);
  });

  it('gives alpha 1 for perfectly parallel items and an undefined alpha for one item', () => {
    expect(
      cronbachAlpha([
        [1, 2, 3],
        [1, 2, 3],
      ]),
    ).toBeCloseTo(1, 12);
    expect(cronbachAlpha([[1, 2, 3]])).toBeNaN();
  });

  it('prints alpha, item-rest correlations, types and flags from npm run analyze -- --responses', () => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/lab/analyze.ts', '--responses', FIXTURE, '--json'],
      { encoding: 'utf8' },
    );
    const json = JSON.parse(out) as {
      readers: number;
      badRows: { line: number }[];
      scales: Record<string, { alpha: number; itemRest: Record<string, number> }>;
      types: Record<string, number>;
      flags: Record<string, number>;
    };
    expect(json.readers).toBe(4);
    expect(json.badRows.map((row) => row.line)).toEqual([4, 7]);
    expect(json.scales.riskTolerance?.alpha).toBeCloseTo(0.8621, 4);
    expect(Object.keys(json.scales.riskTolerance?.itemRest ?? {})).toContain('windfall');
    expect(Object.values(json.types).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    expect(Object.keys(json.flags)).toEqual(['straight-lining', 'contradictory', 'too-fast']);
  }, 60_000);
});
