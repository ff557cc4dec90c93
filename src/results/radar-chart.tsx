import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart as RechartsRadarChart,
  ResponsiveContainer,
} from 'recharts';
import { SCORE_MAX, SCORE_MIN } from '@/data/dimensions';
import type { RadarDatum } from './chart-data';

export interface RadarChartProps {
  readonly data: readonly RadarDatum[];
  /** Series names for the legend when two profiles are overlaid. */
  readonly ownName: string;
  readonly friendName: string;
}

/**
 * The six dimensions as a radar. Loaded lazily (recharts is large): the page reserves its box and
 * gives it an accessible name; the score bars above it are its text alternative.
 */
export function RadarChart({ data, ownName, friendName }: RadarChartProps) {
  const comparing = data.some((datum) => datum.friend !== undefined);
  return (
    <ResponsiveContainer
      width="100%"
      height="100%"
      minWidth={240}
      minHeight={240}
      initialDimension={{ width: 300, height: 300 }}
    >
      <RechartsRadarChart data={[...data]} outerRadius="60%" accessibilityLayer={false}>
        <PolarGrid stroke="var(--result-grid)" />
        <PolarAngleAxis dataKey="label" tick={{ fill: 'var(--result-text)', fontSize: 11 }} />
        <PolarRadiusAxis domain={[SCORE_MIN, SCORE_MAX]} tick={false} axisLine={false} />
        <Radar
          name={ownName}
          dataKey="own"
          stroke="var(--accent)"
          strokeWidth={2}
          fill="var(--accent)"
          fillOpacity={0.3}
          isAnimationActive={false}
        />
        {comparing && (
          <Radar
            name={friendName}
            dataKey="friend"
            stroke="var(--result-friend)"
            strokeWidth={2}
            strokeDasharray="6 4"
            fill="var(--result-friend)"
            fillOpacity={0.12}
            isAnimationActive={false}
          />
        )}
        {comparing && <Legend verticalAlign="bottom" />}
      </RechartsRadarChart>
    </ResponsiveContainer>
  );
}
