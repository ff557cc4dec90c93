import { useTranslation } from 'react-i18next';
import { POPULATION_FACTS } from '@/data/population-facts';
import { BIG_THREE_IDS, QUESTIONS } from '@/data/questions';
import type { Answers } from '@/engine/contract';
import { literacyAnswers } from './result-insights';

/** The literacy questions in the test; a reader's right answers are out of this many. */
const LITERACY_QUESTION_COUNT = 3;

/** Where the Big Three sit in the quiz, as the reader counts questions (from 1). */
const BIG_THREE_NUMBERS: readonly number[] = BIG_THREE_IDS.map(
  (id) => QUESTIONS.findIndex((question) => question.id === id) + 1,
);

const TOTAL_FACTS = POPULATION_FACTS.filter((fact) => !('questionId' in fact));

type QuestionTexts = Readonly<
  Record<string, { readonly prompt: string; readonly options: Readonly<Record<string, string>> }>
>;
type Explanations = Readonly<Record<string, readonly string[]>>;

export interface PopulationComparisonProps {
  readonly literacyCorrect: number;
  /** The reader's own answers behind this result, when they are still on this device. */
  readonly answers: Answers | undefined;
}

/**
 * The three basic money questions: the reader's answer to each, the right one, why, and the
 * national figures with their sources and survey years.
 */
export function PopulationComparison({ literacyCorrect, answers }: PopulationComparisonProps) {
  const { t } = useTranslation(['results', 'model']);
  const questions: QuestionTexts = t('model:questions', { returnObjects: true });
  const explanations: Explanations = t('population.explanation', {
    returnObjects: true,
  });
  const items = literacyAnswers(answers);

  const fact = (item: (typeof POPULATION_FACTS)[number]) => (
    <figure key={item.id} className="result-fact">
      <p className="result-fact__figure">
        {t('population.national', {
          label: t(`model:facts.${item.id}.label`),
          percent: Math.round(item.value * 100),
          year: item.year,
        })}
      </p>
      <figcaption className="result-fact__source">
        {t('population.source', { source: t(`model:facts.${item.id}.source`) })}
        {item.wording === 'differs' && (
          <span className="result-fact__wording">{t('population.wordingDiffers')}</span>
        )}
      </figcaption>
    </figure>
  );

  return (
    <section className="result-section" aria-labelledby="result-population-heading">
      <h2 id="result-population-heading">{t('sections.population')}</h2>
      <p>{t('population.intro', { numbers: BIG_THREE_NUMBERS })}</p>
      <p className="result-population__total">
        {t('population.total', {
          correct: Math.min(LITERACY_QUESTION_COUNT, Math.max(0, literacyCorrect)),
        })}
      </p>
      {TOTAL_FACTS.map(fact)}
      {answers === undefined && <p className="result-note">{t('population.noAnswers')}</p>}
      <ol className="literacy-list">
        {items.map((item) => {
          const text = questions[item.questionId];
          const lines = explanations[item.questionId] ?? [];
          return (
            <li key={item.questionId} className="literacy-item">
              <p className="literacy-item__prompt">{text?.prompt}</p>
              {item.chosenOptionId !== undefined && (
                <p
                  className={
                    item.correct === true
                      ? 'literacy-item__mine is-right'
                      : 'literacy-item__mine is-wrong'
                  }
                >
                  {t('population.yourAnswer', {
                    answer: text?.options[item.chosenOptionId] ?? item.chosenOptionId,
                  })}{' '}
                  <strong>
                    {item.correct === true ? t('population.correct') : t('population.wrong')}
                  </strong>
                </p>
              )}
              <p className="literacy-item__right">
                {t('population.rightAnswer', {
                  answer: text?.options[item.rightOptionId] ?? item.rightOptionId,
                })}
              </p>
              <p className="literacy-item__why">
                {lines.map((line) => (
                  <span key={line} className="literacy-item__line">
                    {line}
                  </span>
                ))}
              </p>
              {POPULATION_FACTS.filter(
                (candidate) =>
                  'questionId' in candidate && candidate.questionId === item.questionId,
              ).map(fact)}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
