/**
 * Renders the whole app at a URL, the way a reader meets it: real i18next resources, real stores,
 * a memory router. Shared by the app, quiz and other UI tests.
 */
import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import { useEffect } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router-dom';
import { App } from '@/app/app';
import { DEFAULT_SETTINGS, type AppSettings } from '@/app/app-settings';
import { routeForPath } from '@/app/routes';
import { bindDocumentLanguage } from '@/app/document-language';
import { rehydratePersistedStores, resetPersistedStores } from '@/platform/persisted-store';
import { createI18n, laterTextsPending, loadStartTexts } from '@/i18n/i18n';
import { pathWithoutLanguage, type Language } from '@/i18n/languages';

export interface RenderAppOptions {
  readonly language?: Language;
  readonly settings?: Partial<AppSettings>;
}

export interface RenderedApp extends RenderResult {
  readonly user: UserEvent;
  readonly i18n: I18n;
  /** Where the router is now (pathname, search, hash). */
  readonly location: () => Location;
}

/** Makes every store read storage again, as on a fresh page load (storage itself is left alone). */
export function reloadStores(): void {
  rehydratePersistedStores();
}

/** A first visit: nothing stored (including what the storage fallback kept in memory), fresh stores. */
export function resetStores(): void {
  resetPersistedStores();
  localStorage.clear();
}

export async function renderApp(url: string, options: RenderAppOptions = {}): Promise<RenderedApp> {
  const language = options.language ?? 'ja';
  // As on a first visit: the start texts only, and the later ones too when the page opened needs
  // them (the app start waits for them before it renders such a page, as src/app-start.tsx does).
  const i18n = createI18n(language, await loadStartTexts(language));
  if (
    routeForPath(pathWithoutLanguage(new URL(url, 'http://localhost').pathname)).texts === 'later'
  ) {
    await laterTextsPending(i18n);
  }
  const unbind = bindDocumentLanguage(i18n, document.documentElement);
  let current: Location | undefined;

  function LocationProbe() {
    const location = useLocation();
    useEffect(() => {
      current = location;
    }, [location]);
    return null;
  }

  const user = userEvent.setup();
  const result = render(
    <MemoryRouter initialEntries={[url]}>
      <App i18n={i18n} settings={{ ...DEFAULT_SETTINGS, ...options.settings }} />
      <LocationProbe />
    </MemoryRouter>,
  );
  return {
    ...result,
    unmount: () => {
      result.unmount();
      unbind();
    },
    user,
    i18n,
    location: () => {
      if (current === undefined) throw new Error('The router has not rendered yet');
      return current;
    },
  };
}
