import { useTranslation } from 'react-i18next';
import { AppLink } from './app-link';
import type { OperatorConfig } from '@/data/operator';
import { href } from '@/data/page-paths';
import type { Language } from '@/i18n/languages';
import './operator-block.css';

interface OperatorBlockProps {
  readonly operator: OperatorConfig;
  readonly language: Language;
  /** "short" (blog embeds): the name and the registration line only. */
  readonly variant: 'full' | 'short';
}

/** The registration line every page must carry: registered (number, association) or not. */
function RegistrationLine({ operator, language }: Omit<OperatorBlockProps, 'variant'>) {
  const { t } = useTranslation('common');
  const { registration } = operator;
  switch (registration.state) {
    case 'registered':
      return (
        <>
          {t('operator.registered', {
            number: registration.number[language],
            association: registration.association[language],
          })}
        </>
      );
    case 'not-registered':
      return <>{t('operator.notRegistered')}</>;
    case 'unset':
      return <>{t('operator.unset')}</>;
    default: {
      const unknown: never = registration;
      throw new Error(`Unknown registration: ${JSON.stringify(unknown)}`);
    }
  }
}

/** Who runs the site, how to reach them, whether they are registered, and the privacy page. */
export function OperatorBlock({ operator, language, variant }: OperatorBlockProps) {
  const { t } = useTranslation('common');
  if (variant === 'short') {
    return (
      <p className="site-footer__operator">
        {t('operatorShort', { name: operator.name[language] })}{' '}
        <RegistrationLine operator={operator} language={language} />
      </p>
    );
  }
  return (
    <section className="operator" aria-labelledby="operator-heading">
      <h2 id="operator-heading" className="operator__heading">
        {t('operator.heading')}
      </h2>
      <dl className="operator__facts">
        <dt>{t('operator.name')}</dt>
        <dd className="operator__name">{operator.name[language]}</dd>
        <dt>{t('operator.address')}</dt>
        <dd>{operator.address[language]}</dd>
        <dt>{t('operator.representative')}</dt>
        <dd>{operator.representative[language]}</dd>
        <dt>{t('operator.contact')}</dt>
        <dd>
          <a href={operator.contactUrl} target="_blank" rel="noopener noreferrer">
            {operator.contact[language]}
          </a>
        </dd>
        <dt>{t('operator.registration')}</dt>
        <dd className="operator__registration">
          <RegistrationLine operator={operator} language={language} />
        </dd>
      </dl>
      <p className="operator__warning">
        {t('operator.fakeAccounts', { account: operator.officialLineAccount })}
      </p>
      <p>
        <AppLink to={href.privacy()}>{t('operator.privacy')}</AppLink>
      </p>
    </section>
  );
}
