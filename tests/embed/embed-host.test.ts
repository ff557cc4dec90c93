import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import {
  EMBED_FALLBACK_EVENT,
  EMBED_RESPONSE_TIMEOUT_MS,
  FALLBACK_BUTTON_COLOUR,
  mountEmbeds,
  type EmbedHost,
} from '@/embed/embed-host';

const SCRIPT_URL = 'https://shindan.example.jp/shindan/embed.js';
const TEST_ORIGIN = 'https://shindan.example.jp';

let host: EmbedHost | undefined;
let nextId = 0;

function snippet(attributes: string): string {
  return `<div class="toushi-shinri-test" ${attributes}><a href="https://shindan.example.jp/shindan/">投資心理テストを受ける</a></div>`;
}

function start(): EmbedHost {
  host = mountEmbeds({ window, scriptUrl: SCRIPT_URL, newInstanceId: () => `tst-${++nextId}` });
  return host;
}

function frames(): HTMLIFrameElement[] {
  return Array.from(document.querySelectorAll('iframe'));
}

function frameQuery(frame: HTMLIFrameElement): URLSearchParams {
  return new URL(frame.src).searchParams;
}

function post(data: unknown, init: { origin?: string; source?: Window | null } = {}): void {
  window.dispatchEvent(
    new MessageEvent('message', {
      data,
      origin: init.origin ?? TEST_ORIGIN,
      source: init.source === undefined ? (frames()[0]?.contentWindow ?? null) : init.source,
    }),
  );
}

function wire(message: Record<string, unknown>): Record<string, unknown> {
  return { source: 'toushi-shinri-test', version: 1, ...message };
}

beforeEach(() => {
  nextId = 0;
});

afterEach(() => {
  host?.stop();
  host = undefined;
  document.body.replaceChildren();
  delete (window as Window & { dataLayer?: unknown }).dataLayer;
  vi.unstubAllGlobals();
});

describe('the embed loader', () => {
  it('replaces each embed element with its own iframe of the test', () => {
    document.body.innerHTML =
      snippet(
        'data-lang="ja" data-utm-source="blog" data-utm-campaign="autumn" data-theme="light"',
      ) +
      '<p>本文</p>' +
      snippet('data-lang="en" data-theme="dark"');
    start();

    expect(frames()).toHaveLength(2);
    expect(screen.queryByRole('link', { name: '投資心理テストを受ける' })).toBeNull();
    const [first, second] = frames();
    expect(first!.src.startsWith('https://shindan.example.jp/shindan/?')).toBe(true);
    expect(Object.fromEntries(frameQuery(first!))).toEqual({
      embed: '1',
      lang: 'ja',
      utm_source: 'blog',
      utm_medium: 'embed',
      utm_campaign: 'autumn',
      theme: 'light',
      host: window.location.origin,
      id: 'tst-1',
    });
    expect(first!.title).toBe('投資心理テスト');
    expect(frameQuery(second!).get('lang')).toBe('en');
    expect(frameQuery(second!).get('theme')).toBe('dark');
    expect(frameQuery(second!).get('id')).toBe('tst-2');
    expect(second!.title).toBe('Investor psychology test');
  });

  it('sizes the frame from outside instead of letting it scroll, and keeps it out of the blog window', () => {
    document.body.innerHTML = snippet('data-lang="ja"');
    start();
    const frame = frames()[0]!;
    expect(frame.style.width).toBe('100%');
    expect(frame.style.border).toMatch(/^0/);
    expect(frame.hasAttribute('scrolling')).toBe(false);
    expect(frame.style.height).toMatch(/px$/);
    expect(frame.getAttribute('sandbox')).toContain('allow-popups-to-escape-sandbox');
    expect(frame.getAttribute('sandbox')).not.toContain('allow-top-navigation');
  });

  it('drops data attribute values that are not allowlisted or too long', () => {
    document.body.innerHTML = snippet(
      `data-lang="xx" data-theme="neon" data-utm-source="<script>" data-utm-campaign="${'a'.repeat(65)}" data-utm-medium="mail" data-host="https://evil.example" data-id="forged"`,
    );
    start();
    expect(Object.fromEntries(frameQuery(frames()[0]!))).toEqual({
      embed: '1',
      lang: 'ja',
      utm_medium: 'mail',
      theme: 'auto',
      host: window.location.origin,
      id: 'tst-1',
    });
  });

  it('waits until the embed is near the viewport when the browser can tell', () => {
    const observed: Element[] = [];
    let notify: ((entries: Partial<IntersectionObserverEntry>[]) => void) | undefined;
    let margin: string | undefined;
    class FakeIntersectionObserver {
      constructor(
        callback: (entries: Partial<IntersectionObserverEntry>[]) => void,
        options: IntersectionObserverInit,
      ) {
        notify = callback;
        margin = options.rootMargin;
      }
      observe(element: Element): void {
        observed.push(element);
      }
      unobserve(): void {}
      disconnect(): void {}
    }
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
    document.body.innerHTML = snippet('data-lang="ja"') + snippet('data-lang="en"');
    start();

    expect(frames()).toHaveLength(0);
    expect(observed).toHaveLength(2);
    expect(margin).toMatch(/^200px/);
    notify!([{ target: observed[1]!, isIntersecting: true }]);
    expect(frames()).toHaveLength(1);
    expect(frameQuery(frames()[0]!).get('lang')).toBe('en');
    expect(screen.getByRole('link', { name: '投資心理テストを受ける' })).toBeInTheDocument();
  });

  it('takes each element once, even when a second copy of the script scans the page', () => {
    document.body.innerHTML = snippet('data-lang="ja"');
    start();
    const second = mountEmbeds({ window, scriptUrl: SCRIPT_URL, newInstanceId: () => 'tst-other' });
    second.scan();
    second.stop();
    expect(frames()).toHaveLength(1);
    expect(frameQuery(frames()[0]!).get('id')).toBe('tst-1');
  });

  it('picks up embeds that appear after it first ran', () => {
    const embed = start();
    document.body.innerHTML = snippet('data-lang="en"');
    embed.scan();
    expect(frames()).toHaveLength(1);
  });

  it('leaves the fallback link when the script is not served over http(s)', () => {
    document.body.innerHTML = snippet('data-lang="ja"');
    host = mountEmbeds({ window, scriptUrl: 'file:///tmp/embed.js' });
    expect(frames()).toHaveLength(0);
    expect(screen.getByRole('link', { name: '投資心理テストを受ける' })).toBeInTheDocument();
  });
});

describe('messages from the embedded test', () => {
  beforeEach(() => {
    document.body.innerHTML = snippet('data-lang="ja"') + snippet('data-lang="en"');
    start();
  });

  it('resizes the frame to the height the test reports', () => {
    post(wire({ type: 'resize', id: 'tst-1', height: 1234 }));
    expect(frames()[0]!.style.height).toBe('1234px');
    expect(frames()[1]!.style.height).not.toBe('1234px');
  });

  it('keeps a frame unseen and untappable, in its place, until the test reports its size', () => {
    const [frame] = frames();
    const element = frame!.parentElement!;
    expect(element).toHaveAttribute('data-embed-state', 'loading');
    expect(frame!.style.opacity).toBe('0');
    expect(frame!.style.pointerEvents).toBe('none');
    expect(frame!.style.display).toBe('block');
    expect(screen.queryByRole('link', { name: '投資心理テストを受ける' })).toBeNull();
    // A forged or foreign message reveals nothing.
    post(wire({ type: 'resize', id: 'tst-2', height: 640 }));
    expect(frame!.style.opacity).toBe('0');
    post(wire({ type: 'resize', id: 'tst-1', height: 640 }));
    expect(element).toHaveAttribute('data-embed-state', 'ready');
    expect(frame!.style.opacity).toBe('');
    expect(frame!.style.pointerEvents).toBe('');
  });

  it('ignores a message from another origin, even from the right frame', () => {
    const before = frames()[0]!.style.height;
    post(wire({ type: 'resize', id: 'tst-1', height: 999 }), { origin: 'https://evil.example' });
    post(wire({ type: 'resize', id: 'tst-1', height: 999 }), {
      origin: 'http://shindan.example.jp',
    });
    expect(frames()[0]!.style.height).toBe(before);
  });

  it('ignores a message from another frame or window, even from the test origin', () => {
    const before = frames()[0]!.style.height;
    post(wire({ type: 'resize', id: 'tst-1', height: 999 }), {
      source: frames()[1]!.contentWindow,
    });
    post(wire({ type: 'resize', id: 'tst-1', height: 999 }), { source: window });
    post(wire({ type: 'resize', id: 'tst-1', height: 999 }), { source: null });
    expect(frames()[0]!.style.height).toBe(before);
  });

  it('ignores a message with another instance id or an out-of-range height', () => {
    const before = frames()[0]!.style.height;
    post(wire({ type: 'resize', id: 'tst-2', height: 999 }));
    post(wire({ type: 'resize', id: 'tst-1', height: 20001 }));
    post(wire({ type: 'resize', id: 'tst-1', height: 12.5 }));
    post(wire({ type: 'resize', id: 'tst-1', height: '999' }));
    post({ type: 'resize', id: 'tst-1', height: 999 });
    expect(frames()[0]!.style.height).toBe(before);
  });

  it('tells the host page what happens, as DOM events and dataLayer entries in order', () => {
    const dataLayer: unknown[] = [];
    (window as Window & { dataLayer?: unknown }).dataLayer = dataLayer;
    const element = document.querySelector('.toushi-shinri-test')!;
    const seen: [string, unknown][] = [];
    for (const name of ['start', 'step', 'complete', 'cta']) {
      element.addEventListener(`toushi-shinri-test:${name}`, (event) => {
        seen.push([event.type, (event as CustomEvent).detail]);
      });
    }

    post(wire({ type: 'start', id: 'tst-1' }));
    post(wire({ type: 'step', id: 'tst-1', stepIndex: 0 }));
    post(wire({ type: 'complete', id: 'tst-1', typeId: 'chart-strategist' }));
    post(wire({ type: 'cta', id: 'tst-1', serviceId: 'line' }));

    expect(seen).toEqual([
      ['toushi-shinri-test:start', { instanceId: 'tst-1' }],
      ['toushi-shinri-test:step', { instanceId: 'tst-1', stepIndex: 0 }],
      ['toushi-shinri-test:complete', { instanceId: 'tst-1', typeId: 'chart-strategist' }],
      ['toushi-shinri-test:cta', { instanceId: 'tst-1', serviceId: 'line' }],
    ]);
    expect(dataLayer).toEqual([
      { event: 'toushi_shinri_test_start', instanceId: 'tst-1' },
      { event: 'toushi_shinri_test_step', instanceId: 'tst-1', stepIndex: 0 },
      { event: 'toushi_shinri_test_complete', instanceId: 'tst-1', typeId: 'chart-strategist' },
      { event: 'toushi_shinri_test_cta', instanceId: 'tst-1', serviceId: 'line' },
    ]);
  });

  it('bubbles the events so a page can listen once for every embed', () => {
    const seen: string[] = [];
    document.addEventListener('toushi-shinri-test:start', (event) => {
      seen.push((event as CustomEvent<{ instanceId: string }>).detail.instanceId);
    });
    post(wire({ type: 'start', id: 'tst-2' }), { source: frames()[1]!.contentWindow });
    expect(seen).toEqual(['tst-2']);
  });

  it('relays no unknown type or service id, and leaves a non-array dataLayer alone', () => {
    const dataLayer = { push: vi.fn() };
    (window as Window & { dataLayer?: unknown }).dataLayer = dataLayer;
    const listener = vi.fn();
    document.addEventListener('toushi-shinri-test:complete', listener);
    document.addEventListener('toushi-shinri-test:cta', listener);
    post(wire({ type: 'complete', id: 'tst-1', typeId: 'millionaire' }));
    post(wire({ type: 'cta', id: 'tst-1', serviceId: 'https://evil.example' }));
    post(wire({ type: 'start', id: 'tst-1' }));
    expect(listener).not.toHaveBeenCalled();
    expect(dataLayer.push).not.toHaveBeenCalled();
  });
});

describe('a frame that never answers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('puts the pasted link back, drawn as a start button, and tells the host page', () => {
    document.body.innerHTML = snippet('data-lang="ja"');
    const fallbacks: unknown[] = [];
    document.addEventListener(EMBED_FALLBACK_EVENT, (event) =>
      fallbacks.push((event as CustomEvent).detail),
    );
    start();
    expect(screen.queryByRole('link', { name: '投資心理テストを受ける' })).toBeNull();
    vi.advanceTimersByTime(EMBED_RESPONSE_TIMEOUT_MS - 1);
    expect(fallbacks).toEqual([]);
    vi.advanceTimersByTime(1);
    const link = screen.getByRole('link', { name: '投資心理テストを受ける' });
    expect(link.style.background).not.toBe('');
    expect(frames()[0]?.style.display).toBe('none');
    expect(fallbacks).toEqual([{ instanceId: 'tst-1' }]);
  });

  it('gives a slow frame its place back when it speaks after all', () => {
    document.body.innerHTML = snippet('data-lang="ja"');
    start();
    vi.advanceTimersByTime(EMBED_RESPONSE_TIMEOUT_MS);
    expect(screen.getByRole('link', { name: '投資心理テストを受ける' })).toBeInTheDocument();
    post(wire({ type: 'resize', id: 'tst-1', height: 700 }));
    expect(frames()[0]?.style.display).toBe('block');
    expect(frames()[0]?.style.height).toBe('700px');
    expect(screen.queryByRole('link', { name: '投資心理テストを受ける' })).toBeNull();
  });

  it('keeps a frame that answered in time, with no event', () => {
    document.body.innerHTML = snippet('data-lang="ja"');
    const fallbacks: unknown[] = [];
    document.addEventListener(EMBED_FALLBACK_EVENT, (event) => fallbacks.push(event));
    start();
    post(wire({ type: 'resize', id: 'tst-1', height: 640 }));
    vi.advanceTimersByTime(EMBED_RESPONSE_TIMEOUT_MS * 2);
    expect(frames()[0]?.style.display).toBe('block');
    expect(fallbacks).toEqual([]);
  });

  it('draws the button in the test’s own action colour', () => {
    const css = readFileSync('src/ui/global.css', 'utf8');
    expect(css).toContain(`--primary: ${FALLBACK_BUTTON_COLOUR};`);
  });
});
