import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  EMBLEMS,
  EMBLEM_COLOUR_ROLES,
  EMBLEM_STROKE_WIDTHS,
  EMBLEM_VIEWBOX,
  type EmblemShape,
} from '@/data/emblems';
import { CURRENT_EMBLEMS } from '@/data/current-emblems';
import { CURRENT_TYPE_IDS } from '@/data/investor-type-ids';
import { INVESTOR_TYPE_IDS } from '@/data/investor-types';

const role = z.enum(EMBLEM_COLOUR_ROLES);

/** Path data made of commands and numbers only, every number inside the 100x100 canvas. */
const pathData = z
  .string()
  .regex(/^[MLHVCSQTAZmlhvcsqtaz0-9.,\s-]+$/, 'only path commands and numbers')
  .refine(
    (d) => (d.match(/-?\d*\.?\d+/g) ?? []).map(Number).every((n) => n >= 0 && n <= EMBLEM_VIEWBOX),
    'a number outside the canvas',
  );

const shape = z
  .object({
    d: pathData,
    fill: role.optional(),
    stroke: role.optional(),
    strokeWidth: z
      .number()
      .refine((width) => (EMBLEM_STROKE_WIDTHS as readonly number[]).includes(width))
      .optional(),
  })
  .strict()
  .refine((s) => s.fill !== undefined || s.stroke !== undefined, 'a shape nobody can see')
  .refine(
    (s) => (s.strokeWidth === undefined) === (s.stroke === undefined),
    'a width without a stroke',
  );

const emblem = z.object({ shapes: z.array(shape).min(3) }).strict();

describe('the emblems', () => {
  it('draw one emblem for every investor type and none for a type the model does not have', () => {
    expect(Object.keys(EMBLEMS).sort()).toEqual([...INVESTOR_TYPE_IDS].sort());
  });

  it("give the landing page the current model's types, drawn as on their result pages", () => {
    expect(Object.keys(CURRENT_EMBLEMS).sort()).toEqual([...CURRENT_TYPE_IDS].sort());
    for (const typeId of CURRENT_TYPE_IDS) expect(CURRENT_EMBLEMS[typeId]).toBe(EMBLEMS[typeId]);
  });

  it.each(INVESTOR_TYPE_IDS)('draws %s in the shared visual language', (typeId) => {
    const art = EMBLEMS[typeId];
    expect(emblem.safeParse(art).error?.issues ?? []).toEqual([]);
    const shapes: readonly EmblemShape[] = art.shapes;
    // Every emblem sits on the same soft badge and ring, and its glyph is in the type's accent.
    expect(shapes[0]).toEqual({ d: 'M50 4a46 46 0 1 0 0.01 0Z', fill: 'soft' });
    expect(shapes[1]).toEqual({
      d: 'M50 10a40 40 0 1 0 0.01 0Z',
      stroke: 'accent',
      strokeWidth: 1.5,
    });
    expect(shapes.slice(2).some((s) => s.fill === 'accent' || s.stroke === 'accent')).toBe(true);
  });

  it('gives every type a picture of its own', () => {
    const pictures = INVESTOR_TYPE_IDS.map((typeId) =>
      EMBLEMS[typeId].shapes
        .slice(2)
        .map((s) => s.d)
        .join(' '),
    );
    expect(new Set(pictures).size).toBe(INVESTOR_TYPE_IDS.length);
  });

  it('rejects art outside the language', () => {
    expect(shape.safeParse({ d: 'M0 0L120 0', stroke: 'accent', strokeWidth: 3 }).success).toBe(
      false,
    );
    expect(shape.safeParse({ d: 'M0 0L10 0', stroke: 'accent', strokeWidth: 7 }).success).toBe(
      false,
    );
    expect(shape.safeParse({ d: 'M0 0L10 0', fill: 'red' }).success).toBe(false);
    expect(shape.safeParse({ d: 'M0 0L10 0' }).success).toBe(false);
  });
});
