/**
 * npm run analyze [-- --json] [-- --samples N] [-- --seed S]
 *
 * Spreads N seeded, uniformly random complete answer sets (default 1,000,000) over the model and
 * prints the type distribution, how often each rule chooses its service, a histogram per
 * dimension, what is unreachable, and the engine's throughput. With --json it prints one object:
 * { samples, seed, modelVersion, types, rules, histograms, means, unreachableTypes,
 *   unreachableRules, answerSetsPerSecond, seconds }.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DIMENSION_IDS } from '../src/data/dimensions';
import { INVESTOR_TYPE_IDS } from '../src/data/investor-types';
import { RULES } from '../src/data/rules';
import { modelText } from '../src/data/text/en';
import { HISTOGRAM_BINS, sampleDistribution } from '../src/engine/distribution';
import { MODEL_VERSION } from '../src/engine/model-version';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    samples: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '20261125' },
  },
});
const samples = Number.parseInt(values.samples, 10);
const seed = Number.parseInt(values.seed, 10);
if (!Number.isSafeInteger(samples) || samples < 1 || !Number.isSafeInteger(seed)) {
  console.error('usage: npm run analyze -- [--json] [--samples N >= 1] [--seed S]');
  process.exit(2);
}

const started = performance.now();
const distribution = sampleDistribution(samples, seed);
const seconds = (performance.now() - started) / 1000;
const answerSetsPerSecond = Math.round(samples / seconds);

if (values.json) {
  console.log(
    JSON.stringify({
      ...distribution,
      seed,
      modelVersion: MODEL_VERSION,
      answerSetsPerSecond,
      seconds,
    }),
  );
  process.exit(0);
}

const percent = (share: number) => `${(share * 100).toFixed(1).padStart(5)}%`;
const bar = (share: number, scale = 100) => '#'.repeat(Math.round(share * scale));
const lines: string[] = [];
lines.push(
  `Model v${MODEL_VERSION}: ${samples.toLocaleString('en')} uniformly random answer sets (seed ${seed})`,
);
lines.push('', 'Types (share of answer sets)');
for (const id of INVESTOR_TYPE_IDS) {
  const share = distribution.types[id];
  lines.push(`  ${id.padEnd(22)} ${percent(share)}  ${bar(share)}  ${modelText.types[id].name}`);
}
lines.push('', 'Rules (share of answer sets in which the rule chose its service)');
for (const rule of RULES) {
  const share = distribution.rules[rule.id];
  lines.push(
    `  ${rule.id.padEnd(28)} ${rule.serviceId.padEnd(10)} p${String(rule.priority).padEnd(4)} ${percent(share)}`,
  );
}
lines.push('', `Scores per dimension (${HISTOGRAM_BINS} bins of 10 points; mean)`);
for (const dimension of DIMENSION_IDS) {
  lines.push(`  ${dimension} (mean ${distribution.means[dimension].toFixed(1)})`);
  distribution.histograms[dimension].forEach((share, bin) => {
    const from = bin * 10;
    const label = bin === HISTOGRAM_BINS - 1 ? `${from}-100` : `${from}-${from + 9}`;
    lines.push(`    ${label.padStart(6)} ${percent(share)} ${bar(share, 200)}`);
  });
}
lines.push('');
lines.push(`Unreachable types: ${distribution.unreachableTypes.join(', ') || 'none'}`);
lines.push(`Unreachable rules: ${distribution.unreachableRules.join(', ') || 'none'}`);
lines.push(
  `Throughput: ${answerSetsPerSecond.toLocaleString('en')} answer sets/s (drawn, scored, classified, matched to rules) in ${seconds.toFixed(2)} s`,
);
console.log(lines.join('\n'));
