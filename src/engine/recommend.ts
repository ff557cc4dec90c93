/**
 * Recommendation: which services suit a profile, why, and in what order.
 */
import { DIMENSION_IDS } from '@/data/dimensions';
import { INVESTOR_TYPE_IDS } from '@/data/investor-types';
import { RULES, type Condition, type ReasonPlaceholder, type RuleId } from '@/data/rules';
import type { Profile, Recommendation } from './contract';
import { SERVICE_COUNT, selectRulesInto } from './model-tables';

type RuleEntry = (typeof RULES)[number];
const rules: readonly RuleEntry[] = RULES;

/** The values a reason template may use: the type name and each dimension's rounded score. */
export function reasonParams(
  profile: Profile,
  typeName: string,
): Record<ReasonPlaceholder, string> {
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
  return template.replace(/\{\{\s*([A-Za-z]+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? (params[name] ?? whole) : whole,
  );
}

/**
 * The interpreter of a rule condition, written for reading and for tests; the engine runs the
 * same conditions compiled (model-tables.ts), and a test holds the two equal.
 */
export function evaluateCondition(condition: Condition, profile: Profile): boolean {
  if ('all' in condition) return condition.all.every((part) => evaluateCondition(part, profile));
  if ('any' in condition) return condition.any.some((part) => evaluateCondition(part, profile));
  if ('not' in condition) return !evaluateCondition(condition.not, profile);
  if ('typeIn' in condition) return condition.typeIn.includes(profile.typeId);
  const value = profile.scores[condition.dimension];
  switch (condition.op) {
    case '>=':
      return value >= condition.value;
    case '<=':
      return value <= condition.value;
    case 'between':
      return value >= condition.min && value <= condition.max;
    default: {
      const unreachable: never = condition;
      return unreachable;
    }
  }
}

/** The rules that choose the services for a profile, best first; no language needed. */
export function chooseRules(profile: Profile): readonly RuleEntry[] {
  const values = DIMENSION_IDS.map((dimension) => profile.scores[dimension]);
  const typeIndex = Math.max(0, INVESTOR_TYPE_IDS.indexOf(profile.typeId));
  const chosen = new Uint16Array(SERVICE_COUNT);
  const count = selectRulesInto(values, typeIndex, chosen);
  const picked: RuleEntry[] = [];
  for (let i = 0; i < count; i++) {
    const rule = rules[chosen[i] ?? 0];
    if (rule) picked.push(rule);
  }
  return picked;
}

/**
 * Ordered services for a profile: each service at most once, chosen by its highest-priority
 * matching rule (ties: earlier in RULES), ordered by that priority. Every recommendation carries
 * its rule id and the rule's reason rendered from `reasonTemplates` (one language's
 * `rules.<ruleId>` texts) with `typeName` and the profile's scores. Pure: pass the texts in.
 * There is always at least one recommendation (the default rules match every profile).
 */
export function recommend(
  profile: Profile,
  reasonTemplates: Readonly<Record<RuleId, string>>,
  typeName: string,
): Recommendation[] {
  const params = reasonParams(profile, typeName);
  return chooseRules(profile).map((rule) => ({
    serviceId: rule.serviceId,
    ruleId: rule.id,
    priority: rule.priority,
    reason: renderReason(reasonTemplates[rule.id], params),
  }));
}
