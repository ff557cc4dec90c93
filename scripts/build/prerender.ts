/**
 * Writes a static HTML page per route into dist/ from the built dist/index.html: the landing page,
 * the quiz, each investor type's result page, the embed configurator and 404.html. Each keeps the
 * template's script and stylesheet tags, gets its own <title> and description, and carries the
 * pre-rendered app so it paints before any JavaScript runs. Run after `vite build` and
 * `vite build --ssr src/entry-server.tsx --outDir dist-ssr`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkEmbedOrigins, EMBED_ORIGINS_PATH } from '../../src/data/embed-origins';
import { SITE } from '../../src/data/site';
import { CODE_PENDING_SCRIPT } from '../../src/results/result-code-pending';
import { cspMetaPolicy, inlineHashSource, replaceCspMeta } from './csp';
import { writeForwardPages } from './forward-pages';
import { OEMBED_FILE, oembedDocument } from './oembed';
import { escapeHtml, headTags } from './page-head';
import { renderHeadersFile } from './write-hosting-files';

import type * as EntryServerModule from '../../src/entry-server';

type EntryServer = typeof EntryServerModule;

const root = resolve(import.meta.dirname, '../..');
// `tsx scripts/build/prerender.ts [distDir] [ssrDir]`; the defaults are the project's dist/ and dist-ssr/.
const distDir = resolve(process.argv[2] ?? join(root, 'dist'));
const ssrDir = resolve(process.argv[3] ?? join(root, 'dist-ssr'));
const ROOT_DIV = '<div id="root"></div>';

/** The untouched template: saved on the first run, so running the pre-render twice is harmless. */
function readTemplate(): string {
  const saved = join(ssrDir, 'template.html');
  const built = readFileSync(join(distDir, 'index.html'), 'utf8');
  if (built.includes(ROOT_DIV)) {
    writeFileSync(saved, built);
    return built;
  }
  if (existsSync(saved)) return readFileSync(saved, 'utf8');
  throw new Error(
    'prerender: dist/index.html has no empty root and no saved template: run vite build first',
  );
}

/** The base path the client was built with, read from the template's own module script. */
function baseUrlOf(template: string): string {
  const script = /<script[^>]+type="module"[^>]+src="([^"]+)"/.exec(template);
  const src = script?.[1];
  if (src === undefined) throw new Error('prerender: the template has no module script');
  const index = src.indexOf('assets/');
  return index === -1 ? '/' : src.slice(0, index);
}

interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly css?: readonly string[];
  readonly imports?: readonly string[];
}
type Manifest = Readonly<Record<string, ManifestChunk>>;

function readManifest(): Manifest | undefined {
  const path = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(path)) return undefined;
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

const STYLESHEET_LINK = /\s*<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g;

/** The template's own stylesheets (the entry's CSS), as paths inside dist/. */
export function templateStylesheets(template: string, baseUrl: string): string[] {
  return [...template.matchAll(STYLESHEET_LINK)].map(([, href = '']) =>
    href.startsWith(baseUrl) ? href.slice(baseUrl.length) : href,
  );
}

/** The CSS files of a page's lazy chunks (the result page's, the embed page's), inside dist/. */
export function chunkStylesheets(manifest: Manifest, modules: readonly string[]): string[] {
  const files = new Set<string>();
  const styles = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (chunk === undefined || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) styles.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const module of modules) visit(module);
  return [...styles];
}

/**
 * The script files a page's start waits for besides the entry: the texts of its language (and the
 * later texts when the route shows results) and its lazy page's code with what that imports. The
 * entry only asks for them once it has run, which on a slow phone is a round trip and a download
 * after the entry's own; listed as module preloads in the HTML they load alongside it. The entry
 * and what the template already preloads are left out, and so is anything loaded on demand later
 * (the chart, the embed bridge).
 */
export function startChunks(
  manifest: Manifest,
  page: { language: string; texts: 'start' | 'later'; lazySource?: string },
): string[] {
  const files: string[] = [];
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (chunk === undefined || chunk.isEntry === true || key.startsWith('_react')) return;
    if (files.includes(chunk.file)) return;
    files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const textsKey = (part: 'start' | 'later'): string =>
    `src/i18n/resources/${page.language}/${part}.ts`;
  for (const key of [
    textsKey('start'),
    ...(page.texts === 'later' ? [textsKey('later')] : []),
    ...(page.lazySource === undefined ? [] : [page.lazySource]),
  ]) {
    if (manifest[key] === undefined) throw new Error(`prerender: ${key} is not in the manifest`);
    visit(key);
  }
  return files;
}

/** `<link rel="modulepreload">` for each file, the way Vite writes the template's own. */
export function modulePreloadTags(files: readonly string[], baseUrl: string): string {
  return files
    .map((file) => `<link rel="modulepreload" crossorigin href="${escapeHtml(baseUrl + file)}">`)
    .join('\n    ');
}

/**
 * Puts the page's whole CSS into one `<style>` element in place of the template's stylesheet
 * links: the first paint then waits on no request (a render-blocking stylesheet costs a round
 * trip on a phone), and nothing shifts, since every rule is there before the first paint. The
 * CSP meta tag allows exactly this text by its hash. A lazy chunk still links its own CSS when
 * the app loads it later (the same rules again: harmless, and off the first paint's path).
 */
export function inlineStyles(html: string, css: string): string {
  if (/<\/style/i.test(css)) throw new Error('prerender: the CSS would close its <style> element');
  const withoutLinks = html.replace(STYLESHEET_LINK, '');
  return withoutLinks.replace('</head>', () => `    <style>${css}</style>\n  </head>`);
}

/**
 * Puts each script inline right after the CSP meta tag, ahead of everything the first paint waits
 * for, so it runs before that paint. The CSP meta tag allows exactly these texts by their hashes.
 */
export function withInlineScripts(html: string, scripts: readonly string[]): string {
  if (scripts.length === 0) return html;
  for (const script of scripts)
    if (/<\/script/i.test(script)) throw new Error('prerender: a script would close its element');
  const tags = scripts.map((script) => `\n    <script>${script}</script>`).join('');
  const cspMeta = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
  if (!cspMeta.test(html)) throw new Error('prerender: the template has no CSP meta tag');
  return html.replace(cspMeta, (tag) => `${tag}${tags}`);
}

export function fillTemplate(
  template: string,
  page: { appHtml: string; title: string; description: string; route: string; hydratable: boolean },
  extraHead: string,
): string {
  if (!template.includes(ROOT_DIV)) throw new Error('prerender: the template has no empty root');
  const routeAttribute = page.hydratable ? ` data-route="${escapeHtml(page.route)}"` : '';
  const description = `<meta name="description" content="${escapeHtml(page.description)}" />`;
  let html = template.replace(
    /<title>[\s\S]*?<\/title>/,
    `<title>${escapeHtml(page.title)}</title>`,
  );
  html = /<meta\s+name="description"[^>]*>/.test(html)
    ? html.replace(/<meta\s+name="description"[^>]*>/, description)
    : html.replace('</title>', `</title>\n    ${description}`);
  if (extraHead !== '') html = html.replace('</head>', `    ${extraHead}\n  </head>`);
  return html.replace(ROOT_DIV, () => `<div id="root"${routeAttribute}>${page.appHtml}</div>`);
}

/** Stops the build with a message per refused entry of the blogs' list (src/data/embed-origins.json). */
function checkEmbedOriginsFile(): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(
      readFileSync(new URL(`../../${EMBED_ORIGINS_PATH}`, import.meta.url), 'utf8'),
    );
  } catch (error) {
    throw new Error(`prerender: ${EMBED_ORIGINS_PATH} is not valid JSON: ${String(error)}`);
  }
  const check = checkEmbedOrigins(parsed);
  if (!check.ok)
    throw new Error(
      `prerender: ${EMBED_ORIGINS_PATH} lists blogs the build cannot allow:\n  ${check.problems.join('\n  ')}`,
    );
}

async function main(): Promise<void> {
  checkEmbedOriginsFile();
  // The SSR bundle leaves React external, and the route manifest (read by the head tags) has
  // already loaded React by now: `npm run build` sets NODE_ENV so both are the production build.
  if (process.env.NODE_ENV !== 'production')
    throw new Error('prerender: run with NODE_ENV=production (React must be one build)');
  const entryPath = join(ssrDir, 'entry-server.js');
  if (!existsSync(entryPath))
    throw new Error(`prerender: ${entryPath} is missing: run the SSR build first`);
  const entry = (await import(pathToFileURL(entryPath).href)) as EntryServer;
  const template = readTemplate();
  const baseUrl = baseUrlOf(template);
  const manifest = readManifest();
  if (manifest === undefined)
    throw new Error("prerender: no .vite/manifest.json: the lazy pages' CSS cannot be found");

  const entryStyles = templateStylesheets(template, baseUrl);
  const styleHashes = new Set<string>();
  const scriptHashes = new Set<string>();
  for (const spec of entry.pagesToRender()) {
    const page = await entry.renderPage(spec, baseUrl);
    const styleFiles = [
      ...entryStyles,
      ...(page.entry.lazy === undefined
        ? []
        : chunkStylesheets(manifest, [page.entry.lazy.source])),
    ];
    const css = [...new Set(styleFiles)]
      .map((file) => readFileSync(join(distDir, file), 'utf8').trim())
      .join('\n');
    const styleHash = inlineHashSource(css);
    styleHashes.add(styleHash);
    const preloads = page.hydratable
      ? modulePreloadTags(
          startChunks(manifest, {
            language: page.language,
            texts: page.entry.texts,
            ...(page.entry.lazy === undefined ? {} : { lazySource: page.entry.lazy.source }),
          }),
          baseUrl,
        )
      : '';
    const tags = headTags({
      kind: page.entry.kind,
      language: page.language,
      route: page.route,
      ...(page.typeId === undefined ? {} : { typeId: page.typeId }),
      title: page.title,
      description: page.description,
      baseUrl,
    });
    const file = join(distDir, page.file);
    mkdirSync(dirname(file), { recursive: true });
    const head = preloads === '' ? tags : `${preloads}\n    ${tags}`;
    // A page a link may open with a code marks itself before its first paint when one is there.
    const inlineScripts =
      page.entry.opensWithCode === true && page.hydratable ? [CODE_PENDING_SCRIPT] : [];
    const scriptHashesOfPage = inlineScripts.map(inlineHashSource);
    for (const hash of scriptHashesOfPage) scriptHashes.add(hash);
    const html = withInlineScripts(
      inlineStyles(fillTemplate(template, page, head), css),
      inlineScripts,
    ).replace(/<html lang="[^"]*"/, `<html lang="${page.language}"`);
    writeFileSync(file, replaceCspMeta(html, cspMetaPolicy([styleHash], scriptHashesOfPage)));
    const oembed = oembedDocument({
      kind: page.entry.kind,
      ...(page.typeId === undefined ? {} : { typeId: page.typeId }),
      language: page.language,
      siteRoot: `${SITE.origin}${baseUrl}`,
    });
    if (oembed !== undefined)
      writeFileSync(join(dirname(file), OEMBED_FILE), `${JSON.stringify(oembed, null, 2)}\n`);
    const note =
      page.errors.length > 0
        ? `, rendered with errors, so the client renders it fresh: ${page.errors.join('; ')}`
        : '';
    console.log(`prerender: ${page.file} (${page.route})${note}`);
  }
  styleHashes.add(writeForwardPages(distDir, baseUrl));
  writeFileSync(
    join(distDir, '_headers'),
    renderHeadersFile({
      basePath: baseUrl,
      embedAllowedOrigins: SITE.embedAllowedOrigins,
      styleHashes: [...styleHashes].sort(),
      scriptHashes: [...scriptHashes].sort(),
    }),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
