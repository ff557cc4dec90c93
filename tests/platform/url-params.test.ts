import fc from 'fast-check';
import { LANGUAGES } from '@/i18n/languages';
import { THEMES, parseUrlParams } from '@/platform/url-params';

describe('parseUrlParams', () => {
  it.each([
    ['', { embed: false, theme: 'auto' }],
    ['?lang=en', { lang: 'en', embed: false, theme: 'auto' }],
    ['?lang=EN-us', { lang: 'en', embed: false, theme: 'auto' }],
    ['?lang=ja&embed=1&theme=dark', { lang: 'ja', embed: true, theme: 'dark' }],
    ['?lang=xx', { embed: false, theme: 'auto' }],
    ['?lang=<script>', { embed: false, theme: 'auto' }],
    ['?embed=yes&theme=purple', { embed: false, theme: 'auto' }],
    ['?embed=true', { embed: false, theme: 'auto' }],
    ['?theme=light&utm_source=blog', { embed: false, theme: 'light' }],
    ['?lang=en&lang=ja', { lang: 'en', embed: false, theme: 'auto' }],
    [`?lang=en&pad=${'a'.repeat(3000)}`, { embed: false, theme: 'auto' }],
  ])('reads %j as %j', (search, expected) => {
    expect(parseUrlParams(search)).toEqual(expected);
  });

  it('ignores anything that is not a string', () => {
    expect(parseUrlParams(undefined)).toEqual({ embed: false, theme: 'auto' });
    expect(parseUrlParams({ lang: 'en' })).toEqual({ embed: false, theme: 'auto' });
  });

  it('turns any query string into valid options without throwing', () => {
    const queryPart = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'lang',
        'embed',
        'theme',
        'en',
        'ja',
        '1',
        'dark',
        '&',
        '=',
        '%',
        '%E3%81',
        '+',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(queryPart, { maxLength: 12 }),
        fc.boolean(),
        (parts, withQuestionMark) => {
          const search = (withQuestionMark ? '?' : '') + parts.join('');
          const params = parseUrlParams(search);
          expect(typeof params.embed).toBe('boolean');
          expect(THEMES).toContain(params.theme);
          if (params.lang !== undefined) expect(LANGUAGES).toContain(params.lang);
          expect(Object.keys(params).every((key) => ['lang', 'embed', 'theme'].includes(key))).toBe(
            true,
          );
        },
      ),
      { numRuns: 10_000, seed: 20_240_611 },
    );
  }, 60_000);
});
