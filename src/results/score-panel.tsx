import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSION_IDS, type DimensionId } from '@/data/dimensions';
import type { Answers, Profile } from '@/engine/contract';
import { useNearViewport } from '@/ui/use-near-viewport';
import { toRadarData } from './chart-data';
import { lazyRadarChart } from './lazy-chart';
import { shapeExtremes } from './result-insights';
import { ScoreBars } from './score-bars';

export interface ScorePanelProps {
  readonly typeName: string;
  readonly profile: Profile;
  /** The friend's profile and type name, when the reader compares. */
  readonly friend?: { readonly profile: Profile; readonly typeName: string } | undefined;
  /** The reader's own answers behind the scores, when this is their result. */
  readonly answers?: Answers | undefined;
  /** The section heading differs for a friend's result. */
  readonly heading: string;
}

/**
 * The scores: a scale per dimension with where the reader stands, then the radar that sums them
 * up with a sentence on what its shape means. The chart is drawn once its box nears the screen.
 */
export function ScorePanel({ typeName, profile, friend, answers, heading }: ScorePanelProps) {
  const { t, i18n } = useTranslation(['results', 'model']);
  // Japanese sentences follow one another without a space.
  const gap = i18n.language === 'ja' ? '' : ' ';
  const labels = Object.fromEntries(
    DIMENSION_IDS.map((dimension) => [dimension, t(`model:dimensions.${dimension}.name`)]),
  ) as Record<DimensionId, string>;
  const [chartBoxRef, chartNearScreen] = useNearViewport<HTMLDivElement>();
  const { outer, inner } = shapeExtremes(profile.scores);
  return (
    <section className="result-section result-scores" aria-labelledby="result-scores-heading">
      <h2 id="result-scores-heading">{heading}</h2>
      <p className="result-note">{t('scores.intro')}</p>
      <ScoreBars scores={profile.scores} friendScores={friend?.profile.scores} answers={answers} />
      <div className="result-chart">
        <div
          role="img"
          aria-label={
            friend !== undefined
              ? t('scores.chartLabelCompare')
              : t('scores.chartLabel', { name: typeName })
          }
          className="result-chart__box"
          ref={chartBoxRef}
        >
          {chartNearScreen && (
            <Suspense fallback={<p className="result-chart__note">{t('scores.chartLoading')}</p>}>
              <lazyRadarChart.Component
                data={toRadarData(profile.scores, labels, friend?.profile.scores)}
                ownName={t('scores.ownStyle', { name: typeName })}
                friendName={t('scores.friendStyle', { name: friend?.typeName ?? '' })}
              />
            </Suspense>
          )}
        </div>
        {friend !== undefined && (
          <ul className="result-chart__legend">
            <li className="result-chart__legend-own">{t('scores.ownStyle', { name: typeName })}</li>
            <li className="result-chart__legend-friend">
              {t('scores.friendStyle', { name: friend.typeName })}
            </li>
            <li className="result-chart__legend-values">{t('scores.valuesOrder')}</li>
          </ul>
        )}
        <p className="result-chart__shape">
          {t('scores.shape')}
          {friend === undefined ? gap : ''}
          {friend === undefined &&
            t('scores.shapeOwn', { outer: labels[outer], inner: labels[inner] })}
        </p>
      </div>
    </section>
  );
}
