/**
 * The <head> tags that make a shared link look right on LINE, X and Facebook. Their crawlers run no
 * JavaScript, so the pre-render writes these into each page's static HTML; every crawler (LINE's is
 * "facebookexternalhit/1.1;line-poker/1.0") gets the same page as everyone else.
 *
 * Pure: texts come from the app's own resources and model texts, URLs from SITE.origin and the base
 * path, so the previews never drift from what the page shows.
 */
import { INVESTOR_TYPE_IDS, type InvestorTypeId } from '@/data/investor-types';
import { QUESTIONS } from '@/data/questions';
import { SITE } from '@/data/site';
import { modelText as modelTextEn } from '@/data/text/en';
import { modelText as modelTextJa } from '@/data/text/ja';
import { common as commonEn } from '@/i18n/resources/en/common';
import { common as commonJa } from '@/i18n/resources/ja/common';
import { embed as embedEn } from '@/i18n/resources/en/embed';
import { embed as embedJa } from '@/i18n/resources/ja/embed';
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@/i18n/languages';
import { minutesFor } from '@/quiz/quiz-timing';

export type SharePage =
  | { readonly kind: 'landing' }
  | { readonly kind: 'result'; readonly typeId: InvestorTypeId }
  | { readonly kind: 'quiz' | 'embed' | 'not-found' };

export interface ShareHeadOptions {
  readonly language?: Language;
  /** Absolute https origin without a trailing slash; SITE.origin unless a test passes its own. */
  readonly origin?: string;
  /** Where the site lives under the origin: "/" or "/shindan/" (Vite's `base`). */
  readonly basePath?: string;
}

export interface MetaTag {
  /** Open Graph tags use `property`, the others `name`. */
  readonly attribute: 'name' | 'property';
  readonly key: string;
  readonly content: string;
}

export interface ShareHead {
  readonly title: string;
  readonly description: string;
  readonly canonical: string;
  readonly meta: readonly MetaTag[];
}

/** The size every share image is rendered at (scripts/og-images.ts) and announced with. */
export const OG_IMAGE_WIDTH = 1200;
export const OG_IMAGE_HEIGHT = 630;
/** Longer descriptions are cut by every platform anyway; cut them ourselves, at a whole character. */
export const DESCRIPTION_MAX_CHARS = 120;

const OG_LOCALES: Readonly<Record<Language, string>> = { ja: 'ja_JP', en: 'en_US' };
const TEXTS = {
  ja: { common: commonJa, embed: embedJa, model: modelTextJa, sentenceEnd: '。' },
  en: { common: commonEn, embed: embedEn, model: modelTextEn, sentenceEnd: '. ' },
} as const;

/** Fills `{{name}}` placeholders, the i18next way, for the few texts used at build time. */
function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

function truncate(text: string, max: number): string {
  const characters = Array.from(text);
  return characters.length <= max
    ? text
    : `${characters
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

function checkedOrigin(origin: string): string {
  const url = new URL(origin);
  if (url.protocol !== 'https:' || url.origin !== origin) {
    throw new Error(`share-meta: the site origin must be a bare https origin, got "${origin}"`);
  }
  return origin;
}

function checkedBasePath(basePath: string): string {
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(basePath)) {
    throw new Error(`share-meta: the base path must start and end with "/", got "${basePath}"`);
  }
  return basePath;
}

/** The page's path under the base path, as the router serves it. */
export function sharePagePath(page: SharePage): string {
  switch (page.kind) {
    case 'landing':
    case 'not-found':
      return '';
    case 'result':
      return `r/${page.typeId}/`;
    case 'quiz':
      return 'quiz/';
    case 'embed':
      return 'embed/';
    default: {
      const unreachable: never = page;
      return unreachable;
    }
  }
}

/** The share image's file under the site root: one per type and language, and one for the landing page. */
export function ogImagePath(page: SharePage, language: Language): string {
  return page.kind === 'result'
    ? `og/${page.typeId}-${language}.png`
    : `og/landing-${language}.png`;
}

function pageTexts(page: SharePage, language: Language): { title: string; description: string } {
  const { common, embed, model, sentenceEnd } = TEXTS[language];
  const landingDescription = fill(common.meta.landingDescription, {
    minutes: minutesFor(QUESTIONS.length),
    count: QUESTIONS.length,
  });
  switch (page.kind) {
    case 'landing':
      return { title: common.meta.landingTitle, description: landingDescription };
    case 'result': {
      const type = model.types[page.typeId];
      return {
        title: fill(common.meta.resultTitle, { typeName: type.name }),
        description: `${type.catchphrase}${sentenceEnd}${type.description}`.trim(),
      };
    }
    case 'quiz':
      return { title: common.meta.quizTitle, description: common.meta.quizDescription };
    case 'embed':
      return { title: common.meta.embedTitle, description: embed.metaDescription };
    case 'not-found':
      return { title: common.meta.notFoundTitle, description: landingDescription };
    default: {
      const unreachable: never = page;
      return unreachable;
    }
  }
}

/** The head of one page for sharing: title, description, Open Graph and X card, canonical URL. */
export function shareHead(page: SharePage, options: ShareHeadOptions = {}): ShareHead {
  const language = options.language ?? DEFAULT_LANGUAGE;
  const siteRoot =
    checkedOrigin(options.origin ?? SITE.origin) + checkedBasePath(options.basePath ?? '/');
  const { title, description: fullDescription } = pageTexts(page, language);
  const description = truncate(fullDescription, DESCRIPTION_MAX_CHARS);
  const url = siteRoot + sharePagePath(page);
  const image = siteRoot + ogImagePath(page, language);
  const { common } = TEXTS[language];
  const property = (key: string, content: string): MetaTag => ({
    attribute: 'property',
    key,
    content,
  });
  const name = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });
  return {
    title,
    description,
    canonical: url,
    meta: [
      name('description', description),
      ...(page.kind === 'not-found' ? [name('robots', 'noindex')] : []),
      property('og:type', 'website'),
      property('og:site_name', common.appName),
      property('og:title', title),
      property('og:description', description),
      property('og:url', url),
      property('og:image', image),
      property('og:image:type', 'image/png'),
      property('og:image:width', String(OG_IMAGE_WIDTH)),
      property('og:image:height', String(OG_IMAGE_HEIGHT)),
      property('og:image:alt', title),
      property('og:locale', OG_LOCALES[language]),
      ...LANGUAGES.filter((other) => other !== language).map((other) =>
        property('og:locale:alternate', OG_LOCALES[other]),
      ),
      name('twitter:card', 'summary_large_image'),
      name('twitter:title', title),
      name('twitter:description', description),
      name('twitter:image', image),
      name('twitter:image:alt', title),
    ],
  };
}

/** Escapes text for HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The tags as HTML, one per line, ready to replace the page's <title> in the built index.html. */
export function renderShareHead(head: ShareHead): string {
  return [
    `<title>${escapeHtml(head.title)}</title>`,
    ...head.meta.map(
      (tag) =>
        `<meta ${tag.attribute}="${escapeHtml(tag.key)}" content="${escapeHtml(tag.content)}" />`,
    ),
    `<link rel="canonical" href="${escapeHtml(head.canonical)}" />`,
  ].join('\n    ');
}

/** What the pre-render knows of a page (scripts/page-head.ts `PageHead`), as far as sharing needs it. */
export interface PrerenderedPage {
  readonly kind: SharePage['kind'];
  readonly typeId?: string;
  /** The site's base path, ending in "/". */
  readonly baseUrl: string;
}

/**
 * The share tags of one pre-rendered page, for scripts/page-head.ts: everything but <title> and the
 * description, which the pre-render writes itself. Throws on a result page of an unknown type, so
 * a broken build fails instead of shipping a page without a preview.
 */
export function shareHeadTags(
  page: PrerenderedPage,
  options: Omit<ShareHeadOptions, 'basePath'> = {},
): string {
  let sharePage: SharePage;
  if (page.kind === 'result') {
    const typeId = INVESTOR_TYPE_IDS.find((id) => id === page.typeId);
    if (typeId === undefined)
      throw new Error(`share-meta: no investor type "${String(page.typeId)}"`);
    sharePage = { kind: 'result', typeId };
  } else {
    sharePage = { kind: page.kind };
  }
  const head = shareHead(sharePage, { ...options, basePath: page.baseUrl });
  const lines = renderShareHead({
    ...head,
    meta: head.meta.filter((tag) => tag.key !== 'description'),
  });
  // The pre-render sets the title: keep every line but that one.
  return lines
    .split('\n    ')
    .filter((line) => !line.startsWith('<title>'))
    .join('\n    ');
}

/** Every page that gets a pre-rendered head, for the pre-render and the tests. */
export const SHARE_PAGES: readonly SharePage[] = [
  { kind: 'landing' },
  { kind: 'quiz' },
  { kind: 'embed' },
  { kind: 'not-found' },
  ...INVESTOR_TYPE_IDS.map((typeId) => ({ kind: 'result', typeId }) as const),
];
