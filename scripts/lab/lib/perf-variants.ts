/**
 * The floor `npm run perf` measures the app against, made from the same dist/ so that only the one
 * difference counts: every page exactly as pre-rendered (its HTML and inline CSS), with every
 * script and module preload taken out. Nothing can paint sooner than this page on the same server.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'assets' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** A page without JavaScript: no script element, no module preload. */
export function withoutScripts(html: string): string {
  return html
    .replace(/\s*<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
}

export interface Variant {
  readonly dir: string;
  readonly remove: () => void;
}

function copyOf(distDir: string, name: string): Variant {
  const dir = mkdtempSync(join(tmpdir(), `perf-${name}-`));
  cpSync(distDir, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The floor fixture: the pre-rendered pages, inline CSS and all, without any script. */
export function writeFloor(distDir: string): Variant {
  const variant = copyOf(distDir, 'floor');
  for (const file of htmlFiles(variant.dir))
    writeFileSync(file, withoutScripts(readFileSync(file, 'utf8')));
  return variant;
}
