/**
 * Every built HTML page, parsed with a real HTML parser: the CSP meta tag is there, first, with
 * exactly the project's rules, and nothing in the page would need the policy loosened.
 */
import { describe, expect, it } from 'vitest';
import { CODE_PENDING_SCRIPT } from '@/results/result-code-pending';
import { cspMetaPolicy, inlineHashSource } from '../../scripts/build/csp';
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

  describe.each(pages)('$path', ({ path, html }) => {
    const document = parse(html);
    // A type's result page (either language) runs one known line before its first paint.
    const isResultPage = /^(?:en\/)?r\/[a-z-]+\/index\.html$/.test(path);
    const inlineScripts = [...document.querySelectorAll('script:not([src])')];
    const metas = [...document.querySelectorAll('meta')].filter(
      (meta) => meta.httpEquiv.toLowerCase() === 'content-security-policy',
    );

    const styles = [...document.querySelectorAll('style')];

    it('carries one CSP meta tag with exactly the project policy, allowing its own inline style (and script) by hash', () => {
      expect(metas).toHaveLength(1);
      expect(metas[0]?.content).toBe(
        cspMetaPolicy(
          styles.map((style) => inlineHashSource(style.textContent ?? '')),
          inlineScripts.map((script) => inlineHashSource(script.textContent ?? '')),
        ),
      );
    });

    it('carries its whole CSS inline in one style element, and links no stylesheet', () => {
      expect(styles).toHaveLength(1);
      // The app's pages carry the app's CSS; a forwarding page (go/) only its one rule.
      if (!path.startsWith('go/'))
        expect(styles[0]?.textContent?.length ?? 0).toBeGreaterThan(1000);
      expect(styles[0]?.closest('head')).not.toBeNull();
      expect(document.querySelectorAll('link[rel~="stylesheet"]')).toHaveLength(0);
    });

    it('allows scripts from its own origin only (and a result page its one known line), never eval or inline, and no plugin, base or form target elsewhere', () => {
      const policy = directives(metas[0]?.content ?? '');
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('script-src')).toEqual(
        isResultPage ? ["'self'", inlineHashSource(CODE_PENDING_SCRIPT)] : ["'self'"],
      );
      const [self, ...hashes] = policy.get('style-src') ?? [];
      expect(self).toBe("'self'");
      expect(hashes).toHaveLength(1);
      expect(hashes[0]).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('form-action')).toEqual(["'self'"]);
      const sources = [...policy.values()].flat();
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain("'unsafe-inline'");
      // No third-party origin anywhere: only keywords, hashes and the data: scheme for images.
      expect(
        sources.filter((source) => !/^'(?:[a-z-]+|sha256-[A-Za-z0-9+/=]+)'$/.test(source)),
      ).toEqual(['data:']);
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

    it('has no inline script but a result page’s known line, no inline event handler, javascript: URL or style attribute', () => {
      expect(inlineScripts.map((script) => script.textContent)).toEqual(
        isResultPage ? [CODE_PENDING_SCRIPT] : [],
      );
      for (const script of document.querySelectorAll('script[src]')) {
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
      // The policy allows no style attribute; React sets styles through the CSSOM.
      expect(document.querySelectorAll('[style]')).toHaveLength(0);
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
