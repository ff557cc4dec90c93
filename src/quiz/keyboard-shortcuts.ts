/** What a key press in the quiz means, or undefined when the quiz should leave it alone. */
export type QuizKeyCommand =
  | { readonly kind: 'choose'; readonly index: number }
  | { readonly kind: 'next' }
  | { readonly kind: 'back' };

interface KeyLike {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly repeat: boolean;
  readonly defaultPrevented: boolean;
  readonly target: EventTarget | null;
}

const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'datetime-local',
  'month',
  'time',
  'week',
]);

/** Typing somewhere must never answer a question or go back. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/** Buttons and links handle Enter themselves. */
function isActivatable(target: EventTarget | null): boolean {
  return (
    typeof HTMLElement !== 'undefined' &&
    target instanceof HTMLElement &&
    target.closest('button, a[href], [role="button"], summary') !== null
  );
}

/** Number keys choose (1 = the first option), Enter goes on, Backspace goes back. */
export function quizKeyCommand(event: KeyLike, optionCount: number): QuizKeyCommand | undefined {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return undefined;
  if (isTextEntry(event.target)) return undefined;
  if (/^[1-9]$/.test(event.key)) {
    if (event.repeat) return undefined;
    const index = Number(event.key) - 1;
    return index < optionCount ? { kind: 'choose', index } : undefined;
  }
  if (event.key === 'Enter') {
    return event.repeat || isActivatable(event.target) ? undefined : { kind: 'next' };
  }
  if (event.key === 'Backspace') return event.repeat ? undefined : { kind: 'back' };
  return undefined;
}
