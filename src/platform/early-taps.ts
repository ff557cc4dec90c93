/**
 * A pre-rendered page can be tapped before its code has arrived. A link works without code, so
 * the browser follows it; a button or a radio button would do nothing (and a radio would change
 * behind React's back). This holds the last such tap — stopping the radio from changing on its
 * own — and, once the app is live, taps the same control again so the reader's choice counts.
 *
 * "The same control" is found again by what it is, not by the DOM node: React may have rendered
 * the page afresh (another language, an embedded test) or moved on (a resumed quiz shows another
 * question in the same nodes). A radio is its group name and value; a button or a link is its
 * place in the page and its label, or else the only one with that label. When nothing matches,
 * the tap is dropped rather than landing elsewhere.
 */

const HELD_CONTROLS = 'button, input[type="radio"], input[type="checkbox"]';

export interface HoldOptions {
  /**
   * Hold links too. An embedded test needs this: its pre-rendered links lack the embed settings
   * the app adds to every address, so following one natively would leave the embedded mode.
   */
  readonly links?: boolean;
}

export interface EarlyTaps {
  /** Stops holding taps: from now on the app handles them itself. */
  readonly stop: () => void;
  /** Stops holding, then taps the held control again (next task) if the live page still has it. */
  readonly replay: () => void;
}

/** Finds the control again in the live page, or undefined. */
type Finder = () => HTMLElement | undefined;

function childIndexPath(element: Element, top: Element): number[] | undefined {
  const path: number[] = [];
  let node: Element | null = element;
  while (node !== null && node !== top) {
    const parent: Element | null = node.parentElement;
    if (parent === null) return undefined;
    path.unshift(Array.prototype.indexOf.call(parent.children, node));
    node = parent;
  }
  return node === top ? path : undefined;
}

function finderFor(control: HTMLElement, doc: Document): Finder | undefined {
  if (control instanceof HTMLInputElement) {
    const { type, name, value } = control;
    if (name === '') return undefined;
    return () =>
      Array.from(doc.querySelectorAll('input')).find(
        (input) => input.type === type && input.name === name && input.value === value,
      );
  }
  const { tagName, textContent } = control;
  const isSame = (node: Element | undefined): node is HTMLElement =>
    node instanceof HTMLElement && node.tagName === tagName && node.textContent === textContent;
  const path = childIndexPath(control, doc.body);
  return () => {
    let atPath: Element | undefined = doc.body;
    for (const index of path ?? []) atPath = atPath?.children[index];
    if (path !== undefined && isSame(atPath)) return atPath;
    // Rendered afresh with another layout (an embedded test has no site header): the one control
    // of that kind with that label, if there is exactly one.
    const sameLabel = Array.from(doc.getElementsByTagName(tagName)).filter(isSame);
    return sameLabel.length === 1 ? sameLabel[0] : undefined;
  };
}

export function holdEarlyTaps(doc: Document, options: HoldOptions = {}): EarlyTaps {
  const heldControls = options.links === true ? `${HELD_CONTROLS}, a[href]` : HELD_CONTROLS;
  let held: Finder | undefined;
  const onClick = (event: MouseEvent): void => {
    const control =
      event.target instanceof Element ? event.target.closest<HTMLElement>(heldControls) : null;
    if (control === null) return;
    // Nothing else sees it: not the browser (a radio stays as it was), not a half-hydrated React.
    event.preventDefault();
    event.stopPropagation();
    held = finderFor(control, doc);
  };
  doc.addEventListener('click', onClick, true);
  const stop = (): void => doc.removeEventListener('click', onClick, true);
  return {
    stop,
    replay: () => {
      stop();
      const find = held;
      held = undefined;
      // On the next task: the app may call this from inside its commit, and the tap is better
      // replayed once that commit is over, like any tap the reader makes next.
      if (find !== undefined) setTimeout(() => find()?.click(), 0);
    },
  };
}
