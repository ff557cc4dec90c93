import { describe, expect, it } from 'vitest';
import { results as en } from '@/i18n/resources/en/results';
import { results as ja } from '@/i18n/resources/ja/results';

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
