/**
 * The Content-Security-Policy of every built page, and the Vite plugin that writes it into each
 * HTML file as a `<meta http-equiv>` tag, so the policy holds even on a host that sets no headers.
 * The pre-render uses the built dist/index.html as its template, so every pre-rendered page inherits
 * the tag; tests/build/csp.test.ts parses every built page to prove it.
 */
import type { Plugin } from 'vite';

/**
 * Directive -> sources. Nothing but the app's own origin, ever:
 * - scripts only from files on this origin: no inline script, no eval, no third-party script;
 * - `style-src 'self'`: the stylesheet is a file; React and recharts set inline styles through the
 *   CSSOM (`element.style`), which CSP does not govern, so no inline-style allowance is needed as
 *   long as the pre-rendered HTML carries no `style` attribute (tests/build/csp.test.ts checks it);
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

/** The policy as a `<meta>` tag carries it (frame-ancestors cannot live in a meta tag). */
export const CSP_META_POLICY = serializeCsp(CSP_DIRECTIVES);

/**
 * The policy as the HTTP header carries it: the meta policy plus `frame-ancestors`, which only a
 * header can set. `allowedEmbedOrigins` are the blog origins that may frame the test.
 */
export function cspHeaderPolicy(allowedEmbedOrigins: readonly string[]): string {
  return serializeCsp({ ...CSP_DIRECTIVES, 'frame-ancestors': ["'self'", ...allowedEmbedOrigins] });
}

const META_TAG = `<meta http-equiv="Content-Security-Policy" content="${CSP_META_POLICY}" />`;

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
