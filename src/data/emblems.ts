/**
 * One emblem per investor type: original artwork as data, drawn on a 100x100 canvas, so the same
 * picture can be rendered by React (src/ui/type-emblem.tsx), as SVG markup for canvases and share
 * images (src/ui/emblem-markup.ts), and checked by tests. Colours are roles, not values: the
 * renderer resolves them against the type's accent for the current theme, so every emblem keeps
 * one visual language and works on light and dark backgrounds.
 */
import type { InvestorTypeId } from './investor-types';

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

/** The round badge every emblem sits on. */
const BADGE: EmblemShape = { d: 'M50 4a46 46 0 1 0 0.01 0Z', fill: 'soft' };

export const EMBLEMS = {
  'steady-guardian': {
    // A shield: what they protect comes first.
    shapes: [
      BADGE,
      { d: 'M50 20 L74 29 V50 C74 66 63 76 50 81 C37 76 26 66 26 50 V29 Z', fill: 'accent' },
      { d: 'M40 50 L47 57 L61 42', stroke: 'paper', strokeWidth: 5 },
    ],
  },
  'careful-learner': {
    // An open book.
    shapes: [
      BADGE,
      { d: 'M22 32 C32 28 42 29 50 35 V74 C42 68 32 67 22 71 Z', fill: 'accent' },
      { d: 'M78 32 C68 28 58 29 50 35 V74 C58 68 68 67 78 71 Z', fill: 'accent' },
      { d: 'M50 35 V74', stroke: 'paper', strokeWidth: 3 },
    ],
  },
  'trend-follower': {
    // Waves, one riding on another.
    shapes: [
      BADGE,
      { d: 'M18 58 C28 46 38 46 48 58 C58 70 68 70 82 56', stroke: 'accent', strokeWidth: 8 },
      { d: 'M18 40 C28 28 38 28 48 40 C58 52 68 52 82 38', stroke: 'accent', strokeWidth: 5 },
    ],
  },
  'independent-analyst': {
    // A magnifying glass.
    shapes: [
      BADGE,
      { d: 'M44 24 a20 20 0 1 0 0.01 0Z', fill: 'paper', stroke: 'accent', strokeWidth: 7 },
      { d: 'M58 58 L76 76', stroke: 'accent', strokeWidth: 10 },
    ],
  },
  'bold-adventurer': {
    // A summit with a flag.
    shapes: [
      BADGE,
      { d: 'M16 78 L42 34 L56 56 L64 46 L86 78 Z', fill: 'accent' },
      { d: 'M42 34 V18', stroke: 'ink', strokeWidth: 3 },
      { d: 'M42 18 L56 23 L42 28 Z', fill: 'ink' },
    ],
  },
  'balanced-navigator': {
    // A compass needle.
    shapes: [
      BADGE,
      { d: 'M50 22 a28 28 0 1 0 0.01 0Z', fill: 'paper', stroke: 'accent', strokeWidth: 5 },
      { d: 'M50 28 L57 50 L50 72 L43 50 Z', fill: 'accent' },
      { d: 'M50 46 a4 4 0 1 0 0.01 0Z', fill: 'paper' },
    ],
  },
  'patient-grower': {
    // A sprout growing from the ground.
    shapes: [
      BADGE,
      { d: 'M50 78 V44', stroke: 'accent', strokeWidth: 6 },
      { d: 'M50 52 C38 52 28 44 28 30 C42 30 50 38 50 52 Z', fill: 'accent' },
      { d: 'M50 46 C60 46 72 40 72 26 C58 26 50 34 50 46 Z', fill: 'accent' },
      { d: 'M26 78 H74', stroke: 'ink', strokeWidth: 4 },
    ],
  },
  'chart-strategist': {
    // Three candlesticks, rising.
    shapes: [
      BADGE,
      { d: 'M30 50 V76 M50 38 V70 M70 22 V58', stroke: 'ink', strokeWidth: 3 },
      { d: 'M24 56 H36 V70 H24 Z', fill: 'accent' },
      { d: 'M44 44 H56 V62 H44 Z', fill: 'paper', stroke: 'accent', strokeWidth: 4 },
      { d: 'M64 28 H76 V50 H64 Z', fill: 'accent' },
    ],
  },
} as const satisfies Readonly<Record<InvestorTypeId, EmblemArt>>;
