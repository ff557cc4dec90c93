/**
 * The pre-rendered question is a real form: an option the reader taps before the app runs is
 * checked by the browser, and the app takes it as the answer when it hydrates, with no second tap.
 * The HTML is the server render of the quiz page, made before any progress is stored, as the build
 * makes it.
 */
import { act } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { BrowserRouter, StaticRouter } from 'react-router-dom';
import { App } from '@/app/app';
import { DEFAULT_SETTINGS } from '@/app/app-settings';
import { QUESTIONS } from '@/data/questions';
import { createI18n } from '@/i18n/i18n';
import { resources } from '@/i18n/resources/ja/index';
import { QUIZ_STORAGE_KEY } from '@/quiz/quiz-store';
import { reloadStores, resetStores } from '../render-app';

const prompt = (index: number): string => {
  const question = QUESTIONS[index];
  if (question === undefined) throw new Error(`No question ${index}`);
  return resources.model.questions[question.id as keyof typeof resources.model.questions].prompt;
};

function optionId(questionIndex: number, optionIndex: number): string {
  const id = QUESTIONS[questionIndex]?.options[optionIndex]?.id;
  if (id === undefined) throw new Error(`No option ${questionIndex}/${optionIndex}`);
  return id;
}

/** The quiz page as pre-rendered: no progress is known to the build. */
function prerenderedQuiz(): HTMLElement {
  const html = renderToString(
    <StaticRouter location="/quiz/">
      <App i18n={createI18n('ja', resources)} settings={DEFAULT_SETTINGS} />
    </StaticRouter>,
  );
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  return container;
}

/** A tap before the app runs: the browser checks the radio, no script sees it. */
function tapBeforeTheApp(container: HTMLElement, optionIndex: number): void {
  const input = container.querySelectorAll<HTMLInputElement>('.choices input')[optionIndex];
  if (input === undefined) throw new Error(`No option ${optionIndex} on the page`);
  input.click();
  expect(input.checked).toBe(true);
}

const storedAnswers = (): Record<string, string> => {
  const raw = localStorage.getItem(QUIZ_STORAGE_KEY) ?? '{}';
  const parsed = JSON.parse(raw) as { state?: { answers?: Record<string, string> } };
  return parsed.state?.answers ?? {};
};

describe('a choice made on the pre-rendered question before the app runs', () => {
  let root: Root | undefined;
  let container: HTMLElement | undefined;
  beforeEach(() => {
    resetStores();
    window.history.replaceState(null, '', '/quiz/');
  });
  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
    container?.remove();
    window.history.replaceState(null, '', '/');
  });

  async function hydrate(into: HTMLElement): Promise<void> {
    const recoverable = vi.fn();
    await act(async () => {
      root = hydrateRoot(
        into,
        <BrowserRouter>
          <App i18n={createI18n('ja', resources)} settings={DEFAULT_SETTINGS} />
        </BrowserRouter>,
        { onRecoverableError: recoverable },
      );
      await Promise.resolve();
    });
    expect(recoverable).not.toHaveBeenCalled();
  }

  it('is taken as the answer when the app starts, and the next question comes up', async () => {
    container = prerenderedQuiz();
    tapBeforeTheApp(container, 1);
    await hydrate(container);

    expect(container.querySelector('h1')).toHaveTextContent(prompt(1));
    const first = QUESTIONS[0]?.id ?? '';
    expect(storedAnswers()).toEqual({ [first]: optionId(0, 1) });
    // No option of the new question looks selected: the app holds no answer to it.
    expect(container.querySelectorAll('.choices input:checked')).toHaveLength(0);
  });

  it('replaces a saved answer on a resumed test, keeps the later ones, and goes to question 2', async () => {
    container = prerenderedQuiz();
    const saved = Object.fromEntries(
      QUESTIONS.slice(0, 3).map((question, index) => [question.id, optionId(index, 0)]),
    );
    localStorage.setItem(
      QUIZ_STORAGE_KEY,
      JSON.stringify({ state: { answers: saved, step: 3, timings: {} }, version: 2 }),
    );
    reloadStores();
    tapBeforeTheApp(container, 1);
    await hydrate(container);

    expect(container.querySelector('h1')).toHaveTextContent(prompt(1));
    const first = QUESTIONS[0]?.id ?? '';
    expect(storedAnswers()).toEqual({ ...saved, [first]: optionId(0, 1) });
    // The second question shows its saved answer, and only that one.
    const checked = [...container.querySelectorAll<HTMLInputElement>('.choices input:checked')];
    expect(checked.map((input) => input.value)).toEqual([optionId(1, 0)]);
  });

  it('changes nothing when no option was tapped: a resumed test opens where it was left', async () => {
    container = prerenderedQuiz();
    const saved = Object.fromEntries(
      QUESTIONS.slice(0, 3).map((question, index) => [question.id, optionId(index, 0)]),
    );
    localStorage.setItem(
      QUIZ_STORAGE_KEY,
      JSON.stringify({ state: { answers: saved, step: 3, timings: {} }, version: 2 }),
    );
    reloadStores();
    await hydrate(container);

    expect(container.querySelector('h1')).toHaveTextContent(prompt(3));
    expect(storedAnswers()).toEqual(saved);
  });
});
