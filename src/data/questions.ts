/**
 * The questions, in the order the quiz shows them. Each option weights one or more dimensions;
 * a dimension's score is the sum of the chosen options' weights, normalised by the reachable
 * minimum and maximum (see src/engine/scoring.ts). Texts live in src/data/text/<lang>-questions.ts.
 */
import type { DimensionId } from './dimensions';

export const QUESTION_FORMATS = [
  'scenario',
  'mixed-gamble',
  'drawdown',
  'agree-scale',
  'literacy',
] as const;
export type QuestionFormat = (typeof QUESTION_FORMATS)[number];

/** Weights are small integers; WEIGHT_LIMIT bounds them in the schema test. */
export const WEIGHT_LIMIT = 3;
export type Weights = Readonly<Partial<Record<DimensionId, number>>>;

export interface QuestionOption {
  readonly id: string;
  readonly weights: Weights;
  /** Literacy items only: the right answer. */
  readonly correct?: true;
}

export interface Question {
  readonly id: string;
  readonly format: QuestionFormat;
  readonly options: readonly QuestionOption[];
}

/** The five points of the agree scale, from strongly disagree to strongly agree. */
export const AGREE_OPTION_IDS = [
  'strongly-disagree',
  'disagree',
  'neutral',
  'agree',
  'strongly-agree',
] as const;
const AGREE_LEVELS = [-2, -1, 0, 1, 2] as const;

/**
 * Options of a 5-point agree item. `key` says which way agreement moves each dimension:
 * +1 keyed (agreeing raises the score), -1 reverse-keyed (agreeing lowers it).
 */
function agreeScale(key: Readonly<Partial<Record<DimensionId, 1 | -1>>>) {
  return AGREE_OPTION_IDS.map((id, index) => {
    const level = AGREE_LEVELS[index] ?? 0;
    const weights: Partial<Record<DimensionId, number>> = {};
    for (const [dimension, sign] of Object.entries(key) as [DimensionId, 1 | -1][]) {
      // `+ 0` turns -0 into 0, so neutral weighs exactly nothing.
      weights[dimension] = sign * level + 0;
    }
    return { id, weights } as const;
  });
}

export const QUESTIONS = [
  {
    // Grable & Lytton: how a friend would describe you as a risk taker.
    id: 'friend-view',
    format: 'scenario',
    options: [
      { id: 'avoider', weights: { riskTolerance: 0 } },
      { id: 'cautious', weights: { riskTolerance: 1 } },
      { id: 'calculated', weights: { riskTolerance: 2 } },
      { id: 'bold', weights: { riskTolerance: 3 } },
    ],
  },
  {
    // Grable & Lytton game show: a sure amount against ever longer odds of more.
    id: 'game-show',
    format: 'scenario',
    options: [
      { id: 'sure-100k', weights: { riskTolerance: 0 } },
      { id: 'half-500k', weights: { riskTolerance: 1 } },
      { id: 'quarter-1m', weights: { riskTolerance: 2 } },
      { id: 'five-percent-10m', weights: { riskTolerance: 3 } },
    ],
  },
  {
    // Prospect theory mixed gamble at realistic stakes: lose 100,000 yen or win 150,000 yen.
    id: 'coin-150k',
    format: 'mixed-gamble',
    options: [
      { id: 'accept', weights: { lossAversion: 0, riskTolerance: 1 } },
      { id: 'probably-accept', weights: { lossAversion: 1 } },
      { id: 'probably-decline', weights: { lossAversion: 2 } },
      { id: 'decline', weights: { lossAversion: 3 } },
    ],
  },
  {
    // The same coin with the win doubled: declining even this is a strong loss-aversion sign.
    id: 'coin-200k',
    format: 'mixed-gamble',
    options: [
      { id: 'accept', weights: { lossAversion: 0 } },
      { id: 'probably-accept', weights: { lossAversion: 1 } },
      { id: 'probably-decline', weights: { lossAversion: 2 } },
      { id: 'decline', weights: { lossAversion: 3 } },
    ],
  },
  {
    // Loss framing: gambling to avoid a sure loss is the root of holding losers too long.
    id: 'sure-loss',
    format: 'scenario',
    options: [
      { id: 'accept-loss', weights: { lossAversion: 0 } },
      { id: 'gamble', weights: { lossAversion: 1 } },
    ],
  },
  {
    // Vanguard-style drawdown: holdings fall 20% in a month.
    id: 'drawdown',
    format: 'drawdown',
    options: [
      { id: 'sell-all', weights: { lossAversion: 3, riskTolerance: 0, timeHorizon: 0 } },
      { id: 'sell-some', weights: { lossAversion: 2, riskTolerance: 1, timeHorizon: 1 } },
      { id: 'hold', weights: { lossAversion: 1, riskTolerance: 2, timeHorizon: 2 } },
      { id: 'buy-more', weights: { lossAversion: 0, riskTolerance: 3, timeHorizon: 2 } },
    ],
  },
  {
    // Grable & Lytton: where to put an unexpected sum.
    id: 'windfall',
    format: 'scenario',
    options: [
      { id: 'deposit', weights: { riskTolerance: 0 } },
      { id: 'index-fund', weights: { riskTolerance: 1, timeHorizon: 1 } },
      { id: 'stocks', weights: { riskTolerance: 2 } },
      { id: 'leverage', weights: { riskTolerance: 3, timeHorizon: -1 } },
    ],
  },
  {
    id: 'goal-horizon',
    format: 'scenario',
    options: [
      { id: 'within-1-year', weights: { timeHorizon: 0 } },
      { id: '1-to-3-years', weights: { timeHorizon: 1 } },
      { id: '3-to-10-years', weights: { timeHorizon: 2 } },
      { id: 'over-10-years', weights: { timeHorizon: 3 } },
    ],
  },
  {
    id: 'holding-period',
    format: 'scenario',
    options: [
      { id: 'days', weights: { timeHorizon: 0, riskTolerance: 1 } },
      { id: 'months', weights: { timeHorizon: 1 } },
      { id: 'years', weights: { timeHorizon: 2 } },
      { id: 'decade', weights: { timeHorizon: 3 } },
    ],
  },
  {
    id: 'experience',
    format: 'scenario',
    options: [
      { id: 'none', weights: { knowledge: 0 } },
      { id: 'under-1-year', weights: { knowledge: 1 } },
      { id: '1-to-5-years', weights: { knowledge: 2 } },
      { id: 'over-5-years', weights: { knowledge: 3 } },
    ],
  },
  {
    id: 'decision-basis',
    format: 'scenario',
    options: [
      { id: 'rules-and-charts', weights: { decisionStyle: 0, socialInfluence: 0 } },
      { id: 'financials', weights: { decisionStyle: 1, socialInfluence: 0 } },
      { id: 'news', weights: { decisionStyle: 3, socialInfluence: 1 } },
      { id: 'tips', weights: { decisionStyle: 2, socialInfluence: 3 } },
    ],
  },
  {
    id: 'hot-tip',
    format: 'scenario',
    options: [
      { id: 'buy-now', weights: { socialInfluence: 3, decisionStyle: 3 } },
      { id: 'buy-a-little', weights: { socialInfluence: 2, decisionStyle: 2 } },
      { id: 'research-first', weights: { socialInfluence: 1, decisionStyle: 0 } },
      { id: 'ignore', weights: { socialInfluence: 0, decisionStyle: 1 } },
    ],
  },
  // Self-description on a 5-point agree scale; ag-own-research, ag-rules-first and
  // ag-daily-check are reverse-keyed for the dimension they measure.
  { id: 'ag-hold-losers', format: 'agree-scale', options: agreeScale({ lossAversion: 1 }) },
  { id: 'ag-loss-sting', format: 'agree-scale', options: agreeScale({ lossAversion: 1 }) },
  { id: 'ag-follow-crowd', format: 'agree-scale', options: agreeScale({ socialInfluence: 1 }) },
  { id: 'ag-sns-sources', format: 'agree-scale', options: agreeScale({ socialInfluence: 1 }) },
  {
    id: 'ag-own-research',
    format: 'agree-scale',
    options: agreeScale({ socialInfluence: -1, decisionStyle: -1 }),
  },
  { id: 'ag-rules-first', format: 'agree-scale', options: agreeScale({ decisionStyle: -1 }) },
  { id: 'ag-gut-feeling', format: 'agree-scale', options: agreeScale({ decisionStyle: 1 }) },
  { id: 'ag-daily-check', format: 'agree-scale', options: agreeScale({ timeHorizon: -1 }) },
  { id: 'ag-confident', format: 'agree-scale', options: agreeScale({ riskTolerance: 1 }) },
  // Lusardi & Mitchell's Big Three, worded as in the 2016 Japanese financial literacy survey.
  {
    id: 'lit-compound',
    format: 'literacy',
    options: [
      { id: 'more', weights: { knowledge: 2 }, correct: true },
      { id: 'exactly', weights: { knowledge: 0 } },
      { id: 'less', weights: { knowledge: 0 } },
      { id: 'dont-know', weights: { knowledge: 0 } },
    ],
  },
  {
    id: 'lit-inflation',
    format: 'literacy',
    options: [
      { id: 'more', weights: { knowledge: 0 } },
      { id: 'same', weights: { knowledge: 0 } },
      { id: 'less', weights: { knowledge: 2 }, correct: true },
      { id: 'dont-know', weights: { knowledge: 0 } },
    ],
  },
  {
    id: 'lit-diversification',
    format: 'literacy',
    options: [
      { id: 'true', weights: { knowledge: 0 } },
      { id: 'false', weights: { knowledge: 2 }, correct: true },
      { id: 'dont-know', weights: { knowledge: 0 } },
    ],
  },
] as const satisfies readonly Question[];

export type QuestionId = (typeof QUESTIONS)[number]['id'];
export const QUESTION_IDS: readonly QuestionId[] = QUESTIONS.map((question) => question.id);
export const QUESTION_COUNT = QUESTIONS.length;
