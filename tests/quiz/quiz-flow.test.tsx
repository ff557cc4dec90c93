import { screen, waitFor, within } from '@testing-library/react';
import { QUESTIONS } from '@/data/questions';
import { buildProfile } from '@/engine/profile';
import { decodeResult } from '@/engine/result-code';
import { resources as ja } from '@/i18n/resources/ja/index';
import { resetStores, renderApp, type RenderedApp } from '../render-app';

type QuestionTexts = Readonly<
  Record<string, { prompt: string; options: Readonly<Record<string, string>> }>
>;
const texts: QuestionTexts = ja.model.questions;

function textOf(questionId: string) {
  const text = texts[questionId];
  if (text === undefined) throw new Error(`no text for ${questionId}`);
  return text;
}

/** The label of option `optionId` of question `questionId`, as the reader sees it. */
function optionLabel(questionId: string, optionId: string | undefined): string {
  const label = optionId === undefined ? undefined : textOf(questionId).options[optionId];
  if (label === undefined) throw new Error(`no label for ${questionId}.${String(optionId)}`);
  return label;
}

/** The question on screen, by its level-1 heading. */
function currentHeading(): HTMLElement {
  return screen.getByRole('heading', { level: 1 });
}

async function choose(
  app: RenderedApp,
  questionIndex: number,
  optionIndex: number,
): Promise<string> {
  const question = QUESTIONS[questionIndex]!;
  const option = question.options[optionIndex]!;
  expect(currentHeading()).toHaveTextContent(textOf(question.id).prompt);
  const group = currentHeading().closest('fieldset')!;
  await app.user.click(
    within(group).getByRole('radio', { name: optionLabel(question.id, option.id) }),
  );
  return option.id;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

beforeEach(() => {
  resetStores();
});

describe('the question flow', () => {
  it('takes a reader through every question to the result page with a code for their answers', async () => {
    const app = await renderApp('/quiz/');
    const answers: Record<string, string> = {};
    for (const [index, question] of QUESTIONS.entries()) {
      answers[question.id] = await choose(app, index, (index * 7 + 1) % question.options.length);
    }

    await waitFor(() => expect(app.location().pathname).toMatch(/^\/r\/[a-z-]+\/$/));
    const expected = buildProfile(answers);
    if (!expected.ok) throw new Error('the test answers are incomplete');
    expect(app.location().pathname).toBe(`/r/${expected.value.typeId}/`);
    const decoded = decodeResult(app.location().hash.slice(1));
    expect(decoded).toEqual({ ok: true, value: expected.value });
  }, 30_000);

  it('shows the progress as n / N with the time left, and moves focus to each new question', async () => {
    const app = await renderApp('/quiz/');
    const total = QUESTIONS.length;
    expect(screen.getByText(`1 / ${total}`)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: '回答の進み具合' })).toHaveAttribute(
      'aria-valuetext',
      `全${total}問中1問目`,
    );
    await waitFor(() => expect(currentHeading()).toHaveFocus());

    await choose(app, 0, 0);
    expect(screen.getByText(`2 / ${total}`)).toBeInTheDocument();
    expect(screen.getByText(/^残り約\d+分$/)).toBeInTheDocument();
    expect(currentHeading()).toHaveTextContent(textOf(QUESTIONS[1]!.id).prompt);
    await waitFor(() => expect(currentHeading()).toHaveFocus());
  });

  it('keeps every answer when the reader goes back', async () => {
    const app = await renderApp('/quiz/');
    const first = await choose(app, 0, 2);
    const second = await choose(app, 1, 1);

    await app.user.click(screen.getByRole('button', { name: '戻る' }));
    expect(currentHeading()).toHaveTextContent(textOf(QUESTIONS[1]!.id).prompt);
    expect(
      screen.getByRole('radio', { name: optionLabel(QUESTIONS[1]!.id, second) }),
    ).toBeChecked();

    await app.user.click(screen.getByRole('button', { name: '戻る' }));
    expect(screen.getByRole('radio', { name: optionLabel(QUESTIONS[0]!.id, first) })).toBeChecked();

    // Going on from an answered question keeps its answer and shows the next one as answered.
    await app.user.click(screen.getByRole('button', { name: '次へ' }));
    expect(
      screen.getByRole('radio', { name: optionLabel(QUESTIONS[1]!.id, second) }),
    ).toBeChecked();
  });

  it('leaves the quiz for the landing page when the reader goes back from the first question', async () => {
    const app = await renderApp('/quiz/');
    await app.user.click(screen.getByRole('button', { name: '戻る' }));
    expect(app.location().pathname).toBe('/');
    expect(
      screen.getByRole('heading', { level: 1, name: 'あなたの投資家タイプは？' }),
    ).toBeInTheDocument();
  });

  it('chooses with number keys, goes on with Enter and back with Backspace', async () => {
    const app = await renderApp('/quiz/');
    const [q1, q2] = [QUESTIONS[0]!, QUESTIONS[1]!];
    await waitFor(() => expect(currentHeading()).toHaveFocus());

    await app.user.keyboard('2');
    expect(currentHeading()).toHaveTextContent(textOf(q2.id).prompt);

    await app.user.keyboard('{Backspace}');
    expect(currentHeading()).toHaveTextContent(textOf(q1.id).prompt);
    expect(
      screen.getByRole('radio', { name: optionLabel(q1.id, q1.options[1]!.id) }),
    ).toBeChecked();

    await app.user.keyboard('{Enter}');
    expect(currentHeading()).toHaveTextContent(textOf(q2.id).prompt);

    // Enter does nothing on a question without an answer, and keys beyond the options are ignored.
    await app.user.keyboard('{Enter}9');
    expect(currentHeading()).toHaveTextContent(textOf(q2.id).prompt);
  });

  it('lets arrow keys move between options without leaving the question', async () => {
    const app = await renderApp('/quiz/');
    const q1 = QUESTIONS[0]!;
    const firstOption = screen.getByRole('radio', {
      name: optionLabel(q1.id, q1.options[0]!.id),
    });
    firstOption.focus();
    await app.user.keyboard('{ArrowDown}');
    expect(currentHeading()).toHaveTextContent(textOf(q1.id).prompt);
    expect(
      screen.getByRole('radio', { name: optionLabel(q1.id, q1.options[1]!.id) }),
    ).toBeChecked();

    // Space chooses the focused option like a tap: the next question comes up.
    await app.user.keyboard(' ');
    expect(currentHeading()).toHaveTextContent(textOf(QUESTIONS[1]!.id).prompt);
  });

  it('never takes shortcuts while the reader types in a text field', async () => {
    const app = await renderApp('/quiz/');
    await choose(app, 0, 0);
    const field = document.createElement('input');
    field.type = 'text';
    field.setAttribute('aria-label', 'memo');
    document.body.append(field);
    try {
      await app.user.click(field);
      await app.user.keyboard('1{Backspace}');
      expect(currentHeading()).toHaveTextContent(textOf(QUESTIONS[1]!.id).prompt);
    } finally {
      field.remove();
    }
  });

  it('shows each question as a native radio group named by its question', async () => {
    await renderApp('/quiz/');
    const q1 = QUESTIONS[0]!;
    const group = screen.getByRole('group', { name: new RegExp(escape(textOf(q1.id).prompt)) });
    expect(group.tagName).toBe('FIELDSET');
    expect(within(group).getAllByRole('radio')).toHaveLength(q1.options.length);
  });

  it('starts over from the first question when the reader asks to', async () => {
    const app = await renderApp('/quiz/');
    await choose(app, 0, 0);
    await choose(app, 1, 0);
    await app.user.click(screen.getByRole('button', { name: 'はじめからやり直す' }));
    expect(currentHeading()).toHaveTextContent(textOf(QUESTIONS[0]!.id).prompt);
    expect(screen.queryByRole('radio', { checked: true })).not.toBeInTheDocument();
  });
});
