/**
 * Lighthouse's accessibility audit scores the landing page and a question 100, on its default
 * mobile emulation, in a browser set to Japanese as the product's readers' are.
 */
import lighthouse from 'lighthouse';
import { describe, expect, it } from 'vitest';
import { launchDebuggableChromium } from '../../scripts/lab/lib/browser';
import { at } from './support/session';

describe.each([
  ['the landing page', '/'],
  ['a question', 'quiz/'],
])('Lighthouse accessibility on %s', (_, path) => {
  it('scores 100', { timeout: 120_000 }, async () => {
    const chromium = await launchDebuggableChromium(3 * 60_000, ['--lang=ja', '--accept-lang=ja']);
    try {
      const result = await lighthouse(at(path), {
        port: chromium.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['accessibility'],
      });
      const lhr = result?.lhr;
      expect(lhr?.runtimeError).toBeUndefined();
      const failing = (lhr?.categories.accessibility?.auditRefs ?? [])
        .map((ref) => lhr?.audits[ref.id])
        .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
        .map((audit) => audit?.id);
      expect(failing).toEqual([]);
      expect(Math.round((lhr?.categories.accessibility?.score ?? 0) * 100)).toBe(100);
    } finally {
      await chromium.close();
    }
  });
});
