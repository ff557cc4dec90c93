import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from './app-link';
import { isChunkLoadError } from './retryable-lazy';

interface RouteErrorProps {
  readonly error: unknown;
  /** Tries the failed part again (for a download that failed). */
  readonly onRetry: () => void;
}

/** What a reader sees instead of a white screen: what went wrong and a way on. */
export function RouteError({ error, onRetry }: RouteErrorProps) {
  const { t } = useTranslation('common');
  const heading = useRef<HTMLHeadingElement>(null);
  const chunk = isChunkLoadError(error);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="page page--narrow message-page" role="alert">
      <h1 ref={heading} tabIndex={-1}>
        {chunk ? t('errors.chunkTitle') : t('errors.renderTitle')}
      </h1>
      <p>{chunk ? t('errors.chunkBody') : t('errors.renderBody')}</p>
      <div className="actions">
        {chunk ? (
          <button type="button" className="button button--primary" onClick={onRetry}>
            {t('errors.retry')}
          </button>
        ) : null}
        <AppLink
          to="/"
          className={chunk ? 'button button--secondary' : 'button button--primary'}
          reloadDocument={!chunk}
        >
          {t('errors.home')}
        </AppLink>
      </div>
    </section>
  );
}
