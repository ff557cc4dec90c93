import { useTranslation } from 'react-i18next';

interface OperatorBlockProps {
  readonly name: string;
  readonly contact: string;
  readonly contactUrl: string;
  /** Shown only when the operator is registered (金融商品取引業者): name and number. */
  readonly registration?: string | undefined;
}

/** Who runs the site and how to reach them, on every page. */
export function OperatorBlock({ name, contact, contactUrl, registration }: OperatorBlockProps) {
  const { t } = useTranslation('common');
  return (
    <section className="operator" aria-labelledby="operator-heading">
      <h2 id="operator-heading" className="operator__heading">
        {t('operator.heading')}
      </h2>
      <p className="operator__name">{name}</p>
      <p>
        <a href={contactUrl} target="_blank" rel="noopener noreferrer">
          {contact}
        </a>
      </p>
      {registration === undefined ? null : (
        <p>
          {t('operator.registration')}: {registration}
        </p>
      )}
    </section>
  );
}
