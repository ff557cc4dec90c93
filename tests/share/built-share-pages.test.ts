/**
 * Checks the production build the way LINE, X and Facebook see it: static HTML, no script run.
 * Needs `npm run build` first (like tests/build); it fails with that fix when dist/ is missing.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INVESTOR_TYPE_IDS } from '@/data/investor-types';
import { LANGUAGES } from '@/i18n/languages';
import { modelText } from '@/data/text/ja';
import { OG_IMAGE_MAX_BYTES } from '../../scripts/build/og-images';
import { distDir, readBuilt, requireBuild } from '../build/built-site';
import { pngSize } from './png';
import { REQUIRED_META, one, parseShareHead } from './share-head';

const pages = [
  ['the landing page', 'index.html'],
  ...INVESTOR_TYPE_IDS.map(
    (typeId) => [`the ${typeId} result page`, `r/${typeId}/index.html`] as const,
  ),
] as const;

/** The file in dist/ an absolute site URL points to (the site may live under a base path). */
function distFileOf(url: string, siteRoot: string): string {
  expect(url.startsWith(siteRoot), `${url} is under ${siteRoot}`).toBe(true);
  return join(distDir, url.slice(siteRoot.length));
}

describe('the built share previews', () => {
  it.each(pages)(
    'gives %s every preview tag once, with absolute https URLs to files that exist',
    (_label, path) => {
      const head = parseShareHead(readBuilt(path));
      for (const key of REQUIRED_META) expect(one(head, key), key).not.toBe('');
      expect(one(head, 'twitter:card')).toBe('summary_large_image');
      expect(one(head, 'og:image:width')).toBe('1200');
      expect(one(head, 'og:image:height')).toBe('630');
      expect(head.title).toBeTruthy();
      const canonical = head.canonical ?? '';
      for (const url of [one(head, 'og:image'), one(head, 'og:url'), canonical]) {
        expect(new URL(url).protocol, url).toBe('https:');
      }
      expect(one(head, 'og:url')).toBe(canonical);
      const siteRoot = path === 'index.html' ? canonical : canonical.replace(/r\/[a-z-]+\/$/, '');
      expect(existsSync(distFileOf(one(head, 'og:image'), siteRoot)), one(head, 'og:image')).toBe(
        true,
      );
    },
  );

  it.each(INVESTOR_TYPE_IDS)('names the %s type and shows its own image', (typeId) => {
    const head = parseShareHead(readBuilt(`r/${typeId}/index.html`));
    expect(one(head, 'og:title')).toContain(modelText.types[typeId].name);
    expect(one(head, 'og:image')).toMatch(new RegExp(`/og/${typeId}-ja\\.png$`));
    expect(one(head, 'og:url')).toMatch(new RegExp(`/r/${typeId}/$`));
  });

  it('has a 1200x630 PNG under 1 MB for each type and language, and for the landing page', () => {
    requireBuild();
    const expected = LANGUAGES.flatMap((language) => [
      `landing-${language}.png`,
      ...INVESTOR_TYPE_IDS.map((typeId) => `${typeId}-${language}.png`),
    ]).sort();
    const dir = join(distDir, 'og');
    expect(existsSync(dir), 'dist/og exists (run scripts/build/og-images.ts after the build)').toBe(
      true,
    );
    expect(
      readdirSync(dir)
        .filter((file) => file.endsWith('.png'))
        .sort(),
    ).toEqual(expected);
    for (const file of expected) {
      const bytes = readFileSync(join(dir, file));
      expect(pngSize(bytes), file).toEqual({ width: 1200, height: 630 });
      expect(statSync(join(dir, file)).size, file).toBeLessThan(OG_IMAGE_MAX_BYTES);
    }
  });
});
