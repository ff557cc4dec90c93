import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { ErrorBoundary } from '@/ui/error-boundary';
import { RouteError } from '@/ui/route-error';

interface RouteBoundaryProps {
  readonly children: ReactNode;
  /** Forgets a failed download before the boundary renders its children again. */
  readonly onRetry?: () => void;
}

function Loading() {
  const { t } = useTranslation('common');
  return (
    <div className="page page--loading" aria-busy="true">
      <p role="status">{t('loading')}</p>
    </div>
  );
}

/** One route's safety net: a failed render or download shows a way back, not a white screen. */
export function RouteBoundary({ children, onRetry }: RouteBoundaryProps) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary
      resetKey={pathname}
      fallback={({ error, reset }) => (
        <RouteError
          error={error}
          onRetry={() => {
            onRetry?.();
            reset();
          }}
        />
      )}
    >
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </ErrorBoundary>
  );
}
