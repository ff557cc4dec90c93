/**
 * The blogs allowed to frame the test, as marketing lists them in embed-origins.json: plain data,
 * edited without touching code. The build checks the file with `checkEmbedOrigins` and stops with
 * a message naming each entry it refuses (scripts/build/prerender.ts); the release guard also refuses
 * the staging hosts.
 */
// A named import, so a bundle takes the list and leaves the file's comment behind.
import { origins as listedOrigins } from './embed-origins.json';

/** Hosts a staging build may list over plain http: the machine itself. */
export const STAGING_HOSTS: readonly string[] = ['localhost', '127.0.0.1'];

export type EmbedOriginsCheck =
  | { readonly ok: true; readonly origins: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

function problemOf(entry: unknown): string | undefined {
  if (typeof entry !== 'string') return `${JSON.stringify(entry)} is not a text`;
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return `"${entry}" is not an address: write it as https://blog.example.co.jp`;
  }
  if (url.origin !== entry)
    return `"${entry}" is not an origin: write only the scheme and host (${url.origin}), with no path or trailing slash`;
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && STAGING_HOSTS.includes(url.hostname)) return undefined;
  if (url.protocol === 'http:')
    return `"${entry}" uses http: a blog must be served over https (http is allowed only for ${STAGING_HOSTS.join(' and ')} on a staging build)`;
  return `"${entry}" is not an http(s) origin`;
}

/** Checks the file's contents: every entry an https origin (or an http staging host), no repeats. */
export function checkEmbedOrigins(value: unknown): EmbedOriginsCheck {
  const origins: unknown =
    typeof value === 'object' && value !== null && 'origins' in value ? value.origins : undefined;
  if (!Array.isArray(origins))
    return {
      ok: false,
      problems: ['the file needs an "origins" list, e.g. ["https://blog.example.co.jp"]'],
    };
  const problems = origins.flatMap((entry, index) => {
    const problem = problemOf(entry);
    return problem === undefined ? [] : [`origins[${index}]: ${problem}`];
  });
  const seen = new Set<unknown>();
  origins.forEach((entry, index) => {
    if (seen.has(entry)) problems.push(`origins[${index}]: "${String(entry)}" is listed twice`);
    seen.add(entry);
  });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    origins: origins.filter((entry): entry is string => typeof entry === 'string'),
  };
}

/** Where the list lives, for the build's check and its messages. */
export const EMBED_ORIGINS_PATH = 'src/data/embed-origins.json';

/** The listed origins; the build refuses to run on a list that does not pass the check. */
export const EMBED_ALLOWED_ORIGINS: readonly string[] = listedOrigins;
