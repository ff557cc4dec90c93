/**
 * Recommendation rules as declarative, JSON-serialisable data. For each service the engine picks
 * the highest-priority matching rule (ties: the earlier rule here); services are ordered by that
 * rule's priority. Each rule's reason template lives in src/data/text/<lang>-results.ts under
 * `rules.<ruleId>` and may use the placeholders in REASON_PLACEHOLDERS.
 */
import { DIMENSION_IDS, SCORE_BANDS, type DimensionId } from './dimensions';
import type { InvestorTypeId } from './investor-types';
import type { ServiceId } from './site';

export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | { readonly dimension: DimensionId; readonly op: '>=' | '<='; readonly value: number }
  | {
      readonly dimension: DimensionId;
      readonly op: 'between';
      /** Inclusive. */
      readonly min: number;
      /** Inclusive. */
      readonly max: number;
    }
  | { readonly typeIn: readonly InvestorTypeId[] };

export interface Rule {
  readonly id: string;
  readonly serviceId: ServiceId;
  /** Higher wins; distinct across rules so the order never depends on array position alone. */
  readonly priority: number;
  readonly when: Condition;
}

/** Placeholders a reason template may use: the type's name and any dimension's rounded score. */
export const REASON_PLACEHOLDERS = ['typeName', ...DIMENSION_IDS] as const;
export type ReasonPlaceholder = (typeof REASON_PLACEHOLDERS)[number];

const HIGH = SCORE_BANDS.highMin;
const LOW_BELOW = SCORE_BANDS.midMin;
/** The upper bound of the low band as an inclusive `<=` threshold on integer scores. */
const LOW_MAX = LOW_BELOW - 1;

export const RULES = [
  {
    id: 'chart-strategist-newsletter',
    serviceId: 'newsletter',
    priority: 100,
    when: { typeIn: ['chart-strategist'] },
  },
  {
    id: 'beginner-line',
    serviceId: 'line',
    priority: 95,
    when: { dimension: 'knowledge', op: '<=', value: LOW_MAX },
  },
  {
    id: 'analytical-newsletter',
    serviceId: 'newsletter',
    priority: 90,
    when: {
      all: [
        { dimension: 'decisionStyle', op: '<=', value: 40 },
        { dimension: 'knowledge', op: '>=', value: 50 },
      ],
    },
  },
  {
    id: 'loss-averse-line',
    serviceId: 'line',
    priority: 85,
    when: { dimension: 'lossAversion', op: '>=', value: HIGH },
  },
  {
    id: 'social-line',
    serviceId: 'line',
    priority: 80,
    when: {
      any: [{ dimension: 'socialInfluence', op: '>=', value: 60 }, { typeIn: ['trend-follower'] }],
    },
  },
  {
    id: 'follower-blog',
    serviceId: 'blog',
    priority: 75,
    when: {
      all: [
        { typeIn: ['trend-follower', 'bold-adventurer'] },
        { not: { dimension: 'knowledge', op: '>=', value: HIGH } },
      ],
    },
  },
  {
    id: 'short-horizon-newsletter',
    serviceId: 'newsletter',
    priority: 70,
    when: { dimension: 'timeHorizon', op: '<=', value: LOW_MAX },
  },
  {
    id: 'long-term-blog',
    serviceId: 'blog',
    priority: 65,
    when: { dimension: 'timeHorizon', op: '>=', value: HIGH },
  },
  {
    id: 'intuitive-newsletter',
    serviceId: 'newsletter',
    priority: 60,
    when: {
      all: [
        { dimension: 'decisionStyle', op: '>=', value: 60 },
        { dimension: 'riskTolerance', op: 'between', min: 50, max: 100 },
      ],
    },
  },
  {
    id: 'balanced-blog',
    serviceId: 'blog',
    priority: 40,
    when: { typeIn: ['balanced-navigator', 'steady-guardian', 'careful-learner'] },
  },
  {
    id: 'line-default',
    serviceId: 'line',
    priority: 20,
    when: { all: [] },
  },
  {
    id: 'blog-default',
    serviceId: 'blog',
    priority: 10,
    when: { all: [] },
  },
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]['id'];
export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);
