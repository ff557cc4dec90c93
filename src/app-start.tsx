import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from '@/app/app';
import { appPathOf, routerBasename } from '@/app/base-path';
import { bindDocumentLanguage } from '@/app/document-language';
import { storedLanguage } from '@/app/language-store';
import { embedConfiguratorPage, resultPage } from '@/app/lazy-pages';
import { createI18n, laterTextsPending, loadLaterTexts, loadStartTexts } from '@/i18n/i18n';
import { resolveLanguage } from '@/i18n/languages';
import { captureCampaign } from '@/platform/campaign';
import { parseUrlParams } from '@/platform/url-params';

const rootOptions: RootOptions = {
  // An error boundary already shows the reader a way on; a warning is enough for whoever debugs.
  onCaughtError: (error) => console.warn('Shown to the reader as an error page:', error),
};

/**
 * The lazy route a pre-rendered page shows: hydration must not meet its code or texts still
 * downloading, or it would wait with a blank box.
 */
function lazyRouteOf(appPath: string): (() => Promise<void>) | undefined {
  if (appPath.startsWith('/r/')) return resultPage.preload;
  if (appPath.startsWith('/embed/')) return embedConfiguratorPage.preload;
  return undefined;
}

/**
 * Starts the app on the page: reads the URL and stored choices, loads the reader's texts, then
 * hydrates the pre-rendered HTML (Japanese, the same route) or renders afresh.
 */
export async function startApp(rootElement: HTMLElement): Promise<void> {
  const params = parseUrlParams(window.location.search);
  captureCampaign(window.location.search);
  const language = resolveLanguage({
    fromUrl: params.lang,
    stored: storedLanguage(),
    browser: navigator.languages,
  });
  if (params.theme !== 'auto') document.documentElement.dataset.theme = params.theme;
  if (params.embed) {
    // Only embedded pages download the bridge that talks to the blog page around them.
    void Promise.all([import('@/embed/embed-protocol'), import('@/embed/embed-bridge')]).then(
      ([protocol, bridge]) => {
        const mode = protocol.parseEmbedMode(window.location.search);
        if (mode !== undefined) bridge.startEmbedBridge(mode);
      },
    );
  }

  const baseUrl = import.meta.env.BASE_URL;
  const appPath = appPathOf(window.location.pathname, baseUrl);
  // The pre-rendered HTML is Japanese and made for one route; anything else is rendered fresh.
  const hydrate =
    !params.embed &&
    language === 'ja' &&
    rootElement.dataset.route === appPath &&
    rootElement.hasChildNodes();

  const lazyRoute = hydrate ? lazyRouteOf(appPath) : undefined;
  const [startTexts] = await Promise.all([
    loadStartTexts(language),
    lazyRoute?.(),
    // Fetched alongside; added to the instance below. A failure shows on the page, with a retry.
    lazyRoute === undefined ? undefined : loadLaterTexts(language).catch(() => undefined),
  ]);
  const i18n = createI18n(language, startTexts);
  if (lazyRoute !== undefined) await laterTextsPending(i18n)?.catch(() => undefined);
  bindDocumentLanguage(i18n, document.documentElement);

  const app = (
    <StrictMode>
      <BrowserRouter basename={routerBasename(baseUrl) || '/'}>
        <App i18n={i18n} settings={{ embed: params.embed, theme: params.theme }} />
      </BrowserRouter>
    </StrictMode>
  );
  // A transition lets React hydrate (or render) in slices that yield to the browser, instead of
  // one long task that holds up scrolling.
  startTransition(() => {
    if (hydrate) hydrateRoot(rootElement, app, rootOptions);
    else createRoot(rootElement, rootOptions).render(app);
  });
}
