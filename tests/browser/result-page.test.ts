/**
 * The result page as a new reader meets it on a 375x667 phone inside LINE's in-app browser: the
 * first screen answers (name, summary, LINE button, share), a friend's result invites the test in
 * its first screen, the security check is one's own only, and the saved image is the reader's own.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { TEXT, readableText, typeName } from './support/app';
import { PHONE, at, axeViolations, openSession, useBrowser } from './support/session';
import {
  sampleAnswers,
  sampleResult,
  type SampleResult,
} from '../../scripts/lab/lib/sample-result';

useBrowser();

const ja = TEXT.ja;
const LINE_IN_APP = {
  ...PHONE,
  userAgent:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.10.0',
} as const;
const FIRST_SCREEN = LINE_IN_APP.viewport.height;

/** Stores `code` as the reader's own result, as finishing the quiz does, before the app starts. */
function ownResultScript(code: string): string {
  const state = JSON.stringify({ state: { ownCode: code, friendCode: null }, version: 1 });
  // about:blank, where every page starts, has no storage: only the app's own origin is written.
  return `if (location.protocol.startsWith('http')) localStorage.setItem('toushi-shinri-test:results', ${JSON.stringify(state)});`;
}

async function bottomOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('not laid out');
  return box.y + box.height;
}

/** Two results of the same type with different scores, made by the engine. */
function twoReadersOfOneType(): [SampleResult, SampleResult] {
  const seen = new Map<string, SampleResult>();
  for (let seed = 0; seed < 200; seed += 1) {
    const result = sampleResult(sampleAnswers((index, count) => (index * seed + seed) % count));
    const other = seen.get(result.profile.typeId);
    if (other !== undefined && other.code !== result.code) return [other, result];
    seen.set(result.profile.typeId, result);
  }
  throw new Error('no two readers of one type among the samples');
}

async function openOwn(result: SampleResult): Promise<Page> {
  const { page } = await openSession({
    ...LINE_IN_APP,
    initScripts: [ownResultScript(result.code)],
  });
  await page.goto(at(result.path));
  await page.getByText(ja.results.eyebrow.own, { exact: true }).waitFor();
  return page;
}

describe('one’s own result on a phone in LINE', () => {
  const result = sampleResult(sampleAnswers((index, count) => (index * 3 + 1) % count));

  it('answers in the first screen: name, summary, LINE button and sharing', async () => {
    const page = await openOwn(result);
    const name = page.getByRole('heading', { level: 1, name: typeName(result.profile.typeId) });
    const summary = page.getByText(ja.model.types[result.profile.typeId].catchphrase, {
      exact: true,
    });
    const line = page.getByRole('link', { name: /^友だち追加/ }).first();
    const shareLine = page.getByRole('link', { name: new RegExp(`^${ja.results.share.line}`) });
    const saveImage = page.getByRole('button', { name: ja.results.share.saveImage });
    for (const element of [name, summary, line, shareLine, saveImage])
      expect(await bottomOf(element)).toBeLessThanOrEqual(FIRST_SCREEN);
    expect(await line.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
      'rgb(6, 199, 85)',
    );
    // LINE's green, with text dark enough for WCAG AA (docs/compliance.md, "LINE's colours").
    expect(await line.evaluate((element) => getComputedStyle(element).color)).toBe(
      'rgb(17, 17, 17)',
    );
    expect(await line.getAttribute('target')).toBe('_blank');
    expect(await line.getAttribute('rel')).toBe('noopener noreferrer');
    // LINE first among the share buttons for a Japanese reader.
    const firstShare = page.locator('.result-share__buttons > *').first();
    expect(await readableText(firstShare)).toContain(ja.results.share.line);
  });

  it('shows the account-security check', async () => {
    const page = await openOwn(result);
    await page.getByRole('region', { name: ja.results.security.heading }).waitFor();
  });

  it('has no WCAG 2.1 A/AA violations with the security check open', async () => {
    const page = await openOwn(result);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('a friend’s result on a phone in LINE', () => {
  const friend = sampleResult(sampleAnswers(() => 0));

  it('is about the person who shared it, with 「自分も診断する」 in the first screen and no security check', async () => {
    const { page } = await openSession(LINE_IN_APP);
    await page.goto(at(friend.path));
    await page.getByText(ja.results.eyebrow.friend, { exact: true }).waitFor();
    await page
      // A string, not a pattern: Playwright matches strings on the text a reader sees, without
      // the build's phrase breaks (U+200B).
      .getByText('この結果の人は')
      .first()
      .waitFor();
    const start = page.getByRole('button', { name: ja.results.lead.takeTest }).first();
    expect(await bottomOf(start)).toBeLessThanOrEqual(FIRST_SCREEN);
    expect(await page.getByRole('region', { name: ja.results.security.heading }).count()).toBe(0);
    expect(await page.getByRole('button', { name: ja.results.share.saveImage }).count()).toBe(0);
  });
});

describe('the saved image', () => {
  it('is drawn from the reader’s own scores: two readers of one type get different images', async () => {
    const readers = twoReadersOfOneType();
    const images: string[] = [];
    for (const reader of readers) {
      const page = await openOwn(reader);
      await page.getByRole('button', { name: ja.results.share.saveImage }).click();
      // LINE's browser ignores downloads: the image opens so a long-press saves it.
      const image = page.getByRole('dialog').getByRole('img');
      await image.waitFor();
      const src = (await image.getAttribute('src')) ?? '';
      expect(src).toMatch(/^data:image\/png;base64,/);
      const size = await image.evaluate((element) => [
        (element as HTMLImageElement).naturalWidth,
        (element as HTMLImageElement).naturalHeight,
      ]);
      expect(size).toEqual([1080, 1440]);
      images.push(src);
    }
    expect(readers[0].profile.typeId).toBe(readers[1].profile.typeId);
    expect(images[0]).not.toBe(images[1]);
  });
});
