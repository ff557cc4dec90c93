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
import { DIMENSION_IDS, type Band, type DimensionId } from './dimensions';
import type { InvestorTypeId } from './investor-types';
import type { ServiceId } from './site';

export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | { readonly dimension: DimensionId; readonly bands: readonly Band[] }
  | { readonly typeIn: readonly InvestorTypeId[] };

export interface Rule {
  readonly id: string;
  readonly serviceId: ServiceId;
  /** Higher wins; distinct across rules so the order never depends on array position alone. */
  readonly priority: number;
  readonly when: Condition;
  /** The bands the reason's wording takes for granted, per dimension it speaks of. */
  readonly presumes: Readonly<Partial<Record<DimensionId, readonly Band[]>>>;
}

/**
 * Services that pitch short-term trading (the technical-analysis newsletter). They are never
 * offered to a long-term type or to a type whose blind spot is trading too often.
 */
export const SHORT_TERM_SERVICES: readonly ServiceId[] = ['newsletter'];

/** Placeholders a reason template may use: the type's name and any dimension's rounded score. */
export const REASON_PLACEHOLDERS = ['typeName', ...DIMENSION_IDS] as const;
export type ReasonPlaceholder = (typeof REASON_PLACEHOLDERS)[number];

/** Types a short-term trading pitch suits: neither long-term nor prone to trading too often. */
const SHORT_TERM_SUITED = {
  typeIn: ['chart-strategist', 'independent-analyst', 'balanced-navigator'],
} as const satisfies Condition;

export const RULES = [
  {
    id: 'chart-strategist-newsletter',
    serviceId: 'newsletter',
    priority: 100,
    when: {
      all: [
        { typeIn: ['chart-strategist'] },
        { dimension: 'decisionStyle', bands: ['low', 'mid'] },
      ],
    },
    presumes: { decisionStyle: ['low', 'mid'] },
  },
  {
    id: 'beginner-line',
    serviceId: 'line',
    priority: 95,
    when: { dimension: 'knowledge', bands: ['low'] },
    presumes: { knowledge: ['low'] },
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
  },
  {
    id: 'loss-averse-line',
    serviceId: 'line',
    priority: 85,
    when: { dimension: 'lossAversion', bands: ['high'] },
    presumes: { lossAversion: ['high'] },
  },
  {
    id: 'social-line',
    serviceId: 'line',
    priority: 80,
    when: { dimension: 'socialInfluence', bands: ['high'] },
    presumes: { socialInfluence: ['high'] },
  },
  {
    id: 'follower-blog',
    serviceId: 'blog',
    priority: 75,
    when: {
      all: [{ typeIn: ['trend-follower'] }, { dimension: 'knowledge', bands: ['low', 'mid'] }],
    },
    presumes: { knowledge: ['low', 'mid'] },
  },
  {
    id: 'short-horizon-newsletter',
    serviceId: 'newsletter',
    priority: 70,
    when: { all: [SHORT_TERM_SUITED, { dimension: 'timeHorizon', bands: ['low'] }] },
    presumes: { timeHorizon: ['low'] },
  },
  {
    id: 'long-term-blog',
    serviceId: 'blog',
    priority: 65,
    when: { dimension: 'timeHorizon', bands: ['high'] },
    presumes: { timeHorizon: ['high'] },
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
  },
  {
    id: 'balanced-blog',
    serviceId: 'blog',
    priority: 40,
    when: { typeIn: ['balanced-navigator', 'steady-guardian', 'careful-learner'] },
    presumes: {},
  },
  {
    id: 'line-default',
    serviceId: 'line',
    priority: 20,
    when: { all: [] },
    presumes: {},
  },
  {
    id: 'blog-default',
    serviceId: 'blog',
    priority: 10,
    when: { all: [] },
    presumes: {},
  },
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]['id'];
export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);
