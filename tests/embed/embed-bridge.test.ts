import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emitAppEvent, subscribeAppEvents } from '@/platform/app-events';
import { startEmbedBridge } from '@/embed/embed-bridge';
import { parseEmbedMode } from '@/embed/embed-protocol';

const HOST = 'https://blog.example.jp';
let stop: (() => void) | undefined;

function frameWith(search: string): { postMessage: ReturnType<typeof vi.fn> } {
  const parent = { postMessage: vi.fn() };
  const mode = parseEmbedMode(search);
  if (mode === undefined) throw new Error(`not embed mode: ${search}`);
  stop = startEmbedBridge(mode, { window, parent, subscribe: subscribeAppEvents });
  return parent;
}

function layOutAt(height: number): void {
  vi.spyOn(document.documentElement, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ x: 0, y: 0, width: 360, height }),
  );
}

afterEach(() => {
  stop?.();
  stop = undefined;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.documentElement.removeAttribute('data-embed');
  document.body.replaceChildren();
});

describe('the in-app embed bridge', () => {
  it('reports the content height to the host origin only, once the app has drawn its own page', () => {
    layOutAt(812.4);
    const parent = frameWith(`?embed=1&lang=ja&host=${encodeURIComponent(HOST)}&id=tst-1`);
    // The pre-rendered page is still on screen: its size would show the host a page whose links
    // leave the embed.
    window.dispatchEvent(new Event('load'));
    expect(parent.postMessage).not.toHaveBeenCalled();
    emitAppEvent({ type: 'app-shown' });
    expect(parent.postMessage).toHaveBeenCalledWith(
      { source: 'toushi-shinri-test', version: 1, type: 'resize', id: 'tst-1', height: 813 },
      HOST,
    );
    expect(document.documentElement).toHaveAttribute('data-embed');
  });

  it('reports again on every change of size, and only on a change', () => {
    let resized: (() => void) | undefined;
    const observed: Element[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          resized = callback;
        }
        observe(element: Element): void {
          observed.push(element);
        }
        disconnect(): void {}
      },
    );
    layOutAt(600);
    const parent = frameWith(`?embed=1&host=${encodeURIComponent(HOST)}&id=tst-1`);
    emitAppEvent({ type: 'app-shown' });
    expect(observed).toContain(document.documentElement);
    layOutAt(900);
    resized!();
    resized!();
    layOutAt(450);
    resized!();
    const heights = parent.postMessage.mock.calls.map(
      ([message]) => (message as { height: number }).height,
    );
    expect(heights).toEqual([600, 900, 450]);
  });

  it.each([
    ['no host', '?embed=1&id=tst-1'],
    ['a javascript: host', '?embed=1&host=javascript%3Aalert(1)&id=tst-1'],
    ['a wildcard host', '?embed=1&host=*&id=tst-1'],
    ['a host with a path', `?embed=1&host=${encodeURIComponent(HOST + '/post/1')}&id=tst-1`],
    ['a host with credentials', '?embed=1&host=https%3A%2F%2Fa%3Ab%40blog.example.jp&id=tst-1'],
    ['the opaque origin', '?embed=1&host=null&id=tst-1'],
    ['a malformed instance id', `?embed=1&host=${encodeURIComponent(HOST)}&id=%3Cscript%3E`],
  ])('posts nothing at all with %s', (_label, search) => {
    layOutAt(700);
    const parent = frameWith(search);
    emitAppEvent({ type: 'quiz-started' });
    expect(parent.postMessage).not.toHaveBeenCalled();
  });

  it('relays what happens in the quiz, ids and indexes only', () => {
    layOutAt(700);
    const parent = frameWith(`?embed=1&host=${encodeURIComponent(HOST)}&id=tst-9`);
    parent.postMessage.mockClear();
    emitAppEvent({ type: 'quiz-started' });
    emitAppEvent({ type: 'step-answered', stepIndex: 3 });
    emitAppEvent({ type: 'quiz-completed', typeId: 'patient-grower' });
    emitAppEvent({ type: 'cta-clicked', serviceId: 'newsletter' });
    emitAppEvent({ type: 'step-answered', stepIndex: -1 });
    expect(parent.postMessage.mock.calls).toEqual([
      [{ source: 'toushi-shinri-test', version: 1, type: 'start', id: 'tst-9' }, HOST],
      [{ source: 'toushi-shinri-test', version: 1, type: 'step', id: 'tst-9', stepIndex: 3 }, HOST],
      [
        {
          source: 'toushi-shinri-test',
          version: 1,
          type: 'complete',
          id: 'tst-9',
          typeId: 'patient-grower',
        },
        HOST,
      ],
      [
        {
          source: 'toushi-shinri-test',
          version: 1,
          type: 'cta',
          id: 'tst-9',
          serviceId: 'newsletter',
        },
        HOST,
      ],
    ]);
  });

  it('stops relaying once stopped', () => {
    layOutAt(700);
    const parent = frameWith(`?embed=1&host=${encodeURIComponent(HOST)}&id=tst-1`);
    stop!();
    stop = undefined;
    parent.postMessage.mockClear();
    emitAppEvent({ type: 'quiz-started' });
    expect(parent.postMessage).not.toHaveBeenCalled();
  });

  it('listens to no window: the host can send it no command', () => {
    const addListener = vi.spyOn(window, 'addEventListener');
    frameWith(`?embed=1&host=${encodeURIComponent(HOST)}&id=tst-1`);
    expect(addListener.mock.calls.map(([type]) => type)).not.toContain('message');
  });

  it('opens links that leave the test in a new tab, never in the blog window', async () => {
    frameWith(`?embed=1&host=${encodeURIComponent(HOST)}&id=tst-1`);
    document.body.innerHTML = `
      <a href="https://line.me/R/ti/p/@billiontouch">LINEで友だち追加</a>
      <a href="/r/chart-strategist/" target="_top">結果を見る</a>
      <a href="/quiz/">もう一度</a>`;
    const stayHere = (event: Event): void => event.preventDefault();
    document.addEventListener('click', stayHere);
    const user = userEvent.setup();

    const line = screen.getByRole('link', { name: 'LINEで友だち追加' });
    await user.click(line);
    expect(line).toHaveAttribute('target', '_blank');
    expect(line.getAttribute('rel')).toContain('noopener');

    const top = screen.getByRole('link', { name: '結果を見る' });
    await user.click(top);
    expect(top).toHaveAttribute('target', '_blank');

    const inside = screen.getByRole('link', { name: 'もう一度' });
    await user.click(inside);
    expect(inside).not.toHaveAttribute('target');
    document.removeEventListener('click', stayHere);
  });
});
