import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEmbedOrigins, EMBED_ALLOWED_ORIGINS, EMBED_ORIGINS_PATH } from '@/data/embed-origins';
import { SITE } from '@/data/site';
import { releaseProblems } from '../../scripts/build/release-guard';

describe('the blogs allowed to embed the test', () => {
  it('come from the plain data file marketing edits, and that file passes the build’s check', () => {
    const file: unknown = JSON.parse(readFileSync(EMBED_ORIGINS_PATH, 'utf8'));
    expect(checkEmbedOrigins(file)).toEqual({ ok: true, origins: EMBED_ALLOWED_ORIGINS });
    expect(SITE.embedAllowedOrigins).toEqual(EMBED_ALLOWED_ORIGINS);
  });

  it.each([
    ['https://blog.tokyo-soken.co.jp'],
    ['https://blog.tokyo-soken.co.jp:8443'],
    ['http://localhost:8080'],
    ['http://127.0.0.1:8081'],
  ])('accepts %s', (origin) => {
    expect(checkEmbedOrigins({ origins: [origin] })).toEqual({ ok: true, origins: [origin] });
  });

  it.each([
    ['http://blog.tokyo-soken.co.jp', /uses http: a blog must be served over https/],
    ['https://blog.tokyo-soken.co.jp/', /not an origin: write only the scheme and host/],
    ['https://blog.tokyo-soken.co.jp/post/1', /not an origin/],
    ['blog.tokyo-soken.co.jp', /is not an address/],
    ['ftp://blog.tokyo-soken.co.jp', /not an http\(s\) origin/],
  ])('refuses %s with a message that says how to write it', (origin, message) => {
    const check = checkEmbedOrigins({ origins: [origin] });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems.join('\n')).toMatch(message);
  });

  it('names each refused entry by its place, and a repeat', () => {
    const check = checkEmbedOrigins({
      origins: ['https://a.example.co.jp', 'http://b.example.co.jp', 'https://a.example.co.jp'],
    });
    expect(check).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(/^origins\[1\]: .*uses http/),
        expect.stringMatching(/^origins\[2\]: .*listed twice/),
      ],
    });
    expect(checkEmbedOrigins({ blogs: [] })).toEqual({
      ok: false,
      problems: [expect.stringMatching(/needs an "origins" list/)],
    });
  });

  it('lets a staging host build, but not a release', () => {
    const problems = releaseProblems({ ...SITE, embedAllowedOrigins: ['http://127.0.0.1:8081'] });
    expect(problems.map((problem) => problem.path)).toContain('embedAllowedOrigins[0]');
  });
});
