import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/** The build under test: dist/, or DIST_DIR when set. */
export const distDir = resolve(process.env.DIST_DIR ?? 'dist');

/** Fails with the fix in the message when there is no build to check. */
export function requireBuild(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(
      `tests/build check the production build, but ${distDir}/index.html is missing: run \`npm run build\` first.`,
    );
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

export interface BuiltPage {
  /** Path inside dist with forward slashes, e.g. `r/steady-guardian/index.html`. */
  readonly path: string;
  readonly html: string;
}

export function builtPages(): BuiltPage[] {
  requireBuild();
  return walk(distDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({
      path: relative(distDir, file).split(sep).join('/'),
      html: readFileSync(file, 'utf8'),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function readBuilt(path: string): string {
  requireBuild();
  return readFileSync(join(distDir, path), 'utf8');
}
