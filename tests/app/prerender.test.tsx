import { act } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { prerender } from 'react-dom/static';
import { BrowserRouter } from 'react-router-dom';
import { App } from '@/app/app';
import { DEFAULT_SETTINGS } from '@/app/app-settings';
import { resultPage } from '@/app/lazy-pages';
import { INVESTOR_TYPE_IDS } from '@/data/investor-types';
import { QUESTIONS } from '@/data/questions';
import { pagesToRender, renderPage, type PageSpec } from '@/entry-server';
import { createI18n } from '@/i18n/i18n';
import { resources } from '@/i18n/resources/ja/index';
import { fillTemplate } from '../../scripts/prerender';
import { QUIZ_STORAGE_KEY } from '@/quiz/quiz-store';
import { reloadStores, resetStores } from '../render-app';

const TEMPLATE = `<!doctype html>
<html lang="ja">
  <head>
    <meta charset="UTF-8" />
    <title>投資心理テスト</title>
    <meta name="description" content="old" />
    <script type="module" crossorigin src="/shindan/assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/shindan/assets/index-abc.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

function spec(route: string): PageSpec {
  const page = pagesToRender().find((candidate) => candidate.route === route);
  if (page === undefined) throw new Error(`no page for ${route}`);
  return page;
}

beforeEach(() => {
  resetStores();
});

describe('the pre-render', () => {
  it('writes a page for the landing, the quiz, every type, the embed page and 404', () => {
    const files = pagesToRender().map((page) => page.file);
    expect(files).toEqual(
      expect.arrayContaining([
        'index.html',
        'quiz/index.html',
        'embed/index.html',
        '404.html',
        ...INVESTOR_TYPE_IDS.map((typeId) => `r/${typeId}/index.html`),
      ]),
    );
  });

  it('renders the landing page in Japanese with its facts, disclaimer and operator', async () => {
    const page = await renderPage(spec('/'), '/');
    expect(page.appHtml).toContain('あなたの投資家タイプは？');
    expect(page.appHtml).toContain(`全${QUESTIONS.length}問`);
    expect(page.appHtml).toContain('投資助言ではありません');
    expect(page.title).toBe(resources.common.meta.landingTitle);
    expect(page.description).toContain(`全${QUESTIONS.length}問`);
    expect(page.hydratable).toBe(true);
  });

  it('renders each result page with the type’s name and catchphrase, waiting for the lazy route', async () => {
    const typeId = INVESTOR_TYPE_IDS[2];
    const page = await renderPage(spec(`/r/${typeId}/`), '/');
    const type = resources.model.types[typeId];
    expect(page.appHtml).toContain(type.name);
    expect(page.appHtml).toContain(type.catchphrase);
    expect(page.title).toContain(type.name);
    expect(page.description).toBe(type.catchphrase);
  });

  it('renders links under the base path of a blog sub-folder', async () => {
    const page = await renderPage(spec('/'), '/shindan/');
    expect(page.appHtml).toContain('href="/shindan/quiz/"');
  });

  it('puts no inline script and no style attribute in the HTML (the CSP allows neither)', async () => {
    for (const route of ['/', '/quiz/', `/r/${INVESTOR_TYPE_IDS[0]}/`, '/404/']) {
      const page = await renderPage(spec(route), '/');
      expect(page.appHtml, route).not.toMatch(/<script|\sstyle="/);
    }
  });

  it('fills the template: app HTML, route, title and description, keeping its script and stylesheet', () => {
    const html = fillTemplate(
      TEMPLATE,
      {
        appHtml: '<main>hi</main>',
        title: 'A & B <test>',
        description: '"quoted"',
        route: '/quiz/',
        hydratable: true,
      },
      '<meta property="og:title" content="x" />',
    );
    expect(html).toContain('<div id="root" data-route="/quiz/"><main>hi</main></div>');
    expect(html).toContain('<title>A &amp; B &lt;test&gt;</title>');
    expect(html).toContain('<meta name="description" content="&quot;quoted&quot;" />');
    expect(html).not.toContain('content="old"');
    expect(html).toContain(
      '<script type="module" crossorigin src="/shindan/assets/index-abc.js"></script>',
    );
    expect(html).toContain(
      '<link rel="stylesheet" crossorigin href="/shindan/assets/index-abc.css">',
    );
    expect(html).toContain('<meta property="og:title" content="x" />\n  </head>');
  });

  it('leaves the route off a page the client must render fresh (404.html is served at any path)', () => {
    const html = fillTemplate(
      TEMPLATE,
      { appHtml: '<p>404</p>', title: 't', description: 'd', route: '/404/', hydratable: false },
      '',
    );
    expect(html).toContain('<div id="root"><p>404</p></div>');
  });
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
    const page = await renderPage(spec(route), '/');
    // The server renderer leaves its last context values set on the shared context objects; in
    // a build they live in another process. A trivial render pops them before the client runs.
    await new Response((await prerender(<span />)).prelude).text();
    await resultPage.preload();
    const container = document.createElement('div');
    container.innerHTML = page.appHtml;
    document.body.append(container);
    window.history.replaceState(null, '', route);
    const recoverable = vi.fn();
    const errors = vi.spyOn(console, 'error');

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
    // Development React notes that the server renderer used the same contexts in this process.
    const real = errors.mock.calls.filter(
      ([message]) => !String(message).includes('multiple renderers concurrently'),
    );
    expect(real).toEqual([]);
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
    errors.mockRestore();
  });
});
