import type { i18n as I18n } from 'i18next';
import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { emitAppEvent } from '@/platform/app-events';
import { AppRoutes } from './app-routes';
import { AppSettingsProvider, type AppSettings } from './app-settings';

interface AppProps {
  readonly i18n: I18n;
  readonly settings: AppSettings;
}

/** The whole app under a router the caller chooses (browser, static for the pre-render, memory in tests). */
export function App({ i18n, settings }: AppProps) {
  // After the first commit: the page on screen is the app's own, and takes taps.
  useEffect(() => emitAppEvent({ type: 'app-shown' }), []);
  return (
    <I18nextProvider i18n={i18n}>
      <AppSettingsProvider settings={settings}>
        <AppRoutes />
      </AppSettingsProvider>
    </I18nextProvider>
  );
}
