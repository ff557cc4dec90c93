import { EMBLEM_VIEWBOX, type EmblemArt } from '@/data/emblem-art';
import type { InvestorTypeId } from '@/data/investor-type-ids';

export interface TypeEmblemProps {
  readonly typeId: InvestorTypeId;
  /**
   * The type's art, from src/data/current-emblems.ts or src/data/emblems.ts: the caller picks the
   * module, so a page that shows only the current types does not download the legacy ones.
   */
  readonly art: EmblemArt;
  /** CSS pixels; the emblem is square. */
  readonly size?: number;
  /** The accessible name; without one the emblem is decoration (the type's name stands beside it). */
  readonly title?: string;
}

/**
 * The type's emblem. Colours come from CSS custom properties so
 * the theme switches them: `--emblem-accent` is set per type by the caller's style sheet or falls
 * back to the primary colour.
 */
export function TypeEmblem({ typeId, art, size = 96, title }: TypeEmblemProps) {
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
      {art.shapes.map((shape, index) => (
        <path
          key={index}
          d={shape.d}
          fill={shape.fill === undefined ? 'none' : colour(shape.fill)}
          {...(shape.stroke !== undefined
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
