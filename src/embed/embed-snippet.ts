/**
 * The snippet marketing pastes into a blog post: the embed element with its data attributes, a plain
 * link to the test as the fallback when scripts do not run, and the async embed.js tag.
 */
import {
  DEFAULT_UTM_MEDIUM,
  parseEmbedAttributes,
  type EmbedLanguage,
  type EmbedTheme,
} from './embed-protocol';
import { pathInLanguage } from '@/i18n/languages';

/** The fallback link's text, in the embed's language (whatever language the configurator shows). */
export const FALLBACK_LINK_TEXT: Readonly<Record<EmbedLanguage, string>> = {
  ja: '投資心理テストを受ける',
  en: 'Take the investor psychology test',
};

export interface SnippetOptions {
  /** Where the test is served: origin plus base path, ending with "/". */
  readonly siteRoot: string;
  readonly lang: EmbedLanguage;
  readonly theme: EmbedTheme;
  readonly utmSource?: string | undefined;
  readonly utmCampaign?: string | undefined;
}

/** Escapes text for a double-quoted HTML attribute or element text of a pasted snippet. */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Builds the snippet; malformed campaign values are left out, exactly as embed.js would drop them. */
export function buildEmbedSnippet(options: SnippetOptions): string {
  const checked = parseEmbedAttributes(options);
  const attributes: [string, string][] = [['data-lang', checked.lang]];
  if (checked.utmSource !== undefined) attributes.push(['data-utm-source', checked.utmSource]);
  if (checked.utmCampaign !== undefined)
    attributes.push(['data-utm-campaign', checked.utmCampaign]);
  attributes.push(['data-theme', checked.theme]);

  // The landing page in the embed's language: English lives under en/, with no redirect on the way.
  const fallback = new URL(pathInLanguage('/', checked.lang).replace(/^\//, ''), options.siteRoot);
  if (checked.utmSource !== undefined) fallback.searchParams.set('utm_source', checked.utmSource);
  fallback.searchParams.set('utm_medium', DEFAULT_UTM_MEDIUM);
  if (checked.utmCampaign !== undefined)
    fallback.searchParams.set('utm_campaign', checked.utmCampaign);
  const script = new URL('embed.js', options.siteRoot);

  const attributeText = attributes
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return [
    `<div class="toushi-shinri-test"${attributeText}>`,
    `  <a href="${escapeAttribute(fallback.href)}">${escapeAttribute(FALLBACK_LINK_TEXT[checked.lang])}</a>`,
    '</div>',
    `<script async src="${escapeAttribute(script.href)}"></script>`,
  ].join('\n');
}
