/**
 * npm run analyze [-- --json] [-- --samples N] [-- --seed S] [-- --responses FILE.csv]
 *
 * Without --responses: measures the model on N seeded uniformly random answer sets and on N
 * simulated readers (src/engine/simulation.ts): type shares, rule reach, scale correlations,
 * one-step flip rate, runner-up margins, flag rates, and the engine's throughput. With --json it
 * prints { modelVersion, samples, types, unreachableTypes, unreachableRules, scaleCorrelations,
 * oneStepFlipRate, medianMargin, flags, answerSetsPerSecond }, each population named inside.
 *
 * With --responses FILE.csv: reads pilot answers (one row a reader, one column a question id,
 * option ids as values) and prints per-scale Cronbach's alpha, item-rest correlations, type
 * shares and flag rates; unreadable rows are reported by line.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { INVESTOR_TYPE_IDS } from '../src/data/investor-types';
import { RULES } from '../src/data/rules';
import { analysePopulation, analyseResponses, readerTimings } from '../src/engine/model-analysis';
import { MODEL_VERSION } from '../src/engine/model-version';
import { simulatedAnswerSet, uniformAnswerSet } from '../src/engine/simulation';
import { parseResponsesCsv } from './lib/responses-csv';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    samples: { type: 'string', default: '200000' },
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
const seed = Number.parseInt(values.seed, 10);
if (!Number.isSafeInteger(samples) || samples < 1 || !Number.isSafeInteger(seed)) {
  console.error(
    'usage: npm run analyze -- [--json] [--samples N >= 1] [--seed S] [--responses FILE.csv]',
  );
  process.exit(2);
}

const started = performance.now();
const uniform = analysePopulation(samples, seed, uniformAnswerSet);
const seconds = (performance.now() - started) / 1000;
const simulated = analysePopulation(samples, seed + 1, simulatedAnswerSet, readerTimings);
// Each sample is scored, ranked, matched to rules, flagged and scored again one answer moved.
const answerSetsPerSecond = Math.round(samples / seconds);

const reached = (shares: Readonly<Record<string, number>>, id: string) => (shares[id] ?? 0) > 0;
const result = {
  modelVersion: MODEL_VERSION,
  samples: { uniform: samples, simulated: samples },
  types: { uniform: roundAll(uniform.types), simulated: roundAll(simulated.types) },
  unreachableTypes: INVESTOR_TYPE_IDS.filter(
    (id) => !reached(uniform.types, id) && !reached(simulated.types, id),
  ),
  unreachableRules: RULES.map((rule) => rule.id).filter(
    (id) => !reached(uniform.rules, id) && !reached(simulated.rules, id),
  ),
  scaleCorrelations: roundAll(uniform.scaleCorrelations),
  oneStepFlipRate: {
    uniform: round(uniform.oneStepFlipRate),
    simulated: round(simulated.oneStepFlipRate),
  },
  medianMargin: {
    uniform: round(uniform.medianMargin, 2),
    simulated: round(simulated.medianMargin, 2),
  },
  closeRunnerUpRate: {
    uniform: round(uniform.closeRunnerUpRate),
    simulated: round(simulated.closeRunnerUpRate),
  },
  flags: { uniform: roundAll(uniform.flags), simulated: roundAll(simulated.flags) },
  answerSetsPerSecond,
};

if (values.json) {
  console.log(JSON.stringify(result));
} else {
  const percent = (share: number | null) => `${((share ?? 0) * 100).toFixed(1).padStart(5)}%`;
  const lines = [
    `Model v${MODEL_VERSION}: ${samples.toLocaleString('en')} uniformly random answer sets and ${samples.toLocaleString('en')} simulated readers (seed ${seed})`,
    '',
    'Types                    uniform  simulated',
  ];
  for (const id of INVESTOR_TYPE_IDS)
    lines.push(
      `  ${id.padEnd(22)} ${percent(result.types.uniform[id] ?? 0)}  ${percent(result.types.simulated[id] ?? 0)}`,
    );
  lines.push('', 'Rules (share in which the rule chose its service)');
  for (const rule of RULES)
    lines.push(
      `  ${rule.id.padEnd(28)} ${percent(uniform.rules[rule.id])}  ${percent(simulated.rules[rule.id])}`,
    );
  lines.push('', 'Scale correlations on uniform random answers');
  for (const [pair, r] of Object.entries(result.scaleCorrelations))
    lines.push(`  ${pair.padEnd(34)} ${String(r)}`);
  lines.push(
    '',
    `One-step flip rate: uniform ${percent(result.oneStepFlipRate.uniform)}, simulated ${percent(result.oneStepFlipRate.simulated)}`,
    `Median runner-up margin (points): uniform ${String(result.medianMargin.uniform)}, simulated ${String(result.medianMargin.simulated)}`,
    `Close runner-up named: uniform ${percent(result.closeRunnerUpRate.uniform)}, simulated ${percent(result.closeRunnerUpRate.simulated)}`,
    `Flags, uniform: ${JSON.stringify(result.flags.uniform)}; simulated: ${JSON.stringify(result.flags.simulated)}`,
    `Unreachable types: ${result.unreachableTypes.join(', ') || 'none'}; rules: ${result.unreachableRules.join(', ') || 'none'}`,
    `Throughput: ${answerSetsPerSecond.toLocaleString('en')} answer sets/s through profileOfIndices + rankTypes + chooseRules + answerQualityFlags (and one re-score) in ${seconds.toFixed(2)} s`,
  );
  console.log(lines.join('\n'));
}
