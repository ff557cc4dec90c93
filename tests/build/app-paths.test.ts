// @vitest-environment node
/**
 * An app path is written in one place: src/data/page-paths.ts. Every link, navigation, share URL,
 * screenshot and sample builds its path with `href`, so a page that moves moves everywhere. This
 * reads every string and template part in src/ and scripts/ and fails on one that spells out a
 * page's path ('/quiz/', `r/${typeId}/`). Tests may spell paths out: they check what a reader sees.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PAGE_PATTERNS } from '../../src/data/page-paths';

/** The one owner of app paths, and the plain quiz the perf lab builds as a separate site. */
const EXEMPT = ['src/data/page-paths.ts', 'scripts/lab/plain-quiz/'];

/** The first segment of each page's path ('quiz', 'r', '404'): from the manifest, not a copy of it. */
const FIRST_SEGMENTS = [
  ...new Set(
    Object.values(PAGE_PATTERNS)
      .map((pattern) => pattern.split('/')[1] ?? '')
      .filter((segment) => /^\w+$/.test(segment)),
  ),
  '404',
];
/** A string that starts a page's path: '/quiz/', 'r/', '/en/privacy', '/embed'. */
const APP_PATH = new RegExp(`^\\/?(?:en\\/)?(?:${FIRST_SEGMENTS.join('|')})(?:\\/|$)`);

function sourceFilesBelow(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFilesBelow(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Each string or template part in `text` that spells out an app path, with its line. */
function handBuiltPaths(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    // An import's module name ('@/quiz/quiz-store') is a file, not a page.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)) &&
      APP_PATH.test(node.text) &&
      // A bare word ('quiz', 'privacy') names a namespace or a page kind, not a path.
      node.text.includes('/')
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${fileName}:${line + 1} ${JSON.stringify(node.text)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('app paths', () => {
  it('knows the first segment of every page from the manifest', () => {
    expect(FIRST_SEGMENTS).toEqual(expect.arrayContaining(['quiz', 'r', 'embed', 'privacy']));
  });

  it('are built with href() everywhere in src/ and scripts/', () => {
    const files = [...sourceFilesBelow('src'), ...sourceFilesBelow('scripts')].filter(
      (file) => !EXEMPT.some((exempt) => file.startsWith(exempt)),
    );
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => handBuiltPaths(file, readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it.each([
    ["navigate('/quiz/')", '"/quiz/"'],
    ['const link = `r/${typeId}/#${code}`;', '"r/"'],
    ["const url = new URL('en/privacy/', base);", '"en/privacy/"'],
    ['const to = `${base}embed/`;', '"embed/"'],
  ])('fails on a hand-built path: %s', (line, quoted) => {
    expect(handBuiltPaths('probe.ts', line)).toEqual([`probe.ts:1 ${quoted}`]);
  });

  it.each([
    "import { quizTimings } from '@/quiz/quiz-store';",
    "const t = useTranslation('quiz');",
    'navigate(href.quiz());',
    "const file = 'embed.js';",
  ])('lets pass what is not a page path: %s', (line) => {
    expect(handBuiltPaths('probe.ts', line)).toEqual([]);
  });
});
