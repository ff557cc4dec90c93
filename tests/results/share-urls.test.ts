import { describe, expect, it } from 'vitest';
import { networkShareUrl, resultShareUrl } from '@/results/share-urls';

const CODE = 'AQAeRDIyLTcCnBg';

describe('resultShareUrl', () => {
  it('holds only the type path and the code in the fragment', () => {
    const url = new URL(
      resultShareUrl(
        { origin: 'https://shindan.example.jp', basePath: '/' },
        'chart-strategist',
        CODE,
      ),
    );
    expect(url.origin).toBe('https://shindan.example.jp');
    expect(url.pathname).toBe('/r/chart-strategist/');
    expect(url.search).toBe('');
    expect(url.hash).toBe(`#${CODE}`);
  });

  it.each([
    ['/shindan/', 'https://blog.example.jp/shindan/r/steady-guardian/#'],
    ['/shindan', 'https://blog.example.jp/shindan/r/steady-guardian/#'],
  ])('keeps the blog sub-folder %s in the path', (basePath, prefix) => {
    expect(
      resultShareUrl({ origin: 'https://blog.example.jp/', basePath }, 'steady-guardian', CODE),
    ).toBe(`${prefix}${CODE}`);
  });
});

describe('resultShareUrl in the sharer’s language', () => {
  it.each([
    ['ja', '/shindan/', 'https://blog.example.jp/shindan/r/steady-guardian/#'],
    ['en', '/shindan/', 'https://blog.example.jp/shindan/en/r/steady-guardian/#'],
    ['en', '/', 'https://blog.example.jp/en/r/steady-guardian/#'],
  ] as const)('opens the %s page under %s', (language, basePath, prefix) => {
    expect(
      resultShareUrl(
        { origin: 'https://blog.example.jp', basePath, language },
        'steady-guardian',
        CODE,
      ),
    ).toBe(`${prefix}${CODE}`);
  });
});

describe('networkShareUrl', () => {
  const shared = 'https://shindan.example.jp/r/trend-follower/#AQIeRDIyLTcCnBg';
  const text = '私の投資タイプは「トレンド追随型」でした。あなたは? #投資心理テスト';

  it('asks LINE to share the link', () => {
    const url = new URL(networkShareUrl('line', shared, text));
    expect(`${url.origin}${url.pathname}`).toBe('https://social-plugins.line.me/lineit/share');
    expect(url.searchParams.get('url')).toBe(shared);
  });

  it('gives X the message and the link as separate parameters', () => {
    const url = new URL(networkShareUrl('x', shared, text));
    expect(`${url.origin}${url.pathname}`).toBe('https://twitter.com/intent/tweet');
    expect(url.searchParams.get('text')).toBe(text);
    expect(url.searchParams.get('url')).toBe(shared);
    // The fragment is escaped, so it stays part of the shared link rather than the intent page's.
    expect(url.hash).toBe('');
  });

  it('asks Facebook to share the link', () => {
    const url = new URL(networkShareUrl('facebook', shared, text));
    expect(`${url.origin}${url.pathname}`).toBe('https://www.facebook.com/sharer/sharer.php');
    expect(url.searchParams.get('u')).toBe(shared);
    expect([...url.searchParams.keys()]).toEqual(['u']);
  });
});
