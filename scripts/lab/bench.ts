/**
 * npm run bench [-- --seconds S] [-- --json]
 *
 * Complete answer sets per second through the app's own path, one core:
 * buildProfile(answers) + rankTypes(scores) + recommend(profile, writeReason, typeName), with
 * answers validated and reasons written by i18next. There is no other implementation to measure.
 * Answer sets are drawn before timing; the figure is the best of several rounds.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { INVESTOR_TYPE_IDS } from '../../src/data/investor-types';
import { QUESTIONS } from '../../src/data/questions';
import { modelText } from '../../src/data/text/ja';
import { rankTypes } from '../../src/engine/classify';
import type { Answers } from '../../src/engine/contract';
import { buildProfile } from '../../src/engine/profile';
import { recommend, type ReasonWriter } from '../../src/engine/recommend';
import { QUESTION_TOTAL, seededRandom, uniformAnswerSet } from './model/simulation';
import { reasonWriterOf } from './lib/reason-writer';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
  },
});
const roundSeconds = Math.max(0.1, Number.parseFloat(values.seconds) || 1);
const ROUNDS = 5;
const TARGET = 200_000;
const POOL = 10_000;

const random = seededRandom(20_261_125);
const indices = new Uint8Array(QUESTION_TOTAL);
const answerSets: Answers[] = Array.from({ length: POOL }, () => {
  uniformAnswerSet(random, indices);
  return Object.fromEntries(
    QUESTIONS.map((q, qi) => [q.id, q.options[indices[qi] ?? 0]?.id ?? '']),
  );
});
const typeNames = Object.fromEntries(INVESTOR_TYPE_IDS.map((id) => [id, modelText.types[id].name]));

interface Rate {
  /** Answer sets per second of CPU time used by this process: steady when other work shares the machine. */
  readonly cpu: number;
  /** Answer sets per second of wall-clock time. */
  readonly wall: number;
}

// A checksum of the results keeps the optimiser from dropping the work.
let sink = 0;
function batch(writeReason: ReasonWriter): number {
  for (const answers of answerSets) {
    const profile = buildProfile(answers);
    if (!profile.ok) throw new Error('bench answer sets are complete');
    const ranking = rankTypes(profile.value.scores);
    const recommendations = recommend(
      profile.value,
      writeReason,
      typeNames[profile.value.typeId] ?? '',
    );
    sink += recommendations.length + ranking.margin;
  }
  return POOL;
}

/**
 * Best of ROUNDS rounds of `roundSeconds`. The engine writes each reason through the writer it is
 * given: the app's is i18next's `t`, which costs more than the scoring itself, so the engine's own
 * figure uses a writer that only looks the template up.
 */
function measure(writeReason: ReasonWriter): Rate {
  let cpu = 0;
  let wall = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let done = 0;
    const started = performance.now();
    const startedCpu = process.cpuUsage();
    let elapsed = 0;
    while (elapsed < roundSeconds * 1000) {
      done += batch(writeReason);
      elapsed = performance.now() - started;
    }
    const usage = process.cpuUsage(startedCpu);
    cpu = Math.max(cpu, done / ((usage.user + usage.system) / 1e6));
    wall = Math.max(wall, done / (elapsed / 1000));
  }
  return { cpu: Math.round(cpu), wall: Math.round(wall) };
}

const engine = measure((ruleId) => modelText.rules[ruleId]);
const withTexts = measure(reasonWriterOf(modelText.rules));

if (values.json) {
  console.log(
    JSON.stringify({
      answerSetsPerSecond: engine,
      withReasonsWritten: withTexts,
      target: TARGET,
      node: process.version,
    }),
  );
} else {
  const format = (n: number) => n.toLocaleString('en').padStart(11);
  console.log(
    `Complete answer sets through buildProfile + rankTypes + recommend per second, one core (${process.version}).`,
  );
  console.log(
    'Per second of CPU time (steady under load) and of wall-clock time; best of 5 rounds.',
  );
  console.log(
    `  the engine      ${format(engine.cpu)} /s CPU  ${format(engine.wall)} /s wall  ${
      engine.cpu >= TARGET ? 'meets' : 'below'
    } the ${TARGET.toLocaleString('en')}/s target`,
  );
  console.log(
    `  + i18next texts ${format(withTexts.cpu)} /s CPU  ${format(withTexts.wall)} /s wall  (the result page's path, once per view)`,
  );
}
if (sink === -1) console.log(sink);
