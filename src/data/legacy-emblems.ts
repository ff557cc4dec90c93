/**
 * The emblems of the legacy types, which only version 1 and 2 result codes hold: drawn on their
 * result pages and share images, never on the landing page.
 */
import { BADGE, RING, type EmblemArt } from './emblem-art';
import type { LegacyTypeId } from './investor-type-ids';

export const LEGACY_EMBLEMS = {
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
} as const satisfies Readonly<Record<LegacyTypeId, EmblemArt>>;
