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
import {
  NO_WATCHING_BANDS,
  NO_WATCHING_TYPES,
  RULES,
  TRADING_SUITABILITY,
  type Condition,
  type ReasonPlaceholder,
  type RuleId,
} from '@/data/rules';
import { SERVICE_IDS } from '@/data/site';
import type { Profile, ReaderFacts, Recommendation } from './contract';

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

/**
 * What a condition is checked against: the type, the band of every score and the facts the
 * reader stated (null when unknown: a friend's link, an old link).
 */
export interface RuleSubject {
  readonly typeId: InvestorTypeId;
  readonly bands: Readonly<Record<DimensionId, Band>>;
  readonly facts: ReaderFacts | null;
}

/** The bands of a profile's scores, as the result page explains them, with the reader's facts if known. */
export function subjectOf(
  profile: Pick<Profile, 'typeId' | 'scores'>,
  facts: ReaderFacts | null = null,
): RuleSubject {
  const { scores } = profile;
  const bands: Record<DimensionId, Band> = {
    riskTolerance: bandOf(scores.riskTolerance),
    lossAversion: bandOf(scores.lossAversion),
    timeHorizon: bandOf(scores.timeHorizon),
    decisionStyle: bandOf(scores.decisionStyle),
    socialInfluence: bandOf(scores.socialInfluence),
    knowledge: bandOf(scores.knowledge),
  };
  return { typeId: profile.typeId, bands, facts };
}

const tradingExperience: readonly string[] = TRADING_SUITABILITY.experience;
const tradingHorizons: readonly string[] = TRADING_SUITABILITY.goalHorizon;
const noWatching = Object.entries(NO_WATCHING_BANDS) as [DimensionId, readonly Band[]][];

/**
 * Whether a rule's pitch suits the subject, whatever its condition says: trading only to a reader
 * known to have invested who does not need the money within 3 years; watching the market never to
 * a loss-averse reader or a type whose advice is to look less often.
 */
export function pitchSuits(rule: Pick<RuleEntry, 'pitch'>, subject: RuleSubject): boolean {
  switch (rule.pitch) {
    case 'trading':
      return (
        subject.facts !== null &&
        tradingExperience.includes(subject.facts.experience) &&
        tradingHorizons.includes(subject.facts.goalHorizon)
      );
    case 'watch-market':
      return (
        !NO_WATCHING_TYPES.includes(subject.typeId) &&
        noWatching.every(([dimension, bands]) => !bands.includes(subject.bands[dimension]))
      );
    case 'read-background':
    case 'learn':
      return true;
    default: {
      const never: never = rule.pitch;
      return never;
    }
  }
}

/** The values a reason template may use: the type name and each dimension's rounded score. */
function reasonParams(profile: Profile, typeName: string): Record<ReasonPlaceholder, string> {
  const params = { typeName } as Record<ReasonPlaceholder, string>;
  for (const dimension of DIMENSION_IDS)
    params[dimension] = String(Math.round(profile.scores[dimension]));
  return params;
}

/**
 * Writes one rule's reason in the reader's language from its template (`rules.<ruleId>`) and the
 * values its placeholders may name. The app passes i18next's `t`, so `{{name}}` is filled by
 * i18next itself; the engine stays free of texts and of any i18n library.
 */
export type ReasonWriter = (
  ruleId: RuleId,
  values: Readonly<Record<ReasonPlaceholder, string>>,
) => string;

/** A condition turned into a function once, so choosing rules walks no data at run time. */
type CompiledCondition = (subject: RuleSubject) => boolean;
function compileCondition(condition: Condition): CompiledCondition {
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    return (subject) => parts.every((part) => part(subject));
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    return (subject) => parts.some((part) => part(subject));
  }
  if ('not' in condition) {
    const part = compileCondition(condition.not);
    return (subject) => !part(subject);
  }
  return (subject) => evaluateCondition(condition, subject);
}
const COMPILED = new Map<RuleEntry, CompiledCondition>(
  rules.map((rule) => [rule, compileCondition(rule.when)]),
);

/** Whether a rule condition holds for a type and a band per dimension. */
function evaluateCondition(condition: Condition, subject: RuleSubject): boolean {
  if ('all' in condition) return condition.all.every((part) => evaluateCondition(part, subject));
  if ('any' in condition) return condition.any.some((part) => evaluateCondition(part, subject));
  if ('not' in condition) return !evaluateCondition(condition.not, subject);
  if ('typeIn' in condition) return condition.typeIn.includes(subject.typeId);
  if ('experience' in condition)
    return subject.facts !== null && condition.experience.includes(subject.facts.experience);
  if ('goalHorizon' in condition)
    return subject.facts !== null && condition.goalHorizon.includes(subject.facts.goalHorizon);
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
    if (!pitchSuits(rule, subject) || COMPILED.get(rule)?.(subject) !== true) continue;
    chosen.add(rule.serviceId);
    picked.push(rule);
    if (chosen.size === SERVICE_IDS.length) break;
  }
  return picked;
}

/**
 * Ordered services for a profile, each with its rule id and the rule's reason, which
 * `writeReason` writes from the rule's template with `typeName` and the profile's rounded scores.
 * `facts` are the reader's own (readerFactsOf their answers), or null when unknown; unknown facts
 * take the safe side (no trading pitch, no reason that presumes experience). Pure: the texts come
 * in through `writeReason`. There is always at least one recommendation (blog-default matches
 * every profile).
 */
export function recommend(
  profile: Profile,
  writeReason: ReasonWriter,
  typeName: string,
  facts: ReaderFacts | null = null,
): Recommendation[] {
  const values = reasonParams(profile, typeName);
  return chooseRules(subjectOf(profile, facts)).map((rule) => ({
    serviceId: rule.serviceId,
    ruleId: rule.id,
    priority: rule.priority,
    reason: writeReason(rule.id, values),
  }));
}
