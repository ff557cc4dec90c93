import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS, type DimensionId } from '@/data/dimensions';
import type { DimensionScores } from '@/engine/contract';
import { toRadarData } from '@/results/chart-data';

const labels = Object.fromEntries(DIMENSION_IDS.map((id) => [id, `label:${id}`])) as Record<
  DimensionId,
  string
>;
const scores = (values: readonly number[]): DimensionScores =>
  Object.fromEntries(DIMENSION_IDS.map((id, index) => [id, values[index] ?? 0])) as DimensionScores;

describe('toRadarData', () => {
  it('gives one spoke per dimension, in the model order, labelled', () => {
    const data = toRadarData(scores([10, 20, 30, 40, 50, 60]), labels);
    expect(data).toEqual(
      DIMENSION_IDS.map((dimension, index) => ({
        dimension,
        label: `label:${dimension}`,
        own: (index + 1) * 10,
      })),
    );
  });

  it('adds the friend series only when comparing', () => {
    const data = toRadarData(
      scores([10, 20, 30, 40, 50, 60]),
      labels,
      scores([90, 80, 70, 60, 50, 40]),
    );
    expect(data.map((datum) => [datum.own, datum.friend])).toEqual([
      [10, 90],
      [20, 80],
      [30, 70],
      [40, 60],
      [50, 50],
      [60, 40],
    ]);
    expect(toRadarData(scores([1, 2, 3, 4, 5, 6]), labels).some((datum) => 'friend' in datum)).toBe(
      false,
    );
  });

  it('keeps every plotted value a whole number within 0-100', () => {
    fc.assert(
      fc.property(fc.array(fc.double(), { minLength: 6, maxLength: 6 }), (values) => {
        for (const datum of toRadarData(scores(values), labels, scores(values))) {
          for (const value of [datum.own, datum.friend ?? 0]) {
            expect(Number.isInteger(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });
});
