/**
 * A plain static file server over the production build, the way GitHub Pages or Netlify serve it:
 * no rewrites (a missing path answers `404.html` with status 404), directory URLs answer their
 * `index.html`, gzip when the client accepts it, long-lived caching for hashed `/assets/` files only,
 * and the response headers from `dist/_headers` when the build wrote one. Bound to 127.0.0.1 on a
 * free port; it closes itself after `maxLifetimeMs` so a crashed test run leaves nothing behind.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

export interface StaticServerOptions {
  /** The folder to serve, usually `dist`. */
  readonly root: string;
  /** The site's base path ("/" or "/shindan/"); requests outside it get the 404 page. */
  readonly basePath?: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** The server closes itself after this long (default 30 minutes). */
  readonly maxLifetimeMs?: number;
}

export interface StaticServer {
  /** The base URL with its trailing slash, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};

/** Text formats worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.txt',
  '.xml',
  '.map',
]);

const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
const REVALIDATE_CACHE = 'no-cache';

export interface HeaderRule {
  readonly pattern: RegExp;
  readonly headers: readonly (readonly [string, string])[];
}

/**
 * Parses a Netlify / Cloudflare Pages `_headers` file: a path pattern on its own line (`*` matches
 * anything, `:name` one segment), then indented `Name: value` lines.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const rawLine of text.split(/\r?\n/)) {
    if (rawLine.trim() === '' || rawLine.trim().startsWith('#')) continue;
    if (!/^\s/.test(rawLine)) {
      rules.push({ pattern: pathPattern(rawLine.trim()), headers: [] });
      continue;
    }
    const current = rules.at(-1);
    const colon = rawLine.indexOf(':');
    if (current === undefined || colon < 0) {
      throw new Error(`_headers: a header line outside a path block: ${JSON.stringify(rawLine)}`);
    }
    current.headers.push([rawLine.slice(0, colon).trim(), rawLine.slice(colon + 1).trim()]);
  }
  return rules;
}

function pathPattern(path: string): RegExp {
  const source = path
    .split('*')
    .map((part) =>
      part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z_][A-Za-z0-9_]*/g, '[^/]+'),
    )
    .join('.*');
  return new RegExp(`^${source}$`);
}

/** The headers every rule matching `urlPath` adds, in file order (later rules win on a clash). */
export function headersFor(rules: readonly HeaderRule[], urlPath: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.pattern.test(urlPath)) continue;
    for (const [name, value] of rule.headers) headers.set(name, value);
  }
  return headers;
}

function normaliseBase(basePath: string): string {
  const withLead = basePath.startsWith('/') ? basePath : `/${basePath}`;
  return withLead.endsWith('/') ? withLead : `${withLead}/`;
}

interface Found {
  readonly file: string;
  readonly status: 200 | 404;
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(
      `No build to serve: ${join(root, 'index.html')} is missing. Run \`npm run build\` first.`,
    );
  }
  const basePath = normaliseBase(options.basePath ?? '/');
  const headersPath = join(root, '_headers');
  const headerRules = existsSync(headersPath)
    ? parseHeadersFile(readFileSync(headersPath, 'utf8'))
    : [];
  const gzipCache = new Map<string, Buffer>();

  const fileIn = (relative: string): string | undefined => {
    const full = normalize(join(root, relative));
    if (full !== root && !full.startsWith(root + sep)) return undefined;
    return existsSync(full) ? full : undefined;
  };

  const notFound = (): Found | undefined => {
    const page = fileIn('404.html');
    return page === undefined ? undefined : { file: page, status: 404 };
  };

  const send = (
    request: IncomingMessage,
    response: ServerResponse,
    urlPath: string,
    found: Found | undefined,
  ): void => {
    for (const [name, value] of headersFor(headerRules, urlPath)) response.setHeader(name, value);
    if (found === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    const extension = extname(found.file).toLowerCase();
    let body: Buffer = readFileSync(found.file);
    response.setHeader('Content-Type', CONTENT_TYPES[extension] ?? 'application/octet-stream');
    if (!response.hasHeader('Cache-Control')) {
      const hashed = found.status === 200 && urlPath.startsWith(`${basePath}assets/`);
      response.setHeader('Cache-Control', hashed ? HASHED_ASSET_CACHE : REVALIDATE_CACHE);
    }
    if (COMPRESSIBLE.has(extension)) {
      response.setHeader('Vary', 'Accept-Encoding');
      if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        let zipped = gzipCache.get(found.file);
        if (zipped === undefined) {
          zipped = gzipSync(body, { level: 9 });
          gzipCache.set(found.file, zipped);
        }
        body = zipped;
        response.setHeader('Content-Encoding', 'gzip');
      }
    }
    response.setHeader('Content-Length', body.length);
    response.writeHead(found.status);
    response.end(request.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' });
      response.end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Bad request');
      return;
    }
    if (urlPath.includes('\0')) {
      response.writeHead(400);
      response.end();
      return;
    }
    if (`${urlPath}/` === basePath) {
      response.writeHead(301, { Location: basePath + url.search });
      response.end();
      return;
    }
    if (!urlPath.startsWith(basePath)) {
      send(request, response, urlPath, notFound());
      return;
    }
    const relative = urlPath.slice(basePath.length);
    const target = fileIn(relative);
    if (target === undefined) {
      send(request, response, urlPath, notFound());
      return;
    }
    if (statSync(target).isDirectory()) {
      const index = fileIn(join(relative, 'index.html'));
      if (index === undefined) {
        send(request, response, urlPath, notFound());
        return;
      }
      if (!urlPath.endsWith('/')) {
        // Like GitHub Pages and Netlify: /quiz -> /quiz/, so relative URLs resolve the same way.
        response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        response.end();
        return;
      }
      send(request, response, urlPath, { file: index, status: 200 });
      return;
    }
    send(request, response, urlPath, { file: target, status: 200 });
  });
  server.keepAliveTimeout = 2_000;

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolveClose) => {
      clearTimeout(lifetime);
      server.close(() => resolveClose());
      server.closeAllConnections();
    });
    return closing;
  };
  const lifetime = setTimeout(() => void close(), options.maxLifetimeMs ?? 30 * 60_000);
  lifetime.unref();

  return { url: `http://127.0.0.1:${port}${basePath}`, port, close };
}
