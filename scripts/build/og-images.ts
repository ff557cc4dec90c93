/**
 * Share images, drawn at build time from the model itself so they never drift from it: one
 * 1200x630 PNG per investor type and language (dist/og/<typeId>-<lang>.png) with the type's name,
 * catchphrase, accent colour and the radar shape of its prototype scores, and one for the landing
 * page (dist/og/landing-<lang>.png). satori lays the card out as SVG with Noto Sans JP from npm,
 * @resvg/resvg-js turns it into a PNG. No network, no system font.
 *
 * Usage: tsx scripts/build/og-images.ts [outDir]   (default dist; run after the app build)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Font } from 'satori';
import { DIMENSION_IDS, type DimensionId } from '@/data/dimensions';
import { INVESTOR_TYPE_IDS, INVESTOR_TYPES, type InvestorTypeId } from '@/data/investor-types';
import { SITE } from '@/data/site';
import { modelText as modelTextEn } from '@/data/text/en';
import { modelText as modelTextJa } from '@/data/text/ja';
import { common as commonEn } from '@/i18n/resources/en/common';
import { common as commonJa } from '@/i18n/resources/ja/common';
import { LANGUAGES, type Language } from '@/i18n/languages';
import { emblemSvgMarkup } from '@/ui/emblem-markup';
import { h, loadFonts, renderPng, type Node } from './satori-png';
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH, SHARE_PAGES, ogImagePath } from './share-meta';

/** Platforms refuse or shrink larger images (docs: under 1 MB for LINE, X and Facebook). */
export const OG_IMAGE_MAX_BYTES = 1024 * 1024;

const TEXTS = {
  ja: { common: commonJa, model: modelTextJa },
  en: { common: commonEn, model: modelTextEn },
} as const;

const INK = '#1f2328';
const MUTED = '#57606a';
const PAPER = '#fbfaf7';
const GRID = '#d0d7de';

/** Where a 0-100 score on axis `index` of six lands, for a radar centred at (c, c) with radius r. */
export function radarPoint(index: number, score: number, c: number, r: number): [number, number] {
  const angle = -Math.PI / 2 + (index * 2 * Math.PI) / DIMENSION_IDS.length;
  const distance = (Math.max(0, Math.min(100, score)) / 100) * r;
  return [c + distance * Math.cos(angle), c + distance * Math.sin(angle)];
}

function polygon(scores: Readonly<Record<DimensionId, number>>, c: number, r: number): string {
  return DIMENSION_IDS.map((id, index) =>
    radarPoint(index, scores[id], c, r)
      .map((v) => v.toFixed(1))
      .join(','),
  ).join(' ');
}

const RADAR_SIZE = 440;
const EMBLEM_SIZE = 96;
const RADAR_RADIUS = 140;

/** The radar: grid rings, axes, one filled shape per profile, and each axis named around it. */
function radar(
  language: Language,
  shapes: readonly {
    scores: Readonly<Record<DimensionId, number>>;
    colour: string;
    fill: number;
  }[],
): Node {
  const c = RADAR_SIZE / 2;
  const rings = [25, 50, 75, 100].map((level) =>
    h('polygon', {
      points: polygon(
        Object.fromEntries(DIMENSION_IDS.map((id) => [id, level])) as Record<DimensionId, number>,
        c,
        RADAR_RADIUS,
      ),
      fill: 'none',
      stroke: GRID,
      'stroke-width': level === 100 ? 2 : 1,
    }),
  );
  const axes = DIMENSION_IDS.map((_id, index) => {
    const [x, y] = radarPoint(index, 100, c, RADAR_RADIUS);
    return h('line', {
      x1: c,
      y1: c,
      x2: x.toFixed(1),
      y2: y.toFixed(1),
      stroke: GRID,
      'stroke-width': 1,
    });
  });
  const areas = shapes.map((shape) =>
    h('polygon', {
      points: polygon(shape.scores, c, RADAR_RADIUS),
      fill: shape.colour,
      'fill-opacity': shape.fill,
      stroke: shape.colour,
      'stroke-width': 4,
      'stroke-linejoin': 'round',
    }),
  );
  // Each name sits just outside its axis end, aligned away from the chart so none crosses a line.
  const labelWidth = 180;
  const labels = DIMENSION_IDS.map((id, index) => {
    const [x, y] = radarPoint(index, 100, c, RADAR_RADIUS + 14);
    const side = Math.abs(x - c) < 1 ? 'centre' : x < c ? 'left' : 'right';
    const left = side === 'centre' ? x - labelWidth / 2 : side === 'left' ? x - labelWidth : x;
    const top = side === 'centre' ? (y < c ? y - 30 : y) : y - 15;
    return h(
      'div',
      {
        style: {
          position: 'absolute',
          left,
          top,
          width: labelWidth,
          display: 'flex',
          justifyContent:
            side === 'centre' ? 'center' : side === 'left' ? 'flex-end' : 'flex-start',
          textAlign: side === 'left' ? 'right' : 'left',
          fontSize: language === 'ja' ? 21 : 18,
          lineHeight: 1.2,
          color: MUTED,
        },
      },
      TEXTS[language].model.dimensions[id].name,
    );
  });
  return h(
    'div',
    { style: { position: 'relative', width: RADAR_SIZE, height: RADAR_SIZE, display: 'flex' } },
    h(
      'svg',
      { width: RADAR_SIZE, height: RADAR_SIZE, viewBox: `0 0 ${RADAR_SIZE} ${RADAR_SIZE}` },
      ...rings,
      ...axes,
      ...areas,
    ),
    ...labels,
  );
}

/** The card every image shares: accent band, text on the left, radar on the right, site at the foot. */
function card(language: Language, accent: string, text: Node[], chart: Node): Node {
  const operator = SITE.operator.name[language];
  const site = new URL(SITE.origin).host;
  return h(
    'div',
    {
      style: {
        width: OG_IMAGE_WIDTH,
        height: OG_IMAGE_HEIGHT,
        display: 'flex',
        flexDirection: 'column',
        backgroundColor: PAPER,
        fontFamily: 'Noto Sans JP',
        color: INK,
      },
    },
    h('div', { style: { height: 18, backgroundColor: accent, display: 'flex' } }),
    h(
      'div',
      {
        style: {
          flex: 1,
          display: 'flex',
          flexDirection: 'row',
          alignItems: 'center',
          padding: '0 40px 0 72px',
        },
      },
      h(
        'div',
        { style: { flex: 1, display: 'flex', flexDirection: 'column', paddingRight: 24 } },
        ...text,
      ),
      chart,
    ),
    h(
      'div',
      {
        style: {
          display: 'flex',
          justifyContent: 'space-between',
          padding: '0 72px 36px',
          fontSize: 22,
          color: MUTED,
        },
      },
      h('div', { style: { display: 'flex' } }, `${TEXTS[language].common.appName}  ·  ${operator}`),
      h('div', { style: { display: 'flex' } }, site),
    ),
  );
}

/** Japanese names stay on one line (a break inside a word reads badly); English wraps between words. */
function nameFontSize(name: string, language: Language): number {
  if (language === 'en') return 60;
  return Math.max(48, Math.min(76, Math.floor(580 / Array.from(name).length)));
}

function typeCard(typeId: InvestorTypeId, language: Language): Node {
  const type = INVESTOR_TYPES[typeId];
  const text = TEXTS[language].model.types[typeId];
  const eyebrow = language === 'ja' ? 'あなたの投資家タイプ' : 'Investor type';
  const emblem = `data:image/svg+xml;base64,${Buffer.from(emblemSvgMarkup(typeId, EMBLEM_SIZE)).toString('base64')}`;
  return card(
    language,
    type.accentColour,
    [
      h(
        'div',
        { style: { display: 'flex', alignItems: 'center', marginBottom: 16 } },
        h('img', {
          src: emblem,
          width: EMBLEM_SIZE,
          height: EMBLEM_SIZE,
          style: { marginRight: 20 },
        }),
        h('div', { style: { fontSize: 28, color: MUTED, display: 'flex' } }, eyebrow),
      ),
      h(
        'div',
        {
          style: {
            fontSize: nameFontSize(text.name, language),
            fontWeight: 700,
            color: type.accentColour,
            lineHeight: 1.15,
            display: 'flex',
          },
        },
        text.name,
      ),
      h(
        'div',
        { style: { fontSize: 36, marginTop: 28, lineHeight: 1.45, display: 'flex', color: INK } },
        text.catchphrase,
      ),
    ],
    radar(language, [{ scores: type.prototype, colour: type.accentColour, fill: 0.22 }]),
  );
}

function landingCard(language: Language): Node {
  const { common } = TEXTS[language];
  return card(
    language,
    INVESTOR_TYPES['steady-guardian'].accentColour,
    [
      h(
        'div',
        { style: { fontSize: 28, color: MUTED, marginBottom: 12, display: 'flex' } },
        common.landing.eyebrow,
      ),
      h(
        'div',
        {
          style: {
            fontSize: language === 'ja' ? 80 : 64,
            fontWeight: 700,
            lineHeight: 1.15,
            display: 'flex',
          },
        },
        common.appName,
      ),
      h(
        'div',
        { style: { fontSize: 40, marginTop: 28, lineHeight: 1.4, display: 'flex' } },
        common.landing.title,
      ),
    ],
    // Every type's shape at once: the test finds which one is yours.
    radar(
      language,
      INVESTOR_TYPE_IDS.map((id) => ({
        scores: INVESTOR_TYPES[id].prototype,
        colour: INVESTOR_TYPES[id].accentColour,
        fill: 0.04,
      })),
    ),
  );
}

export type OgImage =
  { readonly kind: 'landing' } | { readonly kind: 'result'; readonly typeId: InvestorTypeId };

/** Renders one share image as PNG bytes. `fonts` can be shared across calls (loading them is slow). */
export async function renderOgImage(
  image: OgImage,
  language: Language,
  fonts: Font[] = loadFonts(),
): Promise<Buffer> {
  return renderPng(
    image.kind === 'landing' ? landingCard(language) : typeCard(image.typeId, language),
    fonts,
    OG_IMAGE_WIDTH,
    OG_IMAGE_HEIGHT,
  );
}

/** Writes every share image under `outDir` and returns the written paths, relative to it. */
export async function writeOgImages(outDir: string): Promise<string[]> {
  const fonts = loadFonts();
  mkdirSync(join(outDir, 'og'), { recursive: true });
  const written: string[] = [];
  for (const language of LANGUAGES) {
    // One image per file the pages of the route manifest point to.
    const images = new Map(SHARE_PAGES.map((page) => [ogImagePath(page, language), page]));
    for (const [path, page] of images) {
      const image: OgImage =
        page.typeId === undefined ? { kind: 'landing' } : { kind: 'result', typeId: page.typeId };
      const png = await renderOgImage(image, language, fonts);
      if (png.length > OG_IMAGE_MAX_BYTES)
        throw new Error(`og-images: ${path} is ${png.length} bytes, over 1 MB`);
      writeFileSync(join(outDir, path), png);
      written.push(path);
    }
  }
  return written;
}

if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  const outDir = resolve(process.argv[2] ?? 'dist');
  const started = Date.now();
  const written = await writeOgImages(outDir);
  console.log(
    `og-images: wrote ${written.length} images to ${join(outDir, 'og')} in ${Date.now() - started} ms`,
  );
}
