/**
 * The investor types. Ids are URL slugs: stable, kebab-case, never renamed (result codes of
 * each model version freeze their own order in src/engine/result-code.ts).
 *
 * Grounded in Pompian's Behavioral Investor Types (Preserver, Follower, Independent,
 * Accumulator) and the Bailard-Biehl-Kaiser five-way model (Guardian, Celebrity,
 * Individualist, Adventurer, Straight Arrow); docs/model.md gives the reasoning per type.
 *
 * Each type's `traits` say, from its published description, which dimensions set it apart and
 * which way: -2 / -1 (clearly / somewhat low), +1 / +2 (somewhat / clearly high); a dimension the
 * description does not speak of sits at the middle. The prototype is read off the traits with one
 * step for every type (prototypeOf), never fitted to answers.
 */
import { DIMENSION_IDS, type Band, type DimensionId } from './dimensions';

export const INVESTOR_TYPE_IDS = [
  'steady-guardian',
  'careful-learner',
  'trend-follower',
  'independent-analyst',
  'bold-adventurer',
  'balanced-navigator',
  'patient-grower',
  'chart-strategist',
] as const;
export type InvestorTypeId = (typeof INVESTOR_TYPE_IDS)[number];

export interface InvestorType {
  /** Accent for light backgrounds: at least 4.5:1 against white, so it works as text and behind white text. */
  readonly accentColour: string;
  /** The same hue for the dark theme: at least 4.5:1 against #121212. */
  readonly accentColourDark: string;
  readonly traits: Readonly<Partial<Record<DimensionId, Trait>>>;
  /** Read off the traits by prototypeOf: 0-100 on each dimension. */
  readonly prototype: Readonly<Record<DimensionId, number>>;
  /** The type suits long-term holding: never pitched short-term trading. */
  readonly longTerm: boolean;
  /** Where the type comes from, for docs and the schema test. */
  readonly sources: {
    readonly pompian: 'preserver' | 'follower' | 'independent' | 'accumulator' | null;
    readonly bbk:
      'guardian' | 'celebrity' | 'individualist' | 'adventurer' | 'straight-arrow' | null;
  };
  /** Bias ids of the three blind spots, in the order of the texts. */
  readonly biases: readonly [BiasId, BiasId, BiasId];
}

export const BIAS_IDS = [
  'loss-aversion',
  'status-quo',
  'disposition-effect',
  'overconfidence',
  'illusion-of-control',
  'herding',
  'recency',
  'framing',
  'confirmation',
  'availability',
  'conservatism',
  'myopic-loss-aversion',
  'ambiguity-aversion',
  'anchoring',
  'hindsight',
  'excessive-trading',
] as const;
export type BiasId = (typeof BIAS_IDS)[number];

/** A trait as the type's description states it: clearly or somewhat low or high. */
export type Trait = -2 | -1 | 1 | 2;

/** The middle of every scale, where a dimension the description does not mention sits. */
export const PROTOTYPE_CENTRE = 50;
/** Score points per step (TRAIT_STEPS): +1 puts the prototype at 50 + PROTOTYPE_STEP. */
export const PROTOTYPE_STEP = 14;

/**
 * Steps out from the middle per trait: "somewhat" one step, "clearly" 2.25 steps, so that a type
 * defined by one clear trait is not crowded by types that share it partly.
 */
export const TRAIT_STEPS = { [-2]: -2.25, [-1]: -1, 0: 0, 1: 1, 2: 2.25 } as const;
/** The prototype of a type: 50 on every dimension, moved PROTOTYPE_STEP points per trait step. */
export function prototypeOf(traits: Readonly<Partial<Record<DimensionId, Trait>>>) {
  const prototype = {} as Record<DimensionId, number>;
  for (const dimension of DIMENSION_IDS)
    prototype[dimension] = PROTOTYPE_CENTRE + PROTOTYPE_STEP * TRAIT_STEPS[traits[dimension] ?? 0];
  return prototype;
}

/**
 * The bands a type's text presumes on each dimension it names: a high trait rules out "low", a low
 * trait rules out "high". A recommendation whose reason presumes a band outside these contradicts
 * the type's description (tests/engine/recommend.test.ts walks every case).
 */
export function describedBands(trait: Trait | undefined): readonly Band[] {
  if (trait === undefined) return ['low', 'mid', 'high'];
  return trait > 0 ? ['mid', 'high'] : ['low', 'mid'];
}

/**
 * How much each dimension counts in the distance to a prototype. The shortest scales count less,
 * so that one answer on them does not decide the type: knowledge (four right-or-wrong items, steps
 * of 25 points) a fifth, decision style (three items) a little over half.
 */
export const CLASSIFY_DIMENSION_WEIGHTS = {
  riskTolerance: 1,
  lossAversion: 1,
  timeHorizon: 1,
  decisionStyle: 0.6,
  socialInfluence: 1,
  knowledge: 0.2,
} as const satisfies Record<DimensionId, number>;

/**
 * When the runner-up type is at most this many points farther (Euclidean, in score points) from
 * the scores than the nearest type, the result names both. About one answer's worth: moving one
 * answer one option moves a score by 5-8 points.
 */
export const CLOSE_RUNNER_UP_MARGIN = 4;

export const INVESTOR_TYPES = {
  'steady-guardian': {
    accentColour: '#1d5f8a',
    accentColourDark: '#7cc0ec',
    traits: { riskTolerance: -2, lossAversion: 2 },
    prototype: /* @__PURE__ */ prototypeOf({ riskTolerance: -2, lossAversion: 2 }),
    longTerm: false,
    sources: { pompian: 'preserver', bbk: 'guardian' },
    biases: ['loss-aversion', 'status-quo', 'myopic-loss-aversion'],
  },
  'careful-learner': {
    accentColour: '#8a4b08',
    accentColourDark: '#f0b26a',
    traits: { knowledge: -2, lossAversion: 1 },
    prototype: /* @__PURE__ */ prototypeOf({ knowledge: -2, lossAversion: 1 }),
    longTerm: false,
    sources: { pompian: 'preserver', bbk: null },
    biases: ['ambiguity-aversion', 'framing', 'anchoring'],
  },
  'trend-follower': {
    accentColour: '#b0306a',
    accentColourDark: '#f48fbf',
    traits: { socialInfluence: 2, decisionStyle: 1, timeHorizon: -1 },
    prototype: /* @__PURE__ */ prototypeOf({
      socialInfluence: 2,
      decisionStyle: 1,
      timeHorizon: -1,
    }),
    longTerm: false,
    sources: { pompian: 'follower', bbk: 'celebrity' },
    biases: ['herding', 'recency', 'framing'],
  },
  'independent-analyst': {
    accentColour: '#3b4ca8',
    accentColourDark: '#9fabf0',
    traits: { decisionStyle: -2, socialInfluence: -2, knowledge: 1 },
    prototype: /* @__PURE__ */ prototypeOf({
      decisionStyle: -2,
      socialInfluence: -2,
      knowledge: 1,
    }),
    longTerm: false,
    sources: { pompian: 'independent', bbk: 'individualist' },
    biases: ['confirmation', 'conservatism', 'availability'],
  },
  'bold-adventurer': {
    accentColour: '#b3261e',
    accentColourDark: '#ff9c8f',
    traits: { riskTolerance: 2, lossAversion: -1, decisionStyle: 1 },
    prototype: /* @__PURE__ */ prototypeOf({
      riskTolerance: 2,
      lossAversion: -1,
      decisionStyle: 1,
    }),
    longTerm: false,
    sources: { pompian: 'accumulator', bbk: 'adventurer' },
    biases: ['overconfidence', 'illusion-of-control', 'excessive-trading'],
  },
  'balanced-navigator': {
    accentColour: '#2e6b30',
    accentColourDark: '#8fd694',
    traits: {},
    prototype: /* @__PURE__ */ prototypeOf({}),
    longTerm: false,
    sources: { pompian: null, bbk: 'straight-arrow' },
    biases: ['status-quo', 'anchoring', 'hindsight'],
  },
  'patient-grower': {
    accentColour: '#00695c',
    accentColourDark: '#6fd3c2',
    traits: { timeHorizon: 2, lossAversion: -1 },
    prototype: /* @__PURE__ */ prototypeOf({ timeHorizon: 2, lossAversion: -1 }),
    longTerm: true,
    sources: { pompian: null, bbk: 'individualist' },
    biases: ['conservatism', 'status-quo', 'disposition-effect'],
  },
  'chart-strategist': {
    accentColour: '#6a3d9a',
    accentColourDark: '#c9a8f0',
    traits: { timeHorizon: -2, decisionStyle: -1, riskTolerance: 1 },
    prototype: /* @__PURE__ */ prototypeOf({
      timeHorizon: -2,
      decisionStyle: -1,
      riskTolerance: 1,
    }),
    longTerm: false,
    sources: { pompian: 'independent', bbk: null },
    biases: ['disposition-effect', 'overconfidence', 'hindsight'],
  },
} as const satisfies Record<InvestorTypeId, InvestorType>;
