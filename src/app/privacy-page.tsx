import { useTranslation } from 'react-i18next';
import { DIMENSION_IDS } from '@/data/dimensions';
import {
  DEVICE_ITEMS,
  EMBED_NOTICES,
  WORDPRESS_NOTICES,
  EMBED_SECTION_ANCHOR,
  LINK_FIELDS,
  LINK_PLACES,
} from '@/data/privacy';
import { AppLink } from '@/ui/app-link';
import { useDocumentTitle } from '@/ui/use-document-title';

/**
 * What the test keeps on the device, what it sends (nothing), what a shared link holds and what
 * an embed tells the blog page: each list rendered from src/data/privacy.ts, which the stores,
 * the result code and the embed are held to.
 */
function inPlace(
  places: readonly (typeof LINK_PLACES)[number][],
  place: (typeof LINK_PLACES)[number],
): boolean {
  return places.includes(place);
}

export function PrivacyPage() {
  const { t } = useTranslation(['privacy', 'common']);
  useDocumentTitle(t('metaTitle'));
  return (
    <div className="page page--narrow privacy-page">
      <h1>{t('title')}</h1>
      <p>{t('lead')}</p>

      <h2>{t('storesHeading')}</h2>
      <p>{t('storesLead', { count: DEVICE_ITEMS.length })}</p>
      <ul className="privacy-items">
        {DEVICE_ITEMS.map((item) => (
          <li key={item.id} className="privacy-item">
            <h3 className="privacy-item__name">
              {t(`items.${item.id}.name`)} <code className="privacy-item__key">{item.key}</code>
            </h3>
            <dl className="privacy-item__facts">
              <dt>{t('whereLabel')}</dt>
              <dd>{t(`where.${item.storage}`)}</dd>
              <dt>{t('holdsLabel')}</dt>
              <dd>{t(`items.${item.id}.holds`)}</dd>
              <dt>{t('whyLabel')}</dt>
              <dd>{t(`items.${item.id}.why`)}</dd>
              <dt>{t('clearLabel')}</dt>
              <dd>{t(`items.${item.id}.clear`)}</dd>
            </dl>
          </li>
        ))}
      </ul>
      <p>{t('clearAll')}</p>

      <h2>{t('sendsHeading')}</h2>
      <p>{t('sends')}</p>

      <h2>{t('sharesHeading')}</h2>
      <p>{t('sharesLead')}</p>
      <ul>
        {LINK_PLACES.map((where) => (
          <li key={where}>
            {t('linkGroup', {
              where: t(`linkWhere.${where}`),
              fields: LINK_FIELDS.filter((field) => inPlace(field.where, where)).map((field) =>
                t(`linkFields.${field.id}`, { count: DIMENSION_IDS.length }),
              ),
            })}
          </li>
        ))}
      </ul>
      <p>{t('sharesNot')}</p>

      <h2 id={EMBED_SECTION_ANCHOR}>{t('embedHeading')}</h2>
      <p>{t('embedLead')}</p>
      <ul>
        {EMBED_NOTICES.map((notice) => (
          <li key={notice.id}>{t(`common:embedNotices.${notice.id}`)}</li>
        ))}
      </ul>
      <p>{t('embedNot')}</p>
      <p>
        {t('embedWordPress', {
          notices: WORDPRESS_NOTICES.map((notice) => t(`common:embedNotices.${notice.id}`)),
        })}
      </p>

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
