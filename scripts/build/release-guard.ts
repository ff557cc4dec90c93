/**
 * Keeps unfinished site configuration out of a release. Every value in SITE that still holds
 * PLACEHOLDER, every URL on a domain reserved for examples, and a registration state nobody has
 * decided are listed by their path in SITE. The everyday build prints them as warnings; a release
 * build (`npm run build -- --release`, or RELEASE=1) fails on them.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SITE, type SiteConfig } from '@/data/site';

export interface ReleaseProblem {
  /** Where the value sits, e.g. "operator.address.ja". */
  readonly path: string;
  readonly problem: string;
}

const PLACEHOLDER = 'PLACEHOLDER';

/** RFC 2606 / RFC 6761 names that never belong to a real operator, the JP example domain, and this machine (a staging blog). */
const EXAMPLE_HOST =
  /(^|\.)(example\.(com|net|org|jp)|example|test|invalid|localhost)$|^127\.0\.0\.1$/i;

function exampleHostOf(value: string): string | undefined {
  if (!/^https?:\/\//i.test(value)) return undefined;
  try {
    const host = new URL(value).hostname;
    return EXAMPLE_HOST.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}

function walk(value: unknown, path: string, into: ReleaseProblem[]): void {
  if (typeof value === 'string') {
    if (value.includes(PLACEHOLDER)) into.push({ path, problem: `still reads "${value}"` });
    const host = exampleHostOf(value);
    if (host !== undefined) into.push({ path, problem: `points at the example domain ${host}` });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${path}[${index}]`, into));
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value))
      walk(child, path ? `${path}.${key}` : key, into);
  }
}

/** Everything in the site configuration that is not ready for readers, in the config's order. */
export function releaseProblems(site: SiteConfig): ReleaseProblem[] {
  const problems: ReleaseProblem[] = [];
  walk(site, '', problems);
  if (site.operator.registration.state === 'unset') {
    problems.push({
      path: 'operator.registration',
      problem:
        "is unset: choose 'registered' (number and association) or 'not-registered', so every page shows one of the two lines",
    });
  }
  return problems;
}

/** A release is asked for by `--release` on the command line or RELEASE=1 in the environment. */
export function isReleaseBuild(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return argv.includes('--release') || env.RELEASE === '1' || env.RELEASE === 'true';
}

/** Prints the problems; returns the exit code (1 only for a release with problems). */
export function runReleaseGuard(
  site: SiteConfig,
  release: boolean,
  log: (line: string) => void,
): number {
  const problems = releaseProblems(site);
  if (problems.length === 0) {
    log('release-guard: the site configuration is ready for release.');
    return 0;
  }
  const label = release ? 'error' : 'warning';
  log(
    `release-guard: ${problems.length} value(s) in src/data/site.ts are not ready for readers${release ? '; the release build stops here' : ' (a release build would fail)'}:`,
  );
  for (const { path, problem } of problems) log(`  ${label}: SITE.${path} ${problem}`);
  return release ? 1 : 0;
}

if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  const release = isReleaseBuild(process.argv.slice(2), process.env);
  process.exitCode = runReleaseGuard(SITE, release, (line) => console.warn(line));
}
