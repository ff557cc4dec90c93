import { useTranslation } from 'react-i18next';

export interface ResultNotFoundProps {
  readonly onStartQuiz: () => void;
}

/** A result link whose path names no type: say so plainly and offer the test. */
export function ResultNotFound({ onStartQuiz }: ResultNotFoundProps) {
  const { t } = useTranslation(['results', 'model']);
  return (
    <article className="result-page result-page--not-found">
      <h1>{t('error.notFoundHeading')}</h1>
      <p role="alert">{t('error.notFound')}</p>
      <button type="button" className="result-button result-button--primary" onClick={onStartQuiz}>
        {t('lead.startTest')}
      </button>
    </article>
  );
}
