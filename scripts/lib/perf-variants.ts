/**
 * The two builds `npm run perf` measures the app against, made from the same dist/ so that only
 * the one difference counts:
 * - the floor: every page exactly as pre-rendered (its HTML and inline CSS), with every script
 *   and module preload taken out. Nothing can paint sooner than this page on the same server.
 * - the JS-rendered build: the same app and stack (router, zustand, i18next), but every page is
 *   the empty template with its stylesheet linked, so nothing shows until the app has rendered it.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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

/**
 * The JS-rendered build: every page is the untouched template the pre-render started from
 * (dist-ssr/template.html: an empty root, the stylesheet linked, the CSP without inline styles).
 */
export function writeJsRendered(distDir: string, ssrDir: string): Variant {
  const template = join(ssrDir, 'template.html');
  if (!existsSync(template)) throw new Error(`perf: ${template} is missing: run npm run build`);
  const html = readFileSync(template, 'utf8');
  const variant = copyOf(distDir, 'js-rendered');
  for (const file of htmlFiles(variant.dir)) writeFileSync(file, html);
  return variant;
}
