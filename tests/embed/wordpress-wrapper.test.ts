import { describe, expect, it } from 'vitest';
import { WORDPRESS_NOTICES } from '@/data/privacy';
import { SITE } from '@/data/site';
import {
  forwardPagePath,
  isWordPressReady,
  splitWordPressSecret,
  wordPressHeightMessage,
  wordPressLinkTarget,
  WORDPRESS_HEIGHT_MAX,
  WORDPRESS_HEIGHT_MIN,
  type WordPressLinkMessage,
} from '@/embed/wordpress-wrapper';

const siteRoot = 'https://shindan.example.jp/';
const targets = {
  siteRoot,
  services: {
    line: SITE.services.line.url,
    newsletter: SITE.services.newsletter.url,
    blog: SITE.services.blog.url,
  },
  fullPage: `${siteRoot}r/steady-guardian/#CODE`,
};

describe("WordPress's secret in the frame's fragment", () => {
  it('is split off a bare fragment, leaving nothing for the app', () => {
    expect(splitWordPressSecret('#?secret=Ab3dE9xYz1')).toEqual({
      fragment: '',
      secret: 'Ab3dE9xYz1',
    });
  });

  it('is split off after a result code, which stays for the result page', () => {
    expect(splitWordPressSecret('#AgRkOkcyJAAAA6yq#?secret=abc123')).toEqual({
      fragment: 'AgRkOkcyJAAAA6yq',
      secret: 'abc123',
    });
  });

  it('leaves a fragment without a secret as it is', () => {
    expect(splitWordPressSecret('#AgRkOkcyJAAAA6yq')).toEqual({ fragment: 'AgRkOkcyJAAAA6yq' });
    expect(splitWordPressSecret('')).toEqual({ fragment: '' });
  });

  it('drops a malformed secret rather than passing it on as part of a code', () => {
    expect(splitWordPressSecret('#CODE#?secret=<script>')).toEqual({ fragment: 'CODE' });
    expect(splitWordPressSecret('#?secret=')).toEqual({ fragment: '' });
  });
});

describe('the height message', () => {
  it("stays inside WordPress's bounds and carries the secret", () => {
    expect(wordPressHeightMessage(640.2, 's3cret')).toEqual({
      message: 'height',
      value: 641,
      secret: 's3cret',
    });
    expect(wordPressHeightMessage(40, 's').value).toBe(WORDPRESS_HEIGHT_MIN);
    expect(wordPressHeightMessage(5000, 's').value).toBe(WORDPRESS_HEIGHT_MAX);
  });
});

describe("wp-embed.js's ready message", () => {
  it("counts only with this frame's secret", () => {
    expect(isWordPressReady({ message: 'ready', secret: 'abc' }, 'abc')).toBe(true);
    expect(isWordPressReady({ message: 'ready', secret: 'xyz' }, 'abc')).toBe(false);
    expect(isWordPressReady({ message: 'height', secret: 'abc' }, 'abc')).toBe(false);
    expect(isWordPressReady('ready', 'abc')).toBe(false);
    expect(isWordPressReady(null, 'abc')).toBe(false);
  });
});

describe('where a followed link goes through WordPress', () => {
  it('a service link goes to its forwarding page on the test, with its campaign values', () => {
    const line = new URL(SITE.services.line.url);
    line.searchParams.set('utm_source', 'wordpress');
    line.searchParams.set('utm_medium', 'oembed');
    line.searchParams.set('utm_campaign', 'bad value!');
    expect(wordPressLinkTarget(line.href, targets)).toBe(
      `${siteRoot}${forwardPagePath('line')}?utm_source=wordpress&utm_medium=oembed`,
    );
  });

  it("the test's own pages open as they are", () => {
    const result = `${siteRoot}r/steady-guardian/#AgRkOkcyJAAAA6yq`;
    expect(wordPressLinkTarget(result, targets)).toBe(result);
  });

  it("anything else (a network's share page, a look-alike of a service) opens the full page", () => {
    expect(wordPressLinkTarget('https://twitter.com/intent/tweet?url=x', targets)).toBe(
      targets.fullPage,
    );
    expect(wordPressLinkTarget(`${SITE.services.line.url}/more`, targets)).toBe(targets.fullPage);
    expect(wordPressLinkTarget('not a url', targets)).toBe(targets.fullPage);
  });
});

describe('what the privacy page says the wrapper tells the blog page', () => {
  it('names each message the wrapper sends, and no other', () => {
    const sent = [
      wordPressHeightMessage(600, 's').message,
      { message: 'link', value: targets.fullPage, secret: 's' } satisfies WordPressLinkMessage,
    ].map((message) => (typeof message === 'string' ? message : message.message));
    expect(WORDPRESS_NOTICES.map((notice) => notice.id)).toEqual(sent);
  });
});
