/**
 * One browser per test file and one fresh context per session, each watching for what must never
 * happen: console errors, uncaught page errors, Content-Security-Policy violations and any request
 * that would leave 127.0.0.1 (blocked and recorded). Every session opened in a test is closed after
 * it, and the test fails unless all four lists are empty (or match what the test said to expect).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '../../../scripts/lab/lib/browser';

export const PHONE = {
  viewport: { width: 375, height: 667 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
} as const satisfies BrowserContextOptions;

export const DESKTOP = {
  viewport: { width: 1280, height: 800 },
} as const satisfies BrowserContextOptions;

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface Problems {
  readonly console: string[];
  readonly pageErrors: string[];
  readonly csp: string[];
  readonly offsite: string[];
}

export type ProblemKind = keyof Problems;

export interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: Problems;
  /** Tolerates problems of one kind matching `pattern` (e.g. the failed request a test provokes). */
  expectProblem(kind: ProblemKind, pattern: RegExp): void;
  /** Opens another page in the same context (same storage), watched the same way. */
  newPage(): Promise<Page>;
}

export interface SessionOptions extends BrowserContextOptions {
  /** Scripts run in every page before the app's own, e.g. to break localStorage. */
  readonly initScripts?: readonly string[];
}

/** The base URL of the served build, with a trailing slash. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** An absolute URL on the served build: `at('quiz/')`, `at('r/abc/#code')`. */
export function at(path: string): string {
  return new URL(path.replace(/^\//, ''), baseUrl()).toString();
}

const REPORT_CSP_INIT = `
  document.addEventListener('securitypolicyviolation', (event) => {
    const where = event.sourceFile ? ' at ' + event.sourceFile + ':' + event.lineNumber : '';
    window.__reportCspViolation(event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') + where);
  }, true);
`;

let browser: Browser | undefined;
const open: { context: BrowserContext; problems: Problems; expected: [ProblemKind, RegExp][] }[] =
  [];

/** Registers the file's browser: launched before its tests, closed after them. */
export function useBrowser(): void {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    const sessions = open.splice(0);
    for (const session of sessions) await session.context.close();
    for (const session of sessions) {
      const unexpected = Object.fromEntries(
        (Object.keys(session.problems) as ProblemKind[]).map((kind) => [
          kind,
          session.problems[kind].filter(
            (problem) =>
              !session.expected.some(
                ([expectedKind, pattern]) => expectedKind === kind && pattern.test(problem),
              ),
          ),
        ]),
      );
      expect(
        unexpected,
        'console errors, page errors, CSP violations or off-site requests',
      ).toEqual({
        console: [],
        pageErrors: [],
        csp: [],
        offsite: [],
      });
    }
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });
}

function watch(page: Page, problems: Problems): void {
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const location = message.location();
      problems.console.push(`${message.text()} (${location.url}:${location.lineNumber})`);
    }
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
}

/** A fresh browser context (empty storage, Japanese browser locale by default) with one page. */
export async function openSession(options: SessionOptions = {}): Promise<Session> {
  if (browser === undefined) throw new Error('Call useBrowser() at the top of the test file.');
  const { initScripts = [], ...contextOptions } = options;
  const context = await browser.newContext({ locale: 'ja-JP', ...contextOptions });
  const problems: Problems = { console: [], pageErrors: [], csp: [], offsite: [] };
  const expected: [ProblemKind, RegExp][] = [];
  open.push({ context, problems, expected });

  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !LOCAL_HOSTS.has(url.hostname)) {
      problems.offsite.push(url.toString());
      await route.abort('blockedbyclient');
      return;
    }
    await route.fallback();
  });
  await context.exposeBinding('__reportCspViolation', (_source, text: string) => {
    problems.csp.push(text);
  });
  await context.addInitScript(REPORT_CSP_INIT);
  for (const script of initScripts) await context.addInitScript(script);

  context.on('page', (page) => watch(page, problems));
  const page = await context.newPage();
  return {
    context,
    page,
    problems,
    expectProblem: (kind, pattern) => expected.push([kind, pattern]),
    newPage: () => context.newPage(),
  };
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Runs axe-core in the page against WCAG 2.1 A and AA. The source is evaluated through the
 * DevTools protocol, which the page's CSP does not govern (an inline <script> tag would be blocked,
 * as it should be). Throws when axe did not actually run, so an empty list always means "checked".
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
  const outcome = await page.evaluate(
    async (tags) => {
      interface AxeNode {
        target: unknown[];
      }
      interface AxeRule {
        id: string;
        impact: string | null;
        help: string;
        nodes: AxeNode[];
      }
      const axe = (
        window as Window & {
          axe?: {
            version: string;
            run: (
              context: Document,
              options: object,
            ) => Promise<{ violations: AxeRule[]; passes: AxeRule[] }>;
          };
        }
      ).axe;
      if (axe === undefined) throw new Error('axe-core is not on the page');
      const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return {
        version: axe.version,
        passes: results.passes.length,
        violations: results.violations
          .map((rule) => ({
            id: rule.id,
            impact: rule.impact,
            help: rule.help,
            targets: rule.nodes.map((node) => node.target.map(String).join(' ')),
          }))
          .filter((rule) => rule.targets.length > 0),
      };
    },
    [...WCAG_21_AA_TAGS],
  );
  if (typeof outcome.version !== 'string' || outcome.passes === 0) {
    throw new Error('axe-core did not run in the page');
  }
  return outcome.violations;
}

/** How far the page scrolls sideways: 0 means nothing sticks out of the viewport. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth,
  );
}
