import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { INVESTOR_TYPE_IDS } from '@/data/investor-types';
import { analysePopulation, analyseResponses, readerTimings } from '@/engine/model-analysis';
import { cronbachAlpha } from '@/engine/psychometrics';
import { simulatedAnswerSet, uniformAnswerSet } from '@/engine/simulation';
import { parseResponsesCsv } from '../../scripts/lib/responses-csv';

const SAMPLES = 20_000;
const FIXTURE = 'tests/engine/fixtures/pilot-responses.csv';

describe('the model on uniformly random answers', () => {
  const report = analysePopulation(SAMPLES, 7, uniformAnswerSet);

  it('keeps every pair of scales apart: |r| <= 0.15', () => {
    for (const [pair, r] of Object.entries(report.scaleCorrelations))
      expect(Math.abs(r), pair).toBeLessThanOrEqual(0.15);
  });

  it('reaches every type, each with 4-25% of the answer sets', () => {
    for (const id of INVESTOR_TYPE_IDS) {
      expect(report.types[id], id).toBeGreaterThanOrEqual(0.04);
      expect(report.types[id], id).toBeLessThanOrEqual(0.25);
    }
  });
});

describe('the model on the simulated population', () => {
  const report = analysePopulation(SAMPLES, 11, simulatedAnswerSet, readerTimings);

  it('changes the type for at most 8% of readers when one answer moves to a neighbouring option', () => {
    expect(report.oneStepFlipRate).toBeLessThanOrEqual(0.08);
  });

  it('reaches every type', () => {
    for (const id of INVESTOR_TYPE_IDS) expect(report.types[id], id).toBeGreaterThan(0);
  });

  it('flags contradictions far less often than in random answers, and never speed for readers who read', () => {
    const random = analysePopulation(5_000, 3, uniformAnswerSet);
    expect(report.flags.contradictory).toBeLessThan(random.flags.contradictory / 3);
    expect(report.flags['too-fast']).toBe(0);
  });
});

describe('pilot answers from a CSV file', () => {
  const text = readFileSync(FIXTURE, 'utf8');

  it('reports unreadable rows by line and keeps the rest', () => {
    const parsed = parseResponsesCsv(text);
    expect(parsed.rows).toHaveLength(4);
    expect(parsed.badRows.map((row) => row.line)).toEqual([4, 7]);
    expect(parsed.badRows[0]?.problem).toContain('sell-the-house');
  });

  it("computes Cronbach's alpha of the fixture's risk-tolerance items: 112.5/116", () => {
    // Item scores by hand: three items 0,1,2,3; sure-loss 0,0,1,1; the agree item -2,-1,1,2.
    // Item variances sum to 26/3, the totals (-2, 2, 8, 12) vary by 116/3: 5/4 * (1 - 26/116).
    const report = analyseResponses(parseResponsesCsv(text).rows);
    expect(report.scales.riskTolerance?.alpha).toBeCloseTo(112.5 / 116, 10);
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
      ['--import', 'tsx', 'scripts/analyze.ts', '--responses', FIXTURE, '--json'],
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
    expect(json.scales.riskTolerance?.alpha).toBeCloseTo(0.9698, 4);
    expect(Object.keys(json.scales.riskTolerance?.itemRest ?? {})).toContain('windfall');
    expect(Object.values(json.types).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    expect(Object.keys(json.flags)).toEqual(['straight-lining', 'contradictory', 'too-fast']);
  }, 60_000);
});
