import { useTranslation } from 'react-i18next';
import { SITE } from '@/data/site';
import type { Recommendation } from '@/engine/contract';
import type { Language } from '@/i18n/languages';
import { emitAppEvent } from '@/platform/app-events';
import { currentCampaign, withCampaign } from '@/platform/campaign';

export interface RecommendedServicesProps {
  /** In the rules' order; shown in that order. */
  readonly recommendations: readonly Recommendation[];
  readonly language: Language;
}

/**
 * The operator's own services, labelled as its advertisement: each with the reason its rule gives
 * (never the service's name again), what it is, and a link out with this visit's campaign.
 */
export function RecommendedServices({ recommendations, language }: RecommendedServicesProps) {
  const { t } = useTranslation(['results', 'model']);
  // Read at render on the client only: the campaign is this visit's, kept in session storage.
  const campaign = currentCampaign();
  return (
    <section className="result-section" aria-labelledby="result-services-heading">
      <h2 id="result-services-heading">
        <span className="pr-label">{t('hero.pr')}</span> {t('sections.services')}
      </h2>
      <p className="result-note">{t('services.note')}</p>
      <ol className="result-services">
        {recommendations.map(({ serviceId, reason }) => {
          const service = SITE.services[serviceId];
          return (
            <li key={serviceId} className={`result-service result-service--${serviceId}`}>
              <h3>{service.title[language]}</h3>
              <p className="result-service__reason">{reason}</p>
              <p className="result-service__pitch">{service.pitch[language]}</p>
              <a
                className={
                  serviceId === 'line'
                    ? 'result-button line-cta__button line-brand'
                    : 'result-button result-button--primary'
                }
                href={withCampaign(service.url, campaign)}
                target="_blank"
                rel="noopener noreferrer"
                onClick={() => emitAppEvent({ type: 'cta-clicked', serviceId })}
              >
                {service.cta[language]}
                <span className="visually-hidden">{t('services.newTab')}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
