import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { AppLink } from '@/ui/app-link';

function WhereAmI() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderAt(path: string, basename?: string) {
  return render(
    <MemoryRouter initialEntries={[path]} {...(basename === undefined ? {} : { basename })}>
      <Routes>
        <Route
          path="*"
          element={
            <>
              <AppLink to="/privacy/" className="button">
                プライバシー
              </AppLink>
              <AppLink to="/" reloadDocument>
                トップページへ戻る
              </AppLink>
              <WhereAmI />
            </>
          }
        />
      </Routes>
    </MemoryRouter>,
  );
}

const where = (): string | null => screen.getByTestId('where').textContent;

/**
 * Clicks `link` and says whether the app took the click over (prevented the browser's own
 * following of the link). jsdom cannot load another document, so the click is stopped after the
 * app has had its say.
 */
function appTookOver(link: HTMLElement, init: MouseEventInit = {}): boolean {
  let prevented = false;
  const afterTheApp = (event: Event): void => {
    prevented = event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', afterTheApp);
  try {
    fireEvent(
      link,
      new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }),
    );
  } finally {
    window.removeEventListener('click', afterTheApp);
  }
  return prevented;
}

describe('a link within the app', () => {
  it('is a real link to its page, with the attributes it was given', () => {
    renderAt('/');
    const link = screen.getByRole('link', { name: 'プライバシー' });
    expect(link).toHaveAttribute('href', '/privacy/');
    expect(link).toHaveClass('button');
  });

  it('carries the language prefix of the page it is on', () => {
    renderAt('/en/quiz/', '/en');
    expect(screen.getByRole('link', { name: 'プライバシー' })).toHaveAttribute(
      'href',
      '/en/privacy/',
    );
  });

  it('moves within the app on a plain click, without loading a document', () => {
    renderAt('/');
    expect(appTookOver(screen.getByRole('link', { name: 'プライバシー' }))).toBe(true);
    expect(where()).toBe('/privacy/');
  });

  it('leaves a click with a modifier key to the browser (a new tab or window)', () => {
    renderAt('/');
    for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey'] as const) {
      const link = screen.getByRole('link', { name: 'プライバシー' });
      expect(appTookOver(link, { [modifier]: true })).toBe(false);
    }
    expect(where()).toBe('/');
  });

  it('loads the page afresh when asked to reload the document', () => {
    renderAt('/quiz/');
    expect(appTookOver(screen.getByRole('link', { name: 'トップページへ戻る' }))).toBe(false);
    expect(where()).toBe('/quiz/');
  });

  it('runs its own click handler first, and stays put when that handler prevents the move', () => {
    const seen: string[] = [];
    render(
      <MemoryRouter initialEntries={['/']}>
        <AppLink
          to="/quiz/"
          onClick={(event) => {
            seen.push('own handler');
            event.preventDefault();
          }}
        >
          はじめる
        </AppLink>
        <WhereAmI />
      </MemoryRouter>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'はじめる' }));
    expect(seen).toEqual(['own handler']);
    expect(where()).toBe('/');
  });
});
