import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart as RechartsRadarChart,
} from 'recharts';
import { SCORE_MAX, SCORE_MIN } from '@/data/dimensions';
import type { RadarDatum } from './chart-data';

export interface RadarChartProps {
  readonly data: readonly RadarDatum[];
  /** Series names when two profiles are overlaid (the legend is the page's, below the chart). */
  readonly ownName: string;
  readonly friendName: string;
}

interface TickProps {
  readonly x?: number | string;
  readonly y?: number | string;
  readonly textAnchor?: string;
  readonly payload?: { readonly index?: number };
}

/**
 * The chart fills its box and follows the box's size itself (recharts' `responsive`), which spares
 * the result page ResponsiveContainer's code.
 */
const CHART_SIZE = { width: '100%', height: '100%', minWidth: 240, minHeight: 240 } as const;

/**
 * The six dimensions as a radar, each axis labelled with its name and value(s). Loaded lazily
 * (recharts is large); the scales above it are its text alternative.
 */
export function RadarChart({ data, ownName, friendName }: RadarChartProps) {
  const comparing = data.some((datum) => datum.friend !== undefined);
  const tick = ({ x = 0, y = 0, textAnchor = 'middle', payload }: TickProps) => {
    const datum = data[payload?.index ?? -1];
    if (datum === undefined) return <g />;
    const anchor = textAnchor === 'start' || textAnchor === 'end' ? textAnchor : 'middle';
    return (
      <text x={Number(x)} y={Number(y)} textAnchor={anchor} className="radar-tick">
        <tspan x={Number(x)} dy="-0.2em">
          {datum.label}
        </tspan>
        <tspan x={Number(x)} dy="1.2em" className="radar-tick__value">
          {datum.friend === undefined ? datum.own : `${datum.own} / ${datum.friend}`}
        </tspan>
      </text>
    );
  };
  return (
    <RechartsRadarChart
      responsive
      style={CHART_SIZE}
      data={[...data]}
      outerRadius="58%"
      accessibilityLayer={false}
    >
      <PolarGrid stroke="var(--result-grid)" />
      <PolarAngleAxis dataKey="label" tick={tick} />
      <PolarRadiusAxis domain={[SCORE_MIN, SCORE_MAX]} tick={false} axisLine={false} />
      <Radar
        name={ownName}
        dataKey="own"
        stroke="var(--accent)"
        strokeWidth={2.5}
        fill="var(--accent)"
        fillOpacity={0.25}
        isAnimationActive={false}
      />
      {comparing && (
        <Radar
          name={friendName}
          dataKey="friend"
          stroke="var(--result-friend)"
          strokeWidth={2.5}
          strokeDasharray="2 5"
          strokeLinecap="round"
          fill="none"
          isAnimationActive={false}
        />
      )}
    </RechartsRadarChart>
  );
}
