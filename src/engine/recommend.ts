/**
 * Recommendation: which services suit a profile, why, and in what order.
 */
import { bandOf, DIMENSION_IDS, type Band, type DimensionId } from '@/data/dimensions';
import {
  describedBands,
  INVESTOR_TYPE_IDS,
  INVESTOR_TYPES,
  type InvestorTypeId,
} from '@/data/investor-types';
import { RULES, type Condition, type ReasonPlaceholder, type RuleId } from '@/data/rules';
import { SERVICE_IDS } from '@/data/site';
import type { Profile, Recommendation } from './contract';

type RuleEntry = (typeof RULES)[number];
const rules: readonly RuleEntry[] = RULES;
/** Rules in the order they are tried: highest priority first, ties by position in RULES. */
const RULE_ORDER: readonly RuleEntry[] = rules
  .map((rule, index) => ({ rule, index }))
  .sort((a, b) => b.rule.priority - a.rule.priority || a.index - b.index)
  .map(({ rule }) => rule);

/**
 * Per type, the rules whose presumed bands its description allows: a rule presuming "high" on a
 * dimension the type's text calls low never speaks to that type.
 */
const RULES_FOR_TYPE: ReadonlyMap<InvestorTypeId, ReadonlySet<RuleEntry>> = new Map(
  INVESTOR_TYPE_IDS.map((typeId) => {
    const traits: Readonly<Partial<Record<DimensionId, -2 | -1 | 1 | 2>>> =
      INVESTOR_TYPES[typeId].traits;
    const allowed = rules.filter((rule) =>
      (Object.entries(rule.presumes) as [DimensionId, readonly Band[]][]).every(([d, bands]) =>
        bands.some((band) => describedBands(traits[d]).includes(band)),
      ),
    );
    return [typeId, new Set(allowed)];
  }),
);

/** What a condition is checked against: the type and the band of every score. */
export interface RuleSubject {
  readonly typeId: InvestorTypeId;
  readonly bands: Readonly<Record<DimensionId, Band>>;
}

/** The bands of a profile's scores, as the result page explains them. */
export function subjectOf(profile: Pick<Profile, 'typeId' | 'scores'>): RuleSubject {
  const bands = {} as Record<DimensionId, Band>;
  for (const dimension of DIMENSION_IDS) bands[dimension] = bandOf(profile.scores[dimension]);
  return { typeId: profile.typeId, bands };
}

/** The values a reason template may use: the type name and each dimension's rounded score. */
function reasonParams(profile: Profile, typeName: string): Record<ReasonPlaceholder, string> {
  const params = { typeName } as Record<ReasonPlaceholder, string>;
  for (const dimension of DIMENSION_IDS)
    params[dimension] = String(Math.round(profile.scores[dimension]));
  return params;
}

/**
 * Fills `{{name}}` placeholders (the i18next syntax, so the same templates work in both). An
 * unknown placeholder is left as written; the schema test keeps templates to known ones.
 */
export function renderReason(template: string, params: Readonly<Record<string, string>>): string {
  if (!template.includes('{{')) return template;
  return template.replace(/\{\{\s*([A-Za-z]+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? (params[name] ?? whole) : whole,
  );
}

/** Whether a rule condition holds for a type and a band per dimension. */
function evaluateCondition(condition: Condition, subject: RuleSubject): boolean {
  if ('all' in condition) return condition.all.every((part) => evaluateCondition(part, subject));
  if ('any' in condition) return condition.any.some((part) => evaluateCondition(part, subject));
  if ('not' in condition) return !evaluateCondition(condition.not, subject);
  if ('typeIn' in condition) return condition.typeIn.includes(subject.typeId);
  return condition.bands.includes(subject.bands[condition.dimension]);
}

/**
 * The rules that choose the services for a type and bands, best first: each service at most once,
 * by its highest-priority matching rule (ties: earlier in RULES).
 */
export function chooseRules(subject: RuleSubject): readonly RuleEntry[] {
  const picked: RuleEntry[] = [];
  const chosen = new Set<string>();
  const allowed = RULES_FOR_TYPE.get(subject.typeId);
  for (const rule of RULE_ORDER) {
    if (chosen.has(rule.serviceId) || allowed?.has(rule) !== true) continue;
    if (!evaluateCondition(rule.when, subject)) continue;
    chosen.add(rule.serviceId);
    picked.push(rule);
    if (chosen.size === SERVICE_IDS.length) break;
  }
  return picked;
}

/**
 * Ordered services for a profile, each with its rule id and the rule's reason rendered from
 * `reasonTemplates` (one language's `rules.<ruleId>` texts) with `typeName` and the profile's
 * scores. Pure: pass the texts in. There is always at least one recommendation (the default rules
 * match every profile).
 */
export function recommend(
  profile: Profile,
  reasonTemplates: Readonly<Record<RuleId, string>>,
  typeName: string,
): Recommendation[] {
  let params: Record<ReasonPlaceholder, string> | undefined;
  return chooseRules(subjectOf(profile)).map((rule) => {
    const template = reasonTemplates[rule.id];
    // Most templates name no score: only build the placeholders when one does.
    if (template.includes('{{')) params ??= reasonParams(profile, typeName);
    return {
      serviceId: rule.serviceId,
      ruleId: rule.id,
      priority: rule.priority,
      reason: params === undefined ? template : renderReason(template, params),
    };
  });
}
