import { describe, expect, it } from 'vitest';
import { SITE, type SiteConfig } from '@/data/site';
import {
  isReleaseBuild,
  releaseProblems,
  runReleaseGuard,
} from '../../scripts/build/release-guard';

/** A configuration with nothing left to fill in. */
const READY: SiteConfig = {
  ...SITE,
  origin: 'https://shindan.tokyo-soken.co.jp',
  operator: {
    ...SITE.operator,
    address: { ja: '東京都千代田区1-1-1', en: '1-1-1 Chiyoda, Tokyo' },
    contact: { ja: 'お問い合わせフォーム', en: 'Contact form' },
    contactUrl: 'https://www.tokyo-soken.co.jp/contact',
    registration: { state: 'not-registered' },
  },
  services: {
    line: SITE.services.line,
    newsletter: { ...SITE.services.newsletter, url: 'https://www.tokyo-soken.co.jp/mail' },
    blog: { ...SITE.services.blog, url: 'https://blog.tokyo-soken.co.jp/' },
  },
  embedAllowedOrigins: ['https://blog.tokyo-soken.co.jp'],
};

describe('the release guard', () => {
  it('finds nothing in a configuration that is ready', () => {
    expect(releaseProblems(READY)).toEqual([]);
  });

  it('names every PLACEHOLDER value by its path', () => {
    const site: SiteConfig = {
      ...READY,
      operator: { ...READY.operator, address: { ja: 'PLACEHOLDER 住所', en: 'Tokyo' } },
    };
    expect(releaseProblems(site).map((problem) => problem.path)).toEqual(['operator.address.ja']);
  });

  it('names URLs on reserved example domains, inside lists too', () => {
    const site: SiteConfig = {
      ...READY,
      origin: 'https://shindan.example.jp',
      embedAllowedOrigins: ['https://blog.tokyo-soken.co.jp', 'https://blog.example.com'],
    };
    expect(releaseProblems(site).map((problem) => problem.path)).toEqual([
      'origin',
      'embedAllowedOrigins[1]',
    ]);
  });

  it('refuses a registration state nobody has decided', () => {
    const site: SiteConfig = {
      ...READY,
      operator: { ...READY.operator, registration: { state: 'unset' } },
    };
    expect(releaseProblems(site)).toEqual([
      expect.objectContaining({ path: 'operator.registration' }),
    ]);
  });

  it('accepts either real registration state', () => {
    const registered: SiteConfig = {
      ...READY,
      operator: {
        ...READY.operator,
        registration: {
          state: 'registered',
          number: { ja: '関東財務局長(金商)第1号', en: 'Kanto Local Finance Bureau (FIBO) No. 1' },
          association: {
            ja: '一般社団法人 日本投資顧問業協会',
            en: 'Japan Investment Advisers Association',
          },
        },
      },
    };
    expect(releaseProblems(registered)).toEqual([]);
    expect(releaseProblems(READY)).toEqual([]);
  });

  it('lists what the shipped configuration still lacks', () => {
    const paths = releaseProblems(SITE).map((problem) => problem.path);
    expect(paths).toContain('origin');
    expect(paths).toContain('operator.registration');
  });

  it('fails a release with problems, and only warns in an everyday build', () => {
    const lines: string[] = [];
    expect(runReleaseGuard(SITE, true, (line) => lines.push(line))).toBe(1);
    expect(lines.some((line) => line.includes('error: SITE.operator.registration'))).toBe(true);
    lines.length = 0;
    expect(runReleaseGuard(SITE, false, (line) => lines.push(line))).toBe(0);
    expect(lines.some((line) => line.includes('warning: SITE.origin'))).toBe(true);
    expect(runReleaseGuard(READY, true, () => undefined)).toBe(0);
  });

  it('treats --release and RELEASE=1 as a release', () => {
    expect(isReleaseBuild(['--release'], {})).toBe(true);
    expect(isReleaseBuild([], { RELEASE: '1' })).toBe(true);
    expect(isReleaseBuild([], {})).toBe(false);
    expect(isReleaseBuild([], { RELEASE: '0' })).toBe(false);
  });
});
