/**
 * The test's own pages that forward a reader to LINE, the newsletter and the blog. Inside
 * WordPress's sandboxed wrapper the test can open no tab, and WordPress opens only addresses on the
 * frame's own host (its `link` message): a link to a service goes to `go/<service>/` instead, and
 * that page sends the reader on with the link's campaign values.
 *
 * Each page forwards to one fixed address, its service's (SITE.services), so no query can turn it
 * into an open redirect; the query only adds campaign values, validated with the app's own pattern.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICE_IDS, SITE, type ServiceId } from '@/data/site';
import { forwardPagePath } from '@/embed/wordpress-wrapper';
import { CAMPAIGN_KEYS } from '@/platform/campaign';
import { CAMPAIGN_VALUE } from '@/platform/url-params';
import { cspMetaPolicy, inlineHashSource } from './csp';
import { escapeHtml } from './page-head';

/** The one script of every forwarding page, next to them; a file, since the CSP allows no inline one. */
export const FORWARD_SCRIPT_FILE = 'go/forward.js';
/** The page's whole style, inline like every page's (its CSP hash goes into the site's header). */
export const FORWARD_PAGE_STYLE =
  'body{margin:2rem auto;max-width:32rem;padding:0 1rem;font:1rem/1.7 system-ui,sans-serif}';

/** The meta tag the script reads its destination from. */
export const FORWARD_META_NAME = 'toushi-shinri-test-forward';

/** The forwarding script: adds the well-formed campaign values of its own query, then leaves. */
export function forwardScript(): string {
  return `(function(){var m=document.querySelector('meta[name="${FORWARD_META_NAME}"]');if(!m)return;var t=new URL(m.content),q=new URLSearchParams(location.search),p=new RegExp(${JSON.stringify(CAMPAIGN_VALUE.source)});${JSON.stringify(CAMPAIGN_KEYS)}.forEach(function(k){var v=q.get(k);if(v!==null&&p.test(v))t.searchParams.set(k,v)});location.replace(t.href)})();\n`;
}

/** One service's forwarding page; `baseUrl` is the site's base path, ending in "/". */
export function forwardPage(serviceId: ServiceId, baseUrl: string): string {
  const service = SITE.services[serviceId];
  const target = new URL(service.url);
  if (target.protocol !== 'https:')
    throw new Error(`forward-pages: ${serviceId}'s address must be https, got ${service.url}`);
  const href = escapeHtml(target.href);
  return `<!doctype html>
<html lang="ja">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${cspMetaPolicy([inlineHashSource(FORWARD_PAGE_STYLE)])}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <meta name="${FORWARD_META_NAME}" content="${href}" />
    <title>${escapeHtml(service.title.ja)}</title>
    <style>${FORWARD_PAGE_STYLE}</style>
    <script src="${escapeHtml(`${baseUrl}${FORWARD_SCRIPT_FILE}`)}"></script>
  </head>
  <body>
    <p><a href="${href}">${escapeHtml(service.title.ja)}</a></p>
    <p lang="en"><a href="${href}">${escapeHtml(service.title.en)}</a></p>
  </body>
</html>
`;
}

/**
 * Writes every service's forwarding page and their script into the built site; returns the CSP
 * hash source of the pages' inline style, for the site's header.
 */
export function writeForwardPages(distDir: string, baseUrl: string): string {
  mkdirSync(join(distDir, 'go'), { recursive: true });
  writeFileSync(join(distDir, FORWARD_SCRIPT_FILE), forwardScript());
  for (const serviceId of SERVICE_IDS) {
    const dir = join(distDir, forwardPagePath(serviceId));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), forwardPage(serviceId, baseUrl));
  }
  return inlineHashSource(FORWARD_PAGE_STYLE);
}
