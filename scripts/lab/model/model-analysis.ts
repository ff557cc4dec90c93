/**
 * How the model behaves on a population of answer sets: type shares, rule reach, scale
 * correlations, one-step flip rate, margins and flag rates. The numbers behind `npm run analyze`
 * and the model tests. It calls the app's own functions (profileOfIndices, rankTypes, chooseRules,
 * answerQualityFlags): one engine.
 */
import { DIMENSION_IDS } from '@/data/dimensions';
import { CURRENT_TYPE_IDS, type InvestorTypeId } from '@/data/investor-types';
import { QUESTIONS, type Question } from '@/data/questions';
import { RULES, type RuleId } from '@/data/rules';
import { answerQualityFlags } from '@/engine/answer-quality';
import { namedRunnerUp, rankTypes } from '@/engine/classify';
import { ANSWER_QUALITY_FLAGS, type AnswerQualityFlag } from '@/engine/contract';
import { profileOfIndices, readerFactsOfIndices } from '@/engine/profile';
import { cronbachAlpha, itemRestCorrelations } from './psychometrics';
import { chooseRules, subjectOf } from '@/engine/recommend';
import { scoreIndicesInto } from '@/engine/scoring';
import {
  QUESTION_TOTAL,
  answerAs,
  drawReader,
  newReader,
  normal,
  seededRandom,
  type Population,
} from './simulation';

const questions: readonly Question[] = QUESTIONS;
const FLAG_IDS: readonly AnswerQualityFlag[] = ANSWER_QUALITY_FLAGS;
/** Items a one-step change may move: every scored item (the experience fact moves no type). */
const MOVABLE = questions.map((q, index) => ({ q, index })).filter(({ q }) => q.format !== 'fact');

/** Reader timing model for the speed flag: log-normal, median 6 s an item, log-sd 0.5. */
export const SIMULATED_MEDIAN_MS = 6000;

export interface PopulationReport {
  readonly samples: number;
  readonly types: Readonly<Record<InvestorTypeId, number>>;
  readonly rules: Readonly<Record<RuleId, number>>;
  /** Pearson r of each pair of float scores, keyed "a|b". */
  readonly scaleCorrelations: Readonly<Record<string, number>>;
  /** Share of sets whose type changes when one random scored answer moves to a neighbouring option. */
  readonly oneStepFlipRate: number;
  /** Median distance gap between runner-up and nearest type (score points). */
  readonly medianMargin: number;
  /** Share of sets whose result names a runner-up (a close one, or any when flagged). */
  readonly closeRunnerUpRate: number;
  readonly flags: Readonly<Record<AnswerQualityFlag, number>>;
}

/**
 * Draws `samples` answer sets with `draw` (seeded by `seed`) and measures the model on them.
 * `timings` gives per-question milliseconds for the speed flag, or nothing when unknown.
 */
export function analysePopulation(
  samples: number,
  seed: number,
  draw: (random: () => number, out: Uint8Array) => Uint8Array,
  timings?: (random: () => number) => Record<string, number>,
): PopulationReport {
  const random = seededRandom(seed);
  const indices = new Uint8Array(QUESTION_TOTAL);
  const moved = new Uint8Array(QUESTION_TOTAL);
  const floats = new Float64Array(DIMENSION_IDS.length);
  const typeCounts = new Map<InvestorTypeId, number>();
  const ruleCounts = new Map<RuleId, number>();
  const flagCounts = new Map<AnswerQualityFlag, number>();
  const D = DIMENSION_IDS.length;
  const sum = new Float64Array(D);
  const products = new Float64Array(D * D);
  const margins = new Float64Array(samples);
  let flips = 0;
  let close = 0;
  for (let i = 0; i < samples; i++) {
    draw(random, indices);
    const profile = profileOfIndices(indices);
    typeCounts.set(profile.typeId, (typeCounts.get(profile.typeId) ?? 0) + 1);
    for (const rule of chooseRules(subjectOf(profile, readerFactsOfIndices(indices))))
      ruleCounts.set(rule.id, (ruleCounts.get(rule.id) ?? 0) + 1);
    const ranking = rankTypes(profile.scores);
    margins[i] = ranking.margin;
    const flags = answerQualityFlags(indices, timings?.(random));
    if (namedRunnerUp(ranking, flags.length > 0) !== null) close++;
    scoreIndicesInto(indices, floats);
    for (let a = 0; a < D; a++) {
      sum[a] = (sum[a] ?? 0) + (floats[a] ?? 0);
      for (let b = 0; b < D; b++)
        products[a * D + b] = (products[a * D + b] ?? 0) + (floats[a] ?? 0) * (floats[b] ?? 0);
    }
    // One answer to a neighbouring option.
    moved.set(indices);
    const { q, index } = MOVABLE[Math.floor(random() * MOVABLE.length)] ?? {
      q: questions[0],
      index: 0,
    };
    const o = indices[index] ?? 0;
    const last = (q?.options.length ?? 1) - 1;
    moved[index] = o === 0 ? 1 : o === last ? o - 1 : random() < 0.5 ? o - 1 : o + 1;
    if (profileOfIndices(moved).typeId !== profile.typeId) flips++;
    for (const flag of flags) flagCounts.set(flag, (flagCounts.get(flag) ?? 0) + 1);
  }
  const share = (count: number | undefined) => (count ?? 0) / samples;
  const scaleCorrelations: Record<string, number> = {};
  for (let a = 0; a < D; a++) {
    for (let b = a + 1; b < D; b++) {
      const meanA = (sum[a] ?? 0) / samples;
      const meanB = (sum[b] ?? 0) / samples;
      const cov = (products[a * D + b] ?? 0) / samples - meanA * meanB;
      const varA = (products[a * D + a] ?? 0) / samples - meanA * meanA;
      const varB = (products[b * D + b] ?? 0) / samples - meanB * meanB;
      scaleCorrelations[`${DIMENSION_IDS[a]}|${DIMENSION_IDS[b]}`] = cov / Math.sqrt(varA * varB);
    }
  }
  margins.sort();
  return {
    samples,
    types: Object.fromEntries(
      CURRENT_TYPE_IDS.map((id) => [id, share(typeCounts.get(id))]),
    ) as Record<InvestorTypeId, number>,
    rules: Object.fromEntries(
      RULES.map((rule) => [rule.id, share(ruleCounts.get(rule.id))]),
    ) as Record<RuleId, number>,
    scaleCorrelations,
    oneStepFlipRate: flips / samples,
    medianMargin: margins[Math.floor(samples / 2)] ?? 0,
    closeRunnerUpRate: close / samples,
    flags: Object.fromEntries(FLAG_IDS.map((id) => [id, share(flagCounts.get(id))])) as Record<
      AnswerQualityFlag,
      number
    >,
  };
}

export interface RetestReport {
  readonly loading: number;
  readonly samples: number;
  /** Share of readers whose second answers give the type the first gave. */
  readonly sameType: number;
  /** Share whose second type is the first type or the runner-up the first result named. */
  readonly sameOrNamedRunnerUp: number;
  /** Share of first results that named a runner-up. */
  readonly runnerUpNamed: number;
}

/**
 * A retest: `samples` readers of the population answer twice, the same latent traits and facts
 * with fresh answer noise at `loading`, each result made by the app's own path (profileOfIndices,
 * rankTypes, answerQualityFlags, namedRunnerUp).
 */
export function retestPopulation(
  samples: number,
  seed: number,
  population: Population,
  loading: number,
): RetestReport {
  const random = seededRandom(seed);
  const reader = newReader();
  const first = new Uint8Array(QUESTION_TOTAL);
  const second = new Uint8Array(QUESTION_TOTAL);
  let same = 0;
  let sameOrNamed = 0;
  let named = 0;
  for (let i = 0; i < samples; i++) {
    drawReader(random, population, reader);
    answerAs(random, reader, first, loading);
    answerAs(random, reader, second, loading);
    const before = profileOfIndices(first);
    const runnerUp = namedRunnerUp(rankTypes(before.scores), answerQualityFlags(first).length > 0);
    const after = profileOfIndices(second).typeId;
    if (runnerUp !== null) named++;
    if (after === before.typeId) {
      same++;
      sameOrNamed++;
    } else if (after === runnerUp) sameOrNamed++;
  }
  return {
    loading,
    samples,
    sameType: same / samples,
    sameOrNamedRunnerUp: sameOrNamed / samples,
    runnerUpNamed: named / samples,
  };
}

/** Per-question milliseconds of a simulated reader who reads every item (log-normal). */
export function readerTimings(random: () => number): Record<string, number> {
  return Object.fromEntries(
    questions.map((q) => [q.id, SIMULATED_MEDIAN_MS * Math.exp(0.5 * normal(random))]),
  );
}

export interface ResponsesReport {
  readonly readers: number;
  /** Per dimension: Cronbach's alpha and each item's item-rest correlation. */
  readonly scales: Readonly<
    Record<string, { readonly alpha: number; readonly itemRest: Readonly<Record<string, number>> }>
  >;
  readonly types: Readonly<Record<InvestorTypeId, number>>;
  readonly flags: Readonly<Record<AnswerQualityFlag, number>>;
}

/**
 * Reliability, type shares and flag rates of real answer sets (option indices in question order).
 * An item's score is the weight its chosen option gives the item's dimension.
 */
export function analyseResponses(rows: readonly ArrayLike<number>[]): ResponsesReport {
  const scales: Record<string, { alpha: number; itemRest: Record<string, number> }> = {};
  for (const dimension of DIMENSION_IDS) {
    const items = questions
      .map((q, index) => ({ q, index }))
      .filter(({ q }) => q.options.some((option) => dimension in option.weights));
    const columns = items.map(({ q, index }) =>
      rows.map((row) => {
        const weights: Readonly<Partial<Record<string, number>>> =
          q.options[row[index] ?? 0]?.weights ?? {};
        return weights[dimension] ?? 0;
      }),
    );
    const itemRest = itemRestCorrelations(columns);
    scales[dimension] = {
      alpha: cronbachAlpha(columns),
      itemRest: Object.fromEntries(items.map(({ q }, i) => [q.id, itemRest[i] ?? Number.NaN])),
    };
  }
  const typeCounts = new Map<InvestorTypeId, number>();
  const flagCounts = new Map<AnswerQualityFlag, number>();
  for (const row of rows) {
    const typeId = profileOfIndices(row).typeId;
    typeCounts.set(typeId, (typeCounts.get(typeId) ?? 0) + 1);
    for (const flag of answerQualityFlags(row))
      flagCounts.set(flag, (flagCounts.get(flag) ?? 0) + 1);
  }
  const share = (count: number | undefined) => (rows.length === 0 ? 0 : (count ?? 0) / rows.length);
  return {
    readers: rows.length,
    scales,
    types: Object.fromEntries(
      CURRENT_TYPE_IDS.map((id) => [id, share(typeCounts.get(id))]),
    ) as Record<InvestorTypeId, number>,
    flags: Object.fromEntries(FLAG_IDS.map((id) => [id, share(flagCounts.get(id))])) as Record<
      AnswerQualityFlag,
      number
    >,
  };
}
