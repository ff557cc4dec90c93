import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST, iconFiles } from '../../scripts/build/icons';

const publicDir = resolve(process.cwd(), 'public');
const html = readFileSync(resolve(process.cwd(), 'index.html'), 'utf8');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('site icons', () => {
  it.each(iconFiles().map((file) => [file.path, file] as const))(
    'keeps public/%s as the brand mark renders it (npm run icons)',
    (_, file) => {
      const target = resolve(publicDir, file.path);
      expect(existsSync(target)).toBe(true);
      const onDisk = readFileSync(target);
      expect(onDisk.equals(Buffer.from(file.contents))).toBe(true);
    },
  );

  it.each(MANIFEST.icons.map((icon) => [icon.src, icon] as const))(
    'lists %s in the manifest at the size it really is',
    (_, icon) => {
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(readFileSync(resolve(publicDir, icon.src)))).toEqual({ width, height });
    },
  );

  it('has a 180 px apple-touch icon and links it, the favicon and the manifest from the page', () => {
    expect(pngSize(readFileSync(resolve(publicDir, 'apple-touch-icon.png')))).toEqual({
      width: 180,
      height: 180,
    });
    expect(html).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml" />');
    expect(html).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png" />');
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest" />');
  });
});
