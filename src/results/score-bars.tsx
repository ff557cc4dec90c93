import { useTranslation } from 'react-i18next';
import { bandOf, DIMENSION_IDS, SCORE_MAX, SCORE_MIN, type DimensionId } from '@/data/dimensions';
import type { DimensionScores } from '@/engine/contract';

export interface ScoreBarsProps {
  /** Absent before the code is read, or when the link has none: rows then name the dimensions only. */
  readonly scores: DimensionScores | undefined;
  /** A friend's scores shown beside the reader's when comparing. */
  readonly friendScores?: DimensionScores | undefined;
}

interface MeterProps {
  readonly label: string;
  readonly score: number;
  readonly variant: 'own' | 'friend';
  /** Whose score this is, shown beside the bar when two are compared (the meter's name says it too). */
  readonly who?: string | undefined;
}

function Meter({ label, score, variant, who }: MeterProps) {
  const { t } = useTranslation(['results', 'model']);
  return (
    <div className="score-meter">
      {who !== undefined && (
        <span className="score-meter__who" aria-hidden="true">
          {who}
        </span>
      )}
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={SCORE_MIN}
        aria-valuemax={SCORE_MAX}
        aria-valuenow={score}
        aria-valuetext={t('scores.valueText', { score })}
        className={`score-meter__track score-meter__track--${variant}`}
      >
        {/* Rendered only on the client (scores come from the fragment), so the style is CSSOM, not an attribute. */}
        <span className="score-meter__fill" style={{ width: `${score}%` }} />
      </div>
      <span className="score-meter__value" aria-hidden="true">
        {score}
      </span>
    </div>
  );
}

/** One row per dimension: its name, what its two ends mean, the score as a meter and one line on it. */
export function ScoreBars({ scores, friendScores }: ScoreBarsProps) {
  const { t } = useTranslation(['results', 'model']);
  const comparing = scores !== undefined && friendScores !== undefined;
  const nameOf = (dimension: DimensionId) => t(`model:dimensions.${dimension}.name`);
  return (
    <ul className="score-bars">
      {DIMENSION_IDS.map((dimension) => {
        const score = scores?.[dimension];
        const friendScore = friendScores?.[dimension];
        return (
          <li key={dimension} className="score-row">
            <p className="score-row__name">{nameOf(dimension)}</p>
            <p className="score-row__scale">
              {t('scores.scale', {
                low: t(`model:dimensions.${dimension}.lowLabel`),
                high: t(`model:dimensions.${dimension}.highLabel`),
              })}
            </p>
            {score !== undefined && (
              <>
                <Meter
                  label={
                    comparing
                      ? t('scores.meterLabel', {
                          dimension: nameOf(dimension),
                          who: t('scores.own'),
                        })
                      : nameOf(dimension)
                  }
                  score={score}
                  variant="own"
                  who={comparing ? t('scores.own') : undefined}
                />
                {comparing && friendScore !== undefined && (
                  <Meter
                    label={t('scores.meterLabel', {
                      dimension: nameOf(dimension),
                      who: t('scores.friend'),
                    })}
                    score={friendScore}
                    variant="friend"
                    who={t('scores.friend')}
                  />
                )}
                <p className="score-row__meaning">
                  {t(`model:dimensions.${dimension}.${bandOf(score)}`)}
                </p>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
