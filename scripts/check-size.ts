/**
 * The cheap size check of `npm test` (no browser): gzip sizes of the landing + question flow's
 * initial JavaScript and of all JavaScript in dist/, against issue 5's budgets. Exits 1 on a miss.
 *
 *   npx tsx scripts/check-size.ts [distDir]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { budgetMisses, formatSizeTable, measureBuild } from './lib/bundle-size';

const distDir = resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
const sizes = measureBuild(distDir);
console.log(formatSizeTable(sizes));
console.log(
  `(initial set found from ${sizes.method === 'manifest' ? '.vite/manifest.json' : 'the built imports'})`,
);

const misses = budgetMisses(sizes);
if (misses.length > 0) {
  for (const miss of misses) console.error(`over budget: ${miss.budget}: ${miss.detail}`);
  process.exit(1);
}
console.log('Size budgets met: initial JS <= 110 KB gzip, all JS <= 220 KB gzip, recharts lazy.');
