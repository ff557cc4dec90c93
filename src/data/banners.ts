/**
 * The banner kit for blogs that allow neither script nor iframe (Ameba, note, livedoor, Hatena's
 * free plan): the sizes Japanese blogs use for banners, plus a square for social posts. The build
 * draws one PNG per size and language (scripts/build/banners.ts); the /embed/ page offers each with its
 * HTML (src/embed/banner-snippet.ts).
 */
export const BANNER_SIZES = [
  { id: '728x90', width: 728, height: 90 },
  { id: '468x60', width: 468, height: 60 },
  { id: '320x100', width: 320, height: 100 },
  { id: '300x250', width: 300, height: 250 },
  { id: '1080x1080', width: 1080, height: 1080 },
] as const satisfies readonly {
  readonly id: string;
  readonly width: number;
  readonly height: number;
}[];

export type BannerSize = (typeof BANNER_SIZES)[number];
export type BannerSizeId = BannerSize['id'];

/** The campaign medium a banner's link carries, so analytics tells banners from embeds. */
export const BANNER_UTM_MEDIUM = 'banner';

/**
 * What a banner says, as its image's text alternative, in the banner's own language (whatever
 * language the /embed/ page is read in), for a quiz of `count` questions and about `minutes`.
 */
export function bannerAlt(language: 'ja' | 'en', count: number, minutes: number): string {
  return language === 'ja'
    ? `投資心理テスト：あなたの投資家タイプは？（全${count}問・約${minutes}分・登録不要）`
    : `Investor Psychology Test: what kind of investor are you? (${count} questions, about ${minutes} min, no sign-up)`;
}

/** Where a banner is served, relative to the site's root. */
export function bannerPath(size: BannerSizeId, language: string): string {
  return `banners/${size}-${language}.png`;
}
