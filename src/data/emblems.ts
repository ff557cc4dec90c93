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

/**
 * The visual language, so a new emblem fits the others: a round badge in the soft colour with a
 * thin accent ring; one glyph inside the ring's 44-unit centre (28..72), drawn as solid accent
 * shapes; details cut out in paper (the badge's light) and anchors (ground, pole, wick) in ink;
 * strokes from EMBLEM_STROKE_WIDTHS only, always with round ends.
 */
export const EMBLEM_STROKE_WIDTHS = [1.5, 3, 4, 6, 8] as const;

/** The round badge every emblem sits on, and its ring. */
const BADGE: EmblemShape = { d: 'M50 4a46 46 0 1 0 0.01 0Z', fill: 'soft' };
const RING: EmblemShape = { d: 'M50 10a40 40 0 1 0 0.01 0Z', stroke: 'accent', strokeWidth: 1.5 };

export const EMBLEMS = {
  'steady-guardian': {
    // A shield with a check: what they have is kept safe first.
    shapes: [
      BADGE,
      RING,
      { d: 'M50 26L70 33V50C70 62 62 70 50 75C38 70 30 62 30 50V33Z', fill: 'accent' },
      { d: 'M41 50L48 57L60 44', stroke: 'paper', strokeWidth: 4 },
    ],
  },
  'careful-learner': {
    // An open book with a bookmark: learning a step at a time.
    shapes: [
      BADGE,
      RING,
      { d: 'M28 36C36 33 44 34 50 39V70C44 66 36 65 28 67Z', fill: 'accent' },
      { d: 'M72 36C64 33 56 34 50 39V70C56 66 64 65 72 67Z', fill: 'accent' },
      { d: 'M50 39V70', stroke: 'paper', strokeWidth: 3 },
      { d: 'M60 35V47L63 44L66 47V34.5', fill: 'ink' },
    ],
  },
  'trend-follower': {
    // Two waves, one riding on the other: moving with the flow.
    shapes: [
      BADGE,
      RING,
      { d: 'M28 58C34 50 40 50 46 58S58 66 64 58 70 52 72 52', stroke: 'accent', strokeWidth: 6 },
      { d: 'M28 42C34 34 40 34 46 42S58 50 64 42 70 36 72 36', stroke: 'accent', strokeWidth: 4 },
    ],
  },
  'independent-analyst': {
    // A magnifying glass: looking for themselves.
    shapes: [
      BADGE,
      RING,
      { d: 'M57 57L70 70', stroke: 'ink', strokeWidth: 8 },
      { d: 'M46 30a16 16 0 1 0 0.01 0Z', fill: 'paper', stroke: 'accent', strokeWidth: 6 },
      { d: 'M38 44A8 8 0 0 1 46 36', stroke: 'accent', strokeWidth: 3 },
    ],
  },
  'bold-adventurer': {
    // A summit with a flag: stepping out when the chance comes.
    shapes: [
      BADGE,
      RING,
      { d: 'M26 72L44 40L53 55L59 47L74 72Z', fill: 'accent' },
      { d: 'M39 49L44 40L49 48L46 46L43 49Z', fill: 'paper' },
      { d: 'M44 40V26', stroke: 'ink', strokeWidth: 3 },
      { d: 'M44 26L57 30L44 34Z', fill: 'ink' },
    ],
  },
  'balanced-navigator': {
    // A compass: steady at the helm, leaning to neither side.
    shapes: [
      BADGE,
      RING,
      { d: 'M50 28a22 22 0 1 0 0.01 0Z', fill: 'paper', stroke: 'accent', strokeWidth: 4 },
      { d: 'M50 32L56 50L50 68L44 50Z', fill: 'accent' },
      { d: 'M50 32L56 50H44Z', fill: 'ink' },
      { d: 'M50 46.5a3.5 3.5 0 1 0 0.01 0Z', fill: 'paper' },
    ],
  },
  'patient-grower': {
    // A sprout from the ground: time on their side.
    shapes: [
      BADGE,
      RING,
      { d: 'M50 72V48', stroke: 'accent', strokeWidth: 4 },
      { d: 'M50 58C40 58 31 52 31 41C42 41 50 47 50 58Z', fill: 'accent' },
      { d: 'M50 51C59 51 69 46 69 34C58 34 50 40 50 51Z', fill: 'accent' },
      { d: 'M32 72H68', stroke: 'ink', strokeWidth: 3 },
    ],
  },
  'chart-strategist': {
    // Three candlesticks, rising: rules and charts.
    shapes: [
      BADGE,
      RING,
      { d: 'M36 50V72M50 40V66M64 28V56', stroke: 'ink', strokeWidth: 3 },
      { d: 'M31 55H41V68H31Z', fill: 'accent' },
      { d: 'M45 45H55V60H45Z', fill: 'paper', stroke: 'accent', strokeWidth: 3 },
      { d: 'M59 33H69V50H59Z', fill: 'accent' },
    ],
  },
} as const satisfies Readonly<Record<InvestorTypeId, EmblemArt>>;
