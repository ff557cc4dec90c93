/**
 * The pre-render: renders one page of the app to static HTML in its language, the way the
 * client's first render will draw it, so pages paint without JavaScript and then hydrate. Built
 * with `vite build --ssr src/entry-server.tsx --outDir dist-ssr` and driven by scripts/build/prerender.ts.
 */
import { Writable } from 'node:stream';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { App } from '@/app/app';
import { DEFAULT_SETTINGS } from '@/app/app-settings';
import { routerBasenameFor } from '@/app/base-path';
import { ROUTES, type PageEntry, type PageParams } from '@/app/routes';
import { createI18n } from '@/i18n/i18n';
import {
  DEFAULT_LANGUAGE,
  LANGUAGE_PREFIX,
  LANGUAGES,
  pathInLanguage,
  type Language,
} from '@/i18n/languages';
import { resources as en } from '@/i18n/resources/en/index';
import { resources as ja, type Resources } from '@/i18n/resources/ja/index';
import { withoutPhraseBreaks } from '@/i18n/phrase-breaks';

export { ROUTES };

const RESOURCES: Readonly<Record<Language, Resources>> = { ja, en };

/** One page the build writes: which entry, which of its pages, in which language, to which file. */
export interface PageSpec extends PageParams {
  readonly entry: PageEntry;
  readonly language: Language;
  /** The app route with its language prefix and a trailing slash ('/en/r/steady-guardian/'). */
  readonly route: string;
  /** Path of the HTML file inside dist/. */
  readonly file: string;
}

export interface RenderedPage extends PageSpec {
  readonly appHtml: string;
  readonly title: string;
  readonly description: string;
  /** Whether the client may hydrate this HTML: only where the page is served at its own route. */
  readonly hydratable: boolean;
  /** Errors thrown while rendering; such a page is left to the client to render fresh. */
  readonly errors: readonly string[];
}

/** Every page of every language, so deep links and shared links open from any static host. */
export function pagesToRender(): PageSpec[] {
  return ROUTES.flatMap((entry: PageEntry) => {
    const languages = entry.file === undefined ? LANGUAGES : [DEFAULT_LANGUAGE];
    return languages.flatMap((language) =>
      entry.pages.map((page): PageSpec => {
        const route = pathInLanguage(page.path, language);
        return {
          ...page,
          entry,
          language,
          route,
          file: entry.file ?? `${LANGUAGE_PREFIX[language]}${page.path.slice(1)}index.html`,
        };
      }),
    );
  });
}

function collect(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    sink.on('finish', () => resolve(Buffer.concat(chunks).toString('utf8')));
    sink.on('error', reject);
    stream.on('error', reject);
    stream.pipe(sink);
  });
}

/** Renders one page; waits for lazy routes (the result page) so their HTML is complete. */
export async function renderPage(page: PageSpec, baseUrl: string): Promise<RenderedPage> {
  const texts = RESOURCES[page.language];
  const i18n = createI18n(page.language, texts);
  const basename = routerBasenameFor(baseUrl, page.language);
  const location = `${basename.replace(/\/$/, '')}${page.path}`;
  const errors: string[] = [];
  const { prelude } = await prerenderToNodeStream(
    <StaticRouter basename={basename} location={location}>
      <App i18n={i18n} settings={DEFAULT_SETTINGS} />
    </StaticRouter>,
    {
      onError: (error) => void errors.push(error instanceof Error ? error.message : String(error)),
      // A page longer than React's default chunk (12800 bytes, header and footer included) would
      // be written as a fallback plus an inline script that swaps the content in: the CSP blocks
      // that script. A pre-render has everything at once, so it never splits.
      progressiveChunkSize: Number.POSITIVE_INFINITY,
    },
  );
  const appHtml = await collect(prelude);
  const head = page.entry.head({ language: page.language, texts, t: i18n.t }, page);
  return {
    ...page,
    appHtml,
    title: withoutPhraseBreaks(head.title),
    description: withoutPhraseBreaks(head.description),
    // 404.html is served at any path, so its route never matches and the client renders fresh.
    hydratable: page.entry.file === undefined && errors.length === 0,
    errors,
  };
}
