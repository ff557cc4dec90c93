import { EMBLEMS, EMBLEM_VIEWBOX } from '@/data/emblems';
import type { InvestorTypeId } from '@/data/investor-type-ids';

export interface TypeEmblemProps {
  readonly typeId: InvestorTypeId;
  /** CSS pixels; the emblem is square. */
  readonly size?: number;
  /** The accessible name; without one the emblem is decoration (the type's name stands beside it). */
  readonly title?: string;
}

/**
 * The type's emblem, drawn from src/data/emblems.ts. Colours come from CSS custom properties so
 * the theme switches them: `--emblem-accent` is set per type by the caller's style sheet or falls
 * back to the primary colour.
 */
export function TypeEmblem({ typeId, size = 96, title }: TypeEmblemProps) {
  const colour = (role: string) => `var(--emblem-${role})`;
  return (
    <svg
      className="type-emblem"
      data-type={typeId}
      width={size}
      height={size}
      viewBox={`0 0 ${EMBLEM_VIEWBOX} ${EMBLEM_VIEWBOX}`}
      {...(title === undefined ? { 'aria-hidden': true } : { role: 'img', 'aria-label': title })}
    >
      {EMBLEMS[typeId].shapes.map((shape, index) => (
        <path
          key={index}
          d={shape.d}
          fill={'fill' in shape ? colour(shape.fill) : 'none'}
          {...('stroke' in shape
            ? {
                stroke: colour(shape.stroke),
                strokeWidth: shape.strokeWidth ?? 4,
                strokeLinecap: 'round' as const,
                strokeLinejoin: 'round' as const,
              }
            : {})}
        />
      ))}
    </svg>
  );
}
