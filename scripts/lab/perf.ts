/**
 * `npm run perf`: the performance budgets, measured on the production build served with gzip from
 * 127.0.0.1, in a Japanese and in an English browser, side by side with two builds made from the
 * same dist/ (scripts/lab/lib/perf-variants.ts), the floor (the pre-rendered pages without any
 * script), and a plain JS-rendered quiz on the same stack that this script builds itself
 * (scripts/lab/plain-quiz/, built by scripts/lab/lib/plain-quiz.ts).
 *
 * - Lighthouse 12.2.3, mobile preset, simulated throttling (what PageSpeed Insights shows): scores,
 *   LCP, TBT, CLS on the landing page and a result page;
 * - Lighthouse with the throttling applied for real (`throttlingMethod: 'devtools'`): LCP of the
 *   app and of the floor, and their ratio;
 * - the hurried reader: DevTools throttling (150 ms latency, 1.6 Mbps, 4x CPU), open the landing
 *   page, tap the start control the moment it is painted, tap the first answer the moment it shows,
 *   and tap it again after a second while the app has not recorded it, as a person would; the
 *   time from navigation until the app has recorded the answer (the next question shows, or 次へ is
 *   enabled with the option selected), the re-taps, and the JavaScript transferred by then; the
 *   same for the plain JS-rendered quiz, interleaved;
 * - the JavaScript a result page with its chart transfers, and the interactions of answering
 *   questions 1-10 at 4x CPU (their p75, and the slowest).
 *
 * Medians of --runs runs, interleaved. Writes the table with the date and the machine's load into
 * docs/performance.md; exits 1 when a budget is missed. Not part of CI: timings on shared machines
 * move between runs.
 *
 *   npx tsx scripts/lab/perf.ts [--no-build] [--runs 3]
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import type { Page } from 'playwright-core';
import { QUESTIONS } from '../../src/data/questions';
import type { Language } from '../../src/i18n/languages';
import { launchChromium, launchDebuggableChromium, probeOf } from './lib/browser';
import { kb, measureBuild } from './lib/bundle-size';
import { writeFloor } from './lib/perf-variants';
import { buildPlainQuiz } from './lib/plain-quiz';
import { sampleResult } from './lib/sample-result';
import { answerRecorded, hurriedTap, paintedCentre } from './lib/hurried-tap';
import { SLOW_PHONE, throttleToSlowPhone } from './lib/slow-phone';
import { startStaticServer, type StaticServer } from './lib/static-server';
import { href } from '@/data/page-paths';
import { pageUrl } from './lib/page-url';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '5' },
    // A comma-separated subset of PARTS, to re-measure one thing without the rest.
    only: { type: 'string', default: '' },
  },
});
const PARTS = ['lighthouse', 'taps', 'inp'] as const;
type Part = (typeof PARTS)[number];
const chosenParts = values.only === '' ? [...PARTS] : values.only.split(',');
for (const part of chosenParts)
  if (!PARTS.some((known) => known === part)) throw new Error(`Bad --only part: ${part}`);
const measures = (part: Part): boolean => chosenParts.includes(part);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 9) throw new Error(`Bad --runs: ${values.runs}`);

const root = fileURLToPath(new URL('../..', import.meta.url));
const distDir = process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist', import.meta.url));
const reportPath = fileURLToPath(new URL('../../docs/performance.md', import.meta.url));
const basePath = process.env.BASE_PATH ?? '/';

const LANGUAGES_MEASURED = ['ja', 'en'] as const satisfies readonly Language[];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** The budgets, in one place: each row of the table names the one it is held to. */
const BUDGETS = {
  lighthousePerformance: 98,
  lighthouseOther: 100,
  lcpOverFloor: 1.2,
  firstAnswerMs: 1100,
  /** Ahead of a plain JS-rendered quiz on the same stack: at most this share of its time. */
  firstAnswerOverPlainQuiz: 0.9,
  /** Taps the reader had to repeat because the first one was not taken. */
  firstAnswerRetaps: 0,
  firstAnswerJsKb: 110,
  resultJsKb: 240,
  /** p75 of the interactions answering questions 1 to INP_ANSWERS. */
  inpMs: 100,
} as const;

/** INP is measured over answering this many questions from the first. */
const INP_ANSWERS = 10;

interface LighthouseRun {
  readonly scores: Record<Category, number>;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
  readonly failing: readonly string[];
}

/** The nearest-rank percentile (0-100) of `numbers`. */
const percentile = (numbers: readonly number[], share: number): number => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const rank = Math.max(0, Math.ceil((share / 100) * sorted.length) - 1);
  return sorted[rank] ?? NaN;
};

const median = (numbers: readonly number[]): number => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

/** Headless Chromium otherwise reports en-US: each run sets the reader's language. */
const localeArgs = (language: Language): string[] => [
  `--lang=${language}`,
  `--accept-lang=${language}`,
];

/**
 * Lighthouse now and then fails to record the trace of a load (NO_NAVSTART), a fault of the
 * recording rather than of the page: such a run is made once more, and said so.
 */
async function runLighthouse(
  url: string,
  language: Language,
  throttlingMethod: 'simulate' | 'devtools',
): Promise<LighthouseRun> {
  try {
    return await runLighthouseOnce(url, language, throttlingMethod);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes('(NO_NAVSTART)')) throw error;
    console.log(`  Lighthouse recorded no trace of ${url}; running it again`);
    return runLighthouseOnce(url, language, throttlingMethod);
  }
}

async function runLighthouseOnce(
  url: string,
  language: Language,
  throttlingMethod: 'simulate' | 'devtools',
): Promise<LighthouseRun> {
  const chromium = await launchDebuggableChromium(undefined, localeArgs(language));
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      throttlingMethod,
      onlyCategories: throttlingMethod === 'simulate' ? [...CATEGORIES] : ['performance'],
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

const PHONE = {
  viewport: { width: 375, height: 667 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} as const;

/**
 * Bytes of JavaScript the page has asked for so far, as sent (gzip): each script once, by the
 * encoded size of its response body (a gzip stream carries no Content-Length). Read per response
 * as it finishes, because a hurried tap on a link starts a new page while the last one's scripts
 * may still be loading, and a request whose page is gone can no longer be read. A script the next
 * page fetches again, or takes from the cache, is the same script: it counts once.
 */
function countScripts(page: Page): () => Promise<number> {
  const sizes = new Map<string, number>();
  const reads: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    reads.push(
      response
        .finished()
        .then(() => response.request().sizes())
        .then(({ responseBodySize }) => {
          const url = response.url();
          sizes.set(url, Math.max(sizes.get(url) ?? 0, responseBodySize));
        })
        // A load cut short by the next page is counted when that page fetches the script again.
        .catch(() => undefined),
    );
  });
  return async () => {
    await Promise.all(reads);
    return [...sizes.values()].reduce((sum, size) => sum + size, 0);
  };
}

/** The landing page's start control, and the first answer of a question (its whole row is the target). */
const START_CONTROL = 'a.button--primary[href$="quiz/"]';
const FIRST_ANSWER = 'label.choice';

interface HurriedRun {
  /** From navigation to the app having recorded the first answer. */
  readonly ms: number;
  /** Taps on the answer after the first, each a second after a tap that was not taken. */
  readonly retaps: number;
  readonly jsBytes: number;
}

/**
 * The hurried reader: from navigation to the first answer recorded by the app, tapping each
 * control the moment it shows, and again a second later while a tap has not been taken.
 */
async function hurriedReader(siteUrl: string, language: Language): Promise<HurriedRun> {
  const browser = await launchChromium({ args: localeArgs(language) });
  try {
    const context = await browser.newContext({ ...PHONE, locale: language });
    const page = await context.newPage();
    await throttleToSlowPhone(page);
    const scriptBytes = countScripts(page);
    const started = Date.now();
    await page.goto(pageUrl(siteUrl, href.landing(), language), { waitUntil: 'commit' });
    await hurriedTap(page, START_CONTROL, async () =>
      new URL(page.url()).pathname.endsWith(href.quiz()),
    );
    const answer = await hurriedTap(page, FIRST_ANSWER, () =>
      answerRecorded(page, 0, QUESTIONS.length),
    );
    const ms = answer.tookAt - started;
    await page.waitForTimeout(200);
    return { ms, retaps: answer.retaps, jsBytes: await scriptBytes() };
  } finally {
    await browser.close();
  }
}

/** JavaScript a result page transfers until its chart is drawn (scrolled to, as a reader does). */
async function resultPageJs(url: string, language: Language): Promise<number> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ ...PHONE, locale: language });
    const page = await context.newPage();
    const scriptBytes = countScripts(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    const chart = page.locator('svg.recharts-surface').first();
    // The chart is drawn as it nears the screen: scroll down the way a reader does.
    for (let step = 1; step <= 20 && (await chart.count()) === 0; step += 1) {
      await page.evaluate(
        (share) => window.scrollTo(0, document.body.scrollHeight * share),
        step / 20,
      );
      await page.waitForTimeout(250);
    }
    await chart.waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    return await scriptBytes();
  } finally {
    await browser.close();
  }
}

/**
 * The duration of each interaction (event-timing entries grouped by interactionId) while answering
 * `answers` questions from the first on a phone viewport at 4x CPU slowdown, in ms.
 */
async function measureAnswerInteractions(quizUrl: string, answers: number): Promise<number[]> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ ...PHONE, locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto(quizUrl, { waitUntil: 'networkidle' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
    await page.evaluate(() => {
      const store: { id: number; duration: number }[] = [];
      (window as Window & { __interactions?: typeof store }).__interactions = store;
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
    // Tapped as a fast reader taps: the moment the options take taps (after the short hold that
    // guards against double taps), at the spot where the first one is painted. Playwright's own
    // tap would first run its checks in the page, on the same slowed main thread, right before
    // the tap; those would count as the app's input delay. Options inside the hold are `inert`,
    // so the selector finds the first option only once it takes taps.
    const FIRST_READY_OPTION = '.choices:not([inert]) > label.choice';
    for (let step = 0; step < answers; step += 1) {
      const before = await page.evaluate(() => document.querySelector('h1')?.textContent);
      let point = await paintedCentre(page, FIRST_READY_OPTION);
      while (point === undefined) {
        await page.waitForTimeout(20);
        point = await paintedCentre(page, FIRST_READY_OPTION);
      }
      await page.touchscreen.tap(point.x, point.y);
      await page.waitForFunction(
        (previous) => document.querySelector('h1')?.textContent !== previous,
        before,
      );
    }
    // Event timing entries are delivered after the next frame.
    await page.waitForTimeout(500);
    const interactions = await probeOf<{ id: number; duration: number }[]>(page, '__interactions');
    const worst = new Map<number, number>();
    for (const { id, duration } of interactions)
      worst.set(id, Math.max(worst.get(id) ?? 0, duration));
    // An interaction under the 16 ms threshold reports no entry: it counts as one frame.
    const durations = [...worst.values()];
    while (durations.length < answers) durations.push(16);
    return durations;
  } finally {
    await browser.close();
  }
}

interface Row {
  readonly metric: string;
  readonly ja: string;
  readonly en: string;
  readonly budget: string;
  /** undefined: shown for reference, held to no budget. */
  readonly ok: boolean | undefined;
}

function formatTable(rows: readonly Row[]): string {
  const header = ['metric', 'Japanese browser', 'English browser', 'budget', ''];
  const lines = rows.map((row) => [
    row.metric,
    row.ja,
    row.en,
    row.budget,
    row.ok === undefined ? '' : row.ok ? 'pass' : 'MISS',
  ]);
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...lines.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

type PageName = 'landing' | 'result';
type PerLanguage<T> = Record<Language, T>;

async function main(): Promise<void> {
  if (!values['no-build']) {
    console.log('Building...');
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
  }
  const sizes = measureBuild(distDir);
  const loadBefore = loadavg()[0] ?? 0;
  const floor = writeFloor(distDir);
  const plainQuiz = measures('taps') ? await buildPlainQuiz() : undefined;
  const servers: StaticServer[] = [];
  try {
    const app = await startStaticServer({ root: distDir, basePath });
    servers.push(app);
    const floorServer = await startStaticServer({ root: floor.dir, basePath });
    servers.push(floorServer);
    // The plain quiz is built for the site root: it is served at its own origin's root.
    const plainServer =
      plainQuiz === undefined ? undefined : await startStaticServer({ root: plainQuiz.dir });
    if (plainServer !== undefined) servers.push(plainServer);
    const resultPath = sampleResult().path;
    const pageOf = (server: StaticServer, language: Language, page: PageName): string =>
      pageUrl(server.url, page === 'landing' ? href.landing() : resultPath, language);

    const empty = <T>(): PerLanguage<Record<PageName, T[]>> => ({
      ja: { landing: [], result: [] },
      en: { landing: [], result: [] },
    });
    const simulated = empty<LighthouseRun>();
    const applied = empty<LighthouseRun>();
    const floorApplied = empty<LighthouseRun>();
    const hurried: PerLanguage<HurriedRun[]> = { ja: [], en: [] };
    const hurriedPlain: PerLanguage<HurriedRun[]> = { ja: [], en: [] };
    const resultJs: PerLanguage<number[]> = { ja: [], en: [] };
    /** Every interaction of every run's answers to questions 1 to INP_ANSWERS. */
    const interactions: number[] = [];

    // Interleaved, so a burst of load from elsewhere hits every build alike.
    for (let run = 1; run <= runs; run += 1) {
      for (const language of LANGUAGES_MEASURED) {
        for (const page of measures('lighthouse') ? (['landing', 'result'] as const) : []) {
          console.log(
            `run ${run}/${runs}, ${language}, ${page}: Lighthouse simulated, applied, floor`,
          );
          simulated[language][page].push(
            await runLighthouse(pageOf(app, language, page), language, 'simulate'),
          );
          applied[language][page].push(
            await runLighthouse(pageOf(app, language, page), language, 'devtools'),
          );
          floorApplied[language][page].push(
            await runLighthouse(pageOf(floorServer, language, page), language, 'devtools'),
          );
        }
        if (plainServer !== undefined) {
          console.log(`run ${run}/${runs}, ${language}: hurried reader, app and plain quiz`);
          // Which goes first alternates, so neither always meets a cold machine.
          const order = run % 2 === 1 ? (['app', 'plain'] as const) : (['plain', 'app'] as const);
          for (const which of order) {
            if (which === 'app') hurried[language].push(await hurriedReader(app.url, language));
            else hurriedPlain[language].push(await hurriedReader(plainServer.url, language));
          }
        }
        if (measures('lighthouse'))
          resultJs[language].push(await resultPageJs(pageOf(app, language, 'result'), language));
      }
      if (measures('inp')) {
        console.log(`run ${run}/${runs}: answering questions 1-${INP_ANSWERS} at 4x CPU slowdown`);
        interactions.push(
          ...(await measureAnswerInteractions(pageUrl(app.url, href.quiz()), INP_ANSWERS)),
        );
      }
    }

    const rows: Row[] = [];
    const perLanguage = (
      metric: string,
      budget: string,
      value: (language: Language) => { text: string; ok: boolean | undefined },
    ): void => {
      const ja = value('ja');
      const en = value('en');
      rows.push({
        metric,
        ja: ja.text,
        en: en.text,
        budget,
        ok:
          ja.ok === undefined && en.ok === undefined
            ? undefined
            : ja.ok !== false && en.ok !== false,
      });
    };
    const med = (list: readonly LighthouseRun[], pick: (run: LighthouseRun) => number): number =>
      median(list.map(pick));
    const both = (pick: (page: PageName) => number, format: (value: number) => string): string =>
      `${format(pick('landing'))} / ${format(pick('result'))}`;

    if (measures('lighthouse')) {
      for (const category of CATEGORIES) {
        const want =
          category === 'performance' ? BUDGETS.lighthousePerformance : BUDGETS.lighthouseOther;
        perLanguage(
          `Lighthouse ${category} (simulated), landing / result`,
          `>= ${want}`,
          (language) => {
            const score = (page: PageName): number =>
              med(simulated[language][page], (run) => run.scores[category]);
            return {
              text: both(score, String),
              ok: score('landing') >= want && score('result') >= want,
            };
          },
        );
      }
      perLanguage('CLS (simulated), landing / result', '0', (language) => {
        const cls = (page: PageName): number => med(simulated[language][page], (run) => run.cls);
        return {
          text: both(cls, (value) => value.toFixed(3)),
          ok: cls('landing') === 0 && cls('result') === 0,
        };
      });
      perLanguage('LCP, simulated, landing / result', '(reference)', (language) => ({
        text: both((page) => med(simulated[language][page], (run) => run.lcpMs), seconds),
        ok: undefined,
      }));
      perLanguage('TBT, simulated, landing / result', '(reference)', (language) => ({
        text: both(
          (page) => med(simulated[language][page], (run) => run.tbtMs),
          (value) => `${Math.round(value)} ms`,
        ),
        ok: undefined,
      }));
      for (const page of ['landing', 'result'] as const) {
        perLanguage(
          `${page} LCP, applied throttling: app / floor (ratio)`,
          `<= ${BUDGETS.lcpOverFloor}x the floor`,
          (language) => {
            const lcp = med(applied[language][page], (run) => run.lcpMs);
            const floorLcp = med(floorApplied[language][page], (run) => run.lcpMs);
            const ratio = lcp / floorLcp;
            return {
              text: `${seconds(lcp)} / ${seconds(floorLcp)} (${ratio.toFixed(2)}x)`,
              ok: ratio <= BUDGETS.lcpOverFloor,
            };
          },
        );
      }
    }
    if (measures('taps')) {
      perLanguage(
        'first answer recorded, hurried reader: app / plain JS-rendered quiz (ratio)',
        `<= ${BUDGETS.firstAnswerOverPlainQuiz}x the plain quiz; (<= ${seconds(BUDGETS.firstAnswerMs)})`,
        (language) => {
          const ms = median(hurried[language].map((run) => run.ms));
          const plainMs = median(hurriedPlain[language].map((run) => run.ms));
          const ratio = ms / plainMs;
          return {
            text: `${seconds(ms)} / ${seconds(plainMs)} (${ratio.toFixed(2)}x)`,
            ok: ratio <= BUDGETS.firstAnswerOverPlainQuiz,
          };
        },
      );
      perLanguage(
        'first answer, re-taps in all runs: app / plain quiz',
        `${BUDGETS.firstAnswerRetaps}`,
        (language) => {
          const sum = (list: readonly HurriedRun[]): number =>
            list.reduce((total, run) => total + run.retaps, 0);
          const retaps = sum(hurried[language]);
          return {
            text: `${retaps} / ${sum(hurriedPlain[language])}`,
            ok: retaps <= BUDGETS.firstAnswerRetaps,
          };
        },
      );
      perLanguage(
        'first answer recorded, each run: app / plain quiz (ms)',
        '(reference)',
        (language) => ({
          text: `${hurried[language].map((run) => run.ms).join(', ')} / ${hurriedPlain[language]
            .map((run) => run.ms)
            .join(', ')}`,
          ok: undefined,
        }),
      );
      perLanguage(
        'JS transferred, landing to first answer: app / plain quiz (gzip)',
        `<= ${BUDGETS.firstAnswerJsKb} KB`,
        (language) => {
          const bytes = median(hurried[language].map((run) => run.jsBytes));
          const plainBytes = median(hurriedPlain[language].map((run) => run.jsBytes));
          return {
            text: `${kb(bytes)} KB / ${kb(plainBytes)} KB`,
            ok: bytes <= BUDGETS.firstAnswerJsKb * 1024,
          };
        },
      );
    }
    if (measures('lighthouse')) {
      perLanguage(
        'JS transferred, result page with its chart (gzip)',
        `<= ${BUDGETS.resultJsKb} KB`,
        (language) => {
          const bytes = median(resultJs[language]);
          return { text: `${kb(bytes)} KB`, ok: bytes <= BUDGETS.resultJsKb * 1024 };
        },
      );
    }
    if (measures('inp')) {
      const p75 = percentile(interactions, 75);
      rows.push({
        metric: `INP, answering questions 1-${INP_ANSWERS} (4x CPU): p75 / slowest`,
        ja: `${Math.round(p75)} ms / ${Math.round(Math.max(...interactions))} ms`,
        en: '-',
        budget: `p75 <= ${BUDGETS.inpMs} ms`,
        ok: p75 <= BUDGETS.inpMs,
      });
    }
    rows.push({
      metric: 'all JS in the build (gzip)',
      ja: `${kb(sizes.totalGzip)} KB`,
      en: '-',
      budget: '(reference)',
      ok: undefined,
    });

    const table = formatTable(rows);
    const cores = availableParallelism();
    const loadAfter = loadavg()[0] ?? 0;
    const load = `load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${cores} cores`;
    // Only the load before the run counts: Lighthouse and Chromium load the machine themselves.
    const busy = loadBefore > cores / 2;
    if (busy)
      console.warn(
        `The machine was busy (${load}): timings are pessimistic; run again when it is idle.`,
      );
    const failedIn = new Map<string, number>();
    for (const language of LANGUAGES_MEASURED) {
      for (const page of ['landing', 'result'] as const) {
        for (const run of simulated[language][page]) {
          for (const audit of run.failing) {
            const key = `${audit} (${language} ${page})`;
            failedIn.set(key, (failedIn.get(key) ?? 0) + 1);
          }
        }
      }
    }
    const failing = [...failedIn].map(([audit, count]) => `${audit}: ${count}/${runs} runs`);
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
        'The budgets, measured by `npm run perf` (scripts/lab/perf.ts) on the production build served with',
        'gzip from 127.0.0.1, in a browser set to Japanese (the Japanese pages) and to English (the',
        'English pages), beside the floor (the same pre-rendered pages without any script) and a',
        'plain JS-rendered quiz on the same stack (scripts/lab/plain-quiz/), all served the same way.',
        "Which figures come from Lighthouse's simulator and which from a load throttled for real:",
        '[performance-notes.md](performance-notes.md).',
        '',
        `## Latest run: ${date}`,
        '',
        `${chromiumVersion}; result page measured: \`/${resultPath.replace(/#.*/, '#<code>')}\` (and its`,
        `\`/en/\` twin); median of ${runs} interleaved runs of ${chosenParts.join(', ')}; ${load}.`,
        '',
        'Other sessions share this machine and load it while perf runs: every timing here is',
        'pessimistic by an amount that changes from run to run; ratios to the floor and to the',
        'plain quiz, measured in the same run, are steadier than the absolute times.',
        ...(busy ? ['', '**The machine was busy when this run began.**'] : []),
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
        '## How to run it',
        '',
        '```sh',
        'bash scripts/lab/ensure-chromium.sh   # once: Debian chromium + Japanese fonts',
        'npm run perf                      # builds, measures, rewrites this file; exit 1 on a miss',
        '```',
        '',
        'The cheap part (JS sizes) also runs in `npm test` through scripts/lab/check-size.ts and',
        'tests/build/size.test.ts.',
        '',
      ].join('\n'),
    );
    console.log(`Wrote ${reportPath}`);
    if (rows.some((row) => row.ok === false)) {
      console.error('Budgets missed: see MISS above.');
      process.exitCode = 1;
    }
  } finally {
    for (const server of servers) await server.close();
    floor.remove();
    plainQuiz?.remove();
  }
}

await main();
