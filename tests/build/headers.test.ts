/**
 * dist/_headers, the response headers Netlify and Cloudflare Pages apply (and the local static
 * server sends in the browser tests): security headers on every path, immutable caching only
 * for the hashed assets.
 */
import { describe, expect, it } from 'vitest';
import { SITE } from '@/data/site';
import { cspMetaPolicy, inlineHashSource } from '../../scripts/build/csp';
import { headersFor, parseHeadersFile } from '../../scripts/lab/lib/static-server';
import { builtPages, readBuilt } from './built-site';

const rules = parseHeadersFile(readBuilt('_headers'));
/** Every page's inline style, as the one header covering them all must allow it. */
const styleHashes = [
  ...new Set(
    builtPages().flatMap(({ html }) =>
      [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('style')].map(
        (style) => inlineHashSource(style.textContent ?? ''),
      ),
    ),
  ),
].sort();
/** Every page's inline script (the result pages' one line). */
const scriptHashes = [
  ...new Set(
    builtPages().flatMap(({ html }) =>
      [
        ...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('script:not([src])'),
      ].map((script) => inlineHashSource(script.textContent ?? '')),
    ),
  ),
].sort();
const base = process.env.BASE_PATH ?? '/';
const pagePaths = ['', 'quiz/', 'r/some-type/', 'index.html', '404.html', 'og/some-type.png'].map(
  (path) => base + path,
);

describe('the hosting headers file', () => {
  it.each(pagePaths)('sends the security headers for %s', (path) => {
    const headers = headersFor(rules, path);
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    const denied = (headers.get('Permissions-Policy') ?? '').split(',').map((item) => item.trim());
    for (const feature of [
      'camera',
      'microphone',
      'geolocation',
      'payment',
      'usb',
      'serial',
      'hid',
    ]) {
      expect(denied).toContain(`${feature}=()`);
    }
  });

  it.each(pagePaths)('lets only the site itself and the allowed blogs frame %s', (path) => {
    const policy = headersFor(rules, path).get('Content-Security-Policy') ?? '';
    const frameAncestors = policy
      .split(';')
      .map((directive) => directive.trim())
      .find((directive) => directive.startsWith('frame-ancestors '));
    expect(frameAncestors?.split(/\s+/).slice(1)).toEqual(["'self'", ...SITE.embedAllowedOrigins]);
    // The header holds the same rules as the pages' meta tags, plus what only a header can say.
    expect(styleHashes.length).toBeGreaterThan(0);
    expect(scriptHashes).toHaveLength(1);
    expect(policy).toBe(`${cspMetaPolicy(styleHashes, scriptHashes)}; ${frameAncestors}`);
  });

  it('lists only https origins as embedders', () => {
    expect(SITE.embedAllowedOrigins.length).toBeGreaterThan(0);
    for (const origin of SITE.embedAllowedOrigins) expect(new URL(origin).origin).toBe(origin);
    for (const origin of SITE.embedAllowedOrigins) expect(origin).toMatch(/^https:\/\//);
  });

  it('caches the hashed assets for a year and nothing else', () => {
    expect(headersFor(rules, `${base}assets/index-AbC123.js`).get('Cache-Control')).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const path of pagePaths) expect(headersFor(rules, path).has('Cache-Control')).toBe(false);
  });
});
