/**
 * The <head> tags that make a shared link look right on LINE, X and Facebook. Their crawlers run no
 * JavaScript, so the pre-render writes these into each page's static HTML; every crawler (LINE's is
 * "facebookexternalhit/1.1;line-poker/1.0") gets the same page as everyone else.
 *
 * Pure: texts come from the app's own resources and model texts, URLs from SITE.origin and the base
 * path, so the previews never drift from what the page shows.
 */
import { entryOf, ROUTES, type PageEntry, type PageParams } from '@/app/routes';
import type { i18n as I18n } from 'i18next';
import type { PageKind } from '@/data/page-paths';
import { INVESTOR_TYPE_IDS, type InvestorTypeId } from '@/data/investor-types';
import { SITE } from '@/data/site';
import { DEFAULT_LANGUAGE, LANGUAGES, pathInLanguage, type Language } from '@/i18n/languages';
import { createI18n } from '@/i18n/i18n';
import { resources as en } from '@/i18n/resources/en/index';
import { resources as ja, type Resources } from '@/i18n/resources/ja/index';

/** One page as sharing sees it: a kind of page from the route manifest and, for a result, its type. */
export interface SharePage {
  readonly kind: PageKind;
  readonly typeId?: InvestorTypeId;
}

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
  /** The same page in each language it exists in (hreflang), both ways; empty for a page in one. */
  readonly alternates: readonly {
    readonly language: Language | 'x-default';
    readonly href: string;
  }[];
}

/** The size every share image is rendered at (scripts/build/og-images.ts) and announced with. */
export const OG_IMAGE_WIDTH = 1200;
export const OG_IMAGE_HEIGHT = 630;
/** Longer descriptions are cut by every platform anyway; cut them ourselves, at a whole character. */
export const DESCRIPTION_MAX_CHARS = 120;

const OG_LOCALES: Readonly<Record<Language, string>> = { ja: 'ja_JP', en: 'en_US' };
const RESOURCES: Readonly<Record<Language, Resources>> = { ja, en };

const i18nInstances = new Map<Language, I18n>();
/** One i18next per language, made on first use, to fill the head texts' placeholders. */
function i18nOf(language: Language): I18n {
  const made = i18nInstances.get(language) ?? createI18n(language, RESOURCES[language]);
  i18nInstances.set(language, made);
  return made;
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

/** The page's entry in the route manifest and its own path there. */
function located(page: SharePage): { entry: PageEntry; path: string } {
  const entry = entryOf(page.kind);
  const params = entry.pages.find((candidate) => candidate.typeId === page.typeId);
  if (params === undefined) {
    throw new Error(`share-meta: no ${page.kind} page for "${String(page.typeId)}"`);
  }
  return { entry, path: params.path };
}

/** The page's path under the base path, in a language, as the router serves it. */
export function sharePagePath(page: SharePage, language: Language = DEFAULT_LANGUAGE): string {
  const { entry, path } = located(page);
  // A page written once (404.html) is served at any path: its URL is the site's root.
  return entry.file === undefined ? pathInLanguage(path, language).slice(1) : '';
}

/** The share image's file under the site root: one per type and language, and one for the site. */
export function ogImagePath(page: SharePage, language: Language): string {
  const { entry } = located(page);
  return entry.share.image === 'type' && page.typeId !== undefined
    ? `og/${page.typeId}-${language}.png`
    : `og/landing-${language}.png`;
}

/** The head of one page for sharing: title, description, Open Graph and X card, canonical URL. */
export function shareHead(page: SharePage, options: ShareHeadOptions = {}): ShareHead {
  const language = options.language ?? DEFAULT_LANGUAGE;
  const siteRoot =
    checkedOrigin(options.origin ?? SITE.origin) + checkedBasePath(options.basePath ?? '/');
  const { entry, path } = located(page);
  const texts = RESOURCES[language];
  const { title, description: fullDescription } = entry.head(
    { language, texts, t: i18nOf(language).t },
    page.typeId === undefined ? { path } : { path, typeId: page.typeId },
  );
  const description = truncate(fullDescription, DESCRIPTION_MAX_CHARS);
  const url = siteRoot + sharePagePath(page, language);
  const image = siteRoot + ogImagePath(page, language);
  const { common } = texts;
  const alternates =
    entry.file === undefined
      ? [
          ...LANGUAGES.map((other) => ({
            language: other,
            href: siteRoot + sharePagePath(page, other),
          })),
          {
            language: 'x-default' as const,
            href: siteRoot + sharePagePath(page, DEFAULT_LANGUAGE),
          },
        ]
      : [];
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
    alternates,
    meta: [
      name('description', description),
      ...(entry.share.indexed ? [] : [name('robots', 'noindex')]),
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
    ...head.alternates.map(
      (alternate) =>
        `<link rel="alternate" hreflang="${alternate.language}" href="${escapeHtml(alternate.href)}" />`,
    ),
  ].join('\n    ');
}

/** What the pre-render knows of a page (scripts/build/page-head.ts `PageHead`), as far as sharing needs it. */
export interface PrerenderedPage {
  readonly kind: string;
  readonly typeId?: string;
  readonly language?: Language;
  /** The site's base path, ending in "/". */
  readonly baseUrl: string;
}

/**
 * The share tags of one pre-rendered page, for scripts/build/page-head.ts: everything but <title> and the
 * description, which the pre-render writes itself. Throws on a page the manifest does not have
 * (a result page of an unknown type), so a broken build fails instead of shipping a page without
 * a preview.
 */
export function shareHeadTags(
  page: PrerenderedPage,
  options: Omit<ShareHeadOptions, 'basePath' | 'language'> = {},
): string {
  const entry = ROUTES.find((candidate) => candidate.kind === page.kind);
  const typeId = INVESTOR_TYPE_IDS.find((id) => id === page.typeId);
  if (entry === undefined || (page.typeId !== undefined && typeId === undefined)) {
    throw new Error(`share-meta: no ${page.kind} page for "${String(page.typeId)}"`);
  }
  const sharePage: SharePage =
    typeId === undefined ? { kind: entry.kind } : { kind: entry.kind, typeId };
  const head = shareHead(sharePage, {
    ...options,
    basePath: page.baseUrl,
    ...(page.language === undefined ? {} : { language: page.language }),
  });
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

/** Every page that gets a pre-rendered head, for the tests: one per page of the route manifest. */
export const SHARE_PAGES: readonly SharePage[] = ROUTES.flatMap((entry) =>
  entry.pages.map((page: PageParams): SharePage =>
    page.typeId === undefined ? { kind: entry.kind } : { kind: entry.kind, typeId: page.typeId },
  ),
);
