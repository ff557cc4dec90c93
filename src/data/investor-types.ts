/**
 * The investor types. Ids are URL slugs: stable, kebab-case, never renamed (result codes of
 * each model version freeze their own order in src/engine/result-code.ts).
 *
 * Grounded in Pompian's Behavioral Investor Types (Preserver, Follower, Independent,
 * Accumulator) and the Bailard-Biehl-Kaiser five-way model (Guardian, Celebrity,
 * Individualist, Adventurer, Straight Arrow); see docs/model.md.
 *
 * `prototype` is the profile the type stands for, on the 0-100 scale of each dimension; a
 * profile belongs to the nearest prototype (src/engine/classify.ts). The prototypes are tuned
 * so that every type is reachable and none dominates (tests/engine/distribution.test.ts).
 */
import type { DimensionScores } from '@/engine/contract';
import type { DimensionId } from './dimensions';

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
  readonly prototype: DimensionScores;
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

/**
 * How much each dimension counts in the distance to a prototype. Loss aversion and risk
 * tolerance move together in most answers, so neither gets extra weight.
 */
export const CLASSIFY_DIMENSION_WEIGHTS = {
  riskTolerance: 1,
  lossAversion: 1,
  timeHorizon: 1,
  decisionStyle: 1,
  socialInfluence: 1,
  knowledge: 1,
} as const satisfies Record<DimensionId, number>;

export const INVESTOR_TYPES = {
  'steady-guardian': {
    accentColour: '#1d5f8a',
    accentColourDark: '#7cc0ec',
    prototype: {
      riskTolerance: 31,
      lossAversion: 67,
      timeHorizon: 52,
      decisionStyle: 50,
      socialInfluence: 42,
      knowledge: 42,
    },
    sources: { pompian: 'preserver', bbk: 'guardian' },
    biases: ['loss-aversion', 'status-quo', 'myopic-loss-aversion'],
  },
  'careful-learner': {
    accentColour: '#8a4b08',
    accentColourDark: '#f0b26a',
    prototype: {
      riskTolerance: 39,
      lossAversion: 55,
      timeHorizon: 52,
      decisionStyle: 52,
      socialInfluence: 49,
      knowledge: 2,
    },
    sources: { pompian: 'preserver', bbk: null },
    biases: ['ambiguity-aversion', 'framing', 'anchoring'],
  },
  'trend-follower': {
    accentColour: '#b0306a',
    accentColourDark: '#f48fbf',
    prototype: {
      riskTolerance: 47,
      lossAversion: 50,
      timeHorizon: 46,
      decisionStyle: 59,
      socialInfluence: 69,
      knowledge: 35,
    },
    sources: { pompian: 'follower', bbk: 'celebrity' },
    biases: ['herding', 'recency', 'framing'],
  },
  'independent-analyst': {
    accentColour: '#3b4ca8',
    accentColourDark: '#9fabf0',
    prototype: {
      riskTolerance: 47,
      lossAversion: 45,
      timeHorizon: 52,
      decisionStyle: 32,
      socialInfluence: 29,
      knowledge: 54,
    },
    sources: { pompian: 'independent', bbk: 'individualist' },
    biases: ['confirmation', 'conservatism', 'availability'],
  },
  'bold-adventurer': {
    accentColour: '#b3261e',
    accentColourDark: '#ff9c8f',
    prototype: {
      riskTolerance: 67,
      lossAversion: 36,
      timeHorizon: 46,
      decisionStyle: 59,
      socialInfluence: 47,
      knowledge: 42,
    },
    sources: { pompian: 'accumulator', bbk: 'adventurer' },
    biases: ['overconfidence', 'illusion-of-control', 'excessive-trading'],
  },
  'balanced-navigator': {
    accentColour: '#2e6b30',
    accentColourDark: '#8fd694',
    prototype: {
      riskTolerance: 47,
      lossAversion: 50,
      timeHorizon: 52,
      decisionStyle: 50,
      socialInfluence: 47,
      knowledge: 40,
    },
    sources: { pompian: null, bbk: 'straight-arrow' },
    biases: ['status-quo', 'anchoring', 'hindsight'],
  },
  'patient-grower': {
    accentColour: '#00695c',
    accentColourDark: '#6fd3c2',
    prototype: {
      riskTolerance: 47,
      lossAversion: 45,
      timeHorizon: 74,
      decisionStyle: 45,
      socialInfluence: 42,
      knowledge: 44,
    },
    sources: { pompian: null, bbk: 'individualist' },
    biases: ['conservatism', 'status-quo', 'disposition-effect'],
  },
  'chart-strategist': {
    accentColour: '#6a3d9a',
    accentColourDark: '#c9a8f0',
    prototype: {
      riskTolerance: 56,
      lossAversion: 45,
      timeHorizon: 29,
      decisionStyle: 36,
      socialInfluence: 47,
      knowledge: 44,
    },
    sources: { pompian: 'independent', bbk: null },
    biases: ['disposition-effect', 'overconfidence', 'hindsight'],
  },
} as const satisfies Record<InvestorTypeId, InvestorType>;
