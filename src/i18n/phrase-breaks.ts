/**
 * The build puts U+200B between the phrases of every Japanese text (scripts/build/budoux-plugin.ts) so
 * lines break between words on screen. Text that leaves the page (a title, a share text, a tag a
 * crawler reads) must not carry them: this removes them.
 */
export function withoutPhraseBreaks(text: string): string {
  return text.replaceAll('\u200b', '');
}
