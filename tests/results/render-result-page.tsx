import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import { vi } from 'vitest';
import { createI18n } from '@/i18n/i18n';
import type { Language } from '@/i18n/languages';
import { resources as enResources } from '@/i18n/resources/en/index';
import { resources as jaResources } from '@/i18n/resources/ja/index';
import { ResultPage } from '@/results/result-page';

export interface OpenOptions {
  /** The raw path segment after /r/. */
  readonly typeId: string;
  /** The fragment without "#"; none for a bare link. */
  readonly code?: string;
  readonly language?: Language;
  /** The landing URL's query, e.g. "?utm_source=blog". */
  readonly search?: string;
  /** The answers kept on this device (the quiz store's). */
  readonly answers?: Readonly<Record<string, string>>;
  /** Opened inside a blog's embed. */
  readonly embedded?: boolean;
}

/** Opens /r/<typeId>/#<code> as a visitor would, through the real i18next resources. */
export function openResultPage({
  typeId,
  code,
  language = 'ja',
  search = '',
  answers,
  embedded = false,
}: OpenOptions) {
  window.history.replaceState(
    null,
    '',
    `/r/${typeId}/${search}${code === undefined ? '' : `#${code}`}`,
  );
  const i18n = createI18n(language, language === 'ja' ? jaResources : enResources);
  const onRetake = vi.fn();
  const onStartQuiz = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <BrowserRouter>
        <ResultPage
          typeIdFromPath={typeId}
          answers={answers}
          onRetake={onRetake}
          onStartQuiz={onStartQuiz}
          embedded={embedded}
        />
      </BrowserRouter>
    </I18nextProvider>,
  );
  return { ...view, user, i18n, onRetake, onStartQuiz };
}
