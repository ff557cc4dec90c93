import { useTranslation } from 'react-i18next';
import { AppLink } from '@/ui/app-link';
import { useDocumentTitle } from '@/ui/use-document-title';

/** Any address the app does not know: say so kindly and offer the test. */
export function NotFoundPage() {
  const { t } = useTranslation('common');
  useDocumentTitle(t('meta.notFoundTitle'));
  return (
    <div className="page page--narrow message-page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <div className="actions">
        <AppLink to="/" className="button button--primary">
          {t('notFound.start')}
        </AppLink>
      </div>
    </div>
  );
}
