/**
 * The Content-Security-Policy of every built page, and the Vite plugin that writes it into each
 * HTML file as a `<meta http-equiv>` tag, so the policy holds even on a host that sets no headers.
 * The pre-render uses the built dist/index.html as its template, so every pre-rendered page inherits
 * the tag; tests/build/csp.test.ts parses every built page to prove it.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * Directive -> sources. Nothing but the app's own origin, ever:
 * - scripts only from files on this origin, plus, on result pages, the sha256 of the one-line
 *   inline script that must run before the first paint (src/results/result-code-pending.ts): no
 *   other inline script, no eval, no third-party script;
 * - `style-src 'self'` plus, per page, the sha256 of the one `<style>` element the pre-render
 *   inlines (the page's whole CSS, so its first paint waits on no request): no 'unsafe-inline'.
 *   React and recharts set inline styles through the CSSOM (`element.style`), which CSP does not
 *   govern, as long as the HTML carries no `style` attribute (tests/build/csp.test.ts checks it);
 * - `img-src data:` for small inline SVG icons in the stylesheet; no remote image is ever loaded;
 * - the app fetches nothing from anywhere else (`connect-src 'self'`), embeds no frame, no plugin.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'none'"],
  // The /embed/ page previews the widget in an iframe of this same site.
  'frame-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
} as const satisfies Record<string, readonly string[]>;

export type CspDirectives = Readonly<Record<string, readonly string[]>>;

export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The CSP source that allows exactly one inline element (`<style>` or `<script>`) with this text. */
export function inlineHashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function withInline(
  styleHashes: readonly string[],
  scriptHashes: readonly string[],
): CspDirectives {
  return {
    ...CSP_DIRECTIVES,
    'script-src': [...CSP_DIRECTIVES['script-src'], ...scriptHashes],
    'style-src': [...CSP_DIRECTIVES['style-src'], ...styleHashes],
  };
}

/**
 * The policy as a `<meta>` tag carries it (frame-ancestors cannot live in a meta tag), allowing
 * the inline styles and scripts with these hash sources (`inlineHashSource`).
 */
export function cspMetaPolicy(
  styleHashes: readonly string[] = [],
  scriptHashes: readonly string[] = [],
): string {
  return serializeCsp(withInline(styleHashes, scriptHashes));
}

/** The policy of a page without inline styles: what the Vite build writes into the template. */
export const CSP_META_POLICY = cspMetaPolicy();

/**
 * The policy as the HTTP header carries it: the meta policy plus `frame-ancestors`, which only a
 * header can set. `allowedEmbedOrigins` are the blog origins that may frame the test;
 * `styleHashes` and `scriptHashes`, every page's inline style and script (one header covers every
 * page, and a browser enforces the header and the meta tag both).
 */
export function cspHeaderPolicy(
  allowedEmbedOrigins: readonly string[],
  styleHashes: readonly string[] = [],
  scriptHashes: readonly string[] = [],
): string {
  return serializeCsp({
    ...withInline(styleHashes, scriptHashes),
    'frame-ancestors': ["'self'", ...allowedEmbedOrigins],
  });
}

const META_TAG = `<meta http-equiv="Content-Security-Policy" content="${CSP_META_POLICY}" />`;

/** Puts `policy` in place of the page's CSP meta tag's policy. */
export function replaceCspMeta(html: string, policy: string): string {
  const tag = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/i;
  if (!tag.test(html)) throw new Error('csp: the page has no CSP meta tag to fill');
  return html.replace(tag, (_whole, start: string, end: string) => `${start}${policy}${end}`);
}

/**
 * Inserts the meta tag right after `<meta charset>` (or first in `<head>`): a meta policy only
 * covers what comes after it, so it must precede every script and stylesheet tag.
 */
export function injectCspMeta(html: string): string {
  if (/http-equiv=["']?Content-Security-Policy/i.test(html)) return html;
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset !== null) {
    const end = charset.index + charset[0].length;
    return `${html.slice(0, end)}\n    ${META_TAG}${html.slice(end)}`;
  }
  const head = /<head[^>]*>/i.exec(html);
  if (head === null) throw new Error('csp: a built HTML page has no <head>');
  const end = head.index + head[0].length;
  return `${html.slice(0, end)}\n    ${META_TAG}${html.slice(end)}`;
}

/** Build only: the dev server's React refresh preamble is an inline script the policy would block. */
export function cspMetaPlugin(): Plugin {
  return {
    name: 'toushi:csp-meta',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => injectCspMeta(html) },
  };
}
