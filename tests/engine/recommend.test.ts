import { BANDS, DIMENSION_IDS, type Band, type DimensionId } from '@/data/dimensions';
import {
  INVESTOR_TYPE_IDS,
  INVESTOR_TYPES,
  describedBands,
  type InvestorTypeId,
} from '@/data/investor-types';
import { RULES, SHORT_TERM_SERVICES } from '@/data/rules';
import { modelText as ja } from '@/data/text/ja';
import type { Profile } from '@/engine/contract';
import { chooseRules, recommend, renderReason, subjectOf } from '@/engine/recommend';

/** Every combination of a band per dimension (3^6). */
function allBandCombinations(): Record<DimensionId, Band>[] {
  let combos: Record<string, Band>[] = [{}];
  for (const dimension of DIMENSION_IDS)
    combos = combos.flatMap((combo) => BANDS.map((band) => ({ ...combo, [dimension]: band })));
  return combos as Record<DimensionId, Band>[];
}
const COMBINATIONS = allBandCombinations();

function profileOf(typeId: InvestorTypeId, scores: Profile['scores']): Profile {
  return { modelVersion: 2, typeId, scores, literacyCorrect: 2, experience: 'none' };
}

describe('recommend', () => {
  it('never fires a rule whose reason presumes a band the page does not show, for any type and band combination', () => {
    const fired = new Set<string>();
    for (const typeId of INVESTOR_TYPE_IDS) {
      for (const bands of COMBINATIONS) {
        for (const rule of chooseRules({ typeId, bands })) {
          fired.add(rule.id);
          const presumes: Partial<Record<DimensionId, readonly Band[]>> = rule.presumes;
          for (const [dimension, presumed] of Object.entries(presumes) as [DimensionId, Band[]][]) {
            expect(presumed, `${rule.id} for ${typeId}`).toContain(bands[dimension]);
          }
        }
      }
    }
    // Every rule reaches some reader, so the walk above has checked each one.
    expect([...fired].sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  it("never fires a rule whose reason contradicts the type's own description", () => {
    for (const typeId of INVESTOR_TYPE_IDS) {
      const traits: Partial<Record<DimensionId, -2 | -1 | 1 | 2>> = INVESTOR_TYPES[typeId].traits;
      for (const bands of COMBINATIONS) {
        for (const rule of chooseRules({ typeId, bands })) {
          const presumes: Partial<Record<DimensionId, readonly Band[]>> = rule.presumes;
          for (const [dimension, presumed] of Object.entries(presumes) as [DimensionId, Band[]][]) {
            const described = describedBands(traits[dimension]);
            expect(
              presumed.some((band) => described.includes(band)),
              `${rule.id} for ${typeId} on ${dimension}`,
            ).toBe(true);
          }
        }
      }
    }
  });

  it('never pitches short-term trading to a long-term type or one prone to trading too often', () => {
    for (const typeId of INVESTOR_TYPE_IDS) {
      const type = INVESTOR_TYPES[typeId];
      const biases: readonly string[] = type.biases;
      if (!type.longTerm && !biases.includes('excessive-trading')) continue;
      for (const bands of COMBINATIONS) {
        for (const rule of chooseRules({ typeId, bands }))
          expect(SHORT_TERM_SERVICES, `${rule.id} for ${typeId}`).not.toContain(rule.serviceId);
      }
    }
  });

  it.each(INVESTOR_TYPE_IDS)(
    'recommends the prototype of %s at least one service, each once, best first',
    (typeId) => {
      const profile = profileOf(typeId, INVESTOR_TYPES[typeId].prototype);
      const list = recommend(profile, ja.rules, ja.types[typeId].name);
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
    const reason = recommend(profile, templates, '').find((r) => r.ruleId === 'loss-averse-line');
    expect(reason?.reason).toContain('82');
  });

  it('offers no individual consultation in any reason', () => {
    for (const text of Object.values(ja.rules)) expect(text).not.toMatch(/相談できる|質問できる/);
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
