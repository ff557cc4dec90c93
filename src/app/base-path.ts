import { LANGUAGE_PREFIX, type Language } from '@/i18n/languages';

/** The site's base path without its trailing slash ('' at the root, '/shindan' in a blog sub-folder). */
export function routerBasename(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

/** The app route of a browser path: the path with the base removed, always starting with '/'. */
export function appPathOf(pathname: string, baseUrl: string): string {
  const base = routerBasename(baseUrl);
  const rest = base !== '' && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** The router's base path for one language's pages: the site's base plus the language's prefix. */
export function routerBasenameFor(baseUrl: string, language: Language): string {
  const prefix = LANGUAGE_PREFIX[language].replace(/\/+$/, '');
  return `${routerBasename(baseUrl)}${prefix === '' ? '' : `/${prefix}`}` || '/';
}
