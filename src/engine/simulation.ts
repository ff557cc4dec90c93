/**
 * Answer sets for checking the model: uniformly random ones, and a simulated population of readers
 * whose latent traits correlate as stated and who answer each item through a stated response model
 * (docs/model.md, "The simulated population"). Pure: the caller brings the seed.
 */
import { DIMENSION_IDS, EXPERIENCE_LEVELS, type DimensionId } from '@/data/dimensions';
import { EXPERIENCE_QUESTION_ID, QUESTIONS, type Question } from '@/data/questions';

const questions: readonly Question[] = QUESTIONS;
export const QUESTION_TOTAL = questions.length;

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same answer sets. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box-Muller). */
export function normal(random: () => number): number {
  const u = Math.max(random(), Number.MIN_VALUE);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** The standard normal distribution function (Abramowitz-Stegun 7.1.26, error < 1.5e-7). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** Its inverse, by bisection: accurate to 1e-9, only used when tables are built. */
function normalQuantile(p: number): number {
  let low = -10;
  let high = 10;
  for (let i = 0; i < 80; i++) {
    const mid = (low + high) / 2;
    if (normalCdf(mid) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** Fills `out` with one uniformly random valid option index per question. */
export function uniformAnswerSet(random: () => number, out: Uint8Array): Uint8Array {
  for (let q = 0; q < QUESTION_TOTAL; q++) {
    out[q] = Math.floor(random() * (questions[q]?.options.length ?? 1));
  }
  return out;
}

/**
 * Correlations of the latent traits of the simulated readers, from what the literature reports
 * in direction and rough size: risk tolerance against loss aversion clearly negative; following
 * the crowd goes with intuitive decisions and with less knowledge; knowledge with a longer horizon.
 */
export const TRAIT_CORRELATIONS: Readonly<
  Partial<Record<`${DimensionId}|${DimensionId}`, number>>
> = {
  'riskTolerance|lossAversion': -0.5,
  'riskTolerance|timeHorizon': 0.2,
  'riskTolerance|socialInfluence': 0.1,
  'riskTolerance|knowledge': 0.2,
  'lossAversion|socialInfluence': 0.2,
  'lossAversion|knowledge': -0.1,
  'timeHorizon|socialInfluence': -0.2,
  'timeHorizon|knowledge': 0.2,
  'decisionStyle|socialInfluence': 0.3,
  'decisionStyle|knowledge': -0.2,
  'socialInfluence|knowledge': -0.3,
};

/** Experience shares of the simulated readers, none to most (roughly Japan's adults). */
export const EXPERIENCE_SHARES = [0.45, 0.15, 0.22, 0.18] as const;
/** Experience leans on knowledge and risk tolerance with these loadings. */
const EXPERIENCE_LOADINGS = { knowledge: 0.5, riskTolerance: 0.3 } as const;
/** Share of readers who have never invested that take a "not investing" option where offered. */
export const NON_INVESTOR_NEUTRAL_SHARE = 0.8;
/** Noise of an item response around the trait (standard deviation; the trait has 1). */
export const RESPONSE_NOISE = 1;
/** Right-answer rates of the literacy items at the mean trait, as the 2016 Japanese survey reports. */
export const LITERACY_RATES: Readonly<Record<string, number>> = {
  'lit-compound': 0.43,
  'lit-inflation': 0.55,
  'lit-diversification': 0.4,
  'lit-bond': 0.3,
};
/**
 * Items whose options are easier to choose at the same trait: the 200,000-yen offer is strictly
 * better than the 150,000-yen one, so at any loss aversion it is declined less often.
 */
export const ITEM_SHIFTS: Readonly<Record<string, number>> = { 'coin-200k': -0.7 };
/** How steeply the chance of a right answer rises with the knowledge trait (probit slope). */
const LITERACY_SLOPE = 1.2;

function cholesky(matrix: number[][]): number[][] {
  const n = matrix.length;
  const lower = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i]?.[j] ?? 0;
      for (let k = 0; k < j; k++) sum -= (lower[i]?.[k] ?? 0) * (lower[j]?.[k] ?? 0);
      const row = lower[i] as number[];
      row[j] = i === j ? Math.sqrt(sum) : sum / (lower[j]?.[j] ?? 1);
    }
  }
  return lower;
}

const D = DIMENSION_IDS.length;
const CHOLESKY = cholesky(
  DIMENSION_IDS.map((a, i) =>
    DIMENSION_IDS.map((b, j) =>
      i === j ? 1 : (TRAIT_CORRELATIONS[`${a}|${b}`] ?? TRAIT_CORRELATIONS[`${b}|${a}`] ?? 0),
    ),
  ),
);
const EXPERIENCE_CUTS = EXPERIENCE_SHARES.slice(0, -1).map((_, i) =>
  normalQuantile(EXPERIENCE_SHARES.slice(0, i + 1).reduce((a, b) => a + b, 0)),
);
const EXPERIENCE_RESIDUAL = Math.sqrt(
  1 -
    EXPERIENCE_LOADINGS.knowledge ** 2 -
    EXPERIENCE_LOADINGS.riskTolerance ** 2 -
    2 *
      EXPERIENCE_LOADINGS.knowledge *
      EXPERIENCE_LOADINGS.riskTolerance *
      (TRAIT_CORRELATIONS['riskTolerance|knowledge'] ?? 0),
);

/** How a simulated reader answers one item. */
type ItemModel =
  | { readonly kind: 'fact' }
  | {
      readonly kind: 'literacy';
      readonly intercept: number;
      readonly right: number;
      readonly wrong: readonly number[];
    }
  | {
      readonly kind: 'ordinal';
      readonly dimension: number;
      /** Options grouped by weight, lowest first; a tier is picked, then an option in it at random. */
      readonly tiers: readonly (readonly number[])[];
      /** Cut points on the response for the tiers, so each tier is as likely at the mean. */
      readonly cuts: readonly number[];
      readonly neutral: number;
      readonly shift: number;
    };

const ITEM_MODELS: readonly ItemModel[] = questions.map((question): ItemModel => {
  if (question.id === EXPERIENCE_QUESTION_ID) return { kind: 'fact' };
  const right = question.options.findIndex((option) => 'correct' in option);
  if (right >= 0) {
    const rate = LITERACY_RATES[question.id] ?? 0.5;
    return {
      kind: 'literacy',
      intercept: normalQuantile(rate) * Math.sqrt(1 + LITERACY_SLOPE ** 2),
      right,
      wrong: question.options.map((_, o) => o).filter((o) => o !== right),
    };
  }
  const dimensionId = Object.keys(question.options[0]?.weights ?? {})[0] as DimensionId;
  const weighted = question.options
    .map((option, o) => ({
      o,
      w: Object.values(option.weights)[0] ?? 0,
      neutral: 'neutral' in option,
    }))
    .filter((entry) => !entry.neutral);
  const weights = [...new Set(weighted.map((entry) => entry.w))].sort((a, b) => a - b);
  const tiers = weights.map((w) => weighted.filter((entry) => entry.w === w).map((e) => e.o));
  const spread = Math.sqrt(1 + RESPONSE_NOISE ** 2);
  return {
    kind: 'ordinal',
    dimension: DIMENSION_IDS.indexOf(dimensionId),
    tiers,
    cuts: tiers.slice(0, -1).map((_, i) => spread * normalQuantile((i + 1) / tiers.length)),
    neutral: question.options.findIndex((option) => 'neutral' in option),
    shift: ITEM_SHIFTS[question.id] ?? 0,
  };
});
const EXPERIENCE_Q = questions.findIndex((q) => q.id === EXPERIENCE_QUESTION_ID);

/** One simulated reader: latent traits (standard normal, TRAIT_CORRELATIONS) and their answers. */
export function simulatedAnswerSet(random: () => number, out: Uint8Array): Uint8Array {
  const z = Array.from({ length: D }, () => normal(random));
  const theta = CHOLESKY.map((row) => row.reduce((sum, value, k) => sum + value * (z[k] ?? 0), 0));
  const k = DIMENSION_IDS.indexOf('knowledge');
  const r = DIMENSION_IDS.indexOf('riskTolerance');
  const latentExperience =
    EXPERIENCE_LOADINGS.knowledge * (theta[k] ?? 0) +
    EXPERIENCE_LOADINGS.riskTolerance * (theta[r] ?? 0) +
    EXPERIENCE_RESIDUAL * normal(random);
  const experience = EXPERIENCE_CUTS.filter((cut) => latentExperience >= cut).length;
  const investor = experience > 0;
  for (let q = 0; q < QUESTION_TOTAL; q++) {
    const model = ITEM_MODELS[q];
    if (model === undefined || model.kind === 'fact') {
      out[q] = q === EXPERIENCE_Q ? Math.min(experience, EXPERIENCE_LEVELS.length - 1) : 0;
    } else if (model.kind === 'literacy') {
      const p = normalCdf(LITERACY_SLOPE * (theta[k] ?? 0) + model.intercept);
      out[q] =
        random() < p ? model.right : (model.wrong[Math.floor(random() * model.wrong.length)] ?? 0);
    } else if (model.neutral >= 0 && !investor && random() < NON_INVESTOR_NEUTRAL_SHARE) {
      out[q] = model.neutral;
    } else {
      const response =
        (theta[model.dimension] ?? 0) + model.shift + RESPONSE_NOISE * normal(random);
      const tier = model.tiers[model.cuts.filter((cut) => response >= cut).length] ?? [];
      out[q] = tier[Math.floor(random() * tier.length)] ?? 0;
    }
  }
  return out;
}
