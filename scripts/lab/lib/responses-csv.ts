/**
 * Pilot answers from a CSV file: one row a reader, one column a question id, option ids as values.
 * Rows that cannot be read are reported by line, never thrown.
 */
import { QUESTIONS, type Question } from '../../../src/data/questions';
import { answersToIndices } from '../../../src/engine/scoring';

const questions: readonly Question[] = QUESTIONS;

export interface ParsedResponses {
  /** Option indices in question order, one array a readable row. */
  readonly rows: Uint8Array[];
  /** 1-based line numbers of rows that could not be read, and why. */
  readonly badRows: { readonly line: number; readonly problem: string }[];
}

/** Splits one CSV line, honouring double quotes ("" inside quotes is a quote). */
function splitLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells.map((value) => value.trim());
}

export function parseResponsesCsv(text: string): ParsedResponses {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitLine(lines[0] ?? '');
  const known = new Set(questions.map((q) => q.id));
  const rows: Uint8Array[] = [];
  const badRows: { line: number; problem: string }[] = [];
  const missingColumns = questions.filter((q) => !header.includes(q.id)).map((q) => q.id);
  if (missingColumns.length > 0) {
    badRows.push({ line: 1, problem: `header lacks columns: ${missingColumns.join(', ')}` });
    return { rows, badRows };
  }
  lines.slice(1).forEach((line, index) => {
    const lineNumber = index + 2;
    if (line.trim() === '') return;
    const cells = splitLine(line);
    if (cells.length !== header.length) {
      badRows.push({
        line: lineNumber,
        problem: `${cells.length} cells, header has ${header.length}`,
      });
      return;
    }
    const answers: Record<string, string> = {};
    header.forEach((column, c) => {
      if (known.has(column)) answers[column] = cells[c] ?? '';
    });
    const indices = answersToIndices(answers);
    if (!indices.ok) {
      const { error } = indices;
      badRows.push({
        line: lineNumber,
        problem:
          error.kind === 'unknown-option'
            ? `unknown option "${error.optionId}" for ${error.questionId}`
            : error.kind === 'unknown-question'
              ? `unknown question ${error.questionId}`
              : `missing answers: ${error.questionIds.join(', ')}`,
      });
      return;
    }
    rows.push(indices.value);
  });
  return { rows, badRows };
}
