import { useTranslation } from 'react-i18next';
import { bandOf, DIMENSION_IDS, SCORE_MAX, SCORE_MIN, type DimensionId } from '@/data/dimensions';
import type { Answers, DimensionScores } from '@/engine/contract';
import { leanOf, strongestAnswer } from './result-insights';

export interface ScoreBarsProps {
  readonly scores: DimensionScores;
  /** A friend's scores shown on the same scales when comparing. */
  readonly friendScores?: DimensionScores | undefined;
  /** The reader's own answers behind these scores, for "the answer that counted most". */
  readonly answers?: Answers | undefined;
}

type QuestionTexts = Readonly<
  Record<string, { readonly prompt: string; readonly options: Readonly<Record<string, string>> }>
>;

/**
 * One scale per dimension: its two ends, where the reader stands between them (and the friend,
 * when comparing), the band's sentence, and the answer that pushed it most. Never a grade.
 */
export function ScoreBars({ scores, friendScores, answers }: ScoreBarsProps) {
  const { t } = useTranslation(['results', 'model']);
  const questions: QuestionTexts = t('model:questions', { returnObjects: true });
  const comparing = friendScores !== undefined;
  const nameOf = (dimension: DimensionId) => t(`model:dimensions.${dimension}.name`);

  return (
    <ul className="score-bars">
      {DIMENSION_IDS.map((dimension) => {
        const low = t(`model:dimensions.${dimension}.lowLabel`);
        const high = t(`model:dimensions.${dimension}.highLabel`);
        const leanText = (score: number) => t(`scores.lean.${leanOf(score)}`, { low, high });
        const positionText = (score: number) =>
          t('scores.position', { low, high, score, lean: leanText(score) });
        const score = scores[dimension];
        const friendScore = friendScores?.[dimension];
        const chosen =
          answers === undefined ? undefined : strongestAnswer(answers, dimension, score);
        const question = chosen === undefined ? undefined : questions[chosen.questionId];
        const answerText = chosen === undefined ? undefined : question?.options[chosen.optionId];
        return (
          <li key={dimension} className="score-row">
            <p className="score-row__name">
              {nameOf(dimension)}
              <span className="score-row__lean">{leanText(score)}</span>
            </p>
            <div className="score-scale">
              <div className="score-scale__track">
                <span
                  role="meter"
                  aria-label={
                    comparing
                      ? t('scores.meterLabel', {
                          dimension: nameOf(dimension),
                          who: t('scores.own'),
                        })
                      : nameOf(dimension)
                  }
                  aria-valuemin={SCORE_MIN}
                  aria-valuemax={SCORE_MAX}
                  aria-valuenow={score}
                  aria-valuetext={positionText(score)}
                  className="score-scale__marker score-scale__marker--own"
                  // Rendered only on the client (scores come from the fragment): CSSOM, not an attribute.
                  style={{ left: `${score}%` }}
                />
                {friendScore !== undefined && (
                  <span
                    role="meter"
                    aria-label={t('scores.meterLabel', {
                      dimension: nameOf(dimension),
                      who: t('scores.friend'),
                    })}
                    aria-valuemin={SCORE_MIN}
                    aria-valuemax={SCORE_MAX}
                    aria-valuenow={friendScore}
                    aria-valuetext={positionText(friendScore)}
                    className="score-scale__marker score-scale__marker--friend"
                    style={{ left: `${friendScore}%` }}
                  />
                )}
              </div>
              <div className="score-scale__ends" aria-hidden="true">
                <span>{low}</span>
                <span>{high}</span>
              </div>
            </div>
            <p className="score-row__meaning">
              {t(`model:dimensions.${dimension}.${bandOf(score)}`)}
            </p>
            {question !== undefined && answerText !== undefined && (
              <p className="score-row__because">
                {t('scores.because', { answer: answerText })}
                <span className="score-row__question">
                  {t('scores.becauseQuestion', { question: question.prompt })}
                </span>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
