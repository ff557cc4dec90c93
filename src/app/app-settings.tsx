import { createContext, useContext, type ReactNode } from 'react';
import type { Theme } from '@/platform/url-params';

/** What the landing URL asked for, validated once at startup and kept for the whole visit. */
export interface AppSettings {
  readonly embed: boolean;
  /** Inside WordPress's sandboxed wrapper for embeds (its secret is in the frame's address). */
  readonly wordpressWrapper?: boolean;
  readonly theme: Theme;
}

export const DEFAULT_SETTINGS: AppSettings = { embed: false, theme: 'auto' };

const SettingsContext = createContext<AppSettings>(DEFAULT_SETTINGS);

export function AppSettingsProvider({
  settings,
  children,
}: {
  readonly settings: AppSettings;
  readonly children: ReactNode;
}) {
  return <SettingsContext value={settings}>{children}</SettingsContext>;
}

export function useAppSettings(): AppSettings {
  return useContext(SettingsContext);
}
