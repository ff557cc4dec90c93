/**
 * Recommendation rules as declarative, JSON-serialisable data. For each service the engine picks
 * the highest-priority matching rule (ties: the earlier rule here); services are ordered by that
 * rule's priority. Each rule's reason template lives in src/data/text/<lang>-results.ts under
 * `rules.<ruleId>` and may use the placeholders in REASON_PLACEHOLDERS.
 *
 * Conditions read the same low / mid / high bands the result page uses to explain a score
 * (bandOf in ./dimensions), never thresholds of their own, so a reason and a bar cannot disagree.
 * Each rule declares in `presumes` the bands its reason takes for granted. The engine never lets a
 * rule speak to a type whose description rules those bands out (a short-term type is not told it
 * thinks long-term), and a test walks every type and band combination and holds both to this.
 */
import {
  DIMENSION_IDS,
  type Band,
  type DimensionId,
  type ExperienceLevel,
  type GoalHorizon,
} from './dimensions';
import type { InvestorTypeId } from './investor-types';
import type { ServiceId } from './site';

export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | { readonly dimension: DimensionId; readonly bands: readonly Band[] }
  | { readonly typeIn: readonly InvestorTypeId[] }
  /**
   * A fact the reader stated. Facts are known only in the reader's own view (answers kept on the
   * device); where they are unknown (a friend's link, an old link) the condition is false, so a
   * rule that needs a fact stays silent. Never put a fact condition under `not`.
   */
  | { readonly experience: readonly ExperienceLevel[] }
  | { readonly goalHorizon: readonly GoalHorizon[] };

/**
 * What a reason asks the reader to do, so the engine can keep pitches away from readers they do
 * not suit: `trading` (short-term trading and technical analysis), `watch-market` (follow the
 * market day by day), `read-background` (read why the market moved, now and then), `learn` (the
 * basics).
 */
export const PITCHES = ['trading', 'watch-market', 'read-background', 'learn'] as const;
export type Pitch = (typeof PITCHES)[number];

export interface Rule {
  readonly id: string;
  readonly serviceId: ServiceId;
  /** Higher wins; distinct across rules so the order never depends on array position alone. */
  readonly priority: number;
  readonly when: Condition;
  /** The bands the reason's wording takes for granted, per dimension it speaks of. */
  readonly presumes: Readonly<Partial<Record<DimensionId, readonly Band[]>>>;
  readonly pitch: Pitch;
}

/**
 * Services that pitch short-term trading (the technical-analysis newsletter). They are never
 * offered to a long-term type or to a type whose blind spot is trading too often, and every rule
 * for them has the `trading` pitch.
 */
export const SHORT_TERM_SERVICES: readonly ServiceId[] = ['newsletter'];

/**
 * Suitability of the `trading` pitch, from the facts the reader stated: only to a reader who has
 * invested and does not need the money within 3 years. Unknown facts never qualify.
 */
export const TRADING_SUITABILITY = {
  experience: ['under-1-year', '1-to-5-years', 'over-5-years'],
  goalHorizon: ['3-to-10-years', 'over-10-years'],
} as const satisfies {
  readonly experience: readonly ExperienceLevel[];
  readonly goalHorizon: readonly GoalHorizon[];
};

/**
 * Bands in which a reader is never pitched `watch-market`: a loss-averse reader is better off
 * looking less often (myopic loss aversion), which is what the page's own advice tells them.
 */
export const NO_WATCHING_BANDS = {
  lossAversion: ['high'],
} as const satisfies Readonly<Partial<Record<DimensionId, readonly Band[]>>>;

/** Placeholders a reason template may use: the type's name and any dimension's rounded score. */
export const REASON_PLACEHOLDERS = ['typeName', ...DIMENSION_IDS] as const;
export type ReasonPlaceholder = (typeof REASON_PLACEHOLDERS)[number];

/**
 * Types whose own advice on the page tells them to look at prices less often (the steady guardian:
 * once a month), so no reason may pitch them watching the market day by day.
 */
export const NO_WATCHING_TYPES: readonly InvestorTypeId[] = ['steady-guardian'];

/** Types a short-term trading pitch suits: neither long-term nor prone to trading too often. */
const SHORT_TERM_SUITED = {
  typeIn: ['chart-strategist', 'independent-analyst', 'balanced-navigator'],
} as const satisfies Condition;

export const RULES = [
  {
    id: 'beginner-line',
    serviceId: 'line',
    priority: 95,
    // The reason speaks of experience yet to come: only for readers who said they have little.
    when: {
      all: [{ dimension: 'knowledge', bands: ['low'] }, { experience: ['none', 'under-1-year'] }],
    },
    presumes: { knowledge: ['low'] },
    pitch: 'learn',
  },
  {
    id: 'analytical-newsletter',
    serviceId: 'newsletter',
    priority: 90,
    when: {
      all: [
        SHORT_TERM_SUITED,
        { dimension: 'decisionStyle', bands: ['low'] },
        { dimension: 'knowledge', bands: ['high'] },
        { dimension: 'timeHorizon', bands: ['low', 'mid'] },
      ],
    },
    presumes: { decisionStyle: ['low'], knowledge: ['high'], timeHorizon: ['low', 'mid'] },
    pitch: 'trading',
  },
  {
    id: 'loss-averse-line',
    serviceId: 'line',
    priority: 85,
    when: { dimension: 'lossAversion', bands: ['high'] },
    presumes: { lossAversion: ['high'] },
    pitch: 'read-background',
  },
  {
    id: 'social-line',
    serviceId: 'line',
    priority: 80,
    when: { dimension: 'socialInfluence', bands: ['high'] },
    presumes: { socialInfluence: ['high'] },
    pitch: 'read-background',
  },
  {
    id: 'follower-blog',
    serviceId: 'blog',
    priority: 75,
    when: {
      all: [{ typeIn: ['trend-follower'] }, { dimension: 'knowledge', bands: ['low', 'mid'] }],
    },
    presumes: { knowledge: ['low', 'mid'] },
    pitch: 'read-background',
  },
  {
    id: 'short-horizon-newsletter',
    serviceId: 'newsletter',
    priority: 70,
    when: { all: [SHORT_TERM_SUITED, { dimension: 'timeHorizon', bands: ['low'] }] },
    presumes: { timeHorizon: ['low'] },
    pitch: 'trading',
  },
  {
    id: 'long-term-blog',
    serviceId: 'blog',
    priority: 65,
    when: { dimension: 'timeHorizon', bands: ['high'] },
    presumes: { timeHorizon: ['high'] },
    pitch: 'read-background',
  },
  {
    id: 'intuitive-newsletter',
    serviceId: 'newsletter',
    priority: 60,
    when: {
      all: [
        SHORT_TERM_SUITED,
        { dimension: 'decisionStyle', bands: ['high'] },
        { dimension: 'timeHorizon', bands: ['low', 'mid'] },
      ],
    },
    presumes: { decisionStyle: ['high'], timeHorizon: ['low', 'mid'] },
    pitch: 'trading',
  },
  {
    id: 'balanced-blog',
    serviceId: 'blog',
    priority: 40,
    when: { typeIn: ['balanced-navigator', 'steady-guardian', 'careful-learner'] },
    presumes: {},
    pitch: 'read-background',
  },
  {
    id: 'line-default',
    serviceId: 'line',
    priority: 20,
    when: { all: [] },
    presumes: {},
    pitch: 'watch-market',
  },
  {
    id: 'blog-default',
    serviceId: 'blog',
    priority: 10,
    when: { all: [] },
    presumes: {},
    pitch: 'read-background',
  },
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]['id'];
export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);
