// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BANNER_SIZES, bannerPath } from '@/data/banners';
import { LANGUAGES } from '@/i18n/languages';
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
