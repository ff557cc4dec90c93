/**
 * Extra `<head>` tags for one pre-rendered page. The hook where share previews plug in: og: and
 * twitter: tags, the canonical URL and the other language's page, from the route manifest.
 */
import type { Language } from '@/i18n/languages';
import { SITE } from '@/data/site';
import { oembedDiscoveryTag } from './oembed';
import { shareHeadTags } from './share-meta';

export interface PageHead {
  /** The page's kind in the route manifest (src/app/routes.ts). */
  readonly kind: string;
  readonly language: Language;
  /** The app route, with a trailing slash ('/r/steady-guardian/'). */
  readonly route: string;
  readonly typeId?: string;
  readonly title: string;
  readonly description: string;
  /** The site's base path, ending in '/'. */
  readonly baseUrl: string;
}

/** HTML to insert before `</head>`; every value in it must be escaped with `escapeHtml`. */
export const headTags: (page: PageHead) => string = (page) => {
  const discovery = oembedDiscoveryTag({
    kind: page.kind,
    ...(page.typeId === undefined ? {} : { typeId: page.typeId }),
    language: page.language,
    siteRoot: `${SITE.origin}${page.baseUrl}`,
  });
  const share = shareHeadTags(page);
  return discovery === '' ? share : `${share}\n    ${discovery}`;
};

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
