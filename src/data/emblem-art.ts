/**
 * How an investor type's emblem is drawn: original artwork as data on a 100x100 canvas (the art
 * itself is in src/data/current-emblems.ts and src/data/legacy-emblems.ts), so the same picture
 * can be rendered by React (src/ui/type-emblem.tsx), as SVG markup for canvases and share
 * images (src/ui/emblem-markup.ts), and checked by tests. Colours are roles, not values: the
 * renderer resolves them against the type's accent for the current theme, so every emblem keeps
 * one visual language and works on light and dark backgrounds.
 */

export const EMBLEM_VIEWBOX = 100;

/** `accent` is the type's colour, `soft` a pale tint of it, `ink` the outline, `paper` the light fill. */
export const EMBLEM_COLOUR_ROLES = ['accent', 'soft', 'ink', 'paper'] as const;
export type EmblemColourRole = (typeof EMBLEM_COLOUR_ROLES)[number];

export interface EmblemShape {
  /** An SVG path in the 100x100 canvas. */
  readonly d: string;
  readonly fill?: EmblemColourRole;
  readonly stroke?: EmblemColourRole;
  /** In canvas units. */
  readonly strokeWidth?: number;
}

export interface EmblemArt {
  readonly shapes: readonly EmblemShape[];
}

/**
 * The visual language, so a new emblem fits the others: a round badge in the soft colour with a
 * thin accent ring; one glyph inside the ring's 44-unit centre (28..72), drawn as solid accent
 * shapes; details cut out in paper (the badge's light) and anchors (ground, pole, wick) in ink;
 * strokes from EMBLEM_STROKE_WIDTHS only, always with round ends.
 */
export const EMBLEM_STROKE_WIDTHS = [1.5, 3, 4, 6, 8] as const;

/** The round badge every emblem sits on, and its ring. */
export const BADGE: EmblemShape = { d: 'M50 4a46 46 0 1 0 0.01 0Z', fill: 'soft' };
export const RING: EmblemShape = {
  d: 'M50 10a40 40 0 1 0 0.01 0Z',
  stroke: 'accent',
  strokeWidth: 1.5,
};
