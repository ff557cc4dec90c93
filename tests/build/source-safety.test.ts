/**
 * The source never writes raw HTML or evaluates strings: parsed with the TypeScript compiler, so
 * a comment or a string that merely mentions a name does not count, and a prop spread or a
 * computed access does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const RAW_HTML_NAMES = new Set([
  'dangerouslySetInnerHTML',
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'srcdoc',
]);
const EVAL_CALLEES = new Set(['eval', 'Function']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(?:ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

function findUnsafe(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const where = (node: ts.Node): string => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    return `${fileName}:${line + 1}`;
  };
  const visit = (node: ts.Node): void => {
    const name =
      ts.isJsxAttribute(node) ||
      ts.isPropertyAssignment(node) ||
      ts.isShorthandPropertyAssignment(node)
        ? node.name.getText(source)
        : ts.isPropertyAccessExpression(node)
          ? node.name.text
          : ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)
            ? node.argumentExpression.text
            : undefined;
    if (name !== undefined && RAW_HTML_NAMES.has(name.replace(/^["']|["']$/g, ''))) {
      found.push(`${where(node)} ${name}`);
    }
    if (
      (ts.isCallExpression(node) || ts.isNewExpression(node)) &&
      ts.isIdentifier(node.expression)
    ) {
      if (EVAL_CALLEES.has(node.expression.text))
        found.push(`${where(node)} ${node.expression.text}()`);
    }
    if (ts.isPropertyAccessExpression(node) && node.getText(source) === 'document.write') {
      found.push(`${where(node)} document.write`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('raw HTML and string evaluation in the source', () => {
  const root = process.cwd();
  const files = sourceFiles(join(root, 'src'));

  it('finds source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('never uses dangerouslySetInnerHTML, innerHTML, eval or new Function in src/', () => {
    const found = files.flatMap((file) =>
      findUnsafe(relative(root, file), readFileSync(file, 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it.each([
    ['<div dangerouslySetInnerHTML={{ __html: x }} />', 'dangerouslySetInnerHTML'],
    ['const props = { dangerouslySetInnerHTML: { __html: x } };', 'dangerouslySetInnerHTML'],
    ['element.innerHTML = text;', 'innerHTML'],
    ["element['outerHTML'] = text;", 'outerHTML'],
    ['const run = new Function("return 1");', 'Function()'],
    ['eval(code);', 'eval()'],
    ['document.write(text);', 'document.write'],
  ])('catches %s', (code, name) => {
    expect(findUnsafe('probe.tsx', code).join('\n')).toContain(name);
  });

  it('ignores names that only appear in comments and strings', () => {
    expect(
      findUnsafe('probe.tsx', '// innerHTML is banned\nconst s = "dangerouslySetInnerHTML";'),
    ).toEqual([]);
  });

  it('has a lint rule that rejects dangerouslySetInnerHTML in components', async () => {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText(
      'export function Probe(): React.JSX.Element {\n  return <div dangerouslySetInnerHTML={{ __html: "<b>x</b>" }} />;\n}\n',
      { filePath: join(root, 'src/ui/lint-probe.tsx') },
    );
    expect(result?.messages.map((message) => message.message).join('\n')).toMatch(
      /dangerouslySetInnerHTML is banned/,
    );
    // Loading ESLint with the whole config takes seconds on a loaded machine.
  }, 30_000);
});
