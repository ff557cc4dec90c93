import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from './app-link';
import { BrandMark } from './brand-mark';

interface LayoutProps {
  /** Inside a blog's iframe: no site header, and the footer keeps only what `footer` holds. */
  readonly embed: boolean;
  /** Right side of the header (the language switcher). */
  readonly headerEnd?: ReactNode;
  /** Compliance texts: disclaimer and operator. */
  readonly footer: ReactNode;
  readonly children: ReactNode;
}

function focusMain(event: MouseEvent<HTMLAnchorElement>): void {
  // The URL fragment carries the result code, so the skip link must not replace it.
  event.preventDefault();
  document.getElementById('main')?.focus();
}

/** The frame of every page: header, main content, compliance footer. */
export function Layout({ embed, headerEnd, footer, children }: LayoutProps) {
  const { t } = useTranslation('common');
  return (
    <div className={embed ? 'app app--embed' : 'app'}>
      <a className="skip-link" href="#main" onClick={focusMain}>
        {t('skipToContent')}
      </a>
      {embed ? null : (
        <header className="site-header">
          <div className="site-header__inner">
            <AppLink to="/" className="site-header__title">
              <BrandMark />
              <span>{t('appName')}</span>
            </AppLink>
            {headerEnd}
          </div>
        </header>
      )}
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">{footer}</div>
      </footer>
    </div>
  );
}
