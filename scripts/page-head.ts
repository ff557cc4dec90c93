/**
 * Extra `<head>` tags for one pre-rendered page. The hook where share previews plug in: og: and
 * twitter: tags (issue 4) are added here, from the same page description the pre-render uses.
 */
import { shareHeadTags } from './share-meta';

export interface PageHead {
  readonly kind: 'landing' | 'quiz' | 'result' | 'embed' | 'not-found';
  /** The app route, with a trailing slash ('/r/steady-guardian/'). */
  readonly route: string;
  readonly typeId?: string;
  readonly title: string;
  readonly description: string;
  /** The site's base path, ending in '/'. */
  readonly baseUrl: string;
}

/** HTML to insert before `</head>`; every value in it must be escaped with `escapeHtml`. */
export const headTags: (page: PageHead) => string = (page) => shareHeadTags(page);

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
