/**
 * The static server the browser tests and `npm run perf` use behaves like a plain static host:
 * no rewrites, 404.html for anything missing, the _headers file applied.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';

const site = mkdtempSync(join(tmpdir(), 'static-server-'));
const files: Record<string, string> = {
  'index.html': '<h1>landing</h1>',
  '404.html': '<h1>not found</h1>',
  'quiz/index.html': '<h1>quiz</h1>',
  'assets/app-AbC123.js': 'export const answer = 42;'.repeat(20),
  _headers:
    '/*\n  X-Content-Type-Options: nosniff\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n',
};
let server: StaticServer;

beforeAll(async () => {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(site, path, '..'), { recursive: true });
    writeFileSync(join(site, path), content);
  }
  server = await startStaticServer({ root: site });
});

afterAll(async () => {
  await server.close();
  rmSync(site, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}): Promise<Response> =>
  fetch(new URL(path, server.url), { headers, redirect: 'manual' });

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

  it('gzips text when the client accepts it', async () => {
    const response = await get('assets/app-AbC123.js', { 'accept-encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe(files['assets/app-AbC123.js']);
  });

  it('applies the _headers file: security headers everywhere, long caching for assets only', async () => {
    const asset = await get('assets/app-AbC123.js');
    const page = await get('');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('missing')).headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses to write', async () => {
    const response = await fetch(server.url, { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
  });
});
