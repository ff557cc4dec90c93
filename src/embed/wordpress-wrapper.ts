/**
 * WordPress's own wrapper for embeds it does not trust: when a blog author (without the plugin)
 * pastes the test's address, WordPress keeps only the oEmbed iframe, sandboxes it
 * (`sandbox="allow-scripts"`: no storage, no popups, an opaque origin) and appends `#?secret=…` to
 * its address. Its wp-embed.js then listens for two messages carrying that secret: `height`
 * (clamped to 200-1000 px) and `link` (a same-host address the blog page itself then opens).
 *
 * Pure functions only, shared by the bridge and its tests: no window, no DOM.
 */
import { SERVICE_IDS, type ServiceId } from '@/data/site';
import { CAMPAIGN_KEYS, type Campaign } from '@/platform/campaign';
import { CAMPAIGN_VALUE } from '@/platform/url-params';

/** WordPress clamps a reported height to these bounds (wp-embed.js); we report within them. */
export const WORDPRESS_HEIGHT_MIN = 200;
export const WORDPRESS_HEIGHT_MAX = 1000;

/** wp-embed.js ignores a secret with anything but letters and digits; so do we. */
const SECRET = /^[A-Za-z0-9]{1,64}$/;
/** `#?secret=abc` after nothing, or after a result code (`#CODE#?secret=abc`). */
const SECRET_SUFFIX = /(?:^|#)\?secret=([^#&]*)$/;

export interface SplitFragment {
  /** The fragment without WordPress's secret and without its leading "#" ("" when none is left). */
  readonly fragment: string;
  readonly secret?: string;
}

/**
 * Splits WordPress's secret off a URL fragment (`location.hash`, with or without its "#"), leaving
 * what the app put there itself: a result code, or nothing. A malformed secret is dropped too, so it
 * can never reach the result code's parser.
 */
export function splitWordPressSecret(hash: string): SplitFragment {
  const raw = hash.replace(/^#/, '');
  const match = SECRET_SUFFIX.exec(raw);
  if (match === null) return { fragment: raw };
  const fragment = raw.slice(0, match.index);
  const secret = match[1] ?? '';
  return SECRET.test(secret) ? { fragment, secret } : { fragment };
}

export interface WordPressHeightMessage {
  readonly message: 'height';
  readonly value: number;
  readonly secret: string;
}
export interface WordPressLinkMessage {
  readonly message: 'link';
  readonly value: string;
  readonly secret: string;
}
export type WordPressMessage = WordPressHeightMessage | WordPressLinkMessage;

/** The `height` message for a content height, clamped to what WordPress accepts. */
export function wordPressHeightMessage(height: number, secret: string): WordPressHeightMessage {
  const value = Math.min(WORDPRESS_HEIGHT_MAX, Math.max(WORDPRESS_HEIGHT_MIN, Math.ceil(height)));
  return { message: 'height', value, secret };
}

/** Whether a message from the blog page is wp-embed.js's `ready` for this frame's secret. */
export function isWordPressReady(data: unknown, secret: string): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const record = data as { readonly message?: unknown; readonly secret?: unknown };
  return record.message === 'ready' && record.secret === secret;
}

/**
 * Where the test's own page that forwards to a service lives: wp-embed.js opens only addresses on
 * the frame's host, so LINE, the newsletter and the blog are reached through these.
 */
export function forwardPagePath(serviceId: ServiceId): string {
  return `go/${serviceId}/`;
}

function withoutQuery(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/** The campaign values on an outbound link, as the app put them there (validated again). */
function campaignOf(url: URL): Campaign {
  const campaign: Campaign = {};
  for (const key of CAMPAIGN_KEYS) {
    const value = url.searchParams.get(key);
    if (value !== null && CAMPAIGN_VALUE.test(value)) campaign[key] = value;
  }
  return campaign;
}

export interface LinkTargets {
  /** The test's root: origin and base path, ending in "/". */
  readonly siteRoot: string;
  /** Each service's own address (SITE.services[id].url). */
  readonly services: Readonly<Record<ServiceId, string>>;
  /** Where a link that cannot be forwarded goes: the page the reader is on, outside the frame. */
  readonly fullPage: string;
}

/**
 * The address to hand WordPress for a link the reader followed: the test's own pages as they are;
 * a service's link through its forwarding page, with the link's campaign values; anything else
 * (a network's share page) to the full page, where sharing works without a sandbox.
 */
export function wordPressLinkTarget(href: string, targets: LinkTargets): string {
  let url: URL;
  let root: URL;
  try {
    url = new URL(href);
    root = new URL(targets.siteRoot);
  } catch {
    return targets.fullPage;
  }
  if (url.origin === root.origin && url.pathname.startsWith(root.pathname)) return url.href;
  const serviceId = SERVICE_IDS.find((id) => {
    try {
      return withoutQuery(new URL(targets.services[id])) === withoutQuery(url);
    } catch {
      return false;
    }
  });
  if (serviceId === undefined) return targets.fullPage;
  const forward = new URL(forwardPagePath(serviceId), root);
  for (const [key, value] of Object.entries(campaignOf(url))) forward.searchParams.set(key, value);
  return forward.href;
}
