import { quizKeyCommand } from '@/quiz/keyboard-shortcuts';

function key(
  name: string,
  extra: Partial<{
    altKey: boolean;
    ctrlKey: boolean;
    metaKey: boolean;
    repeat: boolean;
    target: EventTarget | null;
  }> = {},
) {
  return {
    key: name,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    repeat: false,
    defaultPrevented: false,
    target: document.body,
    ...extra,
  };
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  setup?: (el: HTMLElementTagNameMap[K]) => void,
) {
  const el = document.createElement(tag);
  setup?.(el);
  return el;
}

describe('quizKeyCommand', () => {
  it.each([
    ['1', 4, { kind: 'choose', index: 0 }],
    ['4', 4, { kind: 'choose', index: 3 }],
    ['5', 4, undefined],
    ['0', 4, undefined],
    ['Enter', 4, { kind: 'next' }],
    ['Backspace', 4, { kind: 'back' }],
    ['a', 4, undefined],
  ] as const)('reads %s with %i options as %j', (name, options, expected) => {
    expect(quizKeyCommand(key(name), options)).toEqual(expected);
  });

  it.each([
    ['a text field', element('input', (el) => (el.type = 'text'))],
    ['a search field', element('input', (el) => (el.type = 'search'))],
    ['a text area', element('textarea')],
    ['a select', element('select')],
  ])('ignores every shortcut while typing in %s', (_where, target) => {
    for (const name of ['1', 'Enter', 'Backspace'])
      expect(quizKeyCommand(key(name, { target }), 4)).toBeUndefined();
  });

  it('ignores Enter on buttons and links, which handle it themselves', () => {
    expect(quizKeyCommand(key('Enter', { target: element('button') }), 4)).toBeUndefined();
    expect(
      quizKeyCommand(key('Enter', { target: element('a', (el) => (el.href = '/')) }), 4),
    ).toBeUndefined();
  });

  it('still works on a focused radio button', () => {
    const radio = element('input', (el) => (el.type = 'radio'));
    expect(quizKeyCommand(key('Backspace', { target: radio }), 4)).toEqual({ kind: 'back' });
    expect(quizKeyCommand(key('2', { target: radio }), 4)).toEqual({ kind: 'choose', index: 1 });
  });

  it('leaves browser shortcuts and held-down keys alone', () => {
    expect(quizKeyCommand(key('1', { ctrlKey: true }), 4)).toBeUndefined();
    expect(quizKeyCommand(key('Backspace', { altKey: true }), 4)).toBeUndefined();
    expect(quizKeyCommand(key('Enter', { metaKey: true }), 4)).toBeUndefined();
    expect(quizKeyCommand(key('Backspace', { repeat: true }), 4)).toBeUndefined();
  });
});
