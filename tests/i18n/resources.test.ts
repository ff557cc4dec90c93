import {
  createI18n,
  laterTextsPending,
  loadLaterTexts,
  loadResources,
  loadStartTexts,
} from '@/i18n/i18n';
import { resources as en } from '@/i18n/resources/en/index';
import { resources as ja } from '@/i18n/resources/ja/index';

function keyPaths(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) =>
    keyPaths(value, prefix ? `${prefix}.${key}` : key),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!).sort();
}

describe('the app shell texts', () => {
  it.each(['common', 'quiz'] as const)(
    'has the same %s keys in Japanese and English',
    (namespace) => {
      expect(keyPaths(en[namespace]).sort()).toEqual(keyPaths(ja[namespace]).sort());
    },
  );

  it.each(['common', 'quiz'] as const)(
    'uses the same placeholders in both languages in %s',
    (namespace) => {
      const jaTexts = new Map(keyPaths(ja[namespace]).map((path) => [path, path]));
      for (const path of jaTexts.keys()) {
        const pick = (tree: unknown): string =>
          String(
            path
              .split('.')
              .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree),
          );
        expect(placeholders(pick(en[namespace])), path).toEqual(placeholders(pick(ja[namespace])));
      }
    },
  );

  it('has no empty text', () => {
    for (const tree of [ja.common, ja.quiz, en.common, en.quiz]) {
      const walk = (node: unknown): void => {
        if (typeof node === 'string') expect(node.trim()).not.toBe('');
        else if (typeof node === 'object' && node !== null) Object.values(node).forEach(walk);
      };
      walk(tree);
    }
  });
});

describe('loading languages', () => {
  it.each([
    ['ja', ja],
    ['en', en],
  ] as const)(
    'splits %s into what a first visit shows and the rest, losing nothing',
    async (language, whole) => {
      const start = await loadStartTexts(language);
      expect(Object.keys(start).sort()).toEqual(['common', 'model', 'quiz']);
      expect(Object.keys(start.model)).toEqual(['questions']);
      const later = await loadLaterTexts(language);
      expect(Object.keys(later).sort()).toEqual(['embed', 'model', 'privacy', 'results']);
      expect(await loadResources(language)).toEqual(whole);
    },
  );

  it('adds the result texts once, on request, to the language being read', async () => {
    const i18n = createI18n('ja', await loadStartTexts('ja'));
    expect(i18n.exists('results:sections.strengths')).toBe(false);
    const pending = laterTextsPending(i18n);
    expect(laterTextsPending(i18n)).toBe(pending);
    await pending;
    expect(i18n.t('model:questions.friend-view.prompt')).toBe(
      ja.model.questions['friend-view'].prompt,
    );
    expect(i18n.t('results:sections.strengths')).toBe(ja.results.sections.strengths);
    expect(laterTextsPending(i18n)).toBeUndefined();
  });
});
