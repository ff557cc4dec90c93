/**
 * Every page of the site, once: its path, what it is, the code and texts it needs, and its head and
 * share metadata. The router (app-routes.tsx), the start code (app-start.tsx), the server entry
 * (entry-server.tsx), the pre-render and the share-meta and share-image scripts all read this
 * list; none keeps its own. Adding a page is adding one entry.
 *
 * Paths are the same in every language: the language is a prefix the router's base path carries
 * (Japanese at the site root, English under `en/`, see `languagePrefix`), so the app's own links
 * stay language-free.
 */
import type { FunctionComponent } from 'react';
import { INVESTOR_TYPE_IDS, type InvestorTypeId } from '@/data/investor-type-ids';
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

/** The texts a page's head is written from, in one language. */
export interface HeadTexts {
  readonly language: Language;
  readonly texts: Resources;
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

export interface PageEntry {
  /** What the page is, for the router, the head and the size report. */
  readonly kind: string;
  /** The router's pattern ('*' for any path no other entry has). */
  readonly pattern: string;
  /** The pages the build writes for this entry, in every language it has. */
  readonly pages: readonly PageParams[];
  /**
   * The page's own code, split from the first download, and its source file (where the build's
   * manifest finds the chunk's CSS). A page without one is part of the first download.
   */
  readonly lazy?: { readonly page: LazyPage; readonly source: string };
  /** The text chunks it needs: the start texts alone, or the later ones too. */
  readonly texts: 'start' | 'later';
  readonly head: (texts: HeadTexts, page: PageParams) => PageHeadText;
  /** Which share image its previews show, and whether search engines may list it. */
  readonly share: { readonly image: 'site' | 'type'; readonly indexed: boolean };
  /** Written once, at this file in dist/, in the default language only (served for any path). */
  readonly file?: string;
}

/** Fills `{{name}}` placeholders, the i18next way, for the head texts written at build time. */
export function fillText(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

function landingDescription({ texts }: HeadTexts): string {
  const count = QUESTIONS.length;
  return fillText(texts.common.meta.landingDescription, { count, minutes: minutesFor(count) });
}

const SENTENCE_END: Readonly<Record<Language, string>> = { ja: '。', en: '. ' };

export const ROUTES = [
  {
    kind: 'landing',
    pattern: '/',
    pages: [{ path: '/' }],
    texts: 'start',
    head: (head) => ({
      title: head.texts.common.meta.landingTitle,
      description: landingDescription(head),
    }),
    share: { image: 'site', indexed: true },
  },
  {
    kind: 'quiz',
    pattern: '/quiz',
    pages: [{ path: '/quiz/' }],
    texts: 'start',
    head: ({ texts }) => ({
      title: texts.common.meta.quizTitle,
      description: texts.common.meta.quizDescription,
    }),
    share: { image: 'site', indexed: true },
  },
  {
    kind: 'result',
    pattern: '/r/:typeId',
    pages: INVESTOR_TYPE_IDS.map((typeId) => ({ path: `/r/${typeId}/`, typeId })),
    lazy: {
      page: { preload: resultPage.preload, retry: resultPage.retry },
      source: 'src/results/result-page.tsx',
    },
    texts: 'later',
    head: ({ texts, language }, { typeId = INVESTOR_TYPE_IDS[0] }) => {
      const type = texts.model.types[typeId];
      return {
        title: fillText(texts.common.meta.resultTitle, { typeName: type.name }),
        description: `${type.catchphrase}${SENTENCE_END[language]}${type.description}`.trim(),
      };
    },
    share: { image: 'type', indexed: true },
  },
  {
    kind: 'embed',
    pattern: '/embed',
    pages: [{ path: '/embed/' }],
    lazy: { page: embedConfiguratorPage, source: 'src/embed/embed-configurator-page.tsx' },
    texts: 'later',
    head: ({ texts }) => ({
      title: texts.common.meta.embedTitle,
      description: texts.embed.metaDescription,
    }),
    share: { image: 'site', indexed: true },
  },
  {
    kind: 'privacy',
    pattern: '/privacy',
    pages: [{ path: '/privacy/' }],
    lazy: { page: privacyPage, source: 'src/app/privacy-page.tsx' },
    texts: 'later',
    head: ({ texts }) => ({
      title: texts.privacy.metaTitle,
      description: texts.privacy.lead,
    }),
    share: { image: 'site', indexed: true },
  },
  {
    kind: 'not-found',
    pattern: '*',
    pages: [{ path: '/404/' }],
    texts: 'start',
    head: (head) => ({
      title: head.texts.common.meta.notFoundTitle,
      description: landingDescription(head),
    }),
    share: { image: 'site', indexed: false },
    file: '404.html',
  },
] as const satisfies readonly PageEntry[];

export type PageKind = (typeof ROUTES)[number]['kind'];

/** The entry of a kind of page. */
export function routeOf(kind: PageKind): PageEntry {
  const entry: PageEntry | undefined = ROUTES.find((candidate) => candidate.kind === kind);
  if (entry === undefined) throw new Error(`routes: no page of kind ${kind}`);
  return entry;
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
export function routeForPath(path: string): PageEntry {
  const entry: PageEntry | undefined = ROUTES.find((candidate) => matches(candidate.pattern, path));
  return entry ?? routeOf('not-found');
}
