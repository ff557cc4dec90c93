/**
 * The import fences of eslint.config.js hold on the file an import resolves to, whichever way it
 * is written: each fence is probed with a relative path and with the `@/` alias, the core with a
 * reach into the shell, and the cycle rule with a planted loop. A probe is linted as text under the
 * folder it would live in, so no file is written into src/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { fenceExceptions, fences } from '../../eslint.config.js';

const root = resolve(import.meta.dirname, '../..');
let eslint: ESLint;

/** One real module of a folder (without its extension), for a probe to import. */
function moduleIn(folder: string): string {
  const file = readdirSync(resolve(root, 'src', folder))
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .sort()[0];
  if (file === undefined) throw new Error(`src/${folder} has no module to probe with`);
  return file.replace(/\.tsx?$/, '');
}

/** The rules that report on `code` linted as if it were the file at `path` (relative to the root). */
async function reports(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

const crossings = Object.entries(fences).flatMap(([vertical, forbidden]) =>
  forbidden.map((folder) => ({ vertical, folder, target: moduleIn(folder) })),
);

describe('the import fences', () => {
  it.each(crossings)(
    'stop src/$vertical importing src/$folder, by a relative path and by the alias',
    async ({ vertical, folder, target }) => {
      const probe = `src/${vertical}/fence-probe.ts`;
      expect(await reports(probe, `import '../${folder}/${target}';\n`)).toContain(
        'import-x/no-restricted-paths',
      );
      expect(await reports(probe, `import '@/${folder}/${target}';\n`)).toContain(
        'import-x/no-restricted-paths',
      );
    },
    60_000,
  );

  it('let a folder import what its fence allows', async () => {
    expect(await reports('src/quiz/fence-probe.ts', `import '../ui/${moduleIn('ui')}';\n`)).toEqual(
      [],
    );
    for (const [crossing, files] of Object.entries(fenceExceptions)) {
      const [vertical, folder] = crossing.split('>');
      for (const file of files) {
        const target = file.replace(/^\.\//, '').replace(/\.tsx?$/, '');
        expect(
          await reports(`src/${vertical}/fence-probe.ts`, `import '../${folder}/${target}';\n`),
        ).toEqual([]);
      }
    }
  }, 60_000);

  it('keep the engine and the data from the shell, however the path is written', async () => {
    for (const core of ['engine', 'data']) {
      for (const shell of ['quiz', 'results', 'ui', 'platform', 'i18n', 'app', 'embed']) {
        expect(
          await reports(`src/${core}/core-probe.ts`, `import '../${shell}/${moduleIn(shell)}';\n`),
        ).toContain('import-x/no-restricted-paths');
      }
      expect(
        await reports(`src/${core}/core-probe.ts`, `import '../engine/${moduleIn('engine')}';\n`),
      ).toEqual([]);
    }
  }, 60_000);
});

describe('the fences between what ships, the build and the lab', () => {
  it('stop src/ importing scripts/, and the build importing the lab', async () => {
    expect(await reports('src/ui/fence-probe.ts', `import '../../scripts/build/csp';\n`)).toContain(
      'import-x/no-restricted-paths',
    );
    expect(
      await reports('scripts/build/fence-probe.ts', `import '../lab/lib/bundle-size';\n`),
    ).toContain('import-x/no-restricted-paths');
    expect(await reports('scripts/lab/fence-probe.ts', `import '../build/csp';\n`)).toEqual([]);
  }, 60_000);

  it('hold the model analysis to the core: src/engine and src/data only, and no clock', async () => {
    const probe = 'scripts/lab/model/fence-probe.ts';
    expect(await reports(probe, `import '@/ui/${moduleIn('ui')}';\n`)).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await reports(probe, `import '../lib/bundle-size';\n`)).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await reports(probe, `export const now = Date.now();\n`)).toContain(
      'no-restricted-globals',
    );
    expect(
      await reports(probe, `import '@/engine/${moduleIn('engine')}';\nimport './simulation';\n`),
    ).toEqual([]);
  }, 60_000);
});

describe('the import-cycle rule', () => {
  it('finds a loop planted in the model and none in src/ as it is', async () => {
    const dimensions = 'src/data/dimensions.ts';
    const text = readFileSync(resolve(root, dimensions), 'utf8');
    // rules.ts imports DIMENSION_IDS from dimensions.ts: importing it back closes a loop.
    expect(
      await reports(
        dimensions,
        `import { RULES } from './rules';\nexport const probe = RULES;\n${text}`,
      ),
    ).toContain('import-x/no-cycle');
    expect(await reports(dimensions, text)).toEqual([]);
  }, 60_000);
});
