/**
 * embed.js: the script a blog author pastes under the embed element. Built on its own by
 * vite.embed.config.ts into one small file with no dependencies; see docs/embed.md.
 */
import { mountEmbeds } from './embed-host';

function ownScriptUrl(): string | undefined {
  // An async script still sees itself here while it first runs.
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src !== '') return current.src;
  const scripts = document.querySelectorAll<HTMLScriptElement>('script[src*="embed.js"]');
  return scripts[scripts.length - 1]?.src;
}

const scriptUrl = ownScriptUrl();
if (scriptUrl !== undefined) {
  const host = mountEmbeds({ window, scriptUrl });
  // An async script can run before the rest of the page is parsed: look again once it is.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => host.scan(), { once: true });
  }
}
