/**
 * The README says adding a page is an href and a pattern (src/data/page-paths.ts), an entry in
 * APP_PAGES and PAGE_BUILDS (src/app/routes.ts), an element in PAGE_ELEMENTS
 * (src/app/app-routes.tsx) and its texts. This test does exactly that to a copy of the project,
 * builds the copy, and expects the new page type-checked, pre-rendered in both languages with its
 * own head, routed by the app, and linked from its own element by `href`: nothing else to edit.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
/** What is copied: the project as a clone has it, without what the build and install make. */
const NOT_COPIED = new Set(['.git', 'node_modules', 'dist', 'dist-ssr', 'dist-embed']);

const TITLE = { ja: '試しのページ|投資心理テスト', en: 'A trial page | Investor Psychology Test' };
const LEAD = {
  ja: '新しいページを足す手順を確かめるページです。',
  en: 'A page that checks how a page is added.',
};

/** Inserts `text` right after the first `anchor` in a copied file; fails when the anchor is gone. */
function insertAfter(dir: string, file: string, anchor: string, text: string): void {
  const path = join(dir, file);
  const source = readFileSync(path, 'utf8');
  const at = source.indexOf(anchor);
  if (at === -1)
    throw new Error(`${file} no longer has ${JSON.stringify(anchor)}: update the steps`);
  writeFileSync(
    path,
    source.slice(0, at + anchor.length) + text + source.slice(at + anchor.length),
  );
}

/** The steps the README names, and no other edit. */
function addTrialPage(dir: string): void {
  insertAfter(
    dir,
    'src/data/page-paths.ts',
    'export const href = {',
    "\n  trial: () => '/trial/',",
  );
  insertAfter(
    dir,
    'src/data/page-paths.ts',
    'PAGE_PATTERNS: Readonly<Record<PageKind, string>> = {',
    "\n  trial: '/trial',",
  );
  insertAfter(
    dir,
    'src/app/routes.ts',
    'export const APP_PAGES = [',
    "\n  { kind: 'trial', pattern: PAGE_PATTERNS.trial, texts: 'start' },",
  );
  insertAfter(
    dir,
    'src/app/routes.ts',
    'const PAGE_BUILDS: Readonly<Record<PageKind, PageBuild>> = {',
    `
  trial: {
    pages: [{ path: href.trial() }],
    head: ({ texts }) => ({ title: texts.common.trial.title, description: texts.common.trial.lead }),
    share: { image: 'site', indexed: false },
  },`,
  );
  for (const language of ['ja', 'en'] as const) {
    insertAfter(
      dir,
      `src/i18n/resources/${language}/common.ts`,
      language === 'ja'
        ? 'export const common = {'
        : "export const common: Resources['common'] = {",
      `\n  trial: { title: ${JSON.stringify(TITLE[language])}, lead: ${JSON.stringify(LEAD[language])} },`,
    );
  }
  writeFileSync(
    join(dir, 'src/app/trial-page.tsx'),
    `import { useTranslation } from 'react-i18next';
import { href } from '@/data/page-paths';
import { AppLink } from '@/ui/app-link';

export function TrialPage() {
  const { t } = useTranslation('common');
  return (
    <div className="page page--narrow">
      <h1>{t('trial.title')}</h1>
      <p>{t('trial.lead')}</p>
      <AppLink to={href.quiz()}>quiz</AppLink>
    </div>
  );
}
`,
  );
  insertAfter(
    dir,
    'src/app/app-routes.tsx',
    "import { RouteBoundary } from './route-boundary';",
    "\nimport { TrialPage } from './trial-page';",
  );
  insertAfter(
    dir,
    'src/app/app-routes.tsx',
    'const PAGE_ELEMENTS: Readonly<Record<PageKind, (entry: AppPage) => ReactNode>> = {',
    '\n  trial: () => <TrialPage />,',
  );
}

let dir = '';
/** Runs a step of the build in the copy; a failing step fails with what it printed. */
function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, {
      cwd: dir,
      // As `npm run build` runs: vitest's own NODE_ENV would make a development build.
      env: { ...process.env, NODE_ENV: 'production' },
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}${stderr}`);
  }
}
const built = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'add-a-page-'));
  for (const file of readdirSync(root).filter((name) => !NOT_COPIED.has(name)))
    cpSync(join(root, file), join(dir, file), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  addTrialPage(dir);
  const bin = (name: string) => join(root, 'node_modules/.bin', name);
  run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
  run(bin('vite'), ['build', '--logLevel', 'error']);
  run(bin('vite'), [
    'build',
    '--ssr',
    'src/entry-server.tsx',
    '--outDir',
    'dist-ssr',
    '--logLevel',
    'error',
  ]);
  run(bin('tsx'), ['scripts/build/prerender.ts']);
}, 600_000);

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

describe('a page added by the README steps alone', () => {
  it.each([
    ['ja', 'trial/index.html'],
    ['en', 'en/trial/index.html'],
  ] as const)('is pre-rendered in %s with its own head and its element', (language, file) => {
    const html = built(file);
    expect(html).toContain(`<title>${TITLE[language]}</title>`);
    expect(html).toContain(`content="${LEAD[language]}"`);
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).toContain(`<meta property="og:title" content="${TITLE[language]}" />`);
    // Its element, pre-rendered (Japanese texts carry BudouX's zero-width phrase breaks).
    const heading = /<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1]?.replace(/<[^>]+>|\u200b/g, '');
    expect(heading).toBe(TITLE[language]);
    // Its link was built with href and the router's base path: the quiz in the same language.
    const quizPath = language === 'ja' ? '/quiz/' : '/en/quiz/';
    expect(html).toMatch(new RegExp(`<a[^>]+href="${quizPath}"`));
  });

  it('is served by the app at its path, and only there', () => {
    const probe = `import { routeForPath } from './src/app/routes';
console.log(JSON.stringify([routeForPath('/trial/').kind, routeForPath('/trial/extra/').kind]));`;
    writeFileSync(join(dir, 'probe.mts'), probe);
    const kinds: unknown = JSON.parse(run(join(root, 'node_modules/.bin/tsx'), ['probe.mts']));
    expect(kinds).toEqual(['trial', 'not-found']);
  });
});
