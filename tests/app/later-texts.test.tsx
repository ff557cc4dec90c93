import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { LaterTextsRoute } from '@/app/later-texts';
import { createI18n, loadStartTexts } from '@/i18n/i18n';
import { resources as ja } from '@/i18n/resources/ja/index';
import type * as LaterTextsModule from '@/i18n/resources/ja/later';

// The first download of the later texts fails, as on a dropped connection; the next one works.
const downloads = vi.hoisted(() => ({ failuresLeft: 1, count: 0 }));
vi.mock('@/i18n/resources/ja/later', async (importOriginal) => {
  const original = await importOriginal<typeof LaterTextsModule>();
  return {
    get laterTexts() {
      downloads.count += 1;
      if (downloads.failuresLeft > 0) {
        downloads.failuresLeft -= 1;
        throw new TypeError('Failed to fetch dynamically imported module');
      }
      return original.laterTexts;
    },
  };
});

function TypeName() {
  const { t } = useTranslation('model');
  return <h1>{t('types.careful-learner.name')}</h1>;
}

describe('the texts only the result, embed and privacy pages use', () => {
  it('arrive when such a page opens, and a failed download offers a retry that recovers', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const i18n = createI18n('ja', await loadStartTexts('ja'));
    expect(i18n.exists('model:types.careful-learner.name')).toBe(false);
    const user = userEvent.setup();
    const pageCodeRetried = vi.fn();

    // React 19 resumes a component waiting in `use` only when its render ran inside an awaited act.
    await act(async () => {
      render(
        <I18nextProvider i18n={i18n}>
          <MemoryRouter initialEntries={['/r/careful-learner/']}>
            <LaterTextsRoute onRetry={pageCodeRetried}>
              <TypeName />
            </LaterTextsRoute>
          </MemoryRouter>
        </I18nextProvider>,
      );
    });
    expect(
      await screen.findByRole('heading', { name: ja.common.errors.chunkTitle }),
    ).toBeInTheDocument();

    await act(() => user.click(screen.getByRole('button', { name: ja.common.errors.retry })));
    expect(
      await screen.findByRole('heading', { name: ja.model.types['careful-learner'].name }),
    ).toBeInTheDocument();
    expect(downloads.count).toBe(2);
    expect(pageCodeRetried).toHaveBeenCalledTimes(1);
  });
});
