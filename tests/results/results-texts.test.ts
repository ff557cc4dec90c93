import { describe, expect, it } from 'vitest';
import { results as en } from '@/i18n/resources/en/results';
import { results as ja } from '@/i18n/resources/ja/results';
import { common as jaCommon } from '@/i18n/resources/ja/common';
import { privacy as jaPrivacy } from '@/i18n/resources/ja/privacy';

/** Every leaf of a text tree as [dotted key, text]. */
function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value]]
      : leaves(value as object, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

describe('the results texts', () => {
  const jaLeaves = new Map(leaves(ja));
  const enLeaves = new Map(leaves(en));

  it('have the same keys in English as in Japanese', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...jaLeaves.keys()].sort());
  });

  it.each([...jaLeaves.keys()])(
    '%s uses the same placeholders in both languages and is never empty',
    (key) => {
      const jaText = jaLeaves.get(key) ?? '';
      const enText = enLeaves.get(key) ?? '';
      expect(jaText.trim()).not.toBe('');
      expect(enText.trim()).not.toBe('');
      expect(placeholders(enText)).toEqual(placeholders(jaText));
    },
  );
});

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('the Japanese results, footer, operator and privacy texts', () => {
  const owned = [
    ...leaves(ja),
    ...leaves(jaCommon.disclaimer, 'disclaimer.'),
    ...leaves(jaCommon.operator, 'operator.'),
    ...leaves(jaPrivacy, 'privacy.'),
  ].filter(([, text]) => JAPANESE.test(text));

  it.each(owned)('%s uses full-width ？！（） and no space after 。or 、', (_, text) => {
    expect(text).not.toMatch(/[?!()]/);
    expect(text).not.toMatch(/[。、]\s/);
  });

  it.each(owned.filter(([, text]) => /[。]$/.test(text)))(
    '%s is written in です・ます',
    (_, text) => {
      expect(text).not.toMatch(/(だ|である)。/);
    },
  );

  it('never uses testimonial wording or calls the tips advice', () => {
    const all = owned.map(([, text]) => text).join('\n');
    expect(all).not.toContain('同様の成果');
    expect(ja.sections.tips).toBe('心がけたいポイント');
    expect(all).not.toContain('アドバイス」');
  });
});
