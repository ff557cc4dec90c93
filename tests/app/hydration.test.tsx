/**
 * Hydrating the pre-rendered pages, as a browser does after the build: the HTML comes from the
 * server entry, rendered in another process (./prerendered-html.ts), and the client hydrates it
 * here without a mismatch or any console error.
 */
import { act } from '@testing-library/react';
import { inject } from 'vitest';
import { hydrateRoot, type Root } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from '@/app/app';
import { DEFAULT_SETTINGS } from '@/app/app-settings';
import { resultPage } from '@/app/lazy-pages';
import { INVESTOR_TYPE_IDS } from '@/data/investor-types';
import { QUESTIONS } from '@/data/questions';
import { createI18n } from '@/i18n/i18n';
import { resources } from '@/i18n/resources/ja/index';
import { QUIZ_STORAGE_KEY } from '@/quiz/quiz-store';
import { reloadStores, resetStores } from '../render-app';

const html = inject('prerenderedHtml');
let consoleErrors: unknown[][] = [];

beforeEach(() => {
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

beforeEach(() => {
  resetStores();
});

describe('hydrating pre-rendered pages', () => {
  let root: Root | undefined;
  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
    document.body.innerHTML = '';
    window.history.replaceState(null, '', '/');
  });

  it.each([
    ['/', false],
    ['/quiz/', false],
    [`/r/${INVESTOR_TYPE_IDS[0]}/`, false],
    ['/', true],
    ['/quiz/', true],
  ])('hydrates %s without a mismatch (test in progress: %s)', async (route, inProgress) => {
    if (inProgress) {
      const answers = Object.fromEntries(
        QUESTIONS.slice(0, 3).map((question) => [question.id, question.options[0]!.id]),
      );
      localStorage.setItem(
        QUIZ_STORAGE_KEY,
        JSON.stringify({ state: { answers, step: 3 }, version: 1 }),
      );
      reloadStores();
    }
    await resultPage.preload();
    const container = document.createElement('div');
    container.innerHTML = html[route] ?? '';
    document.body.append(container);
    window.history.replaceState(null, '', route);
    const recoverable = vi.fn();

    await act(async () => {
      root = hydrateRoot(
        container,
        <BrowserRouter>
          <App i18n={createI18n('ja', resources)} settings={DEFAULT_SETTINGS} />
        </BrowserRouter>,
        { onRecoverableError: recoverable },
      );
      await Promise.resolve();
    });

    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleErrors).toEqual([]);
    expect(container.querySelector('h1')).not.toBeNull();
    if (inProgress && route === '/quiz/') {
      // After hydration the stored progress shows: the fourth question.
      expect(container.querySelector('h1')).toHaveTextContent(
        resources.model.questions[QUESTIONS[3]!.id].prompt,
      );
    }
    if (inProgress && route === '/') {
      expect(container.querySelector('a[href="/quiz/"]')).toHaveTextContent('続きから再開する');
    }
  });
});
