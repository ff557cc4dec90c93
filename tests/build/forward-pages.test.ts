// @vitest-environment node
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { SERVICE_IDS, SITE } from '@/data/site';
import { forwardPagePath } from '@/embed/wordpress-wrapper';
import { FORWARD_META_NAME, FORWARD_SCRIPT_FILE } from '../../scripts/build/forward-pages';
import { readBuilt } from './built-site';

/** Runs the built forwarding script on a page whose meta names `target`, opened with `search`. */
function forwardedTo(target: string, search: string): string[] {
  const replaced: string[] = [];
  runInNewContext(readBuilt(FORWARD_SCRIPT_FILE), {
    URL,
    URLSearchParams,
    RegExp,
    document: {
      querySelector: (selector: string) =>
        selector === `meta[name="${FORWARD_META_NAME}"]` ? { content: target } : null,
    },
    location: { search, replace: (href: string) => replaced.push(href) },
  });
  return replaced;
}

describe('the forwarding pages that take a reader from the sandboxed embed to a service', () => {
  it.each(SERVICE_IDS)('%s has one, naming only its own service', (serviceId) => {
    const html = readBuilt(`${forwardPagePath(serviceId)}index.html`);
    const service = new URL(SITE.services[serviceId].url).href.replaceAll('&', '&amp;');
    expect(html).toContain(`<meta name="${FORWARD_META_NAME}" content="${service}" />`);
    expect(html).toContain(`<a href="${service}">`);
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).toContain(`<script src="/${FORWARD_SCRIPT_FILE}"></script>`);
  });

  it('forwards with the well-formed campaign values only', () => {
    const line = SITE.services.line.url;
    expect(
      forwardedTo(
        line,
        '?utm_source=wordpress&utm_medium=oembed&utm_campaign=%3Cx%3E&to=https://evil.example',
      ),
    ).toEqual([`${line}?utm_source=wordpress&utm_medium=oembed`]);
    expect(forwardedTo(line, '')).toEqual([line]);
  });
});
