/**
 * The Japanese house style (docs/ja-style.md), checked over every Japanese text the app shows: the
 * i18n resources, the model's texts and the Japanese values in the site configuration.
 */
import { describe, expect, it } from 'vitest';
import { SITE } from '@/data/site';
import { resources } from '@/i18n/resources/ja/index';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

/** Every string under `value`, with the path of keys that leads to it. */
function strings(value: unknown, path: string, onlyUnder?: string): [string, string][] {
  if (typeof value === 'string') {
    const inScope = onlyUnder === undefined || path.endsWith(`.${onlyUnder}`);
    return inScope ? [[path, value]] : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    strings(child, `${path}.${key}`, onlyUnder),
  );
}

const TEXTS = [...strings(resources, 'ja'), ...strings(SITE, 'site', 'ja')].filter(([, text]) =>
  JAPANESE.test(text),
);

interface Rule {
  readonly name: string;
  /** What must not appear. */
  readonly pattern: RegExp;
  /** Texts the rule does not apply to. */
  readonly unless?: (text: string) => boolean;
}

/** A heading-like label: short, no sentence in it. */
const isHeading = (text: string): boolean => text.length <= 15 && !text.includes('。');

const RULES: readonly Rule[] = [
  { name: 'half-width ? ! ( ) in Japanese text (use ？！（）)', pattern: /[?!()]/ },
  { name: 'a space after 。 or 、', pattern: /[。、][ \u3000]/ },
  { name: '「癖」 in kanji (write くせ)', pattern: /癖/ },
  { name: '「クセ」 in running text (write くせ)', pattern: /クセ/, unless: isHeading },
  { name: 'the six dimensions called 傾向 (they are 側面)', pattern: /[6六]つの傾向/ },
  { name: '投資タイプ (the result is a 投資家タイプ)', pattern: /投資タイプ/ },
  // Statements the reader agrees or disagrees with speak in the reader's own plain voice; the
  // app itself never uses the written である style.
  { name: 'である-style sentence endings (write です・ます)', pattern: /(?:である|のだ)。/ },
];

describe('Japanese copy style', () => {
  it('finds the Japanese texts to check', () => {
    expect(TEXTS.length).toBeGreaterThan(200);
    expect(TEXTS.some(([path]) => path.startsWith('site.'))).toBe(true);
  });

  it.each(RULES)('has no $name', ({ pattern, unless }) => {
    const offending = TEXTS.filter(
      ([, text]) => pattern.test(text) && !(unless?.(text) ?? false),
    ).map(([path, text]) => `${path}: ${text}`);
    expect(offending).toEqual([]);
  });

  it.each([
    ['これ(例)です', 0],
    ['何タイプ?', 0],
    ['です。 次へ', 1],
    ['気をつけたい癖', 2],
    ['判断のクセが出やすい傾向です。', 3],
    ['6つの傾向', 4],
    ['私の投資タイプ', 5],
    ['損失である。', 6],
  ] as const)('catches %j', (text, ruleIndex) => {
    const rule = RULES[ruleIndex];
    expect(rule?.pattern.test(text) && !(rule.unless?.(text) ?? false)).toBe(true);
  });
});
