/**
 * The HTML a marketer pastes where a blog allows no script or iframe: a plain link with the banner
 * image, the campaign values in the link and a text alternative that says what the banner says.
 */
import { BANNER_UTM_MEDIUM, bannerPath, type BannerSize } from '@/data/banners';
import { pathInLanguage, type Language } from '@/i18n/languages';
import { parseEmbedAttributes } from './embed-protocol';
import { escapeAttribute } from './embed-snippet';

export interface BannerSnippetOptions {
  /** Where the test is served: origin plus base path, ending with "/". */
  readonly siteRoot: string;
  readonly lang: Language;
  readonly size: BannerSize;
  /** The image's text alternative, in the banner's language. */
  readonly alt: string;
  readonly utmSource?: string | undefined;
  readonly utmCampaign?: string | undefined;
}

/** The link to the landing page in the banner's language, with the campaign's utm values. */
export function bannerLink(options: Omit<BannerSnippetOptions, 'size' | 'alt'>): string {
  const checked = parseEmbedAttributes(options);
  const link = new URL(pathInLanguage('/', options.lang).replace(/^\//, ''), options.siteRoot);
  if (checked.utmSource !== undefined) link.searchParams.set('utm_source', checked.utmSource);
  link.searchParams.set('utm_medium', BANNER_UTM_MEDIUM);
  if (checked.utmCampaign !== undefined) link.searchParams.set('utm_campaign', checked.utmCampaign);
  return link.href;
}

/** `<a href><img alt></a>`: nothing a blog's editor strips, nothing that runs. */
export function buildBannerSnippet(options: BannerSnippetOptions): string {
  const image = new URL(bannerPath(options.size.id, options.lang), options.siteRoot);
  return (
    `<a href="${escapeAttribute(bannerLink(options))}">` +
    `<img src="${escapeAttribute(image.href)}" width="${options.size.width}" height="${options.size.height}" alt="${escapeAttribute(options.alt)}">` +
    '</a>'
  );
}
