/**
 * Every built HTML page, parsed with a real HTML parser: the CSP meta tag is there, first, with
 * exactly the project's rules, and nothing in the page would need the policy loosened.
 */
import { describe, expect, it } from 'vitest';
import { CSP_META_POLICY } from '../../scripts/csp';
import { builtPages } from './built-site';

const pages = builtPages();

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0] !== undefined && tokens[0] !== '')
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe('the Content-Security-Policy of the built pages', () => {
  it('finds the landing page and the not-found page in the build', () => {
    expect(pages.map((page) => page.path)).toEqual(
      expect.arrayContaining(['index.html', '404.html']),
    );
  });

  describe.each(pages)('$path', ({ html }) => {
    const document = parse(html);
    const metas = [...document.querySelectorAll('meta')].filter(
      (meta) => meta.httpEquiv.toLowerCase() === 'content-security-policy',
    );

    it('carries one CSP meta tag with exactly the project policy', () => {
      expect(metas).toHaveLength(1);
      expect(metas[0]?.content).toBe(CSP_META_POLICY);
    });

    it('allows scripts from its own origin only, never eval or inline, and no plugin, base or form target elsewhere', () => {
      const policy = directives(metas[0]?.content ?? '');
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('style-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('form-action')).toEqual(["'self'"]);
      const sources = [...policy.values()].flat();
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain("'unsafe-inline'");
      // No third-party origin anywhere: only keywords and the data: scheme for images.
      expect(sources.filter((source) => !/^'[a-z-]+'$/.test(source))).toEqual(['data:']);
      // frame-ancestors is ignored (with a console error) in a meta tag: it lives in _headers.
      expect(policy.has('frame-ancestors')).toBe(false);
    });

    it('puts the policy before every script, stylesheet and preload it governs', () => {
      const governed = document.querySelectorAll('script, link, style');
      for (const element of governed) {
        expect(metas[0]?.compareDocumentPosition(element) ?? 0).toBe(
          Node.DOCUMENT_POSITION_FOLLOWING,
        );
      }
    });

    it('has no inline script, inline event handler, javascript: URL or inline style', () => {
      const scripts = [...document.querySelectorAll('script')];
      for (const script of scripts) {
        expect(script.getAttribute('src'), script.outerHTML).toMatch(/^\/(?!\/)/);
        expect(script.textContent?.trim()).toBe('');
      }
      const elements = [...document.querySelectorAll('*')];
      const handlers = elements.flatMap((element) =>
        element.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on')),
      );
      expect(handlers).toEqual([]);
      const urls = elements.flatMap((element) =>
        ['href', 'src', 'action', 'formaction'].map((name) => element.getAttribute(name) ?? ''),
      );
      expect(urls.filter((url) => /^\s*javascript:/i.test(url))).toEqual([]);
      // style-src 'self' would block these; the stylesheet is a file and React sets styles via the CSSOM.
      expect(document.querySelectorAll('[style], style')).toHaveLength(0);
    });

    it('loads no script, stylesheet or font from another origin', () => {
      const external = [...document.querySelectorAll('script[src], link[href]')]
        .filter((element) =>
          element.matches(
            'script, link[rel~="stylesheet"], link[rel~="modulepreload"], link[rel~="preload"], link[rel~="icon"], link[rel~="manifest"]',
          ),
        )
        .map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '')
        .filter((url) => /^(?:[a-z]+:)?\/\//i.test(url));
      expect(external).toEqual([]);
    });
  });
});
