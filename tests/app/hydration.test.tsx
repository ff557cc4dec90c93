/**
 * Hydrating the pre-rendered pages, as a browser does after the build: the HTML comes from the
 * server entry, and the client hydrates it here without a mismatch.
 */
import { act } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { prerender } from 'react-dom/static';
import { BrowserRouter } from 'react-router-dom';
import { App } from '@/app/app';
import { DEFAULT_SETTINGS } from '@/app/app-settings';
import { resultPage } from '@/app/lazy-pages';
import { INVESTOR_TYPE_IDS } from '@/data/investor-types';
import { QUESTIONS } from '@/data/questions';
import { pagesToRender, renderPage } from '@/entry-server';
import { createI18n } from '@/i18n/i18n';
import { resources } from '@/i18n/resources/ja/index';
import { QUIZ_STORAGE_KEY } from '@/quiz/quiz-store';
import { reloadStores, resetStores } from '../render-app';

const ROUTES = ['/', '/quiz/', `/r/${INVESTOR_TYPE_IDS[0]}/`] as const;
const html: Record<string, string> = {};

/**
 * React's development build notes when a server and a client renderer use the same context
 * objects in one process ("multiple renderers concurrently rendering the same context provider").
 * The build renders in its own process; here both share one, so that one note, and only it, is
 * kept out of the output. Every other console error still fails the test.
 */
const SHARED_PROCESS_NOTE = 'multiple renderers concurrently rendering the same context provider';
let consoleErrors: unknown[][] = [];

beforeAll(async () => {
  for (const route of ROUTES) {
    const spec = pagesToRender().find((page) => page.route === route);
    if (spec === undefined) throw new Error(`no page for ${route}`);
    html[route] = (await renderPage(spec, '/')).appHtml;
  }
  // The server renderer leaves its last context values on the shared context objects; in a build
  // they live in another process. A trivial render pops them before the client runs.
  await new Response((await prerender(<span />)).prelude).text();
});

beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).includes(SHARED_PROCESS_NOTE)) consoleErrors.push(args);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

beforeEach(() => {
  resetStores();
});

describe('hydrating pre-rendered pages', () => {
  let root: Root | undefined;
  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
    document.body.innerHTML = '';
    window.history.replaceState(null, '', '/');
  });

  it.each([
    ['/', false],
    ['/quiz/', false],
    [`/r/${INVESTOR_TYPE_IDS[0]}/`, false],
    ['/', true],
    ['/quiz/', true],
  ])('hydrates %s without a mismatch (test in progress: %s)', async (route, inProgress) => {
    if (inProgress) {
      const answers = Object.fromEntries(
        QUESTIONS.slice(0, 3).map((question) => [question.id, question.options[0]!.id]),
      );
      localStorage.setItem(
        QUIZ_STORAGE_KEY,
        JSON.stringify({ state: { answers, step: 3 }, version: 1 }),
      );
      reloadStores();
    }
    await resultPage.preload();
    const container = document.createElement('div');
    container.innerHTML = html[route] ?? '';
    document.body.append(container);
    window.history.replaceState(null, '', route);
    const recoverable = vi.fn();

    await act(async () => {
      root = hydrateRoot(
        container,
        <BrowserRouter>
          <App i18n={createI18n('ja', resources)} settings={DEFAULT_SETTINGS} />
        </BrowserRouter>,
        { onRecoverableError: recoverable },
      );
      await Promise.resolve();
    });

    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleErrors).toEqual([]);
    expect(container.querySelector('h1')).not.toBeNull();
    if (inProgress && route === '/quiz/') {
      // After hydration the stored progress shows: the fourth question.
      expect(container.querySelector('h1')).toHaveTextContent(
        resources.model.questions[QUESTIONS[3]!.id].prompt,
      );
    }
    if (inProgress && route === '/') {
      expect(container.querySelector('a[href="/quiz/"]')).toHaveTextContent('続きから再開する');
    }
  });
});
