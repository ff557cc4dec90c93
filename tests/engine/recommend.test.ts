import {
  BANDS,
  DIMENSION_IDS,
  EXPERIENCE_LEVELS,
  GOAL_HORIZONS,
  type Band,
  type DimensionId,
} from '@/data/dimensions';
import {
  INVESTOR_TYPE_IDS,
  INVESTOR_TYPES,
  describedBands,
  type InvestorTypeId,
} from '@/data/investor-types';
import { NO_WATCHING_TYPES, RULES, SHORT_TERM_SERVICES } from '@/data/rules';
import { modelText as ja } from '@/data/text/ja';
import { reasonWriterOf } from '../../scripts/lab/lib/reason-writer';
import type { Profile, ReaderFacts } from '@/engine/contract';
import { chooseRules, recommend, subjectOf, type RuleSubject } from '@/engine/recommend';

/** Every combination of a band per dimension (3^6). */
function allBandCombinations(): Record<DimensionId, Band>[] {
  let combos: Record<string, Band>[] = [{}];
  for (const dimension of DIMENSION_IDS)
    combos = combos.flatMap((combo) => BANDS.map((band) => ({ ...combo, [dimension]: band })));
  return combos as Record<DimensionId, Band>[];
}
const COMBINATIONS = allBandCombinations();
/** Unknown facts (a friend's or an old link) and every combination a reader can state. */
const FACTS: readonly (ReaderFacts | null)[] = [
  null,
  ...EXPERIENCE_LEVELS.flatMap((experience) =>
    GOAL_HORIZONS.map((goalHorizon) => ({ experience, goalHorizon })),
  ),
];

/** Every type, every band combination and every state of the facts, with the rules chosen. */
function* everySubject(): Generator<{
  subject: RuleSubject;
  rules: ReturnType<typeof chooseRules>;
}> {
  for (const typeId of INVESTOR_TYPE_IDS)
    for (const bands of COMBINATIONS)
      for (const facts of FACTS) {
        const subject = { typeId, bands, facts };
        yield { subject, rules: chooseRules(subject) };
      }
}
const WALK = [...everySubject()];
const label = ({ typeId, bands, facts }: RuleSubject) =>
  `${typeId} ${JSON.stringify(bands)} ${JSON.stringify(facts)}`;

function profileOf(typeId: InvestorTypeId, scores: Profile['scores']): Profile {
  return { modelVersion: 3, typeId, scores, literacyCorrect: 2 };
}

describe('recommend', () => {
  it('never fires a rule whose reason presumes a band the page does not show, for any type, bands and facts', () => {
    const fired = new Set<string>();
    const problems: string[] = [];
    for (const { subject, rules } of WALK) {
      for (const rule of rules) {
        fired.add(rule.id);
        const presumes: Partial<Record<DimensionId, readonly Band[]>> = rule.presumes;
        for (const [dimension, presumed] of Object.entries(presumes) as [DimensionId, Band[]][])
          if (!presumed.includes(subject.bands[dimension]))
            problems.push(`${rule.id} for ${label(subject)}`);
      }
    }
    expect(problems).toEqual([]);
    // Every rule reaches some reader, so the walk above has checked each one.
    expect([...fired].sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it("never fires a rule whose reason contradicts the type's own description", () => {
    const problems: string[] = [];
    for (const { subject, rules } of WALK) {
      const traits: Partial<Record<DimensionId, -2 | -1 | 1 | 2>> =
        INVESTOR_TYPES[subject.typeId].traits;
      for (const rule of rules) {
        const presumes: Partial<Record<DimensionId, readonly Band[]>> = rule.presumes;
        for (const [dimension, presumed] of Object.entries(presumes) as [DimensionId, Band[]][]) {
          const described = describedBands(traits[dimension]);
          if (!presumed.some((band) => described.includes(band)))
            problems.push(`${rule.id} for ${subject.typeId} on ${dimension}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('never pitches short-term trading to a long-term type or one prone to trading too often', () => {
    const problems: string[] = [];
    for (const { subject, rules } of WALK) {
      const type = INVESTOR_TYPES[subject.typeId];
      const biases: readonly string[] = type.biases;
      if (!type.longTerm && !biases.includes('excessive-trading')) continue;
      for (const rule of rules)
        if (SHORT_TERM_SERVICES.includes(rule.serviceId))
          problems.push(`${rule.id} for ${label(subject)}`);
    }
    expect(problems).toEqual([]);
  });

  it('never recommends the trading newsletter to a reader who needs the money within 3 years, has never invested, or whose facts are unknown', () => {
    let offered = 0;
    const problems: string[] = [];
    for (const { subject, rules } of WALK) {
      const trading = rules.filter(
        (rule) => rule.pitch === 'trading' || SHORT_TERM_SERVICES.includes(rule.serviceId),
      );
      const { facts } = subject;
      const unsuitable =
        facts === null ||
        facts.experience === 'none' ||
        facts.goalHorizon === 'within-1-year' ||
        facts.goalHorizon === '1-to-3-years';
      if (unsuitable && trading.length > 0) problems.push(label(subject));
      if (!unsuitable) offered += trading.length;
    }
    expect(problems).toEqual([]);
    // The guard is not vacuous: readers it allows are still offered the newsletter.
    expect(offered).toBeGreaterThan(0);
  });

  it('never pitches watching the market to a loss-averse reader or a type whose advice is to look less often', () => {
    const problems: string[] = [];
    for (const { subject, rules } of WALK) {
      if (subject.bands.lossAversion !== 'high' && !NO_WATCHING_TYPES.includes(subject.typeId))
        continue;
      for (const rule of rules)
        if (rule.pitch === 'watch-market') problems.push(`${rule.id} for ${label(subject)}`);
    }
    expect(problems).toEqual([]);
  });

  it("keeps every reason in line with the page's own advice", () => {
    // The steady guardian is advised to check prices about once a month; loss-averse readers
    // are told to look less often. A reason that reaches them must not ask for more watching.
    const advice = ja.types['steady-guardian'].advice.join('');
    expect(advice).toMatch(/月に1回/);
    const problems: string[] = [];
    for (const { subject, rules } of WALK) {
      if (subject.bands.lossAversion !== 'high' && subject.typeId !== 'steady-guardian') continue;
      for (const rule of rules)
        if (/習慣|毎日|慌てずに済みます/.test(ja.rules[rule.id]))
          problems.push(`${rule.id} for ${label(subject)}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives the reason that presumes little experience only to readers who report it', () => {
    const presumesLittle = RULES.filter((rule) => ja.rules[rule.id].includes('経験をこれから'));
    expect(presumesLittle.map((rule) => rule.id)).toEqual(['beginner-line']);
    let given = 0;
    const problems: string[] = [];
    for (const { subject, rules } of WALK) {
      if (!rules.some((rule) => rule.id === 'beginner-line')) continue;
      given++;
      const experience = subject.facts?.experience;
      if (experience !== 'none' && experience !== 'under-1-year') problems.push(label(subject));
    }
    expect(problems).toEqual([]);
    expect(given).toBeGreaterThan(0);
  });

  it.each(INVESTOR_TYPE_IDS)(
    'recommends the prototype of %s at least one service, each once, best first',
    (typeId) => {
      const profile = profileOf(typeId, INVESTOR_TYPES[typeId].prototype);
      const list = recommend(profile, reasonWriterOf(ja.rules), ja.types[typeId].name, null);
      expect(list.length).toBeGreaterThanOrEqual(1);
      expect(new Set(list.map((r) => r.serviceId)).size).toBe(list.length);
      const priorities = list.map((r) => r.priority);
      expect([...priorities].sort((a, b) => b - a)).toEqual(priorities);
      for (const item of list) expect(item.reason).not.toMatch(/\{\{/);
    },
  );

  it('reads the bands of the page: a score of 64 is mid and 65 is high for the loss-aversion rule', () => {
    const at = (lossAversion: number) =>
      chooseRules(
        subjectOf(
          profileOf('balanced-navigator', {
            riskTolerance: 50,
            lossAversion,
            timeHorizon: 50,
            decisionStyle: 50,
            socialInfluence: 50,
            knowledge: 50,
          }),
        ),
      ).map((rule) => rule.id);
    expect(at(64)).not.toContain('loss-averse-line');
    expect(at(65)).toContain('loss-averse-line');
  });

  it('fills a score that its reason template names', () => {
    const profile = profileOf('steady-guardian', {
      riskTolerance: 20,
      lossAversion: 82,
      timeHorizon: 50,
      decisionStyle: 50,
      socialInfluence: 50,
      knowledge: 50,
    });
    // The page's reasons quote no score (scores are not grades), but a template may name one.
    const templates = { ...ja.rules, 'loss-averse-line': '損失回避の傾向：{{lossAversion}}' };
    const reason = recommend(profile, reasonWriterOf(templates), '').find(
      (r) => r.ruleId === 'loss-averse-line',
    );
    expect(reason?.reason).toContain('82');
  });

  it('offers no individual consultation in any reason', () => {
    for (const text of Object.values(ja.rules)) expect(text).not.toMatch(/相談できる|質問できる/);
  });
});
