import { holdEarlyTaps } from '@/platform/early-taps';

function page(html: string): void {
  document.body.innerHTML = html;
}

/** Clicks like a reader and returns the event, to see whether its default action was stopped. */
function click(element: Element): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  element.dispatchEvent(event);
  return event;
}

describe('taps on a pre-rendered page before the app is live', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds a tap on a button from everyone, and taps it again once the app is live', () => {
    page('<button type="button">English</button>');
    const button = document.querySelector('button')!;
    const taps = holdEarlyTaps(document);
    const liveClicks = vi.fn();
    const halfHydratedApp = vi.fn();
    document.body.addEventListener('click', halfHydratedApp);

    button.click();
    expect(halfHydratedApp).not.toHaveBeenCalled();
    document.body.removeEventListener('click', halfHydratedApp);
    taps.stop();
    button.addEventListener('click', liveClicks); // the app's own handler arrives
    taps.replay();
    vi.runAllTimers();

    expect(liveClicks).toHaveBeenCalledTimes(1);
    taps.replay();
    vi.runAllTimers();
    expect(liveClicks).toHaveBeenCalledTimes(1);
  });

  it('keeps a radio button as it was, so the app sees the choice when it is replayed', () => {
    page('<input type="radio" name="q" value="a"><input type="radio" name="q" value="b">');
    const [, second] = document.querySelectorAll('input');
    const taps = holdEarlyTaps(document);

    second!.click();
    expect(second!.checked).toBe(false);

    taps.stop();
    const changes = vi.fn();
    second!.addEventListener('change', changes);
    taps.replay();
    vi.runAllTimers();
    expect(second!.checked).toBe(true);
    expect(changes).toHaveBeenCalledTimes(1);
  });

  it('finds a radio again by its question and option when the page was rendered afresh', () => {
    const radios =
      '<input type="radio" name="q1" value="a"><input type="radio" name="q1" value="b">';
    page(radios);
    const taps = holdEarlyTaps(document);
    document.querySelectorAll('input')[1]!.click();
    taps.stop();
    page(radios); // React rendered the page anew (another language, an embedded test)
    taps.replay();
    vi.runAllTimers();
    expect(document.querySelectorAll('input')[1]!.checked).toBe(true);
  });

  it('drops the tap when the page has moved on to another question', () => {
    page('<input type="radio" name="q1" value="a">');
    const taps = holdEarlyTaps(document);
    const radio = document.querySelector('input')!;
    radio.click();
    taps.stop();
    radio.name = 'q5'; // a resumed quiz shows its next question in the same nodes
    const clicks = vi.fn();
    radio.addEventListener('click', clicks);
    taps.replay();
    vi.runAllTimers();
    expect(clicks).not.toHaveBeenCalled();
    expect(radio.checked).toBe(false);
  });

  it('finds a link again by its label when the page was rendered with another layout', () => {
    page('<header><a href="/">Home</a></header><main><a href="/quiz/">Start</a></main>');
    const taps = holdEarlyTaps(document, { links: true });
    click(document.querySelector('main a')!);
    taps.stop();
    page('<main><a href="/quiz/?embed=1">Start</a></main>'); // an embedded test has no header
    const clicks = vi.fn((clicked: Event) => clicked.preventDefault());
    document.querySelector('main a')!.addEventListener('click', clicks);
    taps.replay();
    vi.runAllTimers();
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it('holds only the last tap', () => {
    page('<button id="a" type="button">A</button><button id="b" type="button">B</button>');
    const taps = holdEarlyTaps(document);
    document.getElementById('a')!.click();
    document.getElementById('b')!.click();
    taps.stop();
    const clicked: string[] = [];
    const record = (event: Event): number => clicked.push((event.target as Element).id);
    document.addEventListener('click', record);
    taps.replay();
    vi.runAllTimers();
    document.removeEventListener('click', record);
    expect(clicked).toEqual(['b']);
  });

  it('leaves links to the browser', () => {
    page('<a href="#next">Start</a>');
    const taps = holdEarlyTaps(document);
    const event = click(document.querySelector('a')!);
    taps.stop();
    expect(event.defaultPrevented).toBe(false);
  });

  it('holds links too when asked, as an embedded test does', () => {
    page('<a href="#next">Start</a>');
    const taps = holdEarlyTaps(document, { links: true });
    const link = document.querySelector('a')!;
    const event = click(link);
    expect(event.defaultPrevented).toBe(true);
    taps.stop();
    const clicks = vi.fn((clicked: Event) => clicked.preventDefault());
    link.addEventListener('click', clicks);
    taps.replay();
    vi.runAllTimers();
    expect(clicks).toHaveBeenCalledTimes(1);
  });

  it('lets the app handle taps itself once stopped, and replays nothing that left the page', () => {
    page('<button type="button">Share</button>');
    const taps = holdEarlyTaps(document);
    const button = document.querySelector('button')!;
    button.click();
    taps.stop();

    const event = click(button);
    expect(event.defaultPrevented).toBe(false);

    const clicks = vi.fn();
    button.addEventListener('click', clicks);
    button.remove(); // React rendered the page afresh instead of hydrating it
    taps.replay();
    vi.runAllTimers();
    expect(clicks).not.toHaveBeenCalled();
  });
});
