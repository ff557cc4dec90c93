/**
 * Every page of the site, once: its pattern and href (src/data/page-paths.ts), the code and texts
 * it needs, its head and share metadata, and what the build writes for it. The router
 * (app-routes.tsx), the start code (app-start.tsx), the server entry (entry-server.tsx), the
 * pre-render and the share-meta and share-image scripts all read this file; none keeps its own
 * list. Adding a page is an href and a pattern, an entry in APP_PAGES and PAGE_BUILDS here, an
 * element in app-routes.tsx, and its texts.
 *
 * Paths are the same in every language: the language is a prefix the router's base path carries
 * (Japanese at the site root, English under `en/`, see `languagePrefix`), so the app's own links
 * stay language-free.
 */
import type { TFunction } from 'i18next';
import type { FunctionComponent } from 'react';
import { INVESTOR_TYPE_IDS, type InvestorTypeId } from '@/data/investor-type-ids';
import { href, PAGE_PATTERNS, type PageKind } from '@/data/page-paths';
import { QUESTIONS } from '@/data/questions';
import type { Language } from '@/i18n/languages';
import type { Resources } from '@/i18n/resources/ja/index';
import { minutesFor } from '@/quiz/quiz-timing';
import { embedConfiguratorPage, privacyPage, resultPage } from './lazy-pages';

/**
 * A page's code, split from the first download. A page that is only a component gives it as
 * `Component` and the router renders it as it is; the app-driven pages (the result page) get their
 * route code in app-routes.tsx and give only `preload` and `retry`.
 */
export interface LazyPage {
  readonly preload: () => Promise<void>;
  readonly retry: () => void;
  readonly Component?: FunctionComponent<object>;
}

/** What a page's head is written from, in one language: its texts, and i18next to fill them. */
export interface HeadTexts {
  readonly language: Language;
  readonly texts: Resources;
  readonly t: TFunction;
}

/** What one pre-rendered page is about: its path and, for a result page, its type. */
export interface PageParams {
  /** The page's path, language-free, with a trailing slash ('/r/steady-guardian/'). */
  readonly path: string;
  readonly typeId?: InvestorTypeId;
}

export interface PageHeadText {
  readonly title: string;
  /** Full length; share-meta cuts it for the platforms. */
  readonly description: string;
}

/** What the app needs of a page while it runs: how the router finds it, and what it loads. */
export interface AppPage {
  /** What the page is, for the router, the head and the size report. */
  readonly kind: PageKind;
  /** The router's pattern ('*' for any path no other entry has). */
  readonly pattern: string;
  /**
   * The page's own code, split from the first download, and its source file (where the build's
   * manifest finds the chunk's CSS). A page without one is part of the first download.
   */
  readonly lazy?: { readonly page: LazyPage; readonly source: string };
  /** The text chunks it needs: the start texts alone, or the later ones too. */
  readonly texts: 'start' | 'later';
}

/** What the build needs of a page besides: the files it writes, their head and share metadata. */
export interface PageBuild {
  /** The pages the build writes for this entry, in every language it has. */
  readonly pages: readonly PageParams[];
  readonly head: (texts: HeadTexts, page: PageParams) => PageHeadText;
  /** Which share image its previews show, and whether search engines may list it. */
  readonly share: { readonly image: 'site' | 'type'; readonly indexed: boolean };
  /** Written once, at this file in dist/, in the default language only (served for any path). */
  readonly file?: string;
  /**
   * A link to this page may carry a result code in its fragment, which the build never sees: the
   * pre-render marks such a page before its first paint (src/results/result-code-pending.ts).
   */
  readonly opensWithCode?: true;
}

/** A page with everything the app and the build know of it. */
export type PageEntry = AppPage & PageBuild;

/**
 * The pages the router serves, in the order it tries them (the not-found page last: it matches
 * any path). Only what the running app reads is here; the rest is in PAGE_BUILDS.
 */
export const APP_PAGES = [
  { kind: 'landing', pattern: PAGE_PATTERNS.landing, texts: 'start' },
  { kind: 'quiz', pattern: PAGE_PATTERNS.quiz, texts: 'start' },
  {
    kind: 'result',
    pattern: PAGE_PATTERNS.result,
    lazy: {
      page: { preload: resultPage.preload, retry: resultPage.retry },
      source: 'src/results/result-page.tsx',
    },
    texts: 'later',
  },
  {
    kind: 'embed',
    pattern: PAGE_PATTERNS.embed,
    lazy: { page: embedConfiguratorPage, source: 'src/embed/embed-configurator-page.tsx' },
    texts: 'later',
  },
  {
    kind: 'privacy',
    pattern: PAGE_PATTERNS.privacy,
    lazy: { page: privacyPage, source: 'src/app/privacy-page.tsx' },
    texts: 'later',
  },
  { kind: 'not-found', pattern: PAGE_PATTERNS['not-found'], texts: 'start' },
] as const satisfies readonly AppPage[];

/** Every kind of page is served: a kind left out of APP_PAGES is a compile error here. */
type KindsWithoutPage = Exclude<PageKind, (typeof APP_PAGES)[number]['kind']>;
const everyKindIsServed: [KindsWithoutPage] extends [never] ? true : KindsWithoutPage = true;
void everyKindIsServed;

function landingDescription({ t }: HeadTexts): string {
  const count = QUESTIONS.length;
  return t('meta.landingDescription', { count, minutes: minutesFor(count) });
}

const SENTENCE_END: Readonly<Record<Language, string>> = { ja: '。', en: '. ' };

/**
 * What the build writes for each kind of page. Apart from APP_PAGES so that none of it (the head
 * texts' code, the list of result pages) is in the app's download: only the build reads it.
 */
const PAGE_BUILDS: Readonly<Record<PageKind, PageBuild>> = {
  landing: {
    pages: [{ path: href.landing() }],
    head: (head) => ({
      title: head.texts.common.meta.landingTitle,
      description: landingDescription(head),
    }),
    share: { image: 'site', indexed: true },
  },
  quiz: {
    pages: [{ path: href.quiz() }],
    head: ({ texts }) => ({
      title: texts.common.meta.quizTitle,
      description: texts.common.meta.quizDescription,
    }),
    share: { image: 'site', indexed: true },
  },
  result: {
    pages: INVESTOR_TYPE_IDS.map((typeId) => ({ path: href.result({ typeId }), typeId })),
    head: ({ texts, language, t }, { typeId = INVESTOR_TYPE_IDS[0] }) => {
      const type = texts.model.types[typeId];
      return {
        title: t('meta.resultTitle', { typeName: type.name }),
        description: `${type.catchphrase}${SENTENCE_END[language]}${type.description}`.trim(),
      };
    },
    share: { image: 'type', indexed: true },
    opensWithCode: true,
  },
  embed: {
    pages: [{ path: href.embed() }],
    head: ({ texts }) => ({
      title: texts.common.meta.embedTitle,
      description: texts.embed.metaDescription,
    }),
    share: { image: 'site', indexed: true },
  },
  privacy: {
    pages: [{ path: href.privacy() }],
    head: ({ texts }) => ({ title: texts.privacy.metaTitle, description: texts.privacy.lead }),
    share: { image: 'site', indexed: true },
  },
  'not-found': {
    pages: [{ path: href['not-found']() }],
    head: (head) => ({
      title: head.texts.common.meta.notFoundTitle,
      description: landingDescription(head),
    }),
    share: { image: 'site', indexed: false },
    file: '404.html',
  },
};

/** Every page with all the build knows of it, in the router's order: what the build scripts read. */
export const ROUTES: readonly PageEntry[] = /* @__PURE__ */ APP_PAGES.map((page) => ({
  ...page,
  ...PAGE_BUILDS[page.kind],
}));

/** Everything the build knows of a kind of page. */
export function entryOf(kind: PageKind): PageEntry {
  return { ...routeOf(kind), ...PAGE_BUILDS[kind] };
}

/** What the app knows of a kind of page. */
export function routeOf(kind: PageKind): AppPage {
  const page: AppPage | undefined = APP_PAGES.find((candidate) => candidate.kind === kind);
  if (page === undefined) throw new Error(`routes: no page of kind ${kind}`);
  return page;
}

/** Whether a language-free path matches a router pattern (':name' matches one segment). */
function matches(pattern: string, path: string): boolean {
  if (pattern === '*') return true;
  const want = pattern.split('/').filter((part) => part !== '');
  const have = path.split('/').filter((part) => part !== '');
  return (
    want.length === have.length &&
    want.every((part, index) => part.startsWith(':') || part === have[index])
  );
}

/** The entry that serves a language-free path (the not-found entry when none other does). */
export function routeForPath(path: string): AppPage {
  const page: AppPage | undefined = APP_PAGES.find((candidate) => matches(candidate.pattern, path));
  return page ?? routeOf('not-found');
}
