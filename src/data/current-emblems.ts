/**
 * The emblems of the types the current model makes. The landing page draws these in the first
 * download; the legacy types' emblems (src/data/legacy-emblems.ts) travel with the result page.
 */
import { BADGE, RING, type EmblemArt } from './emblem-art';
import type { CurrentTypeId } from './investor-type-ids';

export const CURRENT_EMBLEMS = {
  'steady-guardian': {
    // A shield with a check: what they have is kept safe first.
    shapes: [
      BADGE,
      RING,
      { d: 'M50 26L70 33V50C70 62 62 70 50 75C38 70 30 62 30 50V33Z', fill: 'accent' },
      { d: 'M41 50L48 57L60 44', stroke: 'paper', strokeWidth: 4 },
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
} as const satisfies Readonly<Record<CurrentTypeId, EmblemArt>>;
