/**
 * Answer sets for checking the model: uniformly random ones, and a simulated population of readers
 * whose latent traits correlate as stated and who answer each item through a stated response model
 * (docs/model.md, "The simulated population"). Pure: the caller brings the seed.
 */
import { DIMENSION_IDS, type DimensionId } from '@/data/dimensions';
import {
  EXPERIENCE_QUESTION_ID,
  GOAL_HORIZON_QUESTION_ID,
  QUESTIONS,
  type Question,
} from '@/data/questions';

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

/**
 * A population of simulated readers: the means of their latent traits (in standard deviations;
 * the spread is 1 and the correlations are TRAIT_CORRELATIONS for every population), the shares of
 * the two facts they state, and how often a reader who has never invested takes a neutral "not
 * investing" option where one is offered. docs/model.md gives each figure's source or says it is
 * an assumption.
 */
export interface Population {
  readonly id: PopulationId;
  readonly traitMeans: Readonly<Partial<Record<DimensionId, number>>>;
  /** Shares of EXPERIENCE_LEVELS, none to most. */
  readonly experienceShares: readonly [number, number, number, number];
  /** Shares of GOAL_HORIZONS, soonest to latest. */
  readonly goalHorizonShares: readonly [number, number, number, number];
}

export const POPULATION_IDS = ['neutral', 'realistic'] as const;
export type PopulationId = (typeof POPULATION_IDS)[number];

export const POPULATIONS: Readonly<Record<PopulationId, Population>> = {
  // Every option about equally likely at the mean: the simulation of model versions 1 and 2.
  neutral: {
    id: 'neutral',
    traitMeans: {},
    experienceShares: [0.45, 0.15, 0.22, 0.18],
    goalHorizonShares: [0.25, 0.25, 0.25, 0.25],
  },
  // Prospects of a Japanese stock blog: more risk-averse and loss-averse than the centre of the
  // scales, many who have never invested, and money needed sooner (docs/model.md, sources).
  realistic: {
    id: 'realistic',
    traitMeans: { riskTolerance: -0.3, lossAversion: 0.3, timeHorizon: -0.2 },
    experienceShares: [0.45, 0.2, 0.2, 0.15],
    goalHorizonShares: [0.15, 0.25, 0.35, 0.25],
  },
};

/** Experience leans on knowledge and risk tolerance with these loadings. */
const EXPERIENCE_LOADINGS = { knowledge: 0.5, riskTolerance: 0.3 } as const;
/** The goal horizon leans on the holding trait (patience goes with money kept longer). */
const GOAL_HORIZON_LOADING = 0.4;
/** Share of readers who have never invested that take a "not investing" option where offered. */
export const NON_INVESTOR_NEUTRAL_SHARE = 0.8;
/**
 * How strongly an item response reflects its trait (the item-trait correlation): the response is
 * loading × trait + √(1 − loading²) × noise. The documented level is 0.7 (model versions 1 and 2
 * used noise 1, a loading of 0.71); the analysis also reports 0.55 and 0.85.
 */
export const ITEM_LOADING = 0.7;
export const RETEST_LOADINGS = [0.55, 0.7, 0.85] as const;
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
export const ITEM_SHIFTS: Readonly<Record<string, number>> = { 'coin-200k': -0.5 };
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
function cutsOf(shares: readonly number[]): number[] {
  return shares
    .slice(0, -1)
    .map((_, i) => normalQuantile(shares.slice(0, i + 1).reduce((x, y) => x + y, 0)));
}
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
  | { readonly kind: 'fact'; readonly fact: 'experience' | 'goal-horizon' | 'none' }
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
      /** Cut points on the response (spread 1) for the tiers, so each tier is as likely at the mean. */
      readonly cuts: readonly number[];
      readonly neutral: number;
      readonly shift: number;
    };

const ITEM_MODELS: readonly ItemModel[] = questions.map((question): ItemModel => {
  if (question.format === 'fact') {
    const fact =
      question.id === EXPERIENCE_QUESTION_ID
        ? 'experience'
        : question.id === GOAL_HORIZON_QUESTION_ID
          ? 'goal-horizon'
          : 'none';
    return { kind: 'fact', fact };
  }
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
  return {
    kind: 'ordinal',
    dimension: DIMENSION_IDS.indexOf(dimensionId),
    tiers,
    cuts: tiers.slice(0, -1).map((_, i) => normalQuantile((i + 1) / tiers.length)),
    neutral: question.options.findIndex((option) => 'neutral' in option),
    shift: ITEM_SHIFTS[question.id] ?? 0,
  };
});

/** A simulated reader: latent traits and the facts they state, drawn once, answering any number of times. */
export interface SimulatedReader {
  /** Latent traits in DIMENSION_IDS order (standard deviations). */
  readonly theta: Float64Array;
  experience: number;
  goalHorizon: number;
}

export function newReader(): SimulatedReader {
  return { theta: new Float64Array(D), experience: 0, goalHorizon: 0 };
}

const CUTS_OF = new Map<Population, { experience: number[]; goalHorizon: number[] }>();
function populationCuts(population: Population) {
  let cuts = CUTS_OF.get(population);
  if (cuts === undefined) {
    cuts = {
      experience: cutsOf(population.experienceShares),
      goalHorizon: cutsOf(population.goalHorizonShares),
    };
    CUTS_OF.set(population, cuts);
  }
  return cuts;
}
const Z = new Float64Array(D);
const K = DIMENSION_IDS.indexOf('knowledge');
const R = DIMENSION_IDS.indexOf('riskTolerance');
const H = DIMENSION_IDS.indexOf('timeHorizon');

/** Draws a reader of the population into `out`: correlated traits around its means, and its facts. */
export function drawReader(
  random: () => number,
  population: Population,
  out: SimulatedReader,
): SimulatedReader {
  for (let d = 0; d < D; d++) Z[d] = normal(random);
  DIMENSION_IDS.forEach((dimension, d) => {
    const row = CHOLESKY[d] ?? [];
    let sum = population.traitMeans[dimension] ?? 0;
    for (let k = 0; k <= d; k++) sum += (row[k] ?? 0) * (Z[k] ?? 0);
    out.theta[d] = sum;
  });
  const cuts = populationCuts(population);
  const mean = (d: number, dimension: DimensionId) =>
    (out.theta[d] ?? 0) - (population.traitMeans[dimension] ?? 0);
  const latentExperience =
    EXPERIENCE_LOADINGS.knowledge * mean(K, 'knowledge') +
    EXPERIENCE_LOADINGS.riskTolerance * mean(R, 'riskTolerance') +
    EXPERIENCE_RESIDUAL * normal(random);
  out.experience = cuts.experience.filter((cut) => latentExperience >= cut).length;
  const latentGoal =
    GOAL_HORIZON_LOADING * mean(H, 'timeHorizon') +
    Math.sqrt(1 - GOAL_HORIZON_LOADING ** 2) * normal(random);
  out.goalHorizon = cuts.goalHorizon.filter((cut) => latentGoal >= cut).length;
  return out;
}

/**
 * The answers of a drawn reader, with fresh noise at `loading` (ITEM_LOADING by default): call
 * it twice for a retest. Option indices in question order, into `out`.
 */
export function answerAs(
  random: () => number,
  reader: SimulatedReader,
  out: Uint8Array,
  loading: number = ITEM_LOADING,
): Uint8Array {
  const noise = Math.sqrt(1 - loading * loading);
  const investor = reader.experience > 0;
  for (let q = 0; q < QUESTION_TOTAL; q++) {
    const model = ITEM_MODELS[q];
    if (model === undefined) out[q] = 0;
    else if (model.kind === 'fact') {
      out[q] =
        model.fact === 'experience'
          ? reader.experience
          : model.fact === 'goal-horizon'
            ? reader.goalHorizon
            : 0;
    } else if (model.kind === 'literacy') {
      const p = normalCdf(LITERACY_SLOPE * (reader.theta[K] ?? 0) + model.intercept);
      out[q] =
        random() < p ? model.right : (model.wrong[Math.floor(random() * model.wrong.length)] ?? 0);
    } else if (model.neutral >= 0 && !investor && random() < NON_INVESTOR_NEUTRAL_SHARE) {
      out[q] = model.neutral;
    } else {
      const response =
        loading * (reader.theta[model.dimension] ?? 0) + model.shift + noise * normal(random);
      let tier = 0;
      for (const cut of model.cuts) if (response >= cut) tier++;
      const options = model.tiers[tier] ?? [];
      out[q] =
        options.length === 1
          ? (options[0] ?? 0)
          : (options[Math.floor(random() * options.length)] ?? 0);
    }
  }
  return out;
}

/** A draw function for analysePopulation: a new reader of the population each call. */
export function populationAnswerSet(
  population: Population,
  loading: number = ITEM_LOADING,
): (random: () => number, out: Uint8Array) => Uint8Array {
  const reader = newReader();
  return (random, out) => answerAs(random, drawReader(random, population, reader), out, loading);
}
