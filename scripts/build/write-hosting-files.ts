/**
 * `dist/_headers`, the response headers file Netlify and Cloudflare Pages read (docs/hosting.md
 * gives the same headers for nginx). The local static server sends it too, so the browser tests run
 * under the production headers. The pre-render writes it (scripts/build/prerender.ts): its CSP must allow
 * the inline styles only the pre-render knows.
 */
import { cspHeaderPolicy } from './csp.ts';

/**
 * Powerful features the test never uses, denied to the page and to anything it could frame.
 * Only features Chromium recognises: an unknown name makes it log an error on every page.
 * `web-share` and `clipboard-write` stay allowed: the share buttons use them.
 */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

export const PERMISSIONS_POLICY = DENIED_FEATURES.map((feature) => `${feature}=()`).join(', ');

/** Hashed file names change with their content, so the browser may keep them for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

export interface HostingOptions {
  /** The site's base path, "/" or "/shindan/". */
  readonly basePath: string;
  readonly embedAllowedOrigins: readonly string[];
  /** CSP hash sources of the pages' inline styles (scripts/build/csp.ts `inlineHashSource`). */
  readonly styleHashes?: readonly string[];
  /** CSP hash sources of the pages' inline scripts. */
  readonly scriptHashes?: readonly string[];
}

/**
 * The `_headers` file. Security headers apply to every path; Cache-Control is set only for the
 * hashed `assets/` folder, because hosts join a header set by two matching rules with a comma.
 */
export function renderHeadersFile({
  basePath,
  embedAllowedOrigins,
  styleHashes = [],
  scriptHashes = [],
}: HostingOptions): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return [
    '# Written by scripts/build/prerender.ts at build time; see docs/hosting.md.',
    `${base}*`,
    `  Content-Security-Policy: ${cspHeaderPolicy(embedAllowedOrigins, styleHashes, scriptHashes)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    `  Permissions-Policy: ${PERMISSIONS_POLICY}`,
    '  Cross-Origin-Opener-Policy: same-origin',
    `${base}assets/*`,
    `  Cache-Control: ${IMMUTABLE_CACHE}`,
    // WordPress's wrapper sandboxes the frame to an opaque origin, whose module scripts are CORS
    // requests: the hashed code, texts and styles are public, so any origin may read them.
    '  Access-Control-Allow-Origin: *',
    '',
  ].join('\n');
}
