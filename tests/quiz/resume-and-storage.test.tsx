import { screen, waitFor, within } from '@testing-library/react';
import { QUESTIONS } from '@/data/questions';
import { resources as ja } from '@/i18n/resources/ja/index';
import { QUIZ_STORE_VERSION } from '@/quiz/quiz-persistence';
import { QUIZ_STORAGE_KEY } from '@/quiz/quiz-store';
import { reloadStores, resetStores, renderApp, type RenderedApp } from '../render-app';

const texts: Readonly<
  Record<string, { prompt: string; options: Readonly<Record<string, string>> }>
> = ja.model.questions;
const prompt = (index: number): string => texts[QUESTIONS[index]!.id]!.prompt;

function heading(): HTMLElement {
  return screen.getByRole('heading', { level: 1 });
}

async function answerFirstOption(app: RenderedApp, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const question = QUESTIONS[index]!;
    const group = heading().closest('fieldset')!;
    await app.user.click(
      within(group).getByRole('radio', {
        name: texts[question.id]!.options[question.options[0]!.id] ?? '',
      }),
    );
  }
}

function stored(state: unknown, version = QUIZ_STORE_VERSION): string {
  return JSON.stringify({ state, version });
}

beforeEach(() => {
  resetStores();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('resuming a test', () => {
  it('resumes at the question the reader left, after the page is closed and opened again', async () => {
    const first = await renderApp('/quiz/');
    await answerFirstOption(first, 3);
    first.unmount();
    reloadStores();

    const app = await renderApp('/');
    const resume = screen.getByRole('link', { name: '続きから再開する' });
    expect(screen.getByText(`3 / ${QUESTIONS.length} 問まで回答済みです。`)).toBeInTheDocument();
    await app.user.click(resume);
    expect(heading()).toHaveTextContent(prompt(3));
    await waitFor(() => expect(heading()).toHaveFocus());
  });

  it('starts again from the first question when the reader chooses to start over', async () => {
    const first = await renderApp('/quiz/');
    await answerFirstOption(first, 2);
    first.unmount();

    const app = await renderApp('/');
    await app.user.click(screen.getByRole('button', { name: 'はじめからやり直す' }));
    expect(app.location().pathname).toBe('/quiz/');
    expect(heading()).toHaveTextContent(prompt(0));
    expect(screen.queryByRole('radio', { checked: true })).not.toBeInTheDocument();
  });

  it('offers only a start, no resume, before anything is answered', async () => {
    await renderApp('/');
    expect(screen.getByRole('link', { name: '診断をはじめる' })).toHaveAttribute('href', '/quiz/');
    expect(screen.queryByRole('link', { name: '続きから再開する' })).not.toBeInTheDocument();
  });
});

describe('storage that cannot be trusted', () => {
  it.each([
    ['corrupt JSON', '{"state": {"answers": '],
    ['a wrong shape', JSON.stringify({ state: { answers: 'all of them', step: -4 }, version: 1 })],
    [
      'a future version',
      stored({ answers: { [QUESTIONS[0]!.id]: QUESTIONS[0]!.options[0]!.id }, step: 1 }, 99),
    ],
    ['an old version', stored({ answers: {}, step: 0 }, 0)],
    ['a huge value', 'x'.repeat(50_000)],
  ])('discards %s and lets the quiz run from the first question', async (_kind, raw) => {
    localStorage.setItem(QUIZ_STORAGE_KEY, raw);
    reloadStores();
    const app = await renderApp('/quiz/');
    expect(heading()).toHaveTextContent(prompt(0));
    await answerFirstOption(app, 2);
    expect(heading()).toHaveTextContent(prompt(2));
    const saved = JSON.parse(localStorage.getItem(QUIZ_STORAGE_KEY)!) as { version: number };
    expect(saved.version).toBe(QUIZ_STORE_VERSION);
  });

  it('keeps valid answers and drops those to questions or options the model no longer has', async () => {
    const [q1, q2] = [QUESTIONS[0]!, QUESTIONS[1]!];
    localStorage.setItem(
      QUIZ_STORAGE_KEY,
      stored({
        answers: { [q1.id]: q1.options[1]!.id, [q2.id]: 'no-such-option', 'no-such-question': 'x' },
        step: 5,
      }),
    );
    reloadStores();
    await renderApp('/quiz/');
    // The reader resumes at the first question still open, not past it.
    expect(heading()).toHaveTextContent(prompt(1));
    expect(screen.queryByRole('radio', { checked: true })).not.toBeInTheDocument();
  });

  it('lets the quiz run and keeps answers in memory when storage throws on every access', async () => {
    const blocked = (): never => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(blocked);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(blocked);
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(blocked);
    reloadStores();

    const first = await renderApp('/quiz/');
    await answerFirstOption(first, 2);
    expect(heading()).toHaveTextContent(prompt(2));
    first.unmount();

    // Moving around the app (no reload) keeps what was answered.
    const app = await renderApp('/');
    await app.user.click(screen.getByRole('link', { name: '続きから再開する' }));
    expect(heading()).toHaveTextContent(prompt(2));
  });

  it('keeps going when a write fails because the storage is full', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const app = await renderApp('/quiz/');
    await answerFirstOption(app, 3);
    expect(heading()).toHaveTextContent(prompt(3));
  });
});
