/**
 * Japanese line breaking at build time. Japanese has no spaces, so browsers may break a line
 * between any two characters and leave one character of a word alone (「その強/み」). BudouX, Google's
 * phrase segmenter, finds the phrase boundaries; this plugin puts a zero-width space (U+200B) at
 * each one in every Japanese string of the Japanese text modules, and the style sheet's
 * `word-break: keep-all` lets lines break only there. The reader's phone runs nothing for it.
 *
 * Left alone: strings under a `meta` key and the `share.text` (page titles, descriptions and the
 * share text leave the page, where an invisible character would be copied along),
 * `{{placeholders}}`, and object keys. i18next strips U+200B from interpolated values (src/i18n/i18n.ts), so a type name
 * inside a share text or a title carries none.
 */
import ts from 'typescript';
import { loadDefaultJapaneseParser } from 'budoux';
import type { Plugin } from 'vite';

export const PHRASE_BREAK = '\u200b';

/** The modules whose strings are Japanese texts shown on the page. */
export const JAPANESE_TEXT_MODULE =
  /\/src\/(?:i18n\/resources\/ja\/[\w-]+|data\/text\/ja-[\w-]+)\.ts$/;

/** Modules with texts in several languages, where only the values under a `ja` key are Japanese. */
export const LOCALISED_TEXT_MODULE = /\/src\/data\/site\.ts$/;

/** Key paths (innermost last) whose texts leave the page: titles and descriptions, the share text. */
const SKIPPED_PATHS: readonly (readonly string[])[] = [['meta'], ['share', 'text']];
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]/;
const PLACEHOLDER = /\{\{[^}]*\}\}/g;

const parser = loadDefaultJapaneseParser();

/** Punctuation and spaces, which may stand beside a word at a line's edge. */
const NOT_A_WORD = /[\s\u200b、。，．・：；？！「」『』（）〜…ー-]/g;

/**
 * BudouX now and then makes one character a phrase of its own (「慎重な|人」); a line may then end
 * or start with it alone. Such a phrase joins the one before it (or after it, at the start).
 */
function withoutLoneCharacters(phrases: readonly string[]): string[] {
  const merged: string[] = [];
  for (const phrase of phrases) {
    const previous = merged.at(-1);
    if (previous !== undefined && phrase.replace(NOT_A_WORD, '').length <= 1) {
      merged[merged.length - 1] = previous + phrase;
    } else {
      merged.push(phrase);
    }
  }
  const [first, second, ...rest] = merged;
  if (first !== undefined && second !== undefined && first.replace(NOT_A_WORD, '').length <= 1) {
    return [first + second, ...rest];
  }
  return merged;
}

/** The string with U+200B between its phrases; strings without Japanese come back unchanged. */
export function breakIntoPhrases(text: string): string {
  if (!JAPANESE.test(text)) return text;
  const protectedRanges = [...text.matchAll(PLACEHOLDER)].map((match) => [
    match.index,
    match.index + match[0].length,
  ]);
  const phrases = withoutLoneCharacters(parser.parse(text));
  let offset = 0;
  let result = '';
  phrases.forEach((phrase, index) => {
    if (index > 0) {
      const inside = protectedRanges.some(([start = 0, end = 0]) => offset > start && offset < end);
      const before = text[offset - 1] ?? '';
      const after = text[offset] ?? '';
      // A space already lets the line break there.
      if (!inside && !/\s/.test(before) && !/\s/.test(after)) result += PHRASE_BREAK;
    }
    result += phrase;
    offset += phrase.length;
  });
  return result;
}

function propertyName(node: ts.Node): string | undefined {
  if (
    ts.isPropertyAssignment(node) &&
    (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))
  )
    return node.name.text;
  return undefined;
}

/** Does a `meta` or `share` key hold this literal, at any depth? */
function underSkippedKey(node: ts.Node): boolean {
  const path: string[] = [];
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    const name = propertyName(current);
    if (name !== undefined) path.unshift(name);
  }
  const joined = `.${path.join('.')}.`;
  return SKIPPED_PATHS.some((skipped) => joined.includes(`.${skipped.join('.')}.`));
}

/** The module's source with every Japanese string literal broken into phrases. */
export function breakJapaneseStrings(
  source: string,
  fileName: string,
  { onlyUnderJa = false }: { onlyUnderJa?: boolean } = {},
): string {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const isKey = ts.isPropertyAssignment(node.parent) && node.parent.name === node;
      const isModulePath =
        ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent);
      const wanted =
        !onlyUnderJa ||
        (ts.isPropertyAssignment(node.parent) && propertyName(node.parent) === 'ja');
      if (!isKey && !isModulePath && wanted && !underSkippedKey(node)) {
        const broken = breakIntoPhrases(node.text);
        if (broken !== node.text) {
          edits.push({
            start: node.getStart(file),
            end: node.getEnd(),
            text: JSON.stringify(broken),
          });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let output = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  }
  return output;
}

/** Builds only: the dev server and unit tests read the texts as written. */
export function budouxPlugin(): Plugin {
  return {
    name: 'toushi:budoux',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      if (JAPANESE_TEXT_MODULE.test(path)) {
        return { code: breakJapaneseStrings(code, path), map: null };
      }
      if (LOCALISED_TEXT_MODULE.test(path)) {
        return { code: breakJapaneseStrings(code, path, { onlyUnderJa: true }), map: null };
      }
      return null;
    },
  };
}
