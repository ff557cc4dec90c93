/**
 * A type's emblem as standalone SVG markup, for what is not React: the saved-result canvas and the
 * build-time share images. Values come from typed data, never from a reader, so no escaping is
 * needed beyond what the data allows (paths and hex colours).
 */
import { EMBLEMS, EMBLEM_VIEWBOX } from '@/data/emblems';
import type { InvestorTypeId } from '@/data/investor-type-ids';
import { emblemColours, type EmblemTheme } from './emblem-colours';

export function emblemSvgMarkup(
  typeId: InvestorTypeId,
  size: number,
  theme: EmblemTheme = 'light',
): string {
  const colours = emblemColours(typeId, theme);
  const shapes = EMBLEMS[typeId].shapes
    .map((shape) => {
      const fill = 'fill' in shape ? colours[shape.fill] : 'none';
      const stroke =
        'stroke' in shape
          ? ` stroke="${colours[shape.stroke]}" stroke-width="${shape.strokeWidth ?? 4}" stroke-linecap="round" stroke-linejoin="round"`
          : '';
      return `<path d="${shape.d}" fill="${fill}"${stroke}/>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${EMBLEM_VIEWBOX} ${EMBLEM_VIEWBOX}">${shapes}</svg>`;
}
