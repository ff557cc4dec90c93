/**
 * The pre-render: renders one route of the app to static HTML in Japanese, the way the client's
 * first render will draw it, so pages paint without JavaScript and then hydrate. Built with
 * `vite build --ssr src/entry-server.tsx --outDir dist-ssr` and driven by scripts/prerender.ts.
 */
import { Writable } from 'node:stream';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router-dom';
import { App } from '@/app/app';
import { DEFAULT_SETTINGS } from '@/app/app-settings';
import { routerBasename } from '@/app/base-path';
import { QUESTIONS } from '@/data/questions';
import { INVESTOR_TYPE_IDS, type InvestorTypeId } from '@/data/investor-types';
import { createI18n } from '@/i18n/i18n';
import { resources } from '@/i18n/resources/ja/index';
import { minutesFor } from '@/quiz/quiz-timing';

export { INVESTOR_TYPE_IDS };

export type PageKind = 'landing' | 'quiz' | 'result' | 'embed' | 'not-found';

/** One page the build writes: which route, to which file under dist/, and its head texts. */
export interface PageSpec {
  readonly kind: PageKind;
  /** The app route, with a trailing slash ('/r/steady-guardian/'). */
  readonly route: string;
  /** Path of the HTML file inside dist/. */
  readonly file: string;
  readonly typeId?: InvestorTypeId;
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

/** Every page the static site needs, so deep links and shared links open from any static host. */
export function pagesToRender(): PageSpec[] {
  return [
    { kind: 'landing', route: '/', file: 'index.html' },
    { kind: 'quiz', route: '/quiz/', file: 'quiz/index.html' },
    ...INVESTOR_TYPE_IDS.map((typeId): PageSpec => ({
      kind: 'result',
      route: `/r/${typeId}/`,
      file: `r/${typeId}/index.html`,
      typeId,
    })),
    { kind: 'embed', route: '/embed/', file: 'embed/index.html' },
    // Served by static hosts for any unknown path, so its route never matches and the client renders fresh.
    { kind: 'not-found', route: '/404/', file: '404.html' },
  ];
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
  const i18n = createI18n('ja', resources);
  const t = i18n.getFixedT('ja', 'common');
  const basename = routerBasename(baseUrl) || '/';
  const location = `${routerBasename(baseUrl)}${page.route}`;
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

  const count = QUESTIONS.length;
  const minutes = minutesFor(count);
  const head = ((): { title: string; description: string } => {
    switch (page.kind) {
      case 'landing':
        return {
          title: t('meta.landingTitle'),
          description: t('meta.landingDescription', { count, minutes }),
        };
      case 'quiz':
        return { title: t('meta.quizTitle'), description: t('meta.quizDescription') };
      case 'result': {
        const typeId = page.typeId ?? INVESTOR_TYPE_IDS[0];
        const model = resources.model.types[typeId];
        return {
          title: t('meta.resultTitle', { typeName: model.name }),
          description: model.catchphrase,
        };
      }
      case 'embed':
        return {
          title: t('meta.embedTitle'),
          description: t('meta.landingDescription', { count, minutes }),
        };
      case 'not-found':
        return { title: t('meta.notFoundTitle'), description: t('notFound.body') };
      default: {
        const unreachable: never = page.kind;
        return unreachable;
      }
    }
  })();

  return {
    ...page,
    appHtml,
    ...head,
    hydratable: page.kind !== 'not-found' && errors.length === 0,
    errors,
  };
}
