import type { InvestorTypeId } from '@/data/investor-types';
import { href } from '@/data/page-paths';
import { DEFAULT_LANGUAGE, pathInLanguage, type Language } from '@/i18n/languages';

/** The networks the result page offers besides the native share sheet and copy-link. */
export const SHARE_NETWORKS = ['line', 'x', 'facebook'] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

export interface ShareLocation {
  /** The page's origin, e.g. "https://example.jp" (no trailing slash). */
  readonly origin: string;
  /** The app's base path, starting and ending with "/" (Vite's BASE_URL). */
  readonly basePath: string;
  /** The sharer's language: the link opens its page in that language (Japanese by default). */
  readonly language?: Language;
}

/**
 * The link a reader shares: the type's page in the sharer's language with the result code in the
 * fragment, and nothing else. No utm parameters, no query: the fragment never reaches a server
 * log, and the path alone names the type and the language for link previews.
 */
export function resultShareUrl(
  location: ShareLocation,
  typeId: InvestorTypeId,
  code: string,
): string {
  const base = location.basePath.endsWith('/') ? location.basePath : `${location.basePath}/`;
  const origin = location.origin.replace(/\/+$/, '');
  const path = pathInLanguage(href.result({ typeId, code }), location.language ?? DEFAULT_LANGUAGE);
  return `${origin}${base.replace(/\/+$/, '')}${path}`;
}

/** The share-intent link of each network for a URL and a short message. */
export function networkShareUrl(network: ShareNetwork, url: string, text: string): string {
  switch (network) {
    case 'line':
      // LINE's share plugin reads the page's own preview tags; its text parameter is unreliable on iOS.
      return `https://social-plugins.line.me/lineit/share?${new URLSearchParams({ url }).toString()}`;
    case 'x':
      return `https://twitter.com/intent/tweet?${new URLSearchParams({ text, url }).toString()}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?${new URLSearchParams({ u: url }).toString()}`;
    default: {
      const unknown: never = network;
      throw new Error(`Unknown share network: ${String(unknown)}`);
    }
  }
}
