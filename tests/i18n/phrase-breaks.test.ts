import { describe, expect, it } from 'vitest';
import {
  PHRASE_BREAK,
  breakIntoPhrases,
  breakJapaneseStrings,
} from '../../scripts/build/budoux-plugin';

const shown = (text: string): string => text.replaceAll(PHRASE_BREAK, '|');

describe('phrase breaks in Japanese texts', () => {
  it('puts a break between phrases and none inside a word', () => {
    expect(shown(breakIntoPhrases('じっくり育てる長期派'))).toBe('じっくり育てる|長期派');
    expect(breakIntoPhrases('あなたの強み').replaceAll(PHRASE_BREAK, '')).toBe('あなたの強み');
  });

  it('never makes one character a phrase of its own', () => {
    expect(shown(breakIntoPhrases('よく考えてから動く、慎重な人'))).not.toMatch(/\|.$/);
    expect(shown(breakIntoPhrases('よく考えてから動く、慎重な人'))).toContain('|');
  });

  it('leaves placeholders whole and English alone', () => {
    expect(shown(breakIntoPhrases('全{{count}}問中{{current}}問目'))).not.toMatch(/\{[^}]*\|/);
    expect(breakIntoPhrases('Start the test')).toBe('Start the test');
  });

  it('breaks string values but not keys, module paths, titles or the share text', () => {
    const source = [
      "import { x } from './日本語の道';",
      'export const t = {',
      "  '見出しの鍵': 'あなたの投資家タイプは？',",
      "  meta: { title: 'あなたの投資家タイプを無料診断' },",
      "  share: { text: '私の投資タイプは「{{name}}」でした。', copy: 'リンクをコピーしました' },",
      '};',
    ].join('\n');
    const output = breakJapaneseStrings(source, 'ja/common.ts');
    expect(output).toContain("from './日本語の道'");
    expect(output).toContain("'見出しの鍵':");
    expect(output).toContain(`"あなたの${PHRASE_BREAK}投資家タイプは？"`);
    expect(output).toContain("title: 'あなたの投資家タイプを無料診断'");
    expect(output).toContain("text: '私の投資タイプは「{{name}}」でした。'");
    // The share panel's own labels are page text like any other.
    expect(output).not.toContain("copy: 'リンクをコピーしました'");
  });

  it('in a file of several languages, breaks only the ja values', () => {
    const output = breakJapaneseStrings(
      "export const s = { name: { ja: '株式会社 東京総合研究所の運営です', en: 'Tokyo' }, note: '投資の助言ではありません' };",
      'site.ts',
      { onlyUnderJa: true },
    );
    expect(output).toContain(PHRASE_BREAK);
    expect(output).toContain("note: '投資の助言ではありません'");
  });
});
