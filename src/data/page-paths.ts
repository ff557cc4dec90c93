/**
 * Where each page of the site lives: its router pattern and a typed `href` that builds a link to
 * it. The one place an app path is written; the route manifest (src/app/routes.ts), every link,
 * navigation, share URL, screenshot and sample read it, and tests/build/app-paths.test.ts fails on
 * a path written out anywhere else. Paths are language-free ('/quiz/'): the router's base path
 * carries the language prefix.
 */
import type { InvestorTypeId } from './investor-type-ids';

export interface ResultLink {
  readonly typeId: InvestorTypeId;
  /** The result code, in the fragment: it never reaches a server. */
  readonly code?: string;
}

/** A link to each kind of page: `href.quiz()`, `href.result({ typeId, code })`. */
export const href = {
  landing: () => '/',
  quiz: () => '/quiz/',
  // Neither part needs escaping: a type id is kebab-case ASCII, and a code is written in the
  // URL-safe base64 alphabet (src/engine/result-code.ts); the first download carries this.
  result: ({ typeId, code }: ResultLink) => `/r/${typeId}/${code === undefined ? '' : `#${code}`}`,
  embed: () => '/embed/',
  /** `section`: the id of a part of the page to open at. */
  privacy: (section?: string) => (section === undefined ? '/privacy/' : `/privacy/#${section}`),
  'not-found': () => '/404/',
} as const;

export type PageKind = keyof typeof href;

/** The router's pattern of each kind of page (':name' is one segment, '*' any path no other has). */
export const PAGE_PATTERNS: Readonly<Record<PageKind, string>> = {
  landing: '/',
  quiz: '/quiz',
  result: '/r/:typeId',
  embed: '/embed',
  privacy: '/privacy',
  'not-found': '*',
};
