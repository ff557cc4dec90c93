import { screen, waitFor } from '@testing-library/react';
import { QUESTIONS } from '@/data/questions';
import { SITE } from '@/data/site';
import { minutesFor } from '@/quiz/quiz-timing';
import { resetStores, renderApp } from '../render-app';

beforeEach(() => {
  resetStores();
});

describe('the landing page', () => {
  it('says how many questions there are and about how long they take', async () => {
    await renderApp('/');
    expect(
      screen.getByRole('heading', { level: 1, name: 'あなたの投資家タイプは？' }),
    ).toBeInTheDocument();
    expect(screen.getByText(`全${QUESTIONS.length}問`)).toBeInTheDocument();
    expect(screen.getByText(`約${minutesFor(QUESTIONS.length)}分`)).toBeInTheDocument();
    expect(screen.getByText('登録不要・無料')).toBeInTheDocument();
    expect(screen.getByText(/回答はこの端末の中だけに保存され/)).toBeInTheDocument();
  });

  it('shows the disclaimer and the operator', async () => {
    await renderApp('/');
    expect(screen.getByRole('heading', { name: 'ご利用にあたって' })).toBeInTheDocument();
    expect(screen.getByText(/投資助言ではありません/)).toBeInTheDocument();
    expect(screen.getByText(/損失が生じるおそれがあります/)).toBeInTheDocument();
    expect(screen.getByText(/ご自身の責任で/)).toBeInTheDocument();
    expect(screen.getByText(SITE.operator.name.ja)).toBeInTheDocument();
    const contact = screen.getByRole('link', { name: SITE.operator.contact.ja });
    expect(contact).toHaveAttribute('href', SITE.operator.contactUrl);
    expect(contact).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows the whole disclaimer in English too', async () => {
    await renderApp('/', { language: 'en' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'What kind of investor are you?' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/is not investment advice/)).toBeInTheDocument();
    expect(screen.getByText(/risk of loss/)).toBeInTheDocument();
    expect(screen.getByText(/your own responsibility/)).toBeInTheDocument();
    expect(screen.getByText(/do not promise/)).toBeInTheDocument();
    expect(screen.getByText(SITE.operator.name.en)).toBeInTheDocument();
  });

  it('starts the quiz at the first question', async () => {
    const app = await renderApp('/');
    await app.user.click(screen.getByRole('link', { name: '診断をはじめる' }));
    expect(app.location().pathname).toBe('/quiz/');
    expect(screen.getByRole('group', { name: /質問 1/ })).toBeInTheDocument();
  });
});

describe('an unknown address', () => {
  it('shows a friendly not-found page with a way to start', async () => {
    const app = await renderApp('/no/such/page');
    expect(
      screen.getByRole('heading', { level: 1, name: 'ページが見つかりませんでした' }),
    ).toBeInTheDocument();
    await app.user.click(screen.getByRole('link', { name: '診断をはじめる' }));
    expect(app.location().pathname).toBe('/');
  });
});

describe('the language', () => {
  it('switches every text to English and back, and <html lang> follows', async () => {
    const app = await renderApp('/');
    expect(document.documentElement).toHaveAttribute('lang', 'ja');
    await app.user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { level: 1, name: 'What kind of investor are you?' }),
      ).toBeInTheDocument(),
    );
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('link', { name: 'Start the test' })).toBeInTheDocument();

    await app.user.click(screen.getByRole('button', { name: '日本語' }));
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'ja'));
    expect(screen.getByRole('link', { name: '診断をはじめる' })).toBeInTheDocument();
  });

  it('downloads English only when the reader switches to it', async () => {
    const app = await renderApp('/');
    expect(app.i18n.hasResourceBundle('en', 'common')).toBe(false);
    await app.user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(app.i18n.hasResourceBundle('en', 'common')).toBe(true));
  });

  it('remembers the reader’s choice for the next visit', async () => {
    const app = await renderApp('/');
    await app.user.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'en'));
    const { storedLanguage } = await import('@/app/language-store');
    expect(storedLanguage()).toBe('en');
  });
});

describe('inside a blog embed', () => {
  it('hides the site header and the operator block but keeps the short disclaimer', async () => {
    await renderApp('/', { settings: { embed: true } });
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: '表示言語' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '運営者' })).not.toBeInTheDocument();
    expect(
      screen.getByText(/学習のためのセルフチェックで、投資助言ではありません/),
    ).toBeInTheDocument();
    expect(screen.getByText(`運営: ${SITE.operator.name.ja}`)).toBeInTheDocument();
  });

  it('shows the site header with the language switcher outside an embed', async () => {
    await renderApp('/');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '表示言語' })).toBeInTheDocument();
  });
});
