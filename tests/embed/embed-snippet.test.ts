import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildEmbedSnippet } from '@/embed/embed-snippet';
import { mountEmbeds } from '@/embed/embed-host';

afterEach(() => {
  document.body.replaceChildren();
});

describe('the embed snippet', () => {
  it('is exactly what the docs show: the element, a fallback link and the async script', () => {
    expect(
      buildEmbedSnippet({
        siteRoot: 'https://shindan.example.jp/',
        lang: 'ja',
        theme: 'light',
        utmSource: 'blog',
        utmCampaign: 'autumn',
      }),
    ).toBe(
      [
        '<div class="toushi-shinri-test" data-lang="ja" data-utm-source="blog" data-utm-campaign="autumn" data-theme="light">',
        '  <a href="https://shindan.example.jp/?utm_source=blog&amp;utm_medium=embed&amp;utm_campaign=autumn">投資心理テストを受ける</a>',
        '</div>',
        '<script async src="https://shindan.example.jp/embed.js"></script>',
      ].join('\n'),
    );
  });

  it('becomes an iframe with the chosen options once embed.js runs on it (fuzzed)', () => {
    const choice = fc.record({
      lang: fc.constantFrom('ja' as const, 'en' as const),
      theme: fc.constantFrom('light' as const, 'dark' as const, 'auto' as const),
      utmSource: fc.option(fc.string(), { nil: undefined }),
      utmCampaign: fc.option(fc.string(), { nil: undefined }),
    });
    fc.assert(
      fc.property(choice, (options) => {
        document.body.innerHTML = buildEmbedSnippet({
          siteRoot: 'https://shindan.example.jp/shindan/',
          ...options,
        });
        // Markup in a campaign value must never turn into an element.
        expect(document.body.querySelectorAll('*')).toHaveLength(3);
        // The fallback opens the landing page in the embed's language, with no redirect.
        const fallback = new URL(document.querySelector('a')?.href ?? '');
        expect(fallback.pathname).toBe(options.lang === 'en' ? '/shindan/en/' : '/shindan/');
        expect(fallback.searchParams.has('lang')).toBe(false);
        const host = mountEmbeds({
          window,
          scriptUrl: document.querySelector('script')!.src,
          newInstanceId: () => 'tst-1',
        });
        host.stop();
        const frame = document.querySelector('iframe')!;
        const query = new URL(frame.src).searchParams;
        expect(frame.src.startsWith('https://shindan.example.jp/shindan/?')).toBe(true);
        expect(query.get('lang')).toBe(options.lang);
        expect(query.get('theme')).toBe(options.theme);
        if (options.utmSource !== undefined && /^[A-Za-z0-9._~-]{1,64}$/.test(options.utmSource)) {
          expect(query.get('utm_source')).toBe(options.utmSource);
        } else {
          expect(query.has('utm_source')).toBe(false);
        }
      }),
      // Each run builds a real (jsdom) iframe window, so fewer runs than the pure fuzzing.
      { numRuns: 40, seed: 7 },
    );
  }, 30_000);
});
