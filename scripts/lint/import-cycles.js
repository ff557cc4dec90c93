/**
 * A lint rule that finds import cycles among the app's modules (`src/`): static imports and
 * re-exports, type-only ones included (a type loop ties two modules as tightly as a value loop).
 * Lazy `import()` calls are not edges: they never run at module evaluation.
 *
 * The graph is read once per lint run from the files themselves (regular expressions over import
 * statements; the project has no other kind), so the rule costs milliseconds, not a resolver per
 * file. Each file on a cycle gets one report, on its import that leads back into the cycle.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const IMPORT = /^\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolveSpecifier(specifier, from, srcDir) {
  let base;
  if (specifier.startsWith('@/')) base = join(srcDir, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
  else return undefined;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not this one.
    }
  }
  return undefined;
}

/** Every module's static imports within src/, as absolute paths. */
export function importGraph(srcDir) {
  const graph = new Map();
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const targets = new Set();
    for (const match of text.matchAll(IMPORT)) {
      const target = resolveSpecifier(match[1], file, srcDir);
      if (target !== undefined && /\.tsx?$/.test(target)) targets.add(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Strongly connected components with more than one module (or a module importing itself). */
export function cycles(graph) {
  let index = 0;
  const indexOf = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (node) => {
    indexOf.set(node, index);
    low.set(node, index);
    index += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indexOf.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), indexOf.get(next)));
      }
    }
    if (low.get(node) === indexOf.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? new Set()).has(node)) found.push(component);
    }
  };
  for (const node of graph.keys()) if (!indexOf.has(node)) visit(node);
  return found;
}

const cache = new Map();

/** The rule: `'local/no-import-cycle': ['error', { allow: [['src/a.ts', 'src/b.ts']] }]`. */
export const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Modules under src/ import each other in no cycle.' },
    schema: [
      {
        type: 'object',
        properties: {
          allow: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
        },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const root = context.cwd;
    const srcDir = join(root, 'src');
    const file = context.filename;
    if (!file.startsWith(srcDir + sep)) return {};
    const allowed = new Set(
      (context.options[0]?.allow ?? []).flatMap(([a, b]) => [
        `${join(root, a)}>${join(root, b)}`,
        `${join(root, b)}>${join(root, a)}`,
      ]),
    );
    if (!cache.has(srcDir)) {
      const graph = importGraph(srcDir);
      for (const [from, targets] of graph) {
        for (const to of targets) if (allowed.has(`${from}>${to}`)) targets.delete(to);
      }
      cache.set(srcDir, { graph, components: cycles(graph) });
    }
    const { components } = cache.get(srcDir);
    const component = components.find((members) => members.includes(file));
    if (component === undefined) return {};
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string') return;
      const target = resolveSpecifier(specifier, file, srcDir);
      if (target === undefined || !component.includes(target)) return;
      const names = component.map((member) => relative(root, member)).sort();
      context.report({
        node: node.source,
        message: `Import cycle: ${names.join(' <-> ')}. Move what both need into a module both import.`,
      });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
