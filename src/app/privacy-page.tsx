import { useTranslation } from 'react-i18next';
import { AppLink } from '@/ui/app-link';
import { useDocumentTitle } from '@/ui/use-document-title';

/** What the test keeps in the browser, what it sends (nothing), and what a shared link holds. */
export function PrivacyPage() {
  const { t } = useTranslation('privacy');
  useDocumentTitle(t('metaTitle'));
  const stores = t('stores', { returnObjects: true });
  return (
    <div className="page page--narrow privacy-page">
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>
      <h2>{t('storesHeading')}</h2>
      <ul>
        {stores.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>{t('storesNote')}</p>
      <h2>{t('sendsHeading')}</h2>
      <p>{t('sends')}</p>
      <h2>{t('sharesHeading')}</h2>
      <p>{t('shares')}</p>
      <h2>{t('embedHeading')}</h2>
      <p>{t('embed')}</p>
      <h2>{t('linksHeading')}</h2>
      <p>{t('links')}</p>
      <div className="actions">
        <AppLink to="/" className="button button--primary">
          {t('back')}
        </AppLink>
      </div>
    </div>
  );
}
