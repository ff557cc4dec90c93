import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '@/ui/use-document-title';

/** What the test keeps in the browser, what it sends (nothing), and what a shared link holds. */
export function PrivacyPage() {
  const { t } = useTranslation('common');
  useDocumentTitle(t('privacy.metaTitle'));
  const stores = t('privacy.stores', { returnObjects: true });
  return (
    <div className="page page--narrow privacy-page">
      <h1>{t('privacy.title')}</h1>
      <p>{t('privacy.lead')}</p>
      <h2>{t('privacy.storesHeading')}</h2>
      <ul>
        {stores.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>{t('privacy.storesNote')}</p>
      <h2>{t('privacy.sendsHeading')}</h2>
      <p>{t('privacy.sends')}</p>
      <h2>{t('privacy.sharesHeading')}</h2>
      <p>{t('privacy.shares')}</p>
      <h2>{t('privacy.embedHeading')}</h2>
      <p>{t('privacy.embed')}</p>
      <h2>{t('privacy.linksHeading')}</h2>
      <p>{t('privacy.links')}</p>
      <div className="actions">
        <Link to="/" className="button button--primary">
          {t('privacy.back')}
        </Link>
      </div>
    </div>
  );
}
