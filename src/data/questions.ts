/**
 * The questions, in the order the quiz shows them. Each option weights at most one dimension:
 * every item measures one thing. A dimension's score is the sum of the chosen options' weights,
 * normalised by the reachable minimum and maximum (see src/engine/scoring.ts). Texts live in
 * src/data/text/<lang>-questions.ts; each item's source and keying are in docs/model.md.
 */
import type { DimensionId } from './dimensions';

export const QUESTION_FORMATS = [
  'scenario',
  'mixed-gamble',
  'drawdown',
  'agree-scale',
  'literacy',
  'fact',
] as const;
export type QuestionFormat = (typeof QUESTION_FORMATS)[number];

/** Weights are whole or half numbers; WEIGHT_LIMIT bounds them in the schema test. */
export const WEIGHT_LIMIT = 3;
export type Weights = Readonly<Partial<Record<DimensionId, number>>>;

export interface QuestionOption {
  readonly id: string;
  readonly weights: Weights;
  /** Literacy items only: the right answer. */
  readonly correct?: true;
  /**
   * "I don't invest (yet)" or "I don't pick stocks myself": it says nothing about the scale, so it
   * weighs the midpoint of the item's range and moves the score neither way.
   */
  readonly neutral?: true;
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
 * Options of a 5-point agree item on one dimension: +1 keyed (agreeing raises the score) or -1
 * reverse-keyed (agreeing lowers it).
 */
function agreeScale(dimension: DimensionId, key: 1 | -1) {
  return AGREE_OPTION_IDS.map((id, index) => {
    // `+ 0` turns -0 into 0, so neutral weighs exactly nothing.
    const weight = key * (AGREE_LEVELS[index] ?? 0) + 0;
    return { id, weights: { [dimension]: weight } } as const;
  });
}

/** Options ordered from "accept" to "decline", weighted on loss aversion. */
const OFFER_OPTIONS = [
  { id: 'accept', weights: { lossAversion: 0 } },
  { id: 'probably-accept', weights: { lossAversion: 1 } },
  { id: 'probably-decline', weights: { lossAversion: 2 } },
  { id: 'decline', weights: { lossAversion: 3 } },
] as const;

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
    // A fact about the reader, not a score: shown on the result, never mixed into knowledge.
    id: 'experience',
    format: 'fact',
    options: [
      { id: 'none', weights: {} },
      { id: 'under-1-year', weights: {} },
      { id: '1-to-5-years', weights: {} },
      { id: 'over-5-years', weights: {} },
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
    // Prospect-theory mixed offer at realistic stakes: receive 150,000 yen or pay 100,000 yen.
    // Worded as an offer, not a bet, so declining measures loss aversion, not a dislike of gambling.
    id: 'coin-150k',
    format: 'mixed-gamble',
    options: OFFER_OPTIONS,
  },
  {
    // Grable & Lytton loss framing: money received first, then a sure loss or a gamble to avoid it.
    // Choosing the gamble counts toward risk tolerance, as in the original scale.
    id: 'sure-loss',
    format: 'scenario',
    options: [
      { id: 'accept-loss', weights: { riskTolerance: 0 } },
      { id: 'gamble', weights: { riskTolerance: 1 } },
    ],
  },
  {
    // Grable & Lytton: where to put an unexpected sum.
    id: 'windfall',
    format: 'scenario',
    options: [
      { id: 'deposit', weights: { riskTolerance: 0 } },
      { id: 'index-fund', weights: { riskTolerance: 1 } },
      { id: 'stocks', weights: { riskTolerance: 2 } },
      { id: 'concentrate', weights: { riskTolerance: 3 } },
    ],
  },
  {
    // When the money is needed is a circumstance, not a temperament: a fact like experience,
    // shown on the reader's own result and read by the suitability guards, scored on no dimension.
    id: 'goal-horizon',
    format: 'fact',
    options: [
      { id: 'within-1-year', weights: {} },
      { id: '1-to-3-years', weights: {} },
      { id: '3-to-10-years', weights: {} },
      { id: 'over-10-years', weights: {} },
    ],
  },
  {
    // Vanguard-style drawdown, asked as "if": it needs no holdings to answer.
    id: 'drawdown',
    format: 'drawdown',
    options: [
      { id: 'sell-all', weights: { lossAversion: 3 } },
      { id: 'sell-some', weights: { lossAversion: 2 } },
      { id: 'hold', weights: { lossAversion: 1 } },
      { id: 'buy-more', weights: { lossAversion: 0 } },
    ],
  },
  {
    // Where the reader looks first: three analytical sources score alike, news and a hunch alike.
    // Friends' and social media's tips are social influence, asked in its own items.
    id: 'decision-basis',
    format: 'scenario',
    options: [
      { id: 'financials', weights: { decisionStyle: 0 } },
      { id: 'charts', weights: { decisionStyle: 0 } },
      { id: 'own-rules', weights: { decisionStyle: 0 } },
      { id: 'news', weights: { decisionStyle: 2 } },
      { id: 'hunch', weights: { decisionStyle: 2 } },
      { id: 'not-picking', weights: { decisionStyle: 1 }, neutral: true },
    ],
  },
  {
    // Same offer with the win raised to 200,000 yen: accepting the worse offer and declining this
    // one is a contradiction the answer-quality check looks for.
    id: 'coin-200k',
    format: 'mixed-gamble',
    options: OFFER_OPTIONS,
  },
  {
    id: 'holding-period',
    format: 'scenario',
    options: [
      { id: 'days', weights: { timeHorizon: 0 } },
      { id: 'months', weights: { timeHorizon: 1 } },
      { id: 'years', weights: { timeHorizon: 2 } },
      { id: 'decade', weights: { timeHorizon: 3 } },
    ],
  },
  {
    id: 'hot-tip',
    format: 'scenario',
    options: [
      { id: 'buy-now', weights: { socialInfluence: 3 } },
      { id: 'buy-a-little', weights: { socialInfluence: 2 } },
      { id: 'research-first', weights: { socialInfluence: 1 } },
      { id: 'ignore', weights: { socialInfluence: 0 } },
      { id: 'not-investing', weights: { socialInfluence: 1.5 }, neutral: true },
    ],
  },
  {
    // How often prices are watched measures trading activity far more than the pain of a loss,
    // so it counts on the holding scale: watching several times a day is short-term trading.
    id: 'check-frequency',
    format: 'scenario',
    options: [
      { id: 'several-a-day', weights: { timeHorizon: 0 } },
      { id: 'daily', weights: { timeHorizon: 1 } },
      { id: 'weekly', weights: { timeHorizon: 2 } },
      { id: 'monthly-or-less', weights: { timeHorizon: 3 } },
      { id: 'not-investing', weights: { timeHorizon: 1.5 }, neutral: true },
    ],
  },
  { id: 'ag-seek-return', format: 'agree-scale', options: agreeScale('riskTolerance', 1) },
  { id: 'ag-loss-sting', format: 'agree-scale', options: agreeScale('lossAversion', 1) },
  { id: 'ag-follow-crowd', format: 'agree-scale', options: agreeScale('socialInfluence', 1) },
  { id: 'ag-rules-first', format: 'agree-scale', options: agreeScale('decisionStyle', -1) },
  { id: 'ag-long-wait', format: 'agree-scale', options: agreeScale('timeHorizon', 1) },
  { id: 'ag-loss-shrug', format: 'agree-scale', options: agreeScale('lossAversion', -1) },
  { id: 'ag-gut-feeling', format: 'agree-scale', options: agreeScale('decisionStyle', 1) },
  { id: 'ag-quick-results', format: 'agree-scale', options: agreeScale('timeHorizon', -1) },
  { id: 'ag-own-research', format: 'agree-scale', options: agreeScale('socialInfluence', -1) },
  // More items on the two axes the type is read from (confident-anxious, careful-impetuous), so a
  // reader who answers again gets the same type; each on one dimension, half of them reversed.
  { id: 'ag-sure-thing', format: 'agree-scale', options: agreeScale('riskTolerance', -1) },
  { id: 'ag-compare-first', format: 'agree-scale', options: agreeScale('decisionStyle', -1) },
  { id: 'ag-loss-dwell', format: 'agree-scale', options: agreeScale('lossAversion', 1) },
  { id: 'ag-popular-safe', format: 'agree-scale', options: agreeScale('socialInfluence', 1) },
  { id: 'ag-new-chance', format: 'agree-scale', options: agreeScale('riskTolerance', 1) },
  { id: 'ag-decide-fast', format: 'agree-scale', options: agreeScale('decisionStyle', 1) },
  { id: 'ag-dip-calm', format: 'agree-scale', options: agreeScale('lossAversion', -1) },
  { id: 'ag-famous-pick', format: 'agree-scale', options: agreeScale('socialInfluence', 1) },
  { id: 'ag-news-trigger', format: 'agree-scale', options: agreeScale('decisionStyle', 1) },
  { id: 'ag-undo-fear', format: 'agree-scale', options: agreeScale('lossAversion', 1) },
  { id: 'ag-differ-fine', format: 'agree-scale', options: agreeScale('socialInfluence', -1) },
  { id: 'ag-write-reasons', format: 'agree-scale', options: agreeScale('decisionStyle', -1) },
  { id: 'ag-ask-around', format: 'agree-scale', options: agreeScale('socialInfluence', 1) },
  { id: 'ag-bold-sum', format: 'agree-scale', options: agreeScale('riskTolerance', 1) },
  { id: 'ag-check-numbers', format: 'agree-scale', options: agreeScale('decisionStyle', -1) },
  { id: 'ag-sell-below-cost', format: 'agree-scale', options: agreeScale('lossAversion', 1) },
  { id: 'ag-missing-out', format: 'agree-scale', options: agreeScale('socialInfluence', 1) },
  { id: 'ag-avoid-swings', format: 'agree-scale', options: agreeScale('riskTolerance', -1) },
  { id: 'ag-own-pace', format: 'agree-scale', options: agreeScale('socialInfluence', -1) },
  { id: 'ag-risk-hope', format: 'agree-scale', options: agreeScale('riskTolerance', 1) },
  { id: 'ag-feel-right', format: 'agree-scale', options: agreeScale('decisionStyle', 1) },
  { id: 'ag-loss-normal', format: 'agree-scale', options: agreeScale('lossAversion', -1) },
  { id: 'ag-ranking', format: 'agree-scale', options: agreeScale('socialInfluence', 1) },
  // Lusardi & Mitchell's Big Three (and one of the Big Five below), worded as in the 2016 Japanese financial literacy survey.
  {
    id: 'lit-compound',
    format: 'literacy',
    options: [
      { id: 'more', weights: { knowledge: 1 }, correct: true },
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
      { id: 'less', weights: { knowledge: 1 }, correct: true },
      { id: 'dont-know', weights: { knowledge: 0 } },
    ],
  },
  {
    id: 'lit-diversification',
    format: 'literacy',
    options: [
      { id: 'true', weights: { knowledge: 0 } },
      { id: 'false', weights: { knowledge: 1 }, correct: true },
      { id: 'dont-know', weights: { knowledge: 0 } },
    ],
  },
  {
    // Lusardi & Mitchell's "Big Five" bond-price item: rates up, bond prices down.
    id: 'lit-bond',
    format: 'literacy',
    options: [
      { id: 'rise', weights: { knowledge: 0 } },
      { id: 'fall', weights: { knowledge: 1 }, correct: true },
      { id: 'same', weights: { knowledge: 0 } },
      { id: 'no-relation', weights: { knowledge: 0 } },
      { id: 'dont-know', weights: { knowledge: 0 } },
    ],
  },
] as const satisfies readonly Question[];

export type QuestionId = (typeof QUESTIONS)[number]['id'];
export const QUESTION_COUNT = QUESTIONS.length;

/**
 * Lusardi & Mitchell's Big Three: the right answers among these are what the result compares with
 * national surveys (population-facts.ts), so literacyCorrect counts only these (0-3).
 */
export const BIG_THREE_IDS = [
  'lit-compound',
  'lit-inflation',
  'lit-diversification',
] as const satisfies readonly QuestionId[];

/** The question whose answer is the reader's investing experience (EXPERIENCE_LEVELS, same ids). */
export const EXPERIENCE_QUESTION_ID = 'experience' satisfies QuestionId;
/** The question whose answer is when the reader needs the money (GOAL_HORIZONS, same ids). */
export const GOAL_HORIZON_QUESTION_ID = 'goal-horizon' satisfies QuestionId;

/**
 * Pairs of answers that cannot both be meant. `dominance`: the second offer is strictly better than
 * the first (same loss, larger win), so accepting the first while declining the second contradicts.
 * `opposite-keys`: two agree items on one scale keyed opposite ways; the pair contradicts when the
 * two answers place the reader at least ANSWER_QUALITY.oppositeGap steps apart on that scale.
 */
export const CONSISTENCY_CHECKS = [
  { kind: 'dominance', worse: 'coin-150k', better: 'coin-200k' },
  { kind: 'opposite-keys', keyed: 'ag-loss-sting', reversed: 'ag-loss-shrug' },
  { kind: 'opposite-keys', keyed: 'ag-long-wait', reversed: 'ag-quick-results' },
  { kind: 'opposite-keys', keyed: 'ag-gut-feeling', reversed: 'ag-rules-first' },
  { kind: 'opposite-keys', keyed: 'ag-follow-crowd', reversed: 'ag-own-research' },
] as const satisfies readonly (
  | { readonly kind: 'dominance'; readonly worse: QuestionId; readonly better: QuestionId }
  | { readonly kind: 'opposite-keys'; readonly keyed: QuestionId; readonly reversed: QuestionId }
)[];

/** Thresholds of the answer-quality flags (src/engine/answer-quality.ts). */
export const ANSWER_QUALITY = {
  /** Straight-lining: the same option position on at least this share of the items. */
  straightLineShare: 0.85,
  /** Opposite-keyed agree items this many steps apart (of 4) on their scale contradict. */
  oppositeGap: 3,
  /** Contradictory: at least this many consistency checks fail (one can be a slip). */
  contradictionsNeeded: 2,
  /** Faster than reading: a median below this many milliseconds an item. */
  fastMedianMs: 1500,
  /** Timings of at least this share of the items are needed to judge speed at all. */
  timedShareNeeded: 0.5,
} as const;
