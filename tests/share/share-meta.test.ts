import { describe, expect, it } from 'vitest';
import { INVESTOR_TYPE_IDS } from '@/data/investor-types';
import { modelText as modelTextEn } from '@/data/text/en';
import { modelText as modelTextJa } from '@/data/text/ja';
import {
  DESCRIPTION_MAX_CHARS,
  SHARE_PAGES,
  renderShareHead,
  shareHead,
  shareHeadTags,
  type SharePage,
} from '../../scripts/build/share-meta';
import { REQUIRED_META, one, parseShareHead } from './share-head';

function rendered(page: SharePage, options: Parameters<typeof shareHead>[1] = {}) {
  return parseShareHead(
    `<!doctype html><html><head>${renderShareHead(shareHead(page, options))}</head><body></body></html>`,
  );
}

describe('share previews', () => {
  it.each(
    SHARE_PAGES.map(
      (page) => [page.kind === 'result' ? `result ${page.typeId}` : page.kind, page] as const,
    ),
  )('gives the %s page every tag a preview needs, with absolute https URLs', (_label, page) => {
    const head = rendered(page);
    for (const key of REQUIRED_META) expect(one(head, key), key).not.toBe('');
    expect(one(head, 'twitter:card')).toBe('summary_large_image');
    expect(one(head, 'og:image:width')).toBe('1200');
    expect(one(head, 'og:image:height')).toBe('630');
    for (const url of [one(head, 'og:image'), one(head, 'og:url'), head.canonical ?? '']) {
      expect(new URL(url).protocol).toBe('https:');
    }
    expect(head.title).toBe(one(head, 'og:title'));
  });

  it('names the type, its catchphrase and its own image on each result page', () => {
    for (const typeId of INVESTOR_TYPE_IDS) {
      const head = rendered({ kind: 'result', typeId });
      const text = modelTextJa.types[typeId];
      expect(one(head, 'og:title')).toContain(text.name);
      expect(one(head, 'og:description').startsWith(text.catchphrase)).toBe(true);
      expect(one(head, 'og:image')).toBe(`https://shindan.example.jp/og/${typeId}-ja.png`);
      expect(one(head, 'og:url')).toBe(`https://shindan.example.jp/r/${typeId}/`);
      expect(head.canonical).toBe(`https://shindan.example.jp/r/${typeId}/`);
    }
  });

  it('speaks English with the English image and locale when asked', () => {
    const head = rendered({ kind: 'result', typeId: 'patient-grower' }, { language: 'en' });
    expect(one(head, 'og:title')).toContain(modelTextEn.types['patient-grower'].name);
    expect(one(head, 'og:image')).toBe('https://shindan.example.jp/og/patient-grower-en.png');
    expect(one(head, 'og:locale')).toBe('en_US');
    expect(head.meta.get('og:locale:alternate')).toEqual(['ja_JP']);
  });

  it('builds every URL under the base path when the site lives in a sub-folder', () => {
    const head = rendered(
      { kind: 'landing' },
      { origin: 'https://www.example.co.jp', basePath: '/shindan/' },
    );
    expect(one(head, 'og:url')).toBe('https://www.example.co.jp/shindan/');
    expect(one(head, 'og:image')).toBe('https://www.example.co.jp/shindan/og/landing-ja.png');
  });

  it('refuses an origin that is not bare https, or a base path without its slashes', () => {
    expect(() => shareHead({ kind: 'landing' }, { origin: 'http://shindan.example.jp' })).toThrow(
      /https/,
    );
    expect(() => shareHead({ kind: 'landing' }, { origin: 'https://shindan.example.jp/' })).toThrow(
      /https/,
    );
    expect(() => shareHead({ kind: 'landing' }, { basePath: 'shindan' })).toThrow(/base path/);
  });

  it('keeps descriptions short enough for every platform', () => {
    for (const page of SHARE_PAGES) {
      for (const language of ['ja', 'en'] as const) {
        expect(Array.from(shareHead(page, { language }).description).length).toBeLessThanOrEqual(
          DESCRIPTION_MAX_CHARS,
        );
      }
    }
  });

  it('keeps the not-found page out of search results', () => {
    expect(one(rendered({ kind: 'not-found' }), 'robots')).toBe('noindex');
    expect(rendered({ kind: 'landing' }).meta.has('robots')).toBe(false);
  });

  it('escapes text so no value can break out of its tag', () => {
    const html = renderShareHead({
      title: 'A</title><script>alert(1)</script>',
      description: '"><img src=x onerror=alert(1)>',
      canonical: 'https://shindan.example.jp/?a="b"&c=<d>',
      alternates: [],
      meta: [{ attribute: 'property', key: 'og:title', content: `'"<>&` }],
    });
    const doc = new DOMParser().parseFromString(`<html><head>${html}</head></html>`, 'text/html');
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    expect(doc.title).toBe('A</title><script>alert(1)</script>');
    expect(doc.querySelector('meta')?.getAttribute('content')).toBe(`'"<>&`);
    expect(doc.querySelector('link')?.getAttribute('href')).toBe(
      'https://shindan.example.jp/?a="b"&c=<d>',
    );
  });
});

describe('the pre-render hook', () => {
  it('adds the share tags but leaves the title and description to the pre-render', () => {
    const html = shareHeadTags({ kind: 'result', typeId: 'bold-adventurer', baseUrl: '/' });
    const head = parseShareHead(`<html><head><title>t</title>${html}</head></html>`);
    expect(head.title).toBe('t');
    expect(head.meta.has('description')).toBe(false);
    expect(one(head, 'og:image')).toBe('https://shindan.example.jp/og/bold-adventurer-ja.png');
    expect(head.canonical).toBe('https://shindan.example.jp/r/bold-adventurer/');
  });

  it('fails the build on a result page of an unknown type', () => {
    expect(() => shareHeadTags({ kind: 'result', typeId: 'nobody', baseUrl: '/' })).toThrow(
      /nobody/,
    );
  });
});
