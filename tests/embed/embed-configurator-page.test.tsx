import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '@/i18n/i18n';
import { resources } from '@/i18n/resources/ja/index';
import { BANNER_SIZES } from '@/data/banners';
import { EmbedConfiguratorPage } from '@/embed/embed-configurator-page';
import { renderToString } from 'react-dom/server';

function renderPage() {
  const i18n = createI18n('ja', resources);
  return render(
    <I18nextProvider i18n={i18n}>
      <EmbedConfiguratorPage />
    </I18nextProvider>,
  );
}

function snippetBox(): HTMLTextAreaElement {
  return screen.getByRole('textbox', { name: /埋め込みコード/ }) as HTMLTextAreaElement;
}

function snippetDocument(): Document {
  return new DOMParser().parseFromString(snippetBox().value, 'text/html');
}

function codeSection() {
  return within(screen.getByRole('region', { name: '埋め込みコード' }));
}

function preview(): HTMLIFrameElement {
  return screen.getByTitle('プレビュー：埋め込まれた投資心理テスト') as HTMLIFrameElement;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the embed configurator', () => {
  it('starts with a Japanese snippet for the blog that loads embed.js from the live site', () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'ブログに埋め込む' })).toBeInTheDocument();
    expect(snippetBox()).toHaveAttribute('readonly');
    const doc = snippetDocument();
    const embed = doc.querySelector('.toushi-shinri-test') as HTMLElement;
    expect(embed.dataset).toMatchObject({ lang: 'ja', utmSource: 'blog', theme: 'auto' });
    const fallback = embed.querySelector('a') as HTMLAnchorElement;
    expect(fallback.textContent).toBe('投資心理テストを受ける');
    expect(fallback.getAttribute('href')).toMatch(
      /^https:\/\/shindan\.example\.jp\/\?utm_source=blog/,
    );
    const script = doc.querySelector('script') as HTMLScriptElement;
    expect(script.getAttribute('src')).toBe('https://shindan.example.jp/embed.js');
    expect(script.hasAttribute('async')).toBe(true);
  });

  it('follows the chosen language, campaign and theme in the snippet and the preview', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.selectOptions(screen.getByRole('combobox', { name: '表示言語' }), 'en');
    await user.type(
      screen.getByRole('textbox', { name: 'キャンペーン名（utm_campaign）' }),
      'autumn',
    );
    await user.click(screen.getByRole('radio', { name: 'ダーク（暗い背景）' }));

    const embed = snippetDocument().querySelector('.toushi-shinri-test') as HTMLElement;
    expect({ ...embed.dataset }).toEqual({
      lang: 'en',
      utmSource: 'blog',
      utmCampaign: 'autumn',
      theme: 'dark',
    });
    expect(embed.textContent?.trim()).toBe('Take the investor psychology test');

    const query = new URL(preview().src).searchParams;
    expect(query.get('embed')).toBe('1');
    expect(query.get('lang')).toBe('en');
    expect(query.get('theme')).toBe('dark');
    expect(query.get('host')).toBe(window.location.origin);
    expect(query.get('utm_campaign')).toBeNull();
    expect(new URL(preview().src).origin).toBe(window.location.origin);
  });

  it('says which campaign value cannot be used and leaves it out of the snippet', async () => {
    const user = userEvent.setup();
    renderPage();
    const source = screen.getByRole('textbox', { name: '流入元（utm_source）' });
    await user.clear(source);
    await user.type(source, 'ブログ"><script>');
    expect(source).toHaveAttribute('aria-invalid', 'true');
    expect(source).toHaveAccessibleDescription(/使えない文字が含まれているため/);
    expect(snippetBox().value).not.toContain('utm-source');
    expect(snippetBox().value).not.toContain('<script>alert');
    expect(snippetDocument().querySelectorAll('script')).toHaveLength(1);
  });

  it('copies the snippet and says so', async () => {
    const user = userEvent.setup();
    // user-event puts a clipboard on the navigator; the test watches what is written to it.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderPage();
    expect(codeSection().getByRole('status')).toHaveTextContent('');
    await user.click(codeSection().getByRole('button', { name: 'コードをコピー' }));
    expect(writeText).toHaveBeenCalledWith(snippetBox().value);
    expect(codeSection().getByRole('status')).toHaveTextContent('コピーしました');

    await user.click(screen.getByRole('radio', { name: 'ライト（明るい背景）' }));
    expect(codeSection().getByRole('status')).toHaveTextContent('');
  });

  it('selects the snippet for a manual copy when the clipboard is unavailable', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderPage();
    await user.click(codeSection().getByRole('button', { name: 'コードをコピー' }));
    expect(codeSection().getByRole('status')).toHaveTextContent('手動でコピーしてください');
    expect(snippetBox()).toHaveFocus();
    expect(snippetBox().selectionEnd - snippetBox().selectionStart).toBe(snippetBox().value.length);
  });

  it('sizes the preview from its own frame only', () => {
    renderPage();
    const frame = preview();
    const message = (height: number) => ({
      source: 'toushi-shinri-test',
      version: 1,
      type: 'resize',
      id: 'preview',
      height,
    });
    act(() => {
      window.dispatchEvent(
        new MessageEvent('message', {
          data: message(700),
          origin: 'https://evil.example',
          source: frame.contentWindow,
        }),
      );
      window.dispatchEvent(
        new MessageEvent('message', {
          data: message(710),
          origin: window.location.origin,
          source: window,
        }),
      );
    });
    expect(frame.style.height).toBe('');
    act(() => {
      window.dispatchEvent(
        new MessageEvent('message', {
          data: message(720),
          origin: window.location.origin,
          source: frame.contentWindow,
        }),
      );
    });
    expect(frame.style.height).toBe('720px');
  });

  it('pre-renders without a window, leaving the preview to the browser', () => {
    const i18n = createI18n('ja', resources);
    vi.stubGlobal('window', undefined);
    const html = renderToString(
      <I18nextProvider i18n={i18n}>
        <EmbedConfiguratorPage />
      </I18nextProvider>,
    );
    vi.unstubAllGlobals();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('h1')?.textContent).toBe('ブログに埋め込む');
    expect(doc.querySelector('textarea')?.textContent).toContain('embed.js');
    expect(doc.querySelector('iframe')).toBeNull();
  });
});

describe('the banner kit on /embed/', () => {
  it('offers every banner size with its picture and copyable HTML carrying the campaign', async () => {
    const user = userEvent.setup();
    // user-event puts a clipboard on the navigator; the test watches what is written to it.
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderPage();
    const kit = within(screen.getByRole('region', { name: /バナー/ }));
    for (const size of BANNER_SIZES) {
      expect(kit.getByRole('img', { name: `${size.id}のバナーの見本` })).toHaveAttribute(
        'src',
        `/banners/${size.id}-ja.png`,
      );
      const html = kit.getByRole('textbox', { name: `${size.id}のバナーのHTML` });
      expect((html as HTMLTextAreaElement).value).toContain('utm_medium=banner');
      expect((html as HTMLTextAreaElement).value).toContain('utm_source=blog');
    }
    await user.click(kit.getByRole('button', { name: '300x250のHTMLをコピー' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('banners/300x250-ja.png'));
  });
});
