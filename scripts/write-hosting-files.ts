/**
 * Writes `dist/_headers`, the response headers file Netlify and Cloudflare Pages read (docs/hosting.md
 * gives the same headers for nginx). The local static server sends it too, so the browser tests run
 * under the production headers.
 *
 * As a Vite plugin (`hostingFilesPlugin()`), the build emits it; as a script
 * (`npx tsx scripts/write-hosting-files.ts`), it rewrites it into an existing dist/.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { SITE } from '../src/data/site.ts';
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
}

/**
 * The `_headers` file. Security headers apply to every path; Cache-Control is set only for the
 * hashed `assets/` folder, because hosts join a header set by two matching rules with a comma.
 */
export function renderHeadersFile({ basePath, embedAllowedOrigins }: HostingOptions): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return [
    '# Written by scripts/write-hosting-files.ts at build time; see docs/hosting.md.',
    `${base}*`,
    `  Content-Security-Policy: ${cspHeaderPolicy(embedAllowedOrigins)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    `  Permissions-Policy: ${PERMISSIONS_POLICY}`,
    '  Cross-Origin-Opener-Policy: same-origin',
    `${base}assets/*`,
    `  Cache-Control: ${IMMUTABLE_CACHE}`,
    '',
  ].join('\n');
}

export function hostingFilesPlugin(): Plugin {
  let basePath = '/';
  return {
    name: 'toushi:hosting-files',
    apply: 'build',
    configResolved(config) {
      basePath = config.base;
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: renderHeadersFile({ basePath, embedAllowedOrigins: SITE.embedAllowedOrigins }),
      });
    },
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const target = fileURLToPath(new URL('../dist/_headers', import.meta.url));
  writeFileSync(
    target,
    renderHeadersFile({
      basePath: process.env.BASE_PATH ?? '/',
      embedAllowedOrigins: SITE.embedAllowedOrigins,
    }),
  );
  console.log(`Wrote ${target}`);
}
