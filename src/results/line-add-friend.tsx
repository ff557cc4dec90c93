import { useTranslation } from 'react-i18next';
import { LINE_ACCOUNT_ID, SITE } from '@/data/site';
import { emitAppEvent } from '@/platform/app-events';
import { currentCampaign, withCampaign } from '@/platform/campaign';
import type { Language } from '@/i18n/languages';

/**
 * The first-screen call to action: add the operator's LINE account. LINE's add-friend button
 * rules: LINE's green, white text, the wording 「友だち追加」, and no redrawn LINE mark. Labelled as
 * the operator's own advertisement.
 */
export function LineAddFriend({ language }: { readonly language: Language }) {
  const { t } = useTranslation('results');
  const service = SITE.services.line;
  const campaign = currentCampaign();
  return (
    <div className="line-cta">
      <p className="line-cta__lead">
        <span className="pr-label">{t('hero.pr')}</span> {t('hero.lineLead')}
      </p>
      <a
        className="line-cta__button line-brand"
        href={withCampaign(service.url, campaign)}
        target="_blank"
        rel="noopener noreferrer"
        onClick={() => emitAppEvent({ type: 'cta-clicked', serviceId: 'line' })}
      >
        {service.cta[language]}
        <span className="visually-hidden">
          {t('hero.lineAccount', { account: LINE_ACCOUNT_ID })}
          {t('services.newTab')}
        </span>
      </a>
    </div>
  );
}
