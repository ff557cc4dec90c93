import { useTranslation } from 'react-i18next';

interface DisclaimerProps {
  /** "short" keeps one line for embeds; "full" lists every point. */
  readonly variant: 'full' | 'short';
}

/**
 * What the test is and is not: a simple classification of answers, not a judgement of what suits
 * the reader, not advice; no returns implied; free content introduces paid services.
 */
export function Disclaimer({ variant }: DisclaimerProps) {
  const { t } = useTranslation('common');
  if (variant === 'short') {
    return <p className="disclaimer disclaimer--short">{t('disclaimer.short')}</p>;
  }
  return (
    <section className="disclaimer" aria-labelledby="disclaimer-heading">
      <h2 id="disclaimer-heading" className="disclaimer__heading">
        {t('disclaimer.heading')}
      </h2>
      <ul className="disclaimer__list">
        <li>{t('disclaimer.classification')}</li>
        <li>{t('disclaimer.notAdvice')}</li>
        <li>{t('disclaimer.noReturns')}</li>
        <li>{t('disclaimer.risk')}</li>
        <li>{t('disclaimer.ownResponsibility')}</li>
        <li>{t('disclaimer.paidServices')}</li>
      </ul>
    </section>
  );
}
