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
 * description does not speak of sits at the middle. The prototype is read off the traits by one
 * rule for every type (prototypeOf, anchored on the score bands), never fitted to answers.
 */
import {
  DIMENSION_IDS,
  SCORE_BANDS,
  SCORE_MAX,
  SCORE_MIN,
  type Band,
  type DimensionId,
} from './dimensions';

import { CURRENT_TYPE_IDS, INVESTOR_TYPE_IDS, type InvestorTypeId } from './investor-type-ids';

export { CURRENT_TYPE_IDS, INVESTOR_TYPE_IDS, type InvestorTypeId };

export interface InvestorType {
  /** Accent for light backgrounds: at least 4.5:1 against white, so it works as text and behind white text. */
  readonly accentColour: string;
  /** The same hue for the dark theme: at least 4.5:1 against the dark page and card backgrounds. */
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
export const PROTOTYPE_CENTRE = (SCORE_MIN + SCORE_MAX) / 2;

/**
 * Where a trait puts the prototype: "clearly" high or low sits halfway from the centre to the end
 * of the scale (25 or 75, inside the low or high band the page explains scores by), "somewhat"
 * halfway from the centre to the edge of that band (still mid, as describedBands allows). The
 * same for every type. Version 2 put "clearly" in the middle of the band (17.5 / 82.5); with the
 * four-scale types of version 3 that left the centre type a third of all readers, so the clear
 * position moved in to the scale's quartiles (docs/model.md gives the figures).
 */
export const TRAIT_POSITIONS = {
  [-2]: (SCORE_MIN + PROTOTYPE_CENTRE) / 2,
  [-1]: (SCORE_BANDS.midMin + PROTOTYPE_CENTRE) / 2,
  0: PROTOTYPE_CENTRE,
  1: (PROTOTYPE_CENTRE + SCORE_BANDS.highMin) / 2,
  2: (PROTOTYPE_CENTRE + SCORE_MAX) / 2,
} as const;

/** The prototype of a type: the middle on every dimension, moved to TRAIT_POSITIONS per trait. */
export function prototypeOf(traits: Readonly<Partial<Record<DimensionId, Trait>>>) {
  const prototype = {} as Record<DimensionId, number>;
  for (const dimension of DIMENSION_IDS)
    prototype[dimension] = TRAIT_POSITIONS[traits[dimension] ?? 0];
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
 * Score points that one step of weight (one option further along an item) moves each dimension:
 * the 0-100 range over the dimension's reachable raw range (the sum, over its questions, of each
 * question's largest minus smallest weight). A schema test derives them from the questions.
 */
export const ANSWER_STEP_POINTS = {
  riskTolerance: SCORE_MAX / 34,
  lossAversion: SCORE_MAX / 37,
  timeHorizon: SCORE_MAX / 14,
  decisionStyle: SCORE_MAX / 34,
  socialInfluence: SCORE_MAX / 39,
  knowledge: SCORE_MAX / 4,
} as const satisfies Record<DimensionId, number>;

/**
 * The dimensions the type is read from: Bailard, Biehl & Kaiser's two axes, each measured by two
 * scales of many items (confident-anxious: risk tolerance and loss aversion; careful-impetuous:
 * decision style and social influence). A type has to come back when the reader answers again,
 * and only these long scales are steady enough for that. The holding scale and knowledge are
 * facets: shown as scores and read by the recommendation rules, never deciding the type.
 */
export const TYPE_DIMENSIONS = [
  'riskTolerance',
  'lossAversion',
  'decisionStyle',
  'socialInfluence',
] as const satisfies readonly DimensionId[];
const typeDimensions: readonly DimensionId[] = TYPE_DIMENSIONS;

/**
 * The most one step of weight may move a reader in the distance to a prototype: a "somewhat"
 * trait's offset from the centre, so that no single answer can make or unmake a trait alone.
 */
export const ANSWER_STEP_LIMIT = TRAIT_POSITIONS[1] - PROTOTYPE_CENTRE;

/**
 * How much each dimension counts in the distance to a prototype (squared-distance weight). A
 * dimension counts fully unless one answer moves its score further than ANSWER_STEP_LIMIT; the
 * short, coarse scales (few items, or right-or-wrong items) then count just enough less that one
 * answer on them moves the distance by that limit, not more. One rule for every dimension.
 */
export const CLASSIFY_DIMENSION_WEIGHTS = {
  riskTolerance: classifyWeightOf('riskTolerance'),
  lossAversion: classifyWeightOf('lossAversion'),
  timeHorizon: classifyWeightOf('timeHorizon'),
  decisionStyle: classifyWeightOf('decisionStyle'),
  socialInfluence: classifyWeightOf('socialInfluence'),
  knowledge: classifyWeightOf('knowledge'),
} as const satisfies Record<DimensionId, number>;

function classifyWeightOf(dimension: DimensionId): number {
  if (!typeDimensions.includes(dimension)) return 0;
  return Math.min(1, (ANSWER_STEP_LIMIT / ANSWER_STEP_POINTS[dimension]) ** 2);
}

/**
 * When the runner-up type is at most this many points farther (Euclidean, in score points) from
 * the scores than the nearest type, the result names both. Under one answer's worth (one answer
 * moves the distance by up to ANSWER_STEP_LIMIT), so both are named only where one answer could tip it.
 */
export const CLOSE_RUNNER_UP_MARGIN = 25;

export const INVESTOR_TYPES = {
  'steady-guardian': {
    accentColour: '#1d5f8a',
    accentColourDark: '#7cc0ec',
    traits: { riskTolerance: -2, lossAversion: 2, decisionStyle: -1, socialInfluence: -1 },
    prototype: /* @__PURE__ */ prototypeOf({
      riskTolerance: -2,
      lossAversion: 2,
      decisionStyle: -1,
      socialInfluence: -1,
    }),
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
    traits: { riskTolerance: -2, lossAversion: 2, decisionStyle: 1, socialInfluence: 1 },
    prototype: /* @__PURE__ */ prototypeOf({
      riskTolerance: -2,
      lossAversion: 2,
      decisionStyle: 1,
      socialInfluence: 1,
    }),
    longTerm: false,
    sources: { pompian: 'follower', bbk: 'celebrity' },
    biases: ['herding', 'recency', 'framing'],
  },
  'independent-analyst': {
    accentColour: '#3b4ca8',
    accentColourDark: '#9fabf0',
    traits: { riskTolerance: 1, lossAversion: -1, decisionStyle: -2, socialInfluence: -2 },
    prototype: /* @__PURE__ */ prototypeOf({
      riskTolerance: 1,
      lossAversion: -1,
      decisionStyle: -2,
      socialInfluence: -2,
    }),
    longTerm: false,
    sources: { pompian: 'independent', bbk: 'individualist' },
    biases: ['confirmation', 'conservatism', 'availability'],
  },
  'bold-adventurer': {
    accentColour: '#b3261e',
    accentColourDark: '#ff9c8f',
    traits: { riskTolerance: 2, lossAversion: -2, decisionStyle: 2, socialInfluence: 1 },
    prototype: /* @__PURE__ */ prototypeOf({
      riskTolerance: 2,
      lossAversion: -2,
      decisionStyle: 2,
      socialInfluence: 1,
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
