import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captureCampaign, currentCampaign, parseCampaign, withCampaign } from '@/platform/campaign';

describe('campaign attribution', () => {
  it.each([
    [
      '?utm_source=blog&utm_medium=embed&utm_campaign=spring_2026',
      { utm_source: 'blog', utm_medium: 'embed', utm_campaign: 'spring_2026' },
    ],
    ['?utm_source=blog&utm_term=secret&email=a%40b.jp', { utm_source: 'blog' }],
    ['?utm_source=%3Cscript%3E&utm_medium=line', { utm_medium: 'line' }],
    [`?utm_campaign=${'x'.repeat(65)}`, {}],
    ['', {}],
  ])('keeps only allowlisted, well-formed parameters from %s', (search, expected) => {
    expect(parseCampaign(search)).toEqual(expected);
  });

  it('remembers the landing campaign for the rest of the visit', () => {
    captureCampaign('?utm_source=blog&utm_campaign=autumn');
    expect(captureCampaign('')).toEqual({ utm_source: 'blog', utm_campaign: 'autumn' });
    expect(currentCampaign()).toEqual({ utm_source: 'blog', utm_campaign: 'autumn' });
  });

  it('adds the campaign to outbound https links and leaves other links alone', () => {
    expect(withCampaign('https://line.me/R/ti/p/@billiontouch', { utm_source: 'blog' })).toBe(
      'https://line.me/R/ti/p/@billiontouch?utm_source=blog',
    );
    expect(withCampaign('javascript:alert(1)', { utm_source: 'blog' })).toBe('javascript:alert(1)');
    expect(withCampaign('not a url', { utm_source: 'blog' })).toBe('not a url');
  });

  it('never throws and yields only valid values for any query string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (search) => {
        const campaign = parseCampaign(search);
        for (const value of Object.values(campaign))
          expect(value).toMatch(/^[A-Za-z0-9._~-]{1,64}$/);
      }),
      { numRuns: 10_000, seed: 20261125 },
    );
  });
});
