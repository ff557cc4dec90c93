// @vitest-environment node
/**
 * The docs name only what exists: every repository path and every code name the README and
 * docs/*.md quote in backticks is still there. A renamed file or constant fails here, not in the
 * hands of the next person who follows the docs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The folders of scripts/ whose README lists every script in them. */
const SCRIPT_FOLDERS = ['scripts/build', 'scripts/lab'];

const DOCS = [
  'README.md',
  ...readdirSync('docs').flatMap((name) => (name.endsWith('.md') ? [`docs/${name}`] : [])),
  ...SCRIPT_FOLDERS.map((folder) => `${folder}/README.md`),
];

/** Where a quoted code name must be defined or used: what ships, what builds it, what tests it. */
const CODE_FOLDERS = ['src', 'scripts', 'tests', 'wordpress'];
const CODE_FILES = [
  'package.json',
  'vite.config.ts',
  'vite.embed.config.ts',
  'eslint.config.js',
  'knip.jsonc',
];

/** A path inside the repository, as the docs quote one: `src/app/routes.ts`, `tests/browser/`. */
const REPOSITORY_PATH = /^(?:src|scripts|tests|docs|wordpress|public|\.ci)\/[\w./[\]-]*$/;
/** A constant (`EMBED_RESPONSE_TIMEOUT_MS`) or a function or variable (`startEmbedBridge()`). */
const CODE_NAME = /^(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]*)+)(?:\(\))?$/;

function filesBelow(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

function quotedIn(text: string): string[] {
  return [...text.matchAll(/`([^`\n]+)`/g)].map((match) => (match[1] ?? '').trim());
}

/** Each doc's quoted paths and code names, the two kinds this test can check. */
function quotedReferences(text: string): { paths: string[]; names: string[] } {
  const quoted = quotedIn(text);
  return {
    // A path with a line number (`file.ts:12`) names the file; a glob names no one file.
    paths: quoted
      .map((token) => token.replace(/:\d+(?:-\d+)?$/, ''))
      .filter((token) => REPOSITORY_PATH.test(token) && !token.includes('*')),
    names: quoted
      .filter((token) => CODE_NAME.test(token))
      .map((token) => token.replace(/\(\)$/, '')),
  };
}

/** The names that stand as a whole word somewhere in the code. */
function missingNames(names: readonly string[], code: string): string[] {
  return names.filter((name) => !new RegExp(`\\b${name}\\b`).test(code));
}

const CODE = [...CODE_FOLDERS.flatMap(filesBelow), ...CODE_FILES.filter((file) => existsSync(file))]
  .filter((file) => /\.(?:[cm]?[jt]sx?|json|jsonc|css|sh|php|txt|html)$/.test(file))
  // This file plants names that exist nowhere else.
  .filter((file) => file !== join('tests', 'build', 'docs-names.test.ts'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

describe('the docs', () => {
  it('quote enough paths and names for this check to mean something', () => {
    const all = DOCS.map((doc) => quotedReferences(readFileSync(doc, 'utf8')));
    expect(all.flatMap((refs) => refs.paths).length).toBeGreaterThan(50);
    expect(all.flatMap((refs) => refs.names).length).toBeGreaterThan(30);
  });

  it.each(DOCS)('%s names only files that exist', (doc) => {
    const { paths } = quotedReferences(readFileSync(doc, 'utf8'));
    expect(paths.filter((path) => !existsSync(path))).toEqual([]);
  });

  it.each(DOCS)('%s names only code that exists', (doc) => {
    const { names } = quotedReferences(readFileSync(doc, 'utf8'));
    expect(missingNames(names, CODE)).toEqual([]);
  });

  it('would catch a renamed file or constant', () => {
    const planted = quotedReferences(
      'See `src/engine/no-such-file.ts`, `EMBED_NO_SUCH_LIMIT` and `noSuchFunction()`, at `src/app/routes.ts:12`.',
    );
    expect(planted.paths.filter((path) => !existsSync(path))).toEqual([
      'src/engine/no-such-file.ts',
    ]);
    expect(missingNames(planted.names, CODE)).toEqual(['EMBED_NO_SUCH_LIMIT', 'noSuchFunction']);
  });
});

/** The first cell of each row of a folder's README table: `perf.ts`, `model/`, `lib/browser.ts`. */
function listedIn(folder: string): string[] {
  return readFileSync(join(folder, 'README.md'), 'utf8')
    .split('\n')
    .flatMap((line) => /^\|\s*`([^`]+)`/.exec(line)?.[1] ?? []);
}

describe.each(SCRIPT_FOLDERS)('the README of %s', (folder) => {
  it('lists every script of the folder', () => {
    const listed = new Set(listedIn(folder));
    const scripts = readdirSync(folder).filter((name) => /\.(?:ts|tsx|sh)$/.test(name));
    expect(scripts.filter((name) => !listed.has(name))).toEqual([]);
  });

  it('lists only what the folder has', () => {
    expect(listedIn(folder).filter((name) => !existsSync(join(folder, name)))).toEqual([]);
  });
});
