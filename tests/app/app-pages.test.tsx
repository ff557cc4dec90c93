import { screen, within } from '@testing-library/react';
import { DIMENSION_IDS } from '@/data/dimensions';
import { DEVICE_ITEMS, EMBED_NOTICES, EMBED_SECTION_ANCHOR, LINK_FIELDS } from '@/data/privacy';
import { QUESTIONS } from '@/data/questions';
import { common as enCommon } from '@/i18n/resources/en/common';
import { privacy as enPrivacy } from '@/i18n/resources/en/privacy';
import { common as jaCommon } from '@/i18n/resources/ja/common';
import { privacy as jaPrivacy } from '@/i18n/resources/ja/privacy';
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
    expect(screen.getByText(/損失のおそれがあります/)).toBeInTheDocument();
    expect(screen.getByText(/ご自身の責任で/)).toBeInTheDocument();
    expect(screen.getByText(SITE.operator.name.ja)).toBeInTheDocument();
    const contact = screen.getByRole('link', { name: SITE.operator.contact.ja });
    expect(contact).toHaveAttribute('href', SITE.operator.contactUrl);
    expect(contact).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('says what the test is: a simple classification, not a judgement of suitability', async () => {
    await renderApp('/');
    expect(screen.getByText(/知識・経験・財産の状況・投資の目的に照らして/)).toBeInTheDocument();
    expect(screen.getByText(/有料サービスをご案内することがあります/)).toBeInTheDocument();
    expect(screen.queryByText(/同様の成果/)).not.toBeInTheDocument();
  });

  it('shows the operator’s address, representative, registration line, fake-account warning and privacy page', async () => {
    await renderApp('/');
    const operator = screen.getByRole('region', { name: '運営者' });
    expect(within(operator).getByText(SITE.operator.address.ja)).toBeInTheDocument();
    expect(within(operator).getByText(SITE.operator.representative.ja)).toBeInTheDocument();
    expect(within(operator).getByText('金融商品取引業の登録')).toBeInTheDocument();
    expect(within(operator).getByText(/偽のアカウント/)).toHaveTextContent('@billiontouch');
    expect(within(operator).getByRole('link', { name: 'プライバシーポリシー' })).toHaveAttribute(
      'href',
      '/privacy/',
    );
  });

  it('shows the whole disclaimer in English too', async () => {
    await renderApp('/', { language: 'en' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'What kind of investor are you?' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/is not investment advice/)).toBeInTheDocument();
    expect(screen.getByText(/risk of loss/)).toBeInTheDocument();
    expect(screen.getByText(/your own responsibility/)).toBeInTheDocument();
    expect(screen.getByText(/does not judge whether any financial product/)).toBeInTheDocument();
    expect(screen.getByText(SITE.operator.name.en)).toBeInTheDocument();
  });

  it('starts the quiz at the first question', async () => {
    const app = await renderApp('/');
    await app.user.click(screen.getByRole('link', { name: '診断をはじめる' }));
    expect(app.location().pathname).toBe('/quiz/');
    expect(screen.getByRole('group', { name: /質問 1/ })).toBeInTheDocument();
  });
});

describe('the privacy page', () => {
  it('says what the test keeps in the browser and that it sends nothing, in both languages', async () => {
    await renderApp('/privacy/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'プライバシーポリシー' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'この端末に保存するもの' })).toBeInTheDocument();
    expect(screen.getByText(/当社のサーバーや第三者に送信しません/)).toBeInTheDocument();
    resetStores();
    await renderApp('/privacy/', { language: 'en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Privacy policy' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Nothing: neither answers nor results are sent/)).toBeInTheDocument();
  });
});

describe('the privacy page’s lists', () => {
  it.each(['ja', 'en'] as const)(
    'names every item the device keeps with its key, what it holds, why and how to clear it (%s)',
    async (language) => {
      await renderApp('/privacy/', { language });
      const texts = language === 'ja' ? jaPrivacy : enPrivacy;
      await screen.findByRole('heading', { level: 1, name: texts.title });
      const items = screen.getAllByRole('listitem').filter((item) => item.querySelector('code'));
      expect(items.map((item) => item.querySelector('code')?.textContent)).toEqual(
        DEVICE_ITEMS.map((item) => item.key),
      );
      for (const item of DEVICE_ITEMS) {
        const card = items.find((candidate) => candidate.textContent?.includes(item.key));
        expect(card).toHaveTextContent(texts.items[item.id].holds);
        expect(card).toHaveTextContent(texts.items[item.id].why);
        expect(card).toHaveTextContent(texts.items[item.id].clear);
      }
      // The timings and the answer-quality flags are on the list, as the stores keep them.
      expect(texts.items.quiz.holds).toMatch(language === 'ja' ? /時間/ : /how long/);
      expect(DEVICE_ITEMS.map((item) => item.id)).toContain('answer-quality');
    },
  );

  it('says what a link carries, field by field, and what an embed tells the blog, notice by notice', async () => {
    await renderApp('/privacy/');
    await screen.findByRole('heading', { level: 1, name: jaPrivacy.title });
    const embedHeading = screen.getByRole('heading', { name: jaPrivacy.embedHeading });
    expect(embedHeading).toHaveAttribute('id', EMBED_SECTION_ANCHOR);
    for (const notice of EMBED_NOTICES)
      expect(screen.getByText(jaCommon.embedNotices[notice.id])).toBeInTheDocument();
    const sharesList = screen.getByText(jaPrivacy.sharesLead).nextElementSibling;
    for (const field of LINK_FIELDS)
      expect(sharesList).toHaveTextContent(
        jaPrivacy.linkFields[field.id].replace('{{count}}', String(DIMENSION_IDS.length)),
      );
    expect(sharesList).not.toHaveTextContent('経験');
  });
});

describe('the landing page’s promise', () => {
  it('says inside an embed what the blog page is told, in one line, with a link to the privacy page’s embed section', async () => {
    const app = await renderApp('/', { settings: { embed: true } });
    const promise = screen.getByText(jaCommon.landing.facts.onDevice, { exact: false });
    for (const notice of EMBED_NOTICES)
      expect(promise).toHaveTextContent(jaCommon.embedNotices[notice.id]);
    expect(promise).toHaveTextContent('回答は知らせません');
    await app.user.click(within(promise).getByRole('link', { name: 'くわしく' }));
    expect(app.location().pathname).toBe('/privacy/');
    expect(app.location().hash).toBe(`#${EMBED_SECTION_ANCHOR}`);
  });

  it('says nothing about a blog outside an embed', async () => {
    await renderApp('/');
    const promise = screen.getByText(jaCommon.landing.facts.onDevice, { exact: false });
    expect(promise).not.toHaveTextContent(jaCommon.embedNotices.start);
    expect(within(promise).queryByRole('link')).toBeNull();
  });

  it('says the same in English inside an embed', async () => {
    await renderApp('/', { settings: { embed: true }, language: 'en' });
    const promise = await screen.findByText(enCommon.landing.facts.onDevice, { exact: false });
    expect(promise).toHaveTextContent(enCommon.embedNotices.complete);
    expect(within(promise).getByRole('link', { name: 'Details' })).toBeInTheDocument();
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
  /** Follows no link: jsdom cannot load another page, and the test only needs what a click does. */
  function stayOnPage(event: MouseEvent): void {
    event.preventDefault();
  }
  beforeEach(() => document.addEventListener('click', stayOnPage));
  afterEach(() => {
    document.removeEventListener('click', stayOnPage);
    vi.restoreAllMocks();
  });

  it('links each language to its own page of the same route, with the fragment kept', async () => {
    await renderApp('/r/steady-guardian/#abc');
    const languages = screen.getByRole('navigation', { name: '表示言語' });
    const english = within(languages).getByRole('link', { name: 'English' });
    expect(english).toHaveAttribute('href', '/en/r/steady-guardian/#abc');
    expect(english).toHaveAttribute('hreflang', 'en');
    expect(within(languages).getByRole('link', { name: '日本語' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('links back to the Japanese page from an English one', async () => {
    await renderApp('/quiz/', { language: 'en' });
    const languages = screen.getByRole('navigation', { name: 'Language' });
    expect(within(languages).getByRole('link', { name: '日本語' })).toHaveAttribute(
      'href',
      '/quiz/',
    );
    expect(within(languages).getByRole('link', { name: 'English' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('remembers the reader’s choice for the next visit', async () => {
    const app = await renderApp('/');
    await app.user.click(screen.getByRole('link', { name: 'English' }));
    const { storedLanguage } = await import('@/app/language-store');
    expect(storedLanguage()).toBe('en');
  });

  it('offers an English browser the English page, without switching this one', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB', 'ja']);
    const app = await renderApp('/quiz/');
    const offer = screen.getByRole('link', { name: 'Read this page in English' });
    expect(offer).toHaveAttribute('href', '/en/quiz/');
    expect(document.documentElement).toHaveAttribute('lang', 'ja');
    expect(screen.getByRole('group', { name: /質問 1/ })).toBeInTheDocument();

    await app.user.click(screen.getByRole('button', { name: '閉じる' }));
    expect(screen.queryByRole('link', { name: 'Read this page in English' })).toBeNull();
    const { storedLanguage } = await import('@/app/language-store');
    expect(storedLanguage()).toBe('ja');
  });

  it('offers nothing to a reader whose browser speaks the page’s language', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja-JP']);
    await renderApp('/');
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});

describe('inside a blog embed', () => {
  it('hides the site header and the operator block but keeps the short disclaimer', async () => {
    await renderApp('/', { settings: { embed: true } });
    expect(screen.queryByRole('banner')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: '表示言語' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '運営者' })).not.toBeInTheDocument();
    expect(
      screen.getByText(/投資助言や、あなたに合う商品の判断ではありません/),
    ).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`運営：${SITE.operator.name.ja}`))).toBeInTheDocument();
  });

  it('shows the site header with the language switcher outside an embed', async () => {
    await renderApp('/');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '表示言語' })).toBeInTheDocument();
  });
});
