import fc from 'fast-check';
import { DIMENSION_IDS } from '@/data/dimensions';
import { INVESTOR_TYPE_IDS, type InvestorTypeId } from '@/data/investor-types';
import { RULES, type Condition, type RuleId } from '@/data/rules';
import { SERVICE_IDS } from '@/data/site';
import { modelText as en } from '@/data/text/en';
import { modelText as ja } from '@/data/text/ja';
import type { DimensionScores, Profile } from '@/engine/contract';
import { chooseRules, evaluateCondition, recommend, renderReason } from '@/engine/recommend';
import { scores as s } from './support/scores';

const profile = (
  typeId: InvestorTypeId,
  scores: DimensionScores,
  literacyCorrect = 2,
): Profile => ({
  modelVersion: 1,
  typeId,
  scores,
  literacyCorrect,
});

const arbitraryProfile: fc.Arbitrary<Profile> = fc
  .record({
    typeId: fc.constantFrom(...INVESTOR_TYPE_IDS),
    values: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }),
    literacyCorrect: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ typeId, values, literacyCorrect }) =>
    profile(
      typeId,
      Object.fromEntries(DIMENSION_IDS.map((d, i) => [d, values[i]!])) as DimensionScores,
      literacyCorrect,
    ),
  );

describe('recommend', () => {
  it.each<{ reader: string; profile: Profile; expected: [string, RuleId][] }>([
    {
      reader: 'a chart strategist with average knowledge',
      profile: profile('chart-strategist', s(60, 40, 20, 30, 40, 60)),
      // The type rule (100) picks the newsletter; no line or blog rule matches beyond the defaults.
      expected: [
        ['newsletter', 'chart-strategist-newsletter'],
        ['line', 'line-default'],
        ['blog', 'blog-default'],
      ],
    },
    {
      reader: 'a careful learner who knows little',
      profile: profile('careful-learner', s(40, 70, 50, 50, 50, 10)),
      // knowledge 10 <= 34 -> beginner-line (95) beats loss-averse-line (85); no newsletter rule matches.
      expected: [
        ['line', 'beginner-line'],
        ['blog', 'balanced-blog'],
      ],
    },
    {
      reader: 'a trend follower who decides on the news',
      profile: profile('trend-follower', s(55, 50, 50, 62, 70, 40)),
      expected: [
        ['line', 'social-line'],
        ['blog', 'follower-blog'],
        ['newsletter', 'intuitive-newsletter'],
      ],
    },
    {
      reader: 'a loss-averse long-term guardian',
      profile: profile('steady-guardian', s(30, 80, 70, 45, 40, 45)),
      // long-term-blog (65) outranks balanced-blog (40) for the blog.
      expected: [
        ['line', 'loss-averse-line'],
        ['blog', 'long-term-blog'],
      ],
    },
    {
      reader: 'an analytical, knowledgeable short-term trader',
      profile: profile('independent-analyst', s(50, 40, 30, 35, 30, 70)),
      // analytical-newsletter (90) outranks short-horizon-newsletter (70).
      expected: [
        ['newsletter', 'analytical-newsletter'],
        ['line', 'line-default'],
        ['blog', 'blog-default'],
      ],
    },
  ])('recommends for $reader', ({ profile: input, expected }) => {
    const result = recommend(input, ja.rules, ja.types[input.typeId].name);
    expect(result.map((r) => [r.serviceId, r.ruleId])).toEqual(expected);
  });

  it('renders each reason with the type name and the scores it mentions', () => {
    const guardian = profile('steady-guardian', s(30, 80, 70, 45, 40, 45));
    const [line] = recommend(guardian, ja.rules, ja.types['steady-guardian'].name);
    expect(line?.reason).toContain('損失回避 80点');
    const [newsletter] = recommend(
      profile('chart-strategist', s(60, 40, 20, 30, 40, 60)),
      en.rules,
      'The Chart Strategist',
    );
    expect(newsletter?.reason).toMatch(/^As The Chart Strategist, /);
    expect(newsletter?.reason).not.toContain('{{');
  });

  it('recommends each service at most once, best first, always with a reason', () => {
    fc.assert(
      fc.property(arbitraryProfile, (input) => {
        const result = recommend(input, en.rules, en.types[input.typeId].name);
        expect(result.length).toBeGreaterThan(0);
        expect(new Set(result.map((r) => r.serviceId)).size).toBe(result.length);
        for (const [index, item] of result.entries()) {
          expect(item.reason.trim()).not.toBe('');
          expect(item.reason).not.toMatch(/\{\{/);
          if (index > 0) expect(item.priority).toBeLessThanOrEqual(result[index - 1]!.priority);
        }
      }),
    );
  });

  it('chooses for each service the highest-priority rule whose condition holds', () => {
    fc.assert(
      fc.property(arbitraryProfile, (input) => {
        const expected = SERVICE_IDS.flatMap((serviceId) => {
          const matching = RULES.filter(
            (rule) => rule.serviceId === serviceId && evaluateCondition(rule.when, input),
          );
          const best = matching.reduce<(typeof RULES)[number] | undefined>(
            (top, rule) => (top === undefined || rule.priority > top.priority ? rule : top),
            undefined,
          );
          return best ? [best] : [];
        }).sort((a, b) => b.priority - a.priority);
        expect(chooseRules(input).map((rule) => rule.id)).toEqual(expected.map((rule) => rule.id));
      }),
    );
  });
});

describe('evaluateCondition', () => {
  const reader = profile('patient-grower', s(50, 40, 80, 45, 35, 60));
  it.each<{ name: string; condition: Condition; expected: boolean }>([
    {
      name: '>= at the threshold',
      condition: { dimension: 'timeHorizon', op: '>=', value: 80 },
      expected: true,
    },
    {
      name: '>= above the score',
      condition: { dimension: 'timeHorizon', op: '>=', value: 81 },
      expected: false,
    },
    {
      name: '<= at the threshold',
      condition: { dimension: 'lossAversion', op: '<=', value: 40 },
      expected: true,
    },
    {
      name: '<= below the score',
      condition: { dimension: 'lossAversion', op: '<=', value: 39 },
      expected: false,
    },
    {
      name: 'between, inclusive low end',
      condition: { dimension: 'knowledge', op: 'between', min: 60, max: 70 },
      expected: true,
    },
    {
      name: 'between, inclusive high end',
      condition: { dimension: 'knowledge', op: 'between', min: 50, max: 60 },
      expected: true,
    },
    {
      name: 'between, outside',
      condition: { dimension: 'knowledge', op: 'between', min: 61, max: 100 },
      expected: false,
    },
    {
      name: 'typeIn with the type',
      condition: { typeIn: ['steady-guardian', 'patient-grower'] },
      expected: true,
    },
    {
      name: 'typeIn without the type',
      condition: { typeIn: ['bold-adventurer'] },
      expected: false,
    },
    { name: 'not', condition: { not: { typeIn: ['patient-grower'] } }, expected: false },
    { name: 'all of nothing', condition: { all: [] }, expected: true },
    { name: 'any of nothing', condition: { any: [] }, expected: false },
    {
      name: 'all with one false part',
      condition: {
        all: [{ typeIn: ['patient-grower'] }, { dimension: 'riskTolerance', op: '>=', value: 51 }],
      },
      expected: false,
    },
    {
      name: 'any with one true part',
      condition: {
        any: [{ typeIn: ['bold-adventurer'] }, { dimension: 'riskTolerance', op: '>=', value: 50 }],
      },
      expected: true,
    },
  ])('evaluates $name as $expected', ({ condition, expected }) => {
    expect(evaluateCondition(condition, reader)).toBe(expected);
  });
});

describe('renderReason', () => {
  it.each([
    {
      template: '{{typeName}}のあなたへ',
      params: { typeName: '堅実な守り手' },
      expected: '堅実な守り手のあなたへ',
    },
    {
      template: 'score {{ knowledge }}/100',
      params: { knowledge: '42' },
      expected: 'score 42/100',
    },
    {
      template: 'left {{unknown}} as written',
      params: {},
      expected: 'left {{unknown}} as written',
    },
    {
      template: 'no {{constructor}} from the prototype',
      params: {},
      expected: 'no {{constructor}} from the prototype',
    },
    { template: 'twice: {{a}} {{a}}', params: { a: 'x' }, expected: 'twice: x x' },
  ])('renders $template', ({ template, params, expected }) => {
    expect(renderReason(template, params)).toBe(expected);
  });
});
