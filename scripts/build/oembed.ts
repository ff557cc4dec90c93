/**
 * oEmbed for the pages a marketer pastes into a blog (the landing page and each type page, in each
 * language): a discovery link in the page's head and a static `oembed.json` next to its HTML, so a
 * bare address on its own line becomes the test in WordPress and other oEmbed consumers.
 *
 * The JSON's `html` is what WordPress keeps for a provider it does not trust: a quoted link (shown
 * until the frame speaks, and for good if it never does) and the test's iframe, which WordPress
 * sandboxes and sizes through its own messages (src/embed/wordpress-wrapper.ts). `embed_snippet`
 * is the full embed with embed.js, for consumers that trust the test: the plugin in
 * wordpress/toushi-shinri-test-embed/ uses it.
 */
import type { PageKind } from '@/data/page-paths';
import { INVESTOR_TYPE_IDS } from '@/data/investor-type-ids';
import { buildEmbedSnippet, escapeAttribute, FALLBACK_LINK_TEXT } from '@/embed/embed-snippet';
import { pathInLanguage, type Language } from '@/i18n/languages';
import { resources as en } from '@/i18n/resources/en/index';
import { resources as ja } from '@/i18n/resources/ja/index';
import {
  OG_IMAGE_HEIGHT,
  OG_IMAGE_WIDTH,
  ogImagePath,
  shareHead,
  sharePagePath,
  type SharePage,
} from './share-meta';

/** The pages worth pasting into a post; the quiz, privacy and embed pages are reached from them. */
export const OEMBED_PAGE_KINDS: readonly PageKind[] = ['landing', 'result'];
/** Written next to each such page's index.html. */
export const OEMBED_FILE = 'oembed.json';
/** What the reader's visit is attributed to when it came through a pasted address. */
export const OEMBED_CAMPAIGN = { utm_source: 'wordpress', utm_medium: 'oembed' } as const;
/**
 * The frame's size before it reports its own height; WordPress lets it grow to 1000 px. Its ratio
 * is far from every one WordPress's block editor snaps an embed to (WORDPRESS_EMBED_ASPECT_RATIOS):
 * near one, the editor saves the embed with a fixed-ratio box that ignores the frame's height.
 */
export const OEMBED_FRAME_WIDTH = 600;
export const OEMBED_FRAME_HEIGHT = 720;

/**
 * The block editor's embed ratios (width / height) and how far above one an iframe's ratio may be
 * for the editor to lock the embed to it (ASPECT_RATIOS and getClassNames in the core/embed block).
 */
export const WORDPRESS_EMBED_ASPECT_RATIOS = [2.33, 2.0, 1.78, 1.33, 1.0, 0.56, 0.5] as const;
export const WORDPRESS_EMBED_ASPECT_TOLERANCE = 0.1;

const TEXTS = { ja, en } as const;

export interface OEmbedPage {
  readonly kind: string;
  readonly typeId?: string;
  readonly language: Language;
  /** Origin plus base path, ending in "/". */
  readonly siteRoot: string;
}

/** The page as the share metadata knows it, or undefined for a page that offers no oEmbed. */
function sharePageOf(page: OEmbedPage): SharePage | undefined {
  const kind = OEMBED_PAGE_KINDS.find((candidate) => candidate === page.kind);
  if (kind === undefined) return undefined;
  if (page.typeId === undefined) return { kind };
  const typeId = INVESTOR_TYPE_IDS.find((id) => id === page.typeId);
  if (typeId === undefined) throw new Error(`oembed: no type "${page.typeId}"`);
  return { kind, typeId };
}

function pageUrl(sharePage: SharePage, page: OEmbedPage): string {
  return page.siteRoot + sharePagePath(sharePage, page.language);
}

/** Where a page's oEmbed JSON is served, or undefined for a page without one. */
export function oembedUrl(page: OEmbedPage): string | undefined {
  const sharePage = sharePageOf(page);
  return sharePage === undefined ? undefined : pageUrl(sharePage, page) + OEMBED_FILE;
}

/** The discovery link for the page's head ('' for a page without oEmbed). */
export function oembedDiscoveryTag(page: OEmbedPage): string {
  const sharePage = sharePageOf(page);
  if (sharePage === undefined) return '';
  const { title } = shareHead(sharePage, {
    language: page.language,
    origin: new URL(page.siteRoot).origin,
    basePath: new URL(page.siteRoot).pathname,
  });
  const href = pageUrl(sharePage, page) + OEMBED_FILE;
  return `<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(href)}" title="${escapeAttribute(title)}" />`;
}

/** An oEmbed 1.0 response of type `rich` (oembed.com, section 2.3.4), plus the trusted snippet. */
export interface OEmbedDocument {
  readonly version: '1.0';
  readonly type: 'rich';
  readonly title: string;
  readonly provider_name: string;
  readonly provider_url: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
  readonly thumbnail_url: string;
  readonly thumbnail_width: number;
  readonly thumbnail_height: number;
  readonly embed_snippet: string;
}

function withCampaign(url: string): string {
  const target = new URL(url);
  for (const [key, value] of Object.entries(OEMBED_CAMPAIGN)) target.searchParams.set(key, value);
  return target.href;
}

/** The page's oEmbed response, or undefined for a page without one. */
export function oembedDocument(page: OEmbedPage): OEmbedDocument | undefined {
  const sharePage = sharePageOf(page);
  if (sharePage === undefined) return undefined;
  const origin = new URL(page.siteRoot).origin;
  const basePath = new URL(page.siteRoot).pathname;
  const { title } = shareHead(sharePage, { language: page.language, origin, basePath });
  const texts = TEXTS[page.language];
  // Every pasted page embeds the test itself, in the page's language.
  const testUrl = new URL(pathInLanguage('/', page.language).slice(1), page.siteRoot);
  const frame = new URL(testUrl);
  frame.searchParams.set('embed', '1');
  frame.searchParams.set('lang', page.language);
  for (const [key, value] of Object.entries(OEMBED_CAMPAIGN)) frame.searchParams.set(key, value);
  const link = withCampaign(pageUrl(sharePage, page));
  const html =
    `<blockquote><a href="${escapeAttribute(link)}">${escapeAttribute(FALLBACK_LINK_TEXT[page.language])}</a></blockquote>` +
    `<iframe src="${escapeAttribute(frame.href)}" width="${OEMBED_FRAME_WIDTH}" height="${OEMBED_FRAME_HEIGHT}" title="${escapeAttribute(texts.common.appName)}" frameborder="0"></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: texts.common.appName,
    provider_url: page.siteRoot,
    html,
    width: OEMBED_FRAME_WIDTH,
    height: OEMBED_FRAME_HEIGHT,
    thumbnail_url: page.siteRoot + ogImagePath(sharePage, page.language),
    thumbnail_width: OG_IMAGE_WIDTH,
    thumbnail_height: OG_IMAGE_HEIGHT,
    // On one line: a blog's paragraph filter (WordPress's wpautop) would turn its line breaks into <br>.
    embed_snippet: buildEmbedSnippet({
      siteRoot: page.siteRoot,
      lang: page.language,
      theme: 'auto',
      utmSource: OEMBED_CAMPAIGN.utm_source,
    }).replace(/\n\s*/g, ''),
  };
}
