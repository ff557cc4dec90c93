import { useTranslation } from 'react-i18next';
import type { InvestorTypeId } from '@/data/investor-types';

export interface TypeProfileProps {
  readonly typeId: InvestorTypeId;
}

/**
 * What is true of the type for everyone, below the scores (the description heads the page, in
 * ResultHeader): pre-rendered, so it shows before any script runs.
 */
export function TypeProfile({ typeId }: TypeProfileProps) {
  const { t } = useTranslation(['results', 'model']);
  const { strengths, blindSpots, advice } = t(`model:types.${typeId}`, {
    returnObjects: true,
  });
  return (
    <>
      <section className="result-section" aria-labelledby="result-strengths-heading">
        <h2 id="result-strengths-heading">{t('sections.strengths')}</h2>
        <ul className="result-list">
          {strengths.map((strength) => (
            <li key={strength}>{strength}</li>
          ))}
        </ul>
      </section>
      <section className="result-section" aria-labelledby="result-blind-spots-heading">
        <h2 id="result-blind-spots-heading">{t('sections.blindSpots')}</h2>
        <dl className="result-biases">
          {blindSpots.map(({ bias, explanation }) => (
            <div key={bias} className="result-biases__item">
              <dt>{bias}</dt>
              <dd>{explanation}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="result-section" aria-labelledby="result-advice-heading">
        <h2 id="result-advice-heading">{t('sections.advice')}</h2>
        {advice.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
    </>
  );
}
