// @vitest-environment node
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryOf, ROUTES } from '@/app/routes';
import { SITE } from '@/data/site';
import { buildEmbedSnippet } from '@/embed/embed-snippet';
import { LANGUAGES, pathInLanguage } from '@/i18n/languages';
import {
  OEMBED_FILE,
  OEMBED_FRAME_HEIGHT,
  OEMBED_FRAME_WIDTH,
  OEMBED_PAGE_KINDS,
  WORDPRESS_EMBED_ASPECT_RATIOS,
  WORDPRESS_EMBED_ASPECT_TOLERANCE,
  oembedUrl,
  type OEmbedDocument,
} from '../../scripts/build/oembed';
import { builtPages, distDir, readBuilt } from './built-site';

const siteRoot = `${SITE.origin}/`;

/** Every pre-rendered page a marketer would paste: the landing page and each type page, per language. */
const pastedPages = ROUTES.filter((entry) => OEMBED_PAGE_KINDS.includes(entry.kind)).flatMap(
  (entry) =>
    LANGUAGES.flatMap((language) =>
      entry.pages.map((params) => ({
        kind: entry.kind,
        language,
        ...('typeId' in params ? { typeId: params.typeId } : {}),
        dir: pathInLanguage(params.path, language).slice(1),
      })),
    ),
);

/** What WordPress keeps of an untrusted provider's HTML (wp_filter_oembed_result, WordPress 6.1). */
const WORDPRESS_KEPT = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s;

function discoveryHref(html: string): string | undefined {
  return /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
}

describe('oEmbed for the pages a marketer pastes', () => {
  it('covers the landing page and every type page in both languages', () => {
    expect(pastedPages.length).toBe(LANGUAGES.length * (1 + entryOf('result').pages.length));
  });

  it.each(pastedPages)(
    '$dir ($language) announces its oEmbed JSON, which is a rich embed of the test',
    (page) => {
      const html = readBuilt(`${page.dir}index.html`);
      const href = discoveryHref(html);
      expect(href).toBe(`${siteRoot}${page.dir}${OEMBED_FILE}`);
      expect(href).toBe(oembedUrl({ ...page, siteRoot }));
      const json = JSON.parse(readBuilt(`${page.dir}${OEMBED_FILE}`)) as OEmbedDocument;
      expect(json).toMatchObject({ version: '1.0', type: 'rich', provider_url: siteRoot });
      expect(json.title).toBe(/<title>([^<]*)<\/title>/.exec(html)?.[1]);

      // What WordPress keeps for an untrusted provider: the quoted link and the frame of the test.
      const kept = WORDPRESS_KEPT.exec(json.html);
      expect(kept?.[1]).toContain(
        `<a href="${siteRoot}${page.dir}?utm_source=wordpress&amp;utm_medium=oembed"`,
      );
      const frameSrc = /<iframe src="([^"]+)"/.exec(kept?.[2] ?? '')?.[1]?.replaceAll('&amp;', '&');
      const frame = new URL(frameSrc ?? 'invalid:');
      expect(frame.origin + frame.pathname).toBe(
        siteRoot + pathInLanguage('/', page.language).slice(1),
      );
      expect(Object.fromEntries(frame.searchParams)).toEqual({
        embed: '1',
        lang: page.language,
        utm_source: 'wordpress',
        utm_medium: 'oembed',
      });
      expect(json.html).not.toMatch(/<script|style=|on\w+=/i);

      // The trusted snippet is the one docs/embed.md gives Editors, in the page's language.
      expect(json.embed_snippet).toBe(
        buildEmbedSnippet({
          siteRoot,
          lang: page.language,
          theme: 'auto',
          utmSource: 'wordpress',
        }).replace(/\n\s*/g, ''),
      );
      expect(existsSync(join(distDir, new URL(json.thumbnail_url).pathname))).toBe(true);
    },
  );

  it("starts the frame at a size WordPress's block editor does not lock to a fixed ratio", () => {
    // The editor takes the widest listed ratio at or below the frame's, and locks the embed to it
    // when the frame's ratio is within the tolerance above it.
    const ratio = Number((OEMBED_FRAME_WIDTH / OEMBED_FRAME_HEIGHT).toFixed(2));
    const snapped = WORDPRESS_EMBED_ASPECT_RATIOS.find((candidate) => ratio >= candidate);
    const locked = snapped !== undefined && ratio - snapped <= WORDPRESS_EMBED_ASPECT_TOLERANCE;
    expect({ ratio, locked }).toEqual({ ratio, locked: false });
    const json = JSON.parse(
      readBuilt(`${pastedPages[0]?.dir ?? ''}${OEMBED_FILE}`),
    ) as OEmbedDocument;
    expect(json).toMatchObject({ width: OEMBED_FRAME_WIDTH, height: OEMBED_FRAME_HEIGHT });
    expect(json.html).toContain(`width="${OEMBED_FRAME_WIDTH}" height="${OEMBED_FRAME_HEIGHT}"`);
  });

  it('is offered by no other page', () => {
    const pasted = new Set(pastedPages.map((page) => `${page.dir}index.html`));
    const others = builtPages().filter((page) => !pasted.has(page.path));
    expect(others.length).toBeGreaterThan(0);
    for (const page of others) expect(discoveryHref(page.html), page.path).toBeUndefined();
  });
});
