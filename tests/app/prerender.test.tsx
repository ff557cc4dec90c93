import { INVESTOR_TYPE_IDS } from '@/data/investor-types';
import { QUESTIONS } from '@/data/questions';
import { pagesToRender, renderPage, type PageSpec } from '@/entry-server';
import { resources as en } from '@/i18n/resources/en/index';
import { resources } from '@/i18n/resources/ja/index';
import { fillTemplate, inlineStyles, templateStylesheets } from '../../scripts/build/prerender';
import { resetStores } from '../render-app';

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
    expect(page.description).toBe(`${type.catchphrase}。${type.description}`);
  });

  it('renders the English pages in English, with links under /en/', async () => {
    const page = await renderPage(spec('/en/'), '/');
    expect(page.language).toBe('en');
    expect(page.file).toBe('en/index.html');
    expect(page.appHtml).toContain(en.common.landing.title);
    expect(page.appHtml).toContain('href="/en/quiz/"');
    expect(page.appHtml).not.toContain(resources.common.landing.title);
    expect(page.title).toBe(en.common.meta.landingTitle);
  });

  it('writes one not-found page, in Japanese, served for any unknown path', () => {
    expect(pagesToRender().filter((page) => page.entry.kind === 'not-found')).toEqual([
      expect.objectContaining({ file: '404.html', language: 'ja' }),
    ]);
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

  it('puts the CSS inline in place of the template stylesheet, so the first paint waits on no request', () => {
    expect(templateStylesheets(TEMPLATE, '/shindan/')).toEqual(['assets/index-abc.css']);
    const html = inlineStyles(TEMPLATE, 'body{margin:0}');
    expect(html).not.toContain('rel="stylesheet"');
    expect(html).toContain('<style>body{margin:0}</style>\n  </head>');
    expect(() => inlineStyles(TEMPLATE, 'a{}</style><script>')).toThrow();
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
