import { describe, expect, it } from 'vitest';
import { builtPages } from './built-site';

const PHRASE_BREAK = '\u200b';

/** The texts of a page that leave it: what a tab, a search result or a link preview shows. */
function headTexts(html: string): string[] {
  const title = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((match) => match[1] ?? '');
  const metas = [...html.matchAll(/<meta [^>]*content="([^"]*)"/g)].map((match) => match[1] ?? '');
  return [...title, ...metas];
}

describe('the phrase breaks of the Japanese texts', () => {
  it.each(builtPages().map((page) => [page.path, page.html] as const))(
    'stay out of the title and meta tags of %s',
    (_, html) => {
      const texts = headTexts(html);
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) expect(text).not.toContain(PHRASE_BREAK);
    },
  );

  it('are in the Japanese page body, where they let lines break between phrases', () => {
    const landing = builtPages().find((page) => page.path === 'index.html');
    expect(landing?.html.split('<body')[1]).toContain(PHRASE_BREAK);
  });
});
