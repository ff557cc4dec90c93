import { useTranslation } from 'react-i18next';
import type { Profile } from '@/engine/contract';
import { biggestDifference, leanOf, SIMILAR_GAP } from './result-insights';

export interface CompareSummaryProps {
  readonly own: Profile;
  readonly ownTypeName: string;
  readonly friend: Profile;
  readonly friendTypeName: string;
}

/**
 * What there is to talk about when two results meet: both types by name, the biggest difference,
 * and one sentence on what it means when these two invest or talk about money together.
 */
export function CompareSummary({ own, ownTypeName, friend, friendTypeName }: CompareSummaryProps) {
  const { t } = useTranslation(['results', 'model']);
  const { dimension, gap } = biggestDifference(own.scores, friend.scores);
  const low = t(`model:dimensions.${dimension}.lowLabel`);
  const high = t(`model:dimensions.${dimension}.highLabel`);
  const lean = (score: number) => t(`scores.lean.${leanOf(score)}`, { low, high });
  const alike = gap < SIMILAR_GAP;
  return (
    <section className="result-section compare-summary" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('compare.heading')}</h2>
      <p className="compare-summary__pair">
        {t('compare.pair', { own: ownTypeName, friend: friendTypeName })}
      </p>
      {!alike && (
        <p className="compare-summary__biggest">
          {t('compare.biggest', {
            dimension: t(`model:dimensions.${dimension}.name`),
            ownLean: lean(own.scores[dimension]),
            friendLean: lean(friend.scores[dimension]),
          })}
        </p>
      )}
      <p className="compare-summary__together">
        {alike ? t('compare.together.similar') : t(`compare.together.${dimension}`)}
      </p>
    </section>
  );
}
