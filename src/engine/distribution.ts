/**
 * How the model spreads a population of answer sets over types, rules and score bins: the
 * numbers behind `npm run analyze` and the distribution test. Pure: the caller brings the seed.
 */
import { INVESTOR_TYPE_IDS, type InvestorTypeId } from '@/data/investor-types';
import { RULES, type RuleId } from '@/data/rules';
import { DIMENSION_IDS, type DimensionId } from '@/data/dimensions';
import {
  QUESTION_TOTAL,
  createEvaluation,
  evaluateIndices,
  fillRandomAnswerSets,
  seededRandom,
} from './fast-path';

export const HISTOGRAM_BINS = 10;

export interface Distribution {
  readonly samples: number;
  /** Share of samples per type, 0-1. */
  readonly types: Readonly<Record<InvestorTypeId, number>>;
  /** Share of samples in which each rule chose its service, 0-1. */
  readonly rules: Readonly<Record<RuleId, number>>;
  /** Per dimension, the share of samples in each of HISTOGRAM_BINS equal bins of 0-100 (100 in the last). */
  readonly histograms: Readonly<Record<DimensionId, readonly number[]>>;
  /** Per dimension, the mean rounded score. */
  readonly means: Readonly<Record<DimensionId, number>>;
  readonly unreachableTypes: readonly InvestorTypeId[];
  readonly unreachableRules: readonly RuleId[];
}

/** Evaluates `samples` uniformly random complete answer sets drawn from `seed`, in batches. */
export function sampleDistribution(samples: number, seed: number): Distribution {
  const random = seededRandom(seed);
  const batchSize = 65_536;
  const batch = new Uint8Array(batchSize * QUESTION_TOTAL);
  const evaluation = createEvaluation();
  const typeCounts = new Float64Array(INVESTOR_TYPE_IDS.length);
  const ruleCounts = new Float64Array(RULES.length);
  const dimensions = DIMENSION_IDS.length;
  // Flat: bins[d * HISTOGRAM_BINS + bin].
  const bins = new Float64Array(dimensions * HISTOGRAM_BINS);
  const sums = new Float64Array(dimensions);
  const { scores, rules: chosen } = evaluation;
  for (let done = 0; done < samples; done += batchSize) {
    const count = Math.min(batchSize, samples - done);
    fillRandomAnswerSets(batch, random);
    for (let i = 0; i < count; i++) {
      evaluateIndices(batch, evaluation, i * QUESTION_TOTAL);
      typeCounts[evaluation.typeIndex] = (typeCounts[evaluation.typeIndex] ?? 0) + 1;
      for (let r = 0; r < evaluation.ruleCount; r++) {
        const rule = chosen[r] ?? 0;
        ruleCounts[rule] = (ruleCounts[rule] ?? 0) + 1;
      }
      for (let d = 0; d < dimensions; d++) {
        const value = scores[d] ?? 0;
        sums[d] = (sums[d] ?? 0) + value;
        const bin =
          d * HISTOGRAM_BINS +
          Math.min(HISTOGRAM_BINS - 1, Math.floor(value / (100 / HISTOGRAM_BINS)));
        bins[bin] = (bins[bin] ?? 0) + 1;
      }
    }
  }
  const share = (count: number | undefined) => (samples > 0 ? (count ?? 0) / samples : 0);
  const types = Object.fromEntries(
    INVESTOR_TYPE_IDS.map((id, t) => [id, share(typeCounts[t])]),
  ) as Record<InvestorTypeId, number>;
  const rules = Object.fromEntries(
    RULES.map((rule, r) => [rule.id, share(ruleCounts[r])]),
  ) as Record<RuleId, number>;
  return {
    samples,
    types,
    rules,
    histograms: Object.fromEntries(
      DIMENSION_IDS.map((d, i) => [
        d,
        Array.from(bins.subarray(i * HISTOGRAM_BINS, (i + 1) * HISTOGRAM_BINS), share),
      ]),
    ) as Record<DimensionId, number[]>,
    means: Object.fromEntries(DIMENSION_IDS.map((d, i) => [d, share(sums[i])])) as Record<
      DimensionId,
      number
    >,
    unreachableTypes: INVESTOR_TYPE_IDS.filter((id) => types[id] === 0),
    unreachableRules: RULES.map((rule) => rule.id).filter((id) => rules[id] === 0),
  };
}
