import { useTranslation } from 'react-i18next';
import type { InvestorTypeId } from '@/data/investor-types';

export interface TypeProfileProps {
  readonly typeId: InvestorTypeId;
  /**
   * The type's description speaks to the reader (「あなたは…」): shown on their own result and on
   * a type page, left out of a friend's result, which is about someone else.
   */
  readonly withDescription: boolean;
}

/** What is true of the type for everyone: pre-rendered, so it shows before any script runs. */
export function TypeProfile({ typeId, withDescription }: TypeProfileProps) {
  const { t } = useTranslation(['results', 'model']);
  const { description, strengths, blindSpots, advice } = t(`model:types.${typeId}`, {
    returnObjects: true,
  });
  return (
    <>
      {withDescription && (
        <section className="result-section" aria-labelledby="result-about-heading">
          <h2 id="result-about-heading">{t('sections.about')}</h2>
          <p className="result-about">{description}</p>
        </section>
      )}
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
      <section className="result-section" aria-labelledby="result-tips-heading">
        <h2 id="result-tips-heading">{t('sections.tips')}</h2>
        {advice.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
    </>
  );
}
