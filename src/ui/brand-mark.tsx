/**
 * The test's mark: a rising line that ends in a bright point, on the primary indigo. Drawn here on
 * a 100x100 canvas; scripts/build/icons.ts renders the favicon, the touch icon and the manifest icons
 * from the same markup, so the header and the home screen show one picture.
 */
export const BRAND_COLOURS = {
  ground: '#1f4f8a',
  line: '#ffffff',
  point: '#f5b25c',
} as const;

const GROUND =
  'M24 4h52a20 20 0 0 1 20 20v52a20 20 0 0 1-20 20H24A20 20 0 0 1 4 76V24A20 20 0 0 1 24 4Z';
const BASELINE = 'M24 77H76';
const RISE = 'M24 64C36 64 38 48 49 48S62 30 72 29';
const POINT = { cx: 74, cy: 28, r: 8 } as const;

/** The mark as standalone SVG markup, for the icon files. `padding` shrinks it inside its square. */
export function brandMarkSvg(size: number, padding = 0): string {
  const scale = (100 - 2 * padding) / 100;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100"><rect width="100" height="100" fill="${padding > 0 ? BRAND_COLOURS.ground : 'none'}"/><g transform="translate(${padding} ${padding}) scale(${scale})"><path d="${GROUND}" fill="${BRAND_COLOURS.ground}"/><path d="${BASELINE}" stroke="${BRAND_COLOURS.line}" stroke-opacity="0.45" stroke-width="4" stroke-linecap="round" fill="none"/><path d="${RISE}" stroke="${BRAND_COLOURS.line}" stroke-width="8" stroke-linecap="round" stroke-linejoin="round" fill="none"/><circle cx="${POINT.cx}" cy="${POINT.cy}" r="${POINT.r}" fill="${BRAND_COLOURS.point}"/></g></svg>`;
}

/** The mark beside the site's name in the header: decoration, the name says what it is. */
export function BrandMark() {
  return (
    <svg className="site-header__mark" viewBox="0 0 100 100" aria-hidden="true">
      <path d={GROUND} fill={BRAND_COLOURS.ground} />
      <path
        d={BASELINE}
        stroke={BRAND_COLOURS.line}
        strokeOpacity="0.45"
        strokeWidth="4"
        strokeLinecap="round"
        fill="none"
      />
      <path
        d={RISE}
        stroke={BRAND_COLOURS.line}
        strokeWidth="8"
        strokeLinecap="round"
        strokeLinejoin="round"
        fill="none"
      />
      <circle cx={POINT.cx} cy={POINT.cy} r={POINT.r} fill={BRAND_COLOURS.point} />
    </svg>
  );
}
