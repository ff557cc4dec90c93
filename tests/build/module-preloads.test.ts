import { describe, expect, it } from 'vitest';
import { builtPages, readBuilt } from './built-site';

/** The script files a page asks for before its entry has run. */
function preloads(html: string): string[] {
  return [...html.matchAll(/<link rel="modulepreload"[^>]*href="[^"]*\/assets\/([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
}

const named = (files: readonly string[], prefix: string): string[] =>
  files.filter((file) => file.startsWith(prefix));

describe('the chunks a pre-rendered page needs to start', () => {
  it('are requested by the HTML itself, not after the entry has run', () => {
    expect(named(preloads(readBuilt('index.html')), 'texts-ja-start-')).toHaveLength(1);
    expect(named(preloads(readBuilt('quiz/index.html')), 'texts-ja-start-')).toHaveLength(1);
    expect(named(preloads(readBuilt('en/quiz/index.html')), 'texts-en-start-')).toHaveLength(1);
  });

  it('leave the later texts to the pages that show them: not the landing page or the quiz', () => {
    for (const path of ['index.html', 'quiz/index.html', 'en/index.html', 'en/quiz/index.html'])
      expect(named(preloads(readBuilt(path)), 'texts-').join()).not.toContain('-later-');
  });

  it('include a result page’s own code and its later texts, in the page’s language', () => {
    const files = preloads(readBuilt('en/r/steady-guardian/index.html'));
    expect(named(files, 'texts-en-start-')).toHaveLength(1);
    expect(named(files, 'texts-en-later-')).toHaveLength(1);
    expect(named(files, 'result-page-')).toHaveLength(1);
  });

  it.each(builtPages().map((page) => [page.path, page.html] as const))(
    '%s: never the other language’s texts, the chart or the embed bridge, each file once',
    (_, html) => {
      const files = preloads(html);
      const language = /<html lang="(\w+)"/.exec(html)?.[1];
      const other = language === 'ja' ? 'en' : 'ja';
      expect(named(files, `texts-${other}-`)).toEqual([]);
      expect(named(files, 'radar-chart-')).toEqual([]);
      expect(named(files, 'embed-bridge-')).toEqual([]);
      expect(new Set(files).size).toBe(files.length);
    },
  );
});
