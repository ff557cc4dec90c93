import { describe, expect, it } from 'vitest';
import { OG_IMAGE_MAX_BYTES, radarPoint, renderOgImage } from '../../scripts/build/og-images';
import { pngSize } from './png';

describe('share images', () => {
  it('draws a type as a 1200x630 PNG under 1 MB', async () => {
    const png = await renderOgImage({ kind: 'result', typeId: 'chart-strategist' }, 'ja');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(OG_IMAGE_MAX_BYTES);
  }, 30_000);

  it.each([
    [0, 100, [200, 100]],
    [3, 100, [200, 300]],
    [0, 0, [200, 200]],
    [0, 150, [200, 100]],
  ] as const)('puts axis %i at score %i on the radar at %o', (index, score, [x, y]) => {
    const [px, py] = radarPoint(index, score, 200, 100);
    expect(px).toBeCloseTo(x);
    expect(py).toBeCloseTo(y);
  });
});
