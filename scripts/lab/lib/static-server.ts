/**
 * A plain static file server over the production build, the way GitHub Pages or Netlify serve it:
 * sirv reads the files and @polka/compression gzips text for clients that accept it. Around them,
 * what those hosts do and the packages leave to us: no rewrites (a missing path answers `404.html`
 * with status 404), a directory URL answers its `index.html` and redirects when its slash is
 * missing, long-lived caching for hashed `/assets/` files only, and the response headers from
 * `dist/_headers` when the build wrote one. Bound to 127.0.0.1 on a free port; it closes itself
 * after `maxLifetimeMs` so a crashed test run leaves nothing behind.
 */
import { createServer, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import compression from '@polka/compression';
import { lookup } from 'mrmime';
import sirv from 'sirv';

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

const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
const REVALIDATE_CACHE = 'no-cache';
/** Text formats worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE_TYPES = /^text\/|[+/](json|xml)\b/;
const UTF8_TYPES = /^text\/|^application\/.*(json|xml)$/;

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

function decoded(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/**
 * Whether a decoded path under the base can name a file: no NUL, and no empty or dot segment
 * (`//`, `/../`), which a host would resolve to some other path than the one asked for.
 */
function namesAFile(relative: string): boolean {
  const segments = relative.split('/');
  return (
    !relative.includes('\0') &&
    segments.every(
      (segment, index) =>
        segment !== '.' && segment !== '..' && (segment !== '' || index === segments.length - 1),
    )
  );
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
  const setCache = (response: ServerResponse, value: string): void => {
    if (!response.hasHeader('Cache-Control')) response.setHeader('Cache-Control', value);
  };
  // Level 9 and no size floor, so the transfer sizes `npm run perf` reports stay comparable.
  const gzip = compression({ level: 9, threshold: 0, mimes: COMPRESSIBLE_TYPES });
  const files = sirv(root, {
    // Looks each request up on disk rather than listing the files once at start, so a rebuild
    // while the server runs is served as it now is.
    dev: true,
    // A URL names one file exactly: no `.html` guessing, directories handled below.
    extensions: [],
    setHeaders(response, pathname) {
      const type = lookup(pathname) ?? 'application/octet-stream';
      response.setHeader('Content-Type', UTF8_TYPES.test(type) ? `${type}; charset=utf-8` : type);
      setCache(response, pathname.startsWith('/assets/') ? HASHED_ASSET_CACHE : REVALIDATE_CACHE);
    },
  });

  const sendNotFound = (response: ServerResponse): void => {
    const page = join(root, '404.html');
    const found = existsSync(page);
    setCache(response, REVALIDATE_CACHE);
    response.writeHead(404, {
      'Content-Type': found ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
    });
    response.end(found ? readFileSync(page) : 'Not found');
  };

  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' });
      response.end();
      return;
    }
    const [, pathname = '/', search = ''] = /^([^?]*)(.*)$/s.exec(request.url ?? '/') ?? [];
    const urlPath = decoded(pathname);
    for (const [name, value] of headersFor(headerRules, urlPath ?? pathname)) {
      response.setHeader(name, value);
    }
    const relative = pathname.startsWith(basePath) ? urlPath?.slice(basePath.length) : undefined;
    const servable = relative !== undefined && namesAFile(relative);
    // Like GitHub Pages and Netlify: /quiz -> /quiz/, so relative URLs resolve the same way.
    const location =
      `${urlPath}/` === basePath
        ? basePath
        : servable && !pathname.endsWith('/') && existsSync(join(root, relative, 'index.html'))
          ? `${pathname}/`
          : undefined;
    if (location !== undefined) {
      response.writeHead(301, { Location: location + search });
      response.end();
      return;
    }
    // A cache between must not hand a gzipped body to a client that did not ask for one, and
    // @polka/compression leaves saying so to us.
    response.setHeader('Vary', 'Accept-Encoding');
    gzip(request, response, () => {
      if (!servable) return sendNotFound(response);
      request.url =
        pathname.slice(basePath.length - 1) + (pathname.endsWith('/') ? 'index.html' : '');
      files(request, response, () => sendNotFound(response));
    });
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
