/**
 * The in-app half of the blog embed: when the test runs inside a blog's iframe (`?embed=1`), it tells
 * the host page its content height and what happens (start, each answered step, completion, calls to
 * action), and keeps every link that leaves the test out of the blog's own window.
 *
 * It listens to no window: the host can send no command. It posts only to the host origin given in
 * the URL, validated as an http(s) origin; the browser then delivers nothing unless the parent page
 * really is that origin.
 */
import { SERVICE_IDS, SITE, type ServiceId } from '@/data/site';
import { BASE_URL } from '@/platform/base-url';
import { subscribeAppEvents, type AppEvent } from '@/platform/app-events';
import {
  EMBED_HEIGHT_MAX,
  EMBED_HEIGHT_MIN,
  parseEmbedMessage,
  toWireMessage,
  type EmbedMessage,
  parseHttpOrigin,
  type EmbedMode,
} from './embed-protocol';
import {
  isWordPressReady,
  splitWordPressSecret,
  wordPressHeightMessage,
  wordPressLinkTarget,
  type WordPressMessage,
} from './wordpress-wrapper';

/** Set on <html> in embed mode, so styles can drop the full-height layout and site chrome. */
export const EMBED_DOCUMENT_ATTRIBUTE = 'data-embed';

export interface EmbedBridgeEnvironment {
  /** The test's own window (the iframe's). */
  readonly window?: Window & typeof globalThis;
  /** Where messages go; the iframe's parent unless a test passes its own. */
  readonly parent?: Pick<Window, 'postMessage'>;
  readonly subscribe?: typeof subscribeAppEvents;
}

/** Maps an app event to its embed message; one the protocol refuses is dropped, not relayed. */
export function appEventToEmbedMessage(event: AppEvent, id: string): EmbedMessage | undefined {
  let candidate: EmbedMessage;
  switch (event.type) {
    case 'app-shown':
      return undefined;
    case 'quiz-started':
      candidate = { type: 'start', id };
      break;
    case 'step-answered':
      candidate = { type: 'step', id, stepIndex: event.stepIndex };
      break;
    case 'quiz-completed':
      candidate = { type: 'complete', id, typeId: event.typeId };
      break;
    case 'cta-clicked':
      candidate = { type: 'cta', id, serviceId: event.serviceId };
      break;
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
  // The protocol still checks what the types cannot: the instance id and the step's range.
  const parsed = parseEmbedMessage(toWireMessage(candidate));
  return parsed.ok ? parsed.value : undefined;
}

/** The page's content height in whole CSS pixels, within the protocol's bounds; 0 before layout. */
export function contentHeight(doc: Document): number {
  const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
  if (!Number.isFinite(height) || height < EMBED_HEIGHT_MIN) return 0;
  return Math.min(height, EMBED_HEIGHT_MAX);
}

/**
 * Links that leave the test open in a new top-level tab; no link may target the blog's window.
 * Runs in the capture phase, before the browser follows the link.
 */
function keepLinksOutOfHost(win: Window & typeof globalThis): () => void {
  const onClick = (event: MouseEvent): void => {
    const target = event.target;
    if (!(target instanceof win.Element)) return;
    const anchor = target.closest('a[href]');
    if (!(anchor instanceof win.HTMLAnchorElement)) return;
    const frameTarget = anchor.target.toLowerCase();
    const leavesTest = anchor.origin !== win.location.origin;
    if (leavesTest || frameTarget === '_top' || frameTarget === '_parent') {
      anchor.target = '_blank';
      anchor.rel = 'noopener noreferrer';
    }
  };
  win.document.addEventListener('click', onClick, true);
  return () => win.document.removeEventListener('click', onClick, true);
}

interface HeightWatch {
  /** Forgets the last height and reports the current one, for a host that asks again. */
  readonly reportAgain: () => void;
  readonly stop: () => void;
}

/**
 * Reports the page's content height to `report` whenever it changes: on a resize, on `load` (web
 * fonts and images can change the height after the first layout) and after every app event
 * (answering can change the page without resizing <html> in the same frame). Nothing is reported
 * before the app has drawn its own page (`app-shown`): the host shows the frame at its first size,
 * and until then the frame holds the pre-rendered page, whose start link would open the site's
 * quiz, not the embed's. `onEvent` sees each app event first.
 */
function watchContentHeight(
  win: Window & typeof globalThis,
  subscribe: typeof subscribeAppEvents,
  report: (height: number) => void,
  onEvent: (event: AppEvent) => void = () => {},
): HeightWatch {
  const doc = win.document;
  let shown = false;
  let lastHeight = 0;
  const reportHeight = (): void => {
    const height = contentHeight(doc);
    if (!shown || height === 0 || height === lastHeight) return;
    lastHeight = height;
    report(height);
  };
  const observer =
    typeof win.ResizeObserver === 'function' ? new win.ResizeObserver(reportHeight) : undefined;
  observer?.observe(doc.documentElement);
  if (doc.body) observer?.observe(doc.body);
  win.addEventListener('load', reportHeight);
  const unsubscribe = subscribe((event) => {
    if (event.type === 'app-shown') shown = true;
    onEvent(event);
    reportHeight();
  });
  return {
    reportAgain: () => {
      lastHeight = 0;
      reportHeight();
    },
    stop: () => {
      observer?.disconnect();
      win.removeEventListener('load', reportHeight);
      unsubscribe();
    },
  };
}

/**
 * The blog page's origin, as the browser reports the frame's parent: a sandboxed frame has an opaque
 * origin of its own, but it still knows who framed it. Undefined when the browser tells neither.
 */
function parentOriginOf(win: Window & typeof globalThis): string | undefined {
  const ancestor = win.location.ancestorOrigins?.[0];
  if (ancestor !== undefined) return parseHttpOrigin(ancestor);
  try {
    return parseHttpOrigin(new URL(win.document.referrer).origin);
  } catch {
    return undefined;
  }
}

/** The page the reader is on, as its own site shows it: the embed's query left behind. */
function fullPageOf(win: Window & typeof globalThis): string {
  const { origin, pathname, hash } = win.location;
  const campaign = new URLSearchParams(win.location.search);
  for (const name of [...campaign.keys()]) if (!name.startsWith('utm_')) campaign.delete(name);
  const query = campaign.toString();
  return `${origin}${pathname}${query === '' ? '' : `?${query}`}${hash}`;
}

/**
 * Inside WordPress's sandboxed wrapper: the height goes to wp-embed.js as its `height` message, and
 * every link that leaves the test goes to it as a `link` message, since the sandbox opens no tab.
 * Posts only to the blog page's own origin, and takes nothing from it but its `ready`.
 */
function startWordPressWrapper(
  win: Window & typeof globalThis,
  parent: Pick<Window, 'postMessage'>,
  secret: string,
  subscribe: typeof subscribeAppEvents,
): () => void {
  const parentOrigin = parentOriginOf(win);
  if (parentOrigin === undefined) return () => {};
  const doc = win.document;
  const post = (message: WordPressMessage): void => {
    try {
      parent.postMessage(message, parentOrigin);
    } catch {
      // A host that went away must never break the quiz.
    }
  };
  // wp-embed.js shows the frame at its first height, clamped to its bounds.
  const heights = watchContentHeight(win, subscribe, (height) =>
    post(wordPressHeightMessage(height, secret)),
  );
  // wp-embed.js may start after the frame: its `ready` asks for the height again.
  const onMessage = (event: MessageEvent): void => {
    if (event.source !== parent || event.origin !== parentOrigin) return;
    if (!isWordPressReady(event.data, secret)) return;
    heights.reportAgain();
  };
  const siteRoot = new URL(BASE_URL, win.location.origin).href;
  const services = Object.fromEntries(
    SERVICE_IDS.map((id) => [id, SITE.services[id].url]),
  ) as Record<ServiceId, string>;
  const onClick = (event: MouseEvent): void => {
    const target = event.target;
    if (!(target instanceof win.Element)) return;
    const anchor = target.closest('a[href]');
    if (!(anchor instanceof win.HTMLAnchorElement)) return;
    const inApp = anchor.origin === win.location.origin && anchor.target === '';
    if (inApp || anchor.hasAttribute('download')) return;
    event.preventDefault();
    const value = wordPressLinkTarget(anchor.href, {
      siteRoot,
      services,
      fullPage: fullPageOf(win),
    });
    post({ message: 'link', value, secret });
  };

  win.addEventListener('message', onMessage);
  doc.addEventListener('click', onClick, true);
  return () => {
    win.removeEventListener('message', onMessage);
    doc.removeEventListener('click', onClick, true);
    heights.stop();
  };
}

/**
 * Starts embed mode. Returns the function that stops it (used by tests). Posts nothing when the
 * mode has no valid host origin and instance id, or when the page is not inside a frame.
 */
export function startEmbedBridge(mode: EmbedMode, env: EmbedBridgeEnvironment = {}): () => void {
  const win = env.window ?? window;
  const doc = win.document;
  const subscribe = env.subscribe ?? subscribeAppEvents;
  doc.documentElement.setAttribute(EMBED_DOCUMENT_ATTRIBUTE, '');
  const stops: (() => void)[] = [keepLinksOutOfHost(win)];

  const parent = env.parent ?? (win.parent === win ? undefined : win.parent);
  // WordPress's wrapper marks its frame with a secret in the fragment. The app must not see it (a
  // result code may sit before it), so it leaves the address before the app reads the fragment.
  const { fragment, secret } = splitWordPressSecret(win.location.hash);
  if (secret !== undefined) {
    const { pathname, search } = win.location;
    win.history.replaceState(
      win.history.state,
      '',
      `${pathname}${search}${fragment === '' ? '' : `#${fragment}`}`,
    );
    if (parent !== undefined) stops.push(startWordPressWrapper(win, parent, secret, subscribe));
    return () => {
      for (const stop of stops) stop();
    };
  }
  const { host, id } = mode;
  if (parent !== undefined && host !== undefined && id !== undefined) {
    const post = (message: EmbedMessage): void => {
      try {
        parent.postMessage(toWireMessage(message), host);
      } catch {
        // A host that went away must never break the quiz.
      }
    };
    // embed.js shows the frame at its first size.
    const heights = watchContentHeight(
      win,
      subscribe,
      (height) => post({ type: 'resize', id, height }),
      (event) => {
        const message = appEventToEmbedMessage(event, id);
        if (message !== undefined) post(message);
      },
    );
    stops.push(heights.stop);
  }

  return () => {
    for (const stop of stops) stop();
  };
}
