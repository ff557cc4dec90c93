import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from '@/app/app';
import { appPathOf, routerBasenameFor } from '@/app/base-path';
import { bindDocumentLanguage } from '@/app/document-language';
import { routeForPath } from '@/app/routes';
import { createI18n, laterTextsPending, loadLaterTexts, loadStartTexts } from '@/i18n/i18n';
import { languageOfPath, pathInLanguage, pathWithoutLanguage } from '@/i18n/languages';
import { BASE_URL } from '@/platform/base-url';
import { captureCampaign } from '@/platform/campaign';
import { parseUrlParams } from '@/platform/url-params';

const rootOptions: RootOptions = {
  // An error boundary already shows the reader a way on; a warning is enough for whoever debugs.
  onCaughtError: (error) => console.warn('Shown to the reader as an error page:', error),
};

/**
 * A link from before the language moved into the path (`?lang=en`) names a language the page is
 * not in: the address of the same page in that language, without the parameter, else undefined.
 */
function addressInAskedLanguage(location: Location): string | undefined {
  const params = parseUrlParams(location.search);
  const appPath = appPathOf(location.pathname, BASE_URL);
  if (params.lang === undefined || params.lang === languageOfPath(appPath)) return undefined;
  const search = new URLSearchParams(location.search);
  search.delete('lang');
  const query = search.toString();
  const path = pathInLanguage(pathWithoutLanguage(appPath), params.lang);
  return `${BASE_URL.replace(/\/+$/, '')}${path}${query === '' ? '' : `?${query}`}${location.hash}`;
}

/**
 * Starts the app on the page: reads the URL, loads the page language's texts, then hydrates the
 * pre-rendered HTML (made in that language, for that route) or renders afresh.
 */
export async function startApp(rootElement: HTMLElement): Promise<void> {
  const moved = addressInAskedLanguage(window.location);
  if (moved !== undefined) {
    // The other language's page is pre-rendered: go there rather than re-render this one.
    window.location.replace(moved);
    return;
  }
  const params = parseUrlParams(window.location.search);
  captureCampaign(window.location.search);
  const appPath = appPathOf(window.location.pathname, BASE_URL);
  const language = languageOfPath(appPath);
  if (params.theme !== 'auto') document.documentElement.dataset.theme = params.theme;
  // Only embedded pages download the bridge that talks to the blog page around them. The app waits
  // for it: inside WordPress's wrapper the bridge first takes WordPress's secret out of the fragment,
  // where the result page would otherwise read it as part of a result code.
  const embedBridge = params.embed
    ? Promise.all([
        import('@/embed/embed-protocol'),
        import('@/embed/embed-bridge'),
        import('@/embed/wordpress-wrapper'),
      ])
        .then(([protocol, bridge, wordpress]) => {
          const inWordPressWrapper =
            wordpress.splitWordPressSecret(window.location.hash).secret !== undefined;
          const mode = protocol.parseEmbedMode(window.location.search);
          if (mode !== undefined) bridge.startEmbedBridge(mode);
          return inWordPressWrapper;
        })
        // Without its bridge the test still runs in the frame, only at the frame's first size.
        .catch(() => false)
    : undefined;

  // The pre-rendered HTML is made for one route in one language; anything else is rendered fresh.
  const hydrate =
    !params.embed && rootElement.dataset.route === appPath && rootElement.hasChildNodes();
  // A lazy page must not meet hydration with its code or texts still downloading, or it would
  // wait with a blank box.
  const route = routeForPath(pathWithoutLanguage(appPath));
  const lazyRoute = hydrate ? route.lazy?.page.preload : undefined;
  const needsLaterTexts = hydrate && route.texts === 'later';
  const [startTexts, , wordpressWrapper = false] = await Promise.all([
    loadStartTexts(language),
    lazyRoute?.(),
    embedBridge,
    // Fetched alongside; added to the instance below. A failure shows on the page, with a retry.
    needsLaterTexts ? loadLaterTexts(language).catch(() => undefined) : undefined,
  ]);
  const i18n = createI18n(language, startTexts);
  if (needsLaterTexts) await laterTextsPending(i18n)?.catch(() => undefined);
  bindDocumentLanguage(i18n, document.documentElement);

  const app = (
    <StrictMode>
      <BrowserRouter basename={routerBasenameFor(BASE_URL, language)}>
        <App
          i18n={i18n}
          settings={{ embed: params.embed, wordpressWrapper, theme: params.theme }}
        />
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
