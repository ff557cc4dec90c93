import { useTranslation } from 'react-i18next';
import { POPULATION_FACTS } from '@/data/population-facts';

/** The literacy questions in the test; a reader's right answers are out of this many. */
const LITERACY_QUESTION_COUNT = 3;

// Only facts about the three questions taken together compare with a reader's total; per-question
// figures would need the answers, which the result code does not carry.
const TOTAL_FACTS = POPULATION_FACTS.filter((fact) => !('questionId' in fact));

export interface PopulationComparisonProps {
  readonly literacyCorrect: number;
}

/** How the reader's literacy answers compare with national survey figures, each with its source. */
export function PopulationComparison({ literacyCorrect }: PopulationComparisonProps) {
  const { t } = useTranslation(['results', 'model']);
  if (TOTAL_FACTS.length === 0) return null;
  return (
    <section className="result-section" aria-labelledby="result-population-heading">
      <h2 id="result-population-heading">{t('sections.population')}</h2>
      <p>
        {t('population.literacy', {
          correct: Math.min(LITERACY_QUESTION_COUNT, Math.max(0, literacyCorrect)),
        })}
      </p>
      {TOTAL_FACTS.map((fact) => (
        <figure key={fact.id} className="result-fact">
          <p className="result-fact__figure">
            {t('population.national', {
              label: t(`model:facts.${fact.id}.label`),
              percent: Math.round(fact.value * 100),
            })}
          </p>
          <figcaption className="result-fact__source">
            {t('population.source', { source: t(`model:facts.${fact.id}.source`) })}
          </figcaption>
        </figure>
      ))}
    </section>
  );
}
