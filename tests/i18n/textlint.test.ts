// @vitest-environment node
/**
 * Every Japanese text the app shows (the i18n resources, the model's texts, the site and operator
 * configuration) through textlint with the project's .textlintrc.json: preset-japanese,
 * ja-no-abusage and the JTF style rules that fit the house style. The deliberate exceptions are
 * the table in docs/ja-style.md; an exception that no longer occurs fails too, so the table
 * stays true.
 */
import { readFileSync } from 'node:fs';
import { createLinter, loadTextlintrc } from 'textlint';
import { describe, expect, it } from 'vitest';
import { SITE } from '@/data/site';
import { resources } from '@/i18n/resources/ja/index';

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
/** i18next placeholders stand for a name or number: lint the sentence around them. */
const PLACEHOLDER = /\{\{[^}]*\}\}/g;

function strings(value: unknown, path: string, onlyUnder?: string): [string, string][] {
  if (typeof value === 'string') {
    const inScope = onlyUnder === undefined || path.endsWith(`.${onlyUnder}`);
    return inScope ? [[path, value]] : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    strings(child, path === '' ? key : `${path}.${key}`, onlyUnder),
  );
}

const TEXTS = [...strings(resources, ''), ...strings(SITE, 'site', 'ja')].filter(([, text]) =>
  JAPANESE.test(text),
);

/** The exceptions table of docs/ja-style.md: `text path` | `rule id` | why. */
function documentedExceptions(): { path: string; ruleId: string }[] {
  const doc = readFileSync('docs/ja-style.md', 'utf8');
  const section = doc.split('## Deliberate exceptions')[1] ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \| `([^`]+)` \| .+\|$/gm)].map((match) => ({
    path: match[1] ?? '',
    ruleId: match[2] ?? '',
  }));
}

describe('Japanese copy through textlint', () => {
  it('finds no problem beyond the documented exceptions, and every exception still occurs', async () => {
    expect(TEXTS.length).toBeGreaterThan(200);
    const descriptor = await loadTextlintrc({ configFilePath: '.textlintrc.json' });
    const rules = descriptor.rule.lintableDescriptors.map((rule) => rule.id);
    expect(rules).toEqual(
      expect.arrayContaining([
        'japanese/no-doubled-joshi',
        'ja-no-abusage',
        'jtf-style/4.2.7.コロン(：)',
      ]),
    );
    const linter = createLinter({ descriptor });
    const found: { path: string; ruleId: string; message: string }[] = [];
    for (const [path, text] of TEXTS) {
      const result = await linter.lintText(text.replace(PLACEHOLDER, 'A'), 'copy.txt');
      for (const message of result.messages)
        found.push({ path, ruleId: message.ruleId, message: message.message.split('\n')[0] ?? '' });
    }
    const exceptions = documentedExceptions();
    expect(exceptions.length).toBeGreaterThan(0);
    const isException = (problem: { path: string; ruleId: string }) =>
      exceptions.some((entry) => entry.path === problem.path && entry.ruleId === problem.ruleId);
    expect(found.filter((problem) => !isException(problem))).toEqual([]);
    const stale = exceptions.filter(
      (entry) =>
        !found.some((problem) => problem.path === entry.path && problem.ruleId === entry.ruleId),
    );
    expect(stale).toEqual([]);
  }, 120_000);
});
