import { describe, expect, it } from 'vitest';
import { BANNER_SIZES, bannerAlt } from '@/data/banners';
import { buildBannerSnippet } from '@/embed/banner-snippet';

const [leaderboard] = BANNER_SIZES;

describe('the banner HTML for script-less blogs', () => {
  it('is a plain link around the banner image, with the campaign in the link and a text alternative', () => {
    if (leaderboard === undefined) throw new Error('no banner sizes');
    const html = buildBannerSnippet({
      siteRoot: 'https://shindan.example.jp/shindan/',
      lang: 'ja',
      size: leaderboard,
      alt: bannerAlt('ja', 26, 7),
      utmSource: 'ameba',
      utmCampaign: 'winter',
    });
    expect(html).toBe(
      '<a href="https://shindan.example.jp/shindan/?utm_source=ameba&amp;utm_medium=banner&amp;utm_campaign=winter">' +
        '<img src="https://shindan.example.jp/shindan/banners/728x90-ja.png" width="728" height="90" alt="投資心理テスト：あなたの投資家タイプは？（全26問・約7分・登録不要）">' +
        '</a>',
    );
    expect(html).not.toMatch(/<script|<iframe|style=|on\w+=/);
  });

  it('opens the English landing page for an English banner, and drops malformed campaign values', () => {
    if (leaderboard === undefined) throw new Error('no banner sizes');
    const html = buildBannerSnippet({
      siteRoot: 'https://shindan.example.jp/',
      lang: 'en',
      size: leaderboard,
      alt: bannerAlt('en', 26, 7),
      utmSource: 'note',
      utmCampaign: '"><script>',
    });
    expect(html).toContain(
      'href="https://shindan.example.jp/en/?utm_source=note&amp;utm_medium=banner"',
    );
    expect(html).toContain('banners/728x90-en.png');
    expect(html).not.toContain('<script>');
  });
});
