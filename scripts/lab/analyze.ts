/**
 * npm run analyze [-- --json] [-- --samples N] [-- --seed S] [-- --responses FILE.csv]
 *
 * Without --responses: measures the model on three populations of N seeded answer sets each
 * (scripts/lab/model/simulation.ts): the neutral simulation, the realistic prospects and uniformly random
 * answers (a stress case). Per population: type shares, rule reach, one-step flip rate, runner-up
 * margins, flag rates; for the two simulated ones a retest (the same readers answer twice with
 * fresh noise) at each loading of RETEST_LOADINGS, on --retest-samples readers. With --json it
 * prints { modelVersion, questions, populations, samples, types, retest, oneStepFlipRate,
 * medianMargin, closeRunnerUpRate, flags, rules, unreachableTypes, unreachableRules,
 * scaleCorrelations, answerSetsPerSecond, seconds }, each population named inside.
 *
 * With --responses FILE.csv: reads pilot answers (one row a reader, one column a question id,
 * option ids as values) and prints per-scale Cronbach's alpha, item-rest correlations, type
 * shares and flag rates; unreadable rows are reported by line.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { CURRENT_TYPE_IDS } from '../../src/data/investor-types';
import { QUESTION_COUNT } from '../../src/data/questions';
import { RULES } from '../../src/data/rules';
import {
  analysePopulation,
  analyseResponses,
  readerTimings,
  retestPopulation,
  type PopulationReport,
  type RetestReport,
} from './model/model-analysis';
import { MODEL_VERSION } from '../../src/engine/model-version';
import {
  ITEM_LOADING,
  NON_INVESTOR_NEUTRAL_SHARE,
  POPULATIONS,
  POPULATION_IDS,
  RETEST_LOADINGS,
  populationAnswerSet,
  uniformAnswerSet,
} from './model/simulation';
import { parseResponsesCsv } from './lib/responses-csv';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    samples: { type: 'string', default: '100000' },
    'retest-samples': { type: 'string', default: '50000' },
    seed: { type: 'string', default: '20261201' },
    responses: { type: 'string' },
  },
});
const round = (value: number, digits = 4) =>
  Number.isFinite(value) ? Number(value.toFixed(digits)) : null;
const roundAll = (record: Readonly<Record<string, number>>) =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, round(value)]));

if (values.responses !== undefined) {
  let text: string;
  try {
    text = readFileSync(values.responses, 'utf8');
  } catch (error) {
    console.error(`cannot read ${values.responses}: ${String(error)}`);
    process.exit(2);
  }
  const parsed = parseResponsesCsv(text);
  const report = analyseResponses(parsed.rows);
  const out = {
    modelVersion: MODEL_VERSION,
    readers: report.readers,
    badRows: parsed.badRows,
    scales: Object.fromEntries(
      Object.entries(report.scales).map(([id, scale]) => [
        id,
        { alpha: round(scale.alpha), itemRest: roundAll(scale.itemRest) },
      ]),
    ),
    types: roundAll(report.types),
    flags: roundAll(report.flags),
  };
  if (values.json) console.log(JSON.stringify(out));
  else {
    const lines = [
      `Model v${MODEL_VERSION}: ${report.readers} readable rows from ${values.responses}`,
    ];
    for (const bad of parsed.badRows) lines.push(`  line ${bad.line}: ${bad.problem}`);
    lines.push('', "Scales (Cronbach's alpha; item-rest correlation per item)");
    for (const [id, scale] of Object.entries(out.scales)) {
      lines.push(`  ${id.padEnd(16)} alpha ${String(scale.alpha)}`);
      for (const [item, r] of Object.entries(scale.itemRest))
        lines.push(`    ${item.padEnd(22)} ${String(r)}`);
    }
    lines.push('', 'Types');
    for (const [id, share] of Object.entries(out.types))
      lines.push(`  ${id.padEnd(22)} ${String(share)}`);
    lines.push('', 'Answer-quality flags (timings are not in the file: too-fast cannot be judged)');
    for (const [id, rate] of Object.entries(out.flags))
      lines.push(`  ${id.padEnd(22)} ${String(rate)}`);
    console.log(lines.join('\n'));
  }
  process.exit(0);
}

const samples = Number.parseInt(values.samples, 10);
const retestSamples = Number.parseInt(values['retest-samples'], 10);
const seed = Number.parseInt(values.seed, 10);
if (
  !Number.isSafeInteger(samples) ||
  samples < 1 ||
  !Number.isSafeInteger(retestSamples) ||
  retestSamples < 1 ||
  !Number.isSafeInteger(seed)
) {
  console.error(
    'usage: npm run analyze -- [--json] [--samples N >= 1] [--retest-samples N >= 1] [--seed S] [--responses FILE.csv]',
  );
  process.exit(2);
}

const begun = performance.now();
const started = performance.now();
const uniform = analysePopulation(samples, seed, uniformAnswerSet);
const uniformSeconds = (performance.now() - started) / 1000;
// Each sample is scored, ranked, matched to rules, flagged and scored again one answer moved.
const answerSetsPerSecond = Math.round(samples / uniformSeconds);
const reports: Record<string, PopulationReport> = { uniform };
const retest: Record<string, RetestReport[]> = {};
POPULATION_IDS.forEach((id, p) => {
  const population = POPULATIONS[id];
  reports[id] = analysePopulation(
    samples,
    seed + 1 + p,
    populationAnswerSet(population),
    readerTimings,
  );
  retest[id] = RETEST_LOADINGS.map((loading, l) =>
    retestPopulation(retestSamples, seed + 10 + 10 * p + l, population, loading),
  );
});
const seconds = (performance.now() - begun) / 1000;
const order = ['neutral', 'realistic', 'uniform'] as const;
const each = <T>(pick: (report: PopulationReport) => T) =>
  Object.fromEntries(order.map((id) => [id, pick(reports[id] ?? uniform)]));

const reached = (shares: Readonly<Record<string, number>>, id: string) => (shares[id] ?? 0) > 0;
const result = {
  modelVersion: MODEL_VERSION,
  questions: QUESTION_COUNT,
  populations: {
    neutral: {
      ...POPULATIONS.neutral,
      itemLoading: ITEM_LOADING,
      nonInvestorNeutralShare: NON_INVESTOR_NEUTRAL_SHARE,
      note: 'traits standard normal, every option about equally likely at the mean',
    },
    realistic: {
      ...POPULATIONS.realistic,
      itemLoading: ITEM_LOADING,
      nonInvestorNeutralShare: NON_INVESTOR_NEUTRAL_SHARE,
      note: 'prospects of a Japanese stock blog; sources and assumptions in docs/model.md',
    },
    uniform: { note: 'every option equally likely on every item: a stress case, not a population' },
  },
  samples: { neutral: samples, realistic: samples, uniform: samples, retest: retestSamples },
  types: each((report) => roundAll(report.types)),
  retest: Object.fromEntries(
    Object.entries(retest).map(([id, rows]) => [
      id,
      rows.map((row) => ({
        loading: row.loading,
        sameType: round(row.sameType),
        sameOrNamedRunnerUp: round(row.sameOrNamedRunnerUp),
        runnerUpNamed: round(row.runnerUpNamed),
      })),
    ]),
  ),
  oneStepFlipRate: each((report) => round(report.oneStepFlipRate)),
  medianMargin: each((report) => round(report.medianMargin, 2)),
  closeRunnerUpRate: each((report) => round(report.closeRunnerUpRate)),
  flags: each((report) => roundAll(report.flags)),
  rules: each((report) => roundAll(report.rules)),
  unreachableTypes: CURRENT_TYPE_IDS.filter((id) =>
    order.every((p) => !reached(reports[p]?.types ?? {}, id)),
  ),
  unreachableRules: RULES.map((rule) => rule.id).filter((id) =>
    order.every((p) => !reached(reports[p]?.rules ?? {}, id)),
  ),
  scaleCorrelations: roundAll(uniform.scaleCorrelations),
  answerSetsPerSecond,
  seconds: round(seconds, 1),
};

if (values.json) {
  console.log(JSON.stringify(result));
} else {
  const percent = (share: number | null | undefined) =>
    `${((share ?? 0) * 100).toFixed(1).padStart(5)}%`;
  const lines = [
    `Model v${MODEL_VERSION}, ${QUESTION_COUNT} questions: ${samples.toLocaleString('en')} answer sets per population (seed ${seed}), retests on ${retestSamples.toLocaleString('en')} readers`,
    '',
    'Types                    neutral  realistic  uniform',
  ];
  for (const id of CURRENT_TYPE_IDS)
    lines.push(
      `  ${id.padEnd(22)} ${order.map((p) => percent(result.types[p]?.[id])).join('     ')}`,
    );
  lines.push('', 'Retest (same type / same or the named runner-up / runner-up named)');
  for (const [id, rows] of Object.entries(result.retest))
    for (const row of rows)
      lines.push(
        `  ${id.padEnd(10)} loading ${row.loading.toFixed(2)}  ${percent(row.sameType)}  ${percent(row.sameOrNamedRunnerUp)}  ${percent(row.runnerUpNamed)}`,
      );
  lines.push('', 'Rules (share in which the rule chose its service: neutral, realistic, uniform)');
  for (const rule of RULES)
    lines.push(
      `  ${rule.id.padEnd(28)} ${order.map((p) => percent(reports[p]?.rules[rule.id])).join('  ')}`,
    );
  lines.push('', 'Scale correlations on uniform random answers');
  for (const [pair, r] of Object.entries(result.scaleCorrelations))
    lines.push(`  ${pair.padEnd(34)} ${String(r)}`);
  lines.push(
    '',
    `One-step flip rate: ${order.map((p) => `${p} ${percent(result.oneStepFlipRate[p])}`).join(', ')}`,
    `Median runner-up margin (points): ${order.map((p) => `${p} ${String(result.medianMargin[p])}`).join(', ')}`,
    `Runner-up named: ${order.map((p) => `${p} ${percent(result.closeRunnerUpRate[p])}`).join(', ')}`,
    `Flags: ${order.map((p) => `${p} ${JSON.stringify(result.flags[p])}`).join('; ')}`,
    `Unreachable types: ${result.unreachableTypes.join(', ') || 'none'}; rules: ${result.unreachableRules.join(', ') || 'none'}`,
    `Throughput: ${answerSetsPerSecond.toLocaleString('en')} answer sets/s through profileOfIndices + rankTypes + chooseRules + answerQualityFlags (and one re-score); all of it in ${seconds.toFixed(1)} s`,
  );
  console.log(lines.join('\n'));
}
