import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import type { ReactNode } from 'react';
import { RouteBoundary } from '@/app/route-boundary';
import { createI18n } from '@/i18n/i18n';
import { resources } from '@/i18n/resources/ja/index';
import { retryableLazy } from '@/ui/retryable-lazy';

function renderInApp(children: ReactNode) {
  return render(
    <I18nextProvider i18n={createI18n('ja', resources)}>
      <MemoryRouter initialEntries={['/r/x/']}>{children}</MemoryRouter>
    </I18nextProvider>,
  );
}

function Greeting() {
  return <h1>結果のページ</h1>;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a route that fails', () => {
  it('shows a retry message when its code cannot be downloaded, and recovers on retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Greeting);
    const page = retryableLazy(load);
    const user = userEvent.setup();

    renderInApp(
      <RouteBoundary onRetry={page.retry}>
        <page.Component />
      </RouteBoundary>,
    );
    expect(
      await screen.findByRole('heading', { name: 'ページを読み込めませんでした' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/接続を確認して/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'もう一度読み込む' }));
    expect(await screen.findByRole('heading', { name: '結果のページ' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows a way back to the top page when it throws while rendering', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Broken(): never {
      throw new Error('boom');
    }
    renderInApp(
      <RouteBoundary>
        <Broken />
      </RouteBoundary>,
    );
    expect(
      await screen.findByRole('heading', { name: 'ページを表示できませんでした' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'トップページへ戻る' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: 'もう一度読み込む' })).not.toBeInTheDocument();
  });

  it('preloads without rejecting, leaving a failure for the render to show', async () => {
    const page = retryableLazy(() => Promise.reject(new Error('offline')));
    await expect(page.preload()).resolves.toBeUndefined();
  });
});
