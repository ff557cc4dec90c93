/**
 * The cheap size check of `npm test` (no browser): gzip sizes of the landing + question flow's
 * initial JavaScript and of all JavaScript in dist/. Prints where the build stands against the size
 * budgets, and exits 1 when it passes the ceilings the test run enforces (SIZE_CEILINGS).
 *
 *   npx tsx scripts/lab/check-size.ts [distDir]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIZE_CEILINGS, budgetMisses, formatSizeTable, measureBuild } from './lib/bundle-size';

const distDir = resolve(process.argv[2] ?? fileURLToPath(new URL('../../dist', import.meta.url)));
const sizes = measureBuild(distDir);
console.log(formatSizeTable(sizes));
console.log(
  `(initial set found from ${sizes.method === 'manifest' ? '.vite/manifest.json' : 'the built imports'})`,
);

const targetMisses = budgetMisses(sizes);
for (const miss of targetMisses) console.log(`size target missed: ${miss.budget}: ${miss.detail}`);
if (targetMisses.length === 0)
  console.log('Size targets met: initial <= 110 KB, all JS <= 220 KB.');

const ceilingMisses = budgetMisses(sizes, SIZE_CEILINGS);
if (ceilingMisses.length > 0) {
  for (const miss of ceilingMisses)
    console.error(`over the enforced ceiling: ${miss.budget}: ${miss.detail}`);
  process.exit(1);
}
console.log('Enforced ceilings hold: no growth past the recorded sizes, recharts lazy.');
