import { SCORE_BANDS, bandOf } from '@/data/dimensions';

describe('bandOf', () => {
  it.each([
    [0, 'low'],
    [34, 'low'],
    [34.9, 'low'],
    [35, 'mid'],
    [50, 'mid'],
    [64.9, 'mid'],
    [65, 'high'],
    [100, 'high'],
  ])('puts a score of %d in the %s band', (score, band) => {
    expect(bandOf(score)).toBe(band);
  });

  it('follows the named thresholds', () => {
    expect(bandOf(SCORE_BANDS.midMin)).toBe('mid');
    expect(bandOf(SCORE_BANDS.highMin)).toBe('high');
  });
});
