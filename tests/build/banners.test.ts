// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANNER_SIZES, bannerPath } from '@/data/banners';
import { QUESTIONS } from '@/data/questions';
import { minutesFor } from '@/data/quiz-length';
import { LANGUAGES } from '@/i18n/languages';
import { bannerTexts } from '../../scripts/build/banners';
import { distDir, requireBuild } from './built-site';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the banner kit in the build', () => {
  it.each(LANGUAGES.flatMap((language) => BANNER_SIZES.map((size) => [language, size] as const)))(
    'has the %s banner of each size at exactly its size',
    (language, size) => {
      requireBuild();
      const bytes = readFileSync(join(distDir, bannerPath(size.id, language)));
      expect(pngSize(bytes)).toEqual({ width: size.width, height: size.height });
      expect(bytes.length).toBeLessThan(1024 * 1024);
    },
  );
});

describe('what a banner says', () => {
  it.each(LANGUAGES)('names the real question count and minutes in %s, filled', (language) => {
    const texts = bannerTexts(language);
    expect(texts.shortFacts).toContain(String(QUESTIONS.length));
    expect(texts.shortFacts).toContain(String(minutesFor(QUESTIONS.length)));
    expect(texts.facts.startsWith(texts.shortFacts)).toBe(true);
    expect(JSON.stringify(texts)).not.toMatch(/\{\{|\}\}/);
  });
});
