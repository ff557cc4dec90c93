/**
 * `npm run perf`: issue 5's budgets, measured. Builds (unless --no-build), serves dist/ with gzip on
 * 127.0.0.1, runs Lighthouse 12.2.3 (mobile preset, simulated throttling) three times on the landing
 * page and on one result page, measures interaction to next paint for answering a question in
 * Chromium at 4x CPU throttling, and prints the medians against the budgets. Writes the table with
 * the date into docs/performance.md and exits 1 when a budget is missed. Not part of CI: timings on
 * shared machines move by up to 20% between runs.
 *
 *   npx tsx scripts/perf.ts [--no-build] [--runs 3]
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { launchChromium, launchDebuggableChromium } from './lib/browser';
import { budgetMisses, kb, measureBuild, SIZE_BUDGETS } from './lib/bundle-size';
import { sampleResult } from './lib/sample-result';
import { startStaticServer } from './lib/static-server';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 9) throw new Error(`Bad --runs: ${values.runs}`);

const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = process.env.DIST_DIR ?? fileURLToPath(new URL('../dist', import.meta.url));
const reportPath = fileURLToPath(new URL('../docs/performance.md', import.meta.url));

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

interface LighthouseRun {
  readonly scores: Record<Category, number>;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  readonly failing: readonly string[];
}

const median = (numbers: readonly number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

/**
 * Lighthouse reads the page as the product's first readers do: a browser set to Japanese. Headless
 * Chromium otherwise reports en-US, and the app (rightly) re-renders the Japanese pre-rendered page
 * in English after its code arrives, which measures an English visitor instead.
 */
const READER_LOCALE_ARGS = ['--lang=ja', '--accept-lang=ja'] as const;

async function runLighthouse(url: string): Promise<LighthouseRun> {
  const chromium = await launchDebuggableChromium(undefined, READER_LOCALE_ARGS);
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (result === undefined) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError !== undefined) {
      throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    }
    const scores = Object.fromEntries(
      CATEGORIES.map((category) => [
        category,
        Math.round((lhr.categories[category]?.score ?? 0) * 100),
      ]),
    ) as Record<Category, number>;
    const numeric = (id: string): number => lhr.audits[id]?.numericValue ?? NaN;
    // The audits that cost points, so a miss says what to fix.
    const failing = CATEGORIES.flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
        .map((audit) => `${category}: ${audit?.id ?? '?'}`),
    );
    return {
      scores,
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      failing,
    };
  } finally {
    await chromium.close();
  }
}

/**
 * The slowest interaction (event-timing entries grouped by interactionId) while answering
 * `answers` questions on a phone viewport at 4x CPU slowdown: INP for a session this short.
 */
async function measureAnswerInp(quizUrl: string, answers: number): Promise<number> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width: 375, height: 667 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'ja-JP',
    });
    const page = await context.newPage();
    await page.goto(quizUrl, { waitUntil: 'networkidle' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluate(() => {
      const store: { id: number; duration: number }[] = [];
      (window as unknown as { __interactions: typeof store }).__interactions = store;
      new PerformanceObserver((list) => {
        // TypeScript 5.9's DOM types predate interactionId (Event Timing level 2).
        for (const entry of list.getEntries() as (PerformanceEventTiming & {
          interactionId: number;
        })[]) {
          if (entry.interactionId > 0)
            store.push({ id: entry.interactionId, duration: entry.duration });
        }
      }).observe({
        type: 'event',
        buffered: true,
        durationThreshold: 16,
      } as PerformanceObserverInit);
    });
    for (let step = 0; step < answers; step += 1) {
      const heading = page.getByRole('heading', { level: 1 });
      const before = await heading.textContent();
      await page.getByRole('radio').first().tap();
      await page.waitForFunction(
        (previous) => document.querySelector('h1')?.textContent !== previous,
        before,
      );
    }
    // Event timing entries are delivered after the next frame.
    await page.waitForTimeout(500);
    const interactions = await page.evaluate(
      () =>
        (window as unknown as { __interactions: { id: number; duration: number }[] })
          .__interactions,
    );
    const worst = new Map<number, number>();
    for (const { id, duration } of interactions)
      worst.set(id, Math.max(worst.get(id) ?? 0, duration));
    if (worst.size === 0) {
      // Under the 16 ms threshold every time: the browser reported nothing slower than one frame.
      return 16;
    }
    return Math.max(...worst.values());
  } finally {
    await browser.close();
  }
}

function resultPath(): string {
  return sampleResult().path;
}

interface Row {
  readonly metric: string;
  readonly landing: string;
  readonly result: string;
  readonly budget: string;
  readonly ok: boolean;
}

function formatTable(rows: readonly Row[]): string {
  const header = ['metric', 'landing', 'result page', 'budget', ''];
  const lines = rows.map((row) => [
    row.metric,
    row.landing,
    row.result,
    row.budget,
    row.ok ? 'ok' : 'MISS',
  ]);
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...lines.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
}

async function main(): Promise<void> {
  if (!values['no-build']) {
    console.log('Building...');
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  }
  const sizes = measureBuild(distDir);
  const loadBefore = loadavg()[0] ?? 0;
  const server = await startStaticServer({ root: distDir, basePath: process.env.BASE_PATH ?? '/' });
  try {
    const landingUrl = server.url;
    const resultUrl = new URL(resultPath(), server.url).toString();
    const landingRuns: LighthouseRun[] = [];
    const resultRuns: LighthouseRun[] = [];
    for (let run = 1; run <= runs; run += 1) {
      console.log(`Lighthouse run ${run}/${runs}: landing`);
      landingRuns.push(await runLighthouse(landingUrl));
      console.log(`Lighthouse run ${run}/${runs}: ${resultUrl}`);
      resultRuns.push(await runLighthouse(resultUrl));
    }
    const inpRuns: number[] = [];
    for (let run = 1; run <= runs; run += 1) {
      console.log(`INP run ${run}/${runs}: answering questions at 4x CPU slowdown`);
      inpRuns.push(await measureAnswerInp(new URL('quiz/', server.url).toString(), 5));
    }

    const med = (list: readonly LighthouseRun[], pick: (run: LighthouseRun) => number): number =>
      median(list.map(pick));
    const rows: Row[] = CATEGORIES.map((category) => {
      const landing = med(landingRuns, (run) => run.scores[category]);
      const result = med(resultRuns, (run) => run.scores[category]);
      return {
        metric: `Lighthouse ${category}`,
        landing: String(landing),
        result: String(result),
        budget: '100',
        ok: landing === 100 && result === 100,
      };
    });
    const lcpLanding = med(landingRuns, (run) => run.lcpMs);
    const lcpResult = med(resultRuns, (run) => run.lcpMs);
    rows.push({
      metric: 'LCP',
      landing: `${(lcpLanding / 1000).toFixed(2)} s`,
      result: `${(lcpResult / 1000).toFixed(2)} s`,
      budget: '<= 1.0 s landing, <= 1.3 s result',
      ok: lcpLanding <= 1000 && lcpResult <= 1300,
    });
    const tbtLanding = med(landingRuns, (run) => run.tbtMs);
    const tbtResult = med(resultRuns, (run) => run.tbtMs);
    rows.push({
      metric: 'TBT',
      landing: `${Math.round(tbtLanding)} ms`,
      result: `${Math.round(tbtResult)} ms`,
      budget: '<= 50 ms',
      ok: tbtLanding <= 50 && tbtResult <= 50,
    });
    const clsLanding = med(landingRuns, (run) => run.cls);
    const clsResult = med(resultRuns, (run) => run.cls);
    rows.push({
      metric: 'CLS',
      landing: clsLanding.toFixed(3),
      result: clsResult.toFixed(3),
      budget: '0',
      ok: clsLanding === 0 && clsResult === 0,
    });
    const inp = median(inpRuns);
    rows.push({
      metric: 'INP, answering a question (4x CPU)',
      landing: `${Math.round(inp)} ms`,
      result: '-',
      budget: '< 100 ms',
      ok: inp < 100,
    });
    const sizeMisses = budgetMisses(sizes);
    rows.push({
      metric: 'initial JS (landing + quiz), gzip',
      landing: `${kb(sizes.initialGzip)} KB`,
      result: '-',
      budget: `<= ${SIZE_BUDGETS.initialJsGzip / 1024} KB, no recharts`,
      ok:
        sizes.initialGzip <= SIZE_BUDGETS.initialJsGzip &&
        !sizeMisses.some((miss) => miss.budget.includes('recharts')),
    });
    rows.push({
      metric: 'all JS, gzip',
      landing: `${kb(sizes.totalGzip)} KB`,
      result: '-',
      budget: `<= ${SIZE_BUDGETS.totalJsGzip / 1024} KB`,
      ok: sizes.totalGzip <= SIZE_BUDGETS.totalJsGzip,
    });

    const table = formatTable(rows);
    const cores = availableParallelism();
    const load = `load average ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after, on ${cores} cores`;
    // Only the load before the run counts: Lighthouse and Chromium load the machine themselves.
    const busy = loadBefore > cores;
    if (busy)
      console.warn(
        `The machine was busy (${load}): timings are pessimistic; run again when it is idle.`,
      );
    // Each audit that cost points, with how many of the runs it failed in.
    const failedIn = new Map<string, string[]>();
    const noteFailures = (page: string, list: readonly LighthouseRun[]): void => {
      for (const run of list) {
        for (const audit of run.failing)
          failedIn.set(audit, [...(failedIn.get(audit) ?? []), page]);
      }
    };
    noteFailures('landing', landingRuns);
    noteFailures('result', resultRuns);
    const failing = [...failedIn].map(([audit, pages]) => {
      const count = (page: string): number => pages.filter((name) => name === page).length;
      return `${audit}: landing ${count('landing')}/${runs} runs, result ${count('result')}/${runs} runs`;
    });
    console.log(`\n${table}\n`);
    if (failing.length > 0)
      console.log(`Audits below full marks in some run:\n- ${failing.join('\n- ')}\n`);

    const date = new Date().toISOString().slice(0, 10);
    const chromiumVersion = execSync('/usr/bin/chromium --version 2>/dev/null').toString().trim();
    writeFileSync(
      reportPath,
      [
        '# Performance',
        '',
        "Issue 5's budgets, measured by `npm run perf` (scripts/perf.ts) on the production build served",
        'with gzip from 127.0.0.1 by scripts/lib/static-server.ts. Lighthouse 12.2.3 node API, mobile preset,',
        `simulated throttling, median of ${runs} runs per page; INP is the slowest interaction while`,
        'answering five questions on a 375x667 viewport with 4x CPU throttling (DevTools protocol),',
        `median of ${runs} runs. Timings on these shared machines move by up to 20% between runs; byte`,
        'counts are exact. What produces these figures, and why some budgets are still missed:',
        '[performance-notes.md](performance-notes.md).',
        '',
        `## Latest run: ${date}`,
        '',
        `${chromiumVersion}; result page measured: \`/${resultPath().replace(/#.*/, '#<code>')}\`; ${load}.`,
        ...(busy
          ? [
              '',
              '**The machine was busy during this run: the timings are pessimistic. Run again when it is idle.**',
            ]
          : []),
        '',
        table,
        '',
        ...(failing.length > 0
          ? [
              'Audits below full marks in at least one run:',
              '',
              ...failing.map((item) => `- ${item}`),
              '',
            ]
          : []),
        'Per-run values (landing / result page):',
        '',
        ...landingRuns.map(
          (run, index) =>
            `- run ${index + 1}: perf ${run.scores.performance} / ${resultRuns[index]?.scores.performance ?? '-'}, ` +
            `LCP ${Math.round(run.lcpMs)} / ${Math.round(resultRuns[index]?.lcpMs ?? NaN)} ms, ` +
            `TBT ${Math.round(run.tbtMs)} / ${Math.round(resultRuns[index]?.tbtMs ?? NaN)} ms, ` +
            `INP ${Math.round(inpRuns[index] ?? NaN)} ms`,
        ),
        '',
        '## How to run it',
        '',
        '```sh',
        'bash scripts/ensure-chromium.sh   # once: Debian chromium + Japanese fonts',
        'npm run perf                      # builds, measures, rewrites this file; exit 1 on a miss',
        '```',
        '',
        'The cheap part (JS sizes) also runs in `npm test` through scripts/check-size.ts and',
        'tests/build/size.test.ts.',
        '',
      ].join('\n'),
    );
    console.log(`Wrote ${reportPath}`);
    if (rows.some((row) => !row.ok)) {
      console.error('Budgets missed: see MISS above.');
      process.exitCode = 1;
    }
  } finally {
    await server.close();
  }
}

await main();
