import { resolveLanguage } from '@/i18n/languages';
import { parseUrlParams } from '@/platform/url-params';

describe('resolveLanguage', () => {
  it.each([
    ['the URL first', { fromUrl: 'en', stored: 'ja', browser: ['ja-JP'] }, 'en'],
    ['then the stored choice', { stored: 'en', browser: ['ja-JP'] }, 'en'],
    ['then the browser', { browser: ['fr-FR', 'en-GB', 'ja'] }, 'en'],
    ['then Japanese', { browser: ['fr-FR', 'de'] }, 'ja'],
    ['Japanese with nothing known', {}, 'ja'],
    ['ignoring junk from the browser', { browser: [42, null, 'x'.repeat(100), 'ja-JP'] }, 'ja'],
  ] as const)('takes %s', (_rule, sources, expected) => {
    expect(resolveLanguage(sources)).toBe(expected);
  });

  it('falls back to the next source when ?lang= names an unknown language', () => {
    const { lang } = parseUrlParams('?lang=xx');
    expect(resolveLanguage({ fromUrl: lang, stored: 'en' })).toBe('en');
    expect(resolveLanguage({ fromUrl: lang, browser: ['en-US'] })).toBe('en');
    expect(resolveLanguage({ fromUrl: lang })).toBe('ja');
  });
});
