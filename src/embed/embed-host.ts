/**
 * The host-page half of the blog embed: turns each `.toushi-shinri-test` element into an iframe of
 * the test once it nears the viewport, sizes the iframe to its content and relays what happens
 * inside to the host's analytics. Bundled into embed.js, so it stays small and dependency-free.
 *
 * Trust: a message counts only when it comes from the test's own origin, from the very iframe this
 * loader created for that element, and passes the shared schema with that embed's instance id.
 */
import {
  EMBED_DATA_LAYER_EVENTS,
  EMBED_DOM_EVENTS,
  analyticsDetail,
  embedFrameQuery,
  parseEmbedAttributes,
  parseEmbedMessage,
  parseHttpOrigin,
  type EmbedLanguage,
} from './embed-protocol';

/** The class a blog author gives the placeholder element. */
export const EMBED_SELECTOR = '.toushi-shinri-test';
/** Marks an element some loader has taken, so a second copy of embed.js on the page leaves it alone. */
const STATE_ATTRIBUTE = 'data-embed-state';
/** Start loading a little before the embed scrolls into view, so it is ready when the reader arrives. */
export const EMBED_ROOT_MARGIN = '200px 0px';
/** Height before the test reports its own: about one question on a phone. */
export const EMBED_INITIAL_HEIGHT = 560;

const FRAME_TITLES: Readonly<Record<EmbedLanguage, string>> = {
  ja: '投資心理テスト',
  en: 'Investor psychology test',
};

/**
 * The iframe may run its scripts, keep its own storage, submit its own forms, download its share
 * image and open calls to action in a new, unsandboxed tab. It may not navigate the blog page.
 */
export const FRAME_SANDBOX =
  'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads';
/**
 * How long a frame has to report its size before the pasted link comes back: a frame the test's
 * site refuses (a blog not on its list), one a browser blocks and one that cannot load all stay
 * silent, and a reader should never be left with an empty or grey box.
 */
export const EMBED_RESPONSE_TIMEOUT_MS = 5000;
/** Dispatched on the embed element when its plain link comes back; detail: `{ instanceId }`. */
export const EMBED_FALLBACK_EVENT = 'toushi-shinri-test:fallback';

/** Copying the result link and the share sheet, nothing else. */
export const FRAME_ALLOW = 'clipboard-write; web-share';

export interface EmbedHostEnvironment {
  readonly window: Window & typeof globalThis;
  /** The URL embed.js was loaded from; the test lives in the same folder. */
  readonly scriptUrl: string;
  /** Makes the id that tells this page's embeds apart; random unless a test passes its own. */
  readonly newInstanceId?: () => string;
}

export interface EmbedHost {
  /** Looks for embed elements not yet taken, e.g. after the rest of the page has been parsed. */
  scan(): void;
  /** Stops listening and observing; iframes already in place stay. */
  stop(): void;
}

interface Mounted {
  readonly element: HTMLElement;
  readonly iframe: HTMLIFrameElement;
  readonly id: string;
  /** What the author pasted inside the element: the link readers get when the frame is silent. */
  readonly fallback: readonly HTMLElement[];
  /** The frame has reported its size at least once. */
  answered: boolean;
}

/**
 * What the embed element shows: while `loading`, the frame's place, kept at its first height and
 * empty to the eye and to taps (the frame still holds the pre-rendered page, whose links would open
 * the site instead of the embed, until the test reports its first size); then either the frame
 * (`ready`) or the pasted link (`fallback`), never both.
 */
type EmbedState = 'loading' | 'ready' | 'fallback';

function show(embed: Mounted, state: EmbedState): void {
  const style = embed.iframe.style;
  style.display = state === 'fallback' ? 'none' : 'block';
  style.opacity = state === 'loading' ? '0' : '';
  style.pointerEvents = state === 'loading' ? 'none' : '';
  for (const child of embed.fallback) child.hidden = state !== 'fallback';
  embed.element.setAttribute(STATE_ATTRIBUTE, state);
}

/** The test's own action colour (`--primary` in src/ui/global.css; a test holds the two equal). */
export const FALLBACK_BUTTON_COLOUR = '#1f4f8a';

/** The pasted link, drawn as a start button so the fallback still looks like an invitation. */
function styleAsButton(link: HTMLElement): void {
  const style = link.style;
  style.display = 'inline-block';
  style.padding = '0.75em 1.5em';
  style.borderRadius = '999px';
  style.background = FALLBACK_BUTTON_COLOUR;
  style.color = '#fff';
  style.fontWeight = '700';
  style.textDecoration = 'none';
}

function randomInstanceId(win: Window & typeof globalThis): string {
  const bytes = new Uint8Array(6);
  if (win.crypto && typeof win.crypto.getRandomValues === 'function') {
    win.crypto.getRandomValues(bytes);
  } else {
    for (let index = 0; index < bytes.length; index += 1)
      bytes[index] = Math.floor(Math.random() * 256);
  }
  return 'tst-' + Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function testBaseUrl(scriptUrl: string): URL | undefined {
  try {
    const base = new URL('./', scriptUrl);
    return base.protocol === 'https:' || base.protocol === 'http:' ? base : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts the loader on a page. Does nothing when the script's own URL or the host page's origin is
 * not http(s) (a saved file, a sandboxed page): the fallback link then stays, and still works.
 */
export function mountEmbeds(env: EmbedHostEnvironment): EmbedHost {
  const win = env.window;
  const doc = win.document;
  const base = testBaseUrl(env.scriptUrl);
  const hostOrigin = parseHttpOrigin(win.location.origin);
  const newId = env.newInstanceId ?? (() => randomInstanceId(win));
  const mounted: Mounted[] = [];

  if (base === undefined || hostOrigin === undefined) {
    return { scan() {}, stop() {} };
  }
  const testOrigin = base.origin;

  const mount = (element: HTMLElement): void => {
    const options = parseEmbedAttributes({
      lang: element.dataset.lang,
      theme: element.dataset.theme,
      utmSource: element.dataset.utmSource,
      utmMedium: element.dataset.utmMedium,
      utmCampaign: element.dataset.utmCampaign,
    });
    const id = newId();
    const iframe = doc.createElement('iframe');
    iframe.src = `${base.href}?${embedFrameQuery({ ...options, host: hostOrigin, id })}`;
    iframe.title = FRAME_TITLES[options.lang];
    iframe.setAttribute('sandbox', FRAME_SANDBOX);
    iframe.setAttribute('allow', FRAME_ALLOW);
    iframe.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    // Sized from outside to exactly the content's height, so the frame never scrolls inside.
    iframe.style.border = '0';
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.overflow = 'hidden';
    iframe.style.height = `${EMBED_INITIAL_HEIGHT}px`;
    const fallback = Array.from(element.children).filter(
      (child): child is HTMLElement => child instanceof win.HTMLElement,
    );
    const embed: Mounted = { element, iframe, id, fallback, answered: false };
    element.append(iframe);
    show(embed, 'loading');
    mounted.push(embed);
    win.setTimeout(() => {
      if (embed.answered) return;
      show(embed, 'fallback');
      for (const link of fallback) if (link instanceof win.HTMLAnchorElement) styleAsButton(link);
      element.dispatchEvent(
        new CustomEvent(EMBED_FALLBACK_EVENT, { bubbles: true, detail: { instanceId: id } }),
      );
    }, EMBED_RESPONSE_TIMEOUT_MS);
  };

  const observer =
    typeof win.IntersectionObserver === 'function'
      ? new win.IntersectionObserver(
          (entries: IntersectionObserverEntry[]) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              observer?.unobserve(entry.target);
              mount(entry.target as HTMLElement);
            }
          },
          { rootMargin: EMBED_ROOT_MARGIN },
        )
      : undefined;

  const scan = (): void => {
    for (const element of Array.from(doc.querySelectorAll<HTMLElement>(EMBED_SELECTOR))) {
      if (element.hasAttribute(STATE_ATTRIBUTE)) continue;
      element.setAttribute(STATE_ATTRIBUTE, 'waiting');
      if (observer) observer.observe(element);
      else mount(element);
    }
  };

  const onMessage = (event: MessageEvent): void => {
    if (event.origin !== testOrigin || event.source === null) return;
    const embed = mounted.find((candidate) => candidate.iframe.contentWindow === event.source);
    if (embed === undefined) return;
    const parsed = parseEmbedMessage(event.data);
    if (!parsed.ok || parsed.value.id !== embed.id) return;
    const message = parsed.value;
    if (message.type === 'resize') {
      embed.iframe.style.height = `${message.height}px`;
      // A slow frame that speaks after its link came back takes its place again.
      if (!embed.answered) show(embed, 'ready');
      embed.answered = true;
      return;
    }
    const detail = analyticsDetail(message);
    embed.element.dispatchEvent(
      new CustomEvent(EMBED_DOM_EVENTS[message.type], { bubbles: true, detail }),
    );
    const dataLayer = (win as Window & { dataLayer?: unknown }).dataLayer;
    if (Array.isArray(dataLayer))
      dataLayer.push({ event: EMBED_DATA_LAYER_EVENTS[message.type], ...detail });
  };

  win.addEventListener('message', onMessage);
  scan();
  return {
    scan,
    stop() {
      win.removeEventListener('message', onMessage);
      observer?.disconnect();
    },
  };
}
