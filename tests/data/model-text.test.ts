import { DIMENSION_IDS } from '@/data/dimensions';
import { INVESTOR_TYPE_IDS } from '@/data/investor-types';
import { POPULATION_FACTS } from '@/data/population-facts';
import { QUESTIONS } from '@/data/questions';
import { REASON_PLACEHOLDERS, RULE_IDS } from '@/data/rules';
import { modelText as en } from '@/data/text/en';
import { modelText as ja } from '@/data/text/ja';

/** Every leaf path of a text tree ("types.steady-guardian.strengths.0"), with its value. */
function leaves(tree: unknown, prefix = ''): [string, unknown][] {
  if (typeof tree !== 'object' || tree === null) return [[prefix, tree]];
  return Object.entries(tree).flatMap(([key, value]) =>
    leaves(value, prefix ? `${prefix}.${key}` : key),
  );
}
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const languages = [
  ['ja', ja],
  ['en', en],
] as const;

describe('model texts', () => {
  it('gives English exactly the Japanese key set', () => {
    expect(leaves(en).map(([path]) => path)).toEqual(leaves(ja).map(([path]) => path));
  });

  it.each(languages)('has only non-empty, trimmed strings in %s', (_language, text) => {
    for (const [path, value] of leaves(text)) {
      expect(typeof value, path).toBe('string');
      expect((value as string).trim(), path).toBe(value);
      expect(value, path).not.toBe('');
    }
  });

  it('writes Japanese in Japanese and English without Japanese characters', () => {
    for (const [path, value] of leaves(ja)) {
      if (path.startsWith('facts.') && path.endsWith('.source')) continue; // a citation may be in English
      expect(value, path).toMatch(JAPANESE);
    }
    for (const [path, value] of leaves(en)) expect(value, path).not.toMatch(JAPANESE);
  });

  it.each(languages)(
    'names every dimension, question, option, type, rule and fact in %s',
    (_language, text) => {
      expect(Object.keys(text.dimensions)).toEqual([...DIMENSION_IDS]);
      expect(Object.keys(text.questions)).toEqual(QUESTIONS.map((q) => q.id));
      for (const question of QUESTIONS) {
        const options: Record<string, string> = text.questions[question.id].options;
        expect(Object.keys(options)).toEqual(question.options.map((o) => o.id));
      }
      expect(Object.keys(text.types).sort()).toEqual([...INVESTOR_TYPE_IDS].sort());
      expect(Object.keys(text.rules).sort()).toEqual([...RULE_IDS].sort());
      expect(Object.keys(text.facts).sort()).toEqual(POPULATION_FACTS.map((f) => f.id).sort());
    },
  );

  it.each(languages)(
    'gives every type three strengths, blind spots and pieces of advice in %s',
    (_language, text) => {
      for (const id of INVESTOR_TYPE_IDS) {
        const type = text.types[id];
        expect(type.strengths).toHaveLength(3);
        expect(type.blindSpots).toHaveLength(3);
        expect(type.advice).toHaveLength(3);
        expect(new Set(type.blindSpots.map((spot) => spot.bias)).size).toBe(3);
      }
      const names = INVESTOR_TYPE_IDS.map((id) => text.types[id].name);
      expect(new Set(names).size).toBe(names.length);
    },
  );

  it.each(languages)(
    'uses only known placeholders in the %s reason templates',
    (_language, text) => {
      for (const ruleId of RULE_IDS) {
        const template: string = text.rules[ruleId];
        const used = [...template.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((match) => match[1]);
        for (const name of used) expect(REASON_PLACEHOLDERS, `${ruleId}: ${name}`).toContain(name);
        expect(template.replaceAll(/\{\{[^}]*\}\}/g, ''), ruleId).not.toMatch(/[{}]/);
      }
    },
  );

  it('uses the same placeholders in both languages for each rule', () => {
    const names = (template: string) =>
      [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const ruleId of RULE_IDS)
      expect(names(en.rules[ruleId]), ruleId).toEqual(names(ja.rules[ruleId]));
  });

  it('offers "わからない" and "Don\'t know" on every literacy question', () => {
    for (const question of QUESTIONS.filter((q) => q.format === 'literacy')) {
      const jaOptions: Record<string, string> = ja.questions[question.id].options;
      const enOptions: Record<string, string> = en.questions[question.id].options;
      expect(jaOptions['dont-know']).toBe('わからない');
      expect(enOptions['dont-know']).toBe("Don't know");
    }
  });

  it('keeps the Lusardi-Mitchell stakes: 1,000,000 yen at 2% for 5 years, 1% interest against 2% inflation', () => {
    expect(ja.questions['lit-compound'].prompt).toMatch(/100万円.*年2%.*5年後/);
    expect(ja.questions['lit-compound'].options.more).toBe('110万円より多い');
    expect(ja.questions['lit-inflation'].prompt).toMatch(/年1%.*年2%/);
    expect(ja.questions['drawdown'].prompt).toContain('20%');
  });

  it.each(languages)('promises no returns and names no security in %s', (_language, text) => {
    const forbidden =
      /必ず儲|確実に儲|絶対に儲|利益を保証|guaranteed (return|profit)|you will (make|earn)|sure to (rise|profit)/i;
    for (const [path, value] of leaves(text)) expect(value, path).not.toMatch(forbidden);
  });
});
