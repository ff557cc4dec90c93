/** Parses a page's <head> the way a crawler would (no script runs) and lists what sharing needs. */
export interface ParsedShareHead {
  readonly title: string | undefined;
  readonly canonical: string | undefined;
  /** `property` (Open Graph) or `name` (description, twitter:*) -> every content given for it. */
  readonly meta: ReadonlyMap<string, readonly string[]>;
}

export function parseShareHead(html: string): ParsedShareHead {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const meta = new Map<string, string[]>();
  for (const tag of Array.from(doc.head.querySelectorAll('meta'))) {
    const key = tag.getAttribute('property') ?? tag.getAttribute('name');
    const content = tag.getAttribute('content');
    if (key === null || content === null) continue;
    meta.set(key, [...(meta.get(key) ?? []), content]);
  }
  return {
    title: doc.head.querySelector('title')?.textContent ?? undefined,
    canonical: doc.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    meta,
  };
}

/** Every tag the previews on LINE, X and Facebook rely on (see RESEARCH.md, "Sharing"). */
export const REQUIRED_META = [
  'description',
  'og:title',
  'og:description',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:url',
  'og:type',
  'og:site_name',
  'og:locale',
  'twitter:card',
] as const;

/** The single value of a tag, failing loudly when it is missing or given twice. */
export function one(head: ParsedShareHead, key: string): string {
  const values = head.meta.get(key) ?? [];
  if (values.length !== 1) throw new Error(`expected exactly one "${key}", found ${values.length}`);
  return values[0]!;
}
