import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSION_IDS, type DimensionId } from '@/data/dimensions';
import type { Profile } from '@/engine/contract';
import { useNearViewport } from '@/ui/use-near-viewport';
import { toRadarData } from './chart-data';
import { lazyRadarChart } from './lazy-chart';
import { ScoreBars } from './score-bars';

export interface ScorePanelProps {
  readonly typeName: string;
  /** Undefined while the code is not read yet or when there is none: the boxes stay reserved. */
  readonly profile: Profile | undefined;
  readonly friend?: Profile | undefined;
  /** Shown in the chart's box when there are no scores to draw (a bare link, a bad code). */
  readonly placeholder?: string | undefined;
}

/**
 * The scores: a bar per dimension with what it means, then the radar chart that sums them up, in
 * a fixed box (nothing shifts when it loads). The chart is drawn once its box nears the screen:
 * on a phone that is when the reader scrolls past the bars, so drawing it (recharts is heavy)
 * never competes with the page's start.
 */
export function ScorePanel({ typeName, profile, friend, placeholder }: ScorePanelProps) {
  const { t } = useTranslation(['results', 'model']);
  const labels = Object.fromEntries(
    DIMENSION_IDS.map((dimension) => [dimension, t(`model:dimensions.${dimension}.name`)]),
  ) as Record<DimensionId, string>;
  const comparing = profile !== undefined && friend !== undefined;
  const [chartBoxRef, chartNearScreen] = useNearViewport<HTMLDivElement>();
  return (
    <section className="result-scores" aria-labelledby="result-scores-heading">
      <h2 id="result-scores-heading">{t('scores.heading')}</h2>
      <ScoreBars scores={profile?.scores} friendScores={friend?.scores} />
      <div className="result-chart">
        {profile !== undefined ? (
          <div
            role="img"
            aria-label={
              comparing ? t('scores.chartLabelCompare') : t('scores.chartLabel', { name: typeName })
            }
            className="result-chart__box"
            ref={chartBoxRef}
          >
            {chartNearScreen && (
              <Suspense fallback={<p className="result-chart__note">{t('scores.chartLoading')}</p>}>
                <lazyRadarChart.Component
                  data={toRadarData(profile.scores, labels, friend?.scores)}
                  ownName={t('scores.own')}
                  friendName={t('scores.friend')}
                />
              </Suspense>
            )}
          </div>
        ) : (
          <div className="result-chart__box">
            {placeholder !== undefined && <p className="result-chart__note">{placeholder}</p>}
          </div>
        )}
      </div>
    </section>
  );
}
