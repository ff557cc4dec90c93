/**
 * The static server the browser tests and `npm run perf` use behaves like a plain static host:
 * no rewrites, 404.html for anything missing, the _headers file applied.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lab/lib/static-server';

const site = mkdtempSync(join(tmpdir(), 'static-server-'));
const files: Record<string, string> = {
  'index.html': '<h1>landing</h1>',
  '404.html': '<h1>not found</h1>',
  'quiz/index.html': '<h1>quiz</h1>',
  'assets/app-AbC123.js': 'export const answer = 42;'.repeat(20),
  'assets/icon-AbC123.png': 'not really a png',
  'manifest.webmanifest': '{"name":"test"}',
  'icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  _headers:
    '/*\n  X-Content-Type-Options: nosniff\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n',
};
let server: StaticServer;
let underBase: StaticServer;

beforeAll(async () => {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), content);
  }
  server = await startStaticServer({ root: site });
  underBase = await startStaticServer({ root: site, basePath: '/shindan/' });
});

afterAll(async () => {
  await Promise.all([server.close(), underBase.close()]);
  rmSync(site, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(new URL(path, server.url), { headers, redirect: 'manual' });

/** Sends the path as written: fetch resolves `//` and dot segments before they reach the server. */
const getRaw = (path: string): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: server.port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });

describe('the static server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('serves a directory URL from its index.html', async () => {
    const response = await get('quiz/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<h1>quiz</h1>');
  });

  it('redirects a directory URL without its slash, keeping the query', async () => {
    const response = await get('quiz?lang=en');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/quiz/?lang=en');
  });

  it.each([
    'r/unknown/',
    'quiz/extra',
    'nope.js',
    '..%2f..%2fetc/passwd',
    '%2e%2e/%2e%2e/etc/passwd',
  ])('answers %s with 404.html and status 404, never a rewrite to the app', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>not found</h1>');
  });

  it.each([
    '//',
    '//quiz/',
    '/%',
    '/..%2f',
    '/..%2f..%2fetc/passwd',
    '/../../etc/passwd',
    '/quiz/../../etc/passwd',
    '/quiz/%00',
  ])('answers the odd path %s with the 404 page and keeps serving', async (path) => {
    const response = await getRaw(path);
    expect(response.status).toBe(404);
    expect(response.body).toBe('<h1>not found</h1>');
    expect((await get('quiz/')).status).toBe(200);
  });

  it.each([
    ['manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['assets/icon-AbC123.png', 'image/png'],
  ])('sends %s as %s', async (path, type) => {
    expect((await get(path)).headers.get('content-type')).toBe(type);
  });

  it('gzips text when the client accepts it', async () => {
    const response = await get('assets/app-AbC123.js', { 'accept-encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe(files['assets/app-AbC123.js']);
  });

  it.each(['', 'manifest.webmanifest', 'icon.svg', 'missing'])(
    'gzips %s too, the 404 page included',
    async (path) => {
      const response = await get(path, { 'accept-encoding': 'gzip' });
      expect(response.headers.get('content-encoding')).toBe('gzip');
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
    },
  );

  it('sends images as they are, and gzip only, even to a client that accepts brotli', async () => {
    const headers = { 'accept-encoding': 'gzip, deflate, br, zstd' };
    expect((await get('assets/icon-AbC123.png', headers)).headers.get('content-encoding')).toBe(
      null,
    );
    expect((await get('', headers)).headers.get('content-encoding')).toBe('gzip');
  });

  it('applies the _headers file: security headers everywhere, long caching for assets only', async () => {
    const asset = await get('assets/app-AbC123.js');
    const page = await get('');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('missing')).headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers HEAD with the headers alone', async () => {
    const response = await fetch(server.url, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('');
  });

  it('refuses to write', async () => {
    const response = await fetch(server.url, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
  });

  it('serves under its base path and answers anything outside it with the 404 page', async () => {
    expect(underBase.url).toMatch(/\/shindan\/$/);
    expect(await (await fetch(new URL('quiz/', underBase.url))).text()).toBe('<h1>quiz</h1>');
    const outside = await fetch(new URL('/quiz/', underBase.url));
    expect(outside.status).toBe(404);
    expect(await outside.text()).toBe('<h1>not found</h1>');
    const bare = await fetch(new URL('/shindan?lang=en', underBase.url), { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/shindan/?lang=en');
  });

  it('closes itself after its lifetime', async () => {
    const shortLived = await startStaticServer({ root: site, maxLifetimeMs: 50 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(fetch(shortLived.url)).rejects.toThrow();
  });
});
