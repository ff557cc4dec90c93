/**
 * Writes the site's icons and web app manifest into public/ from the brand mark in
 * src/ui/brand-mark.tsx: favicon.svg, the apple-touch icon, and the manifest's 192/512 px icons
 * (one "maskable", with the safe-zone padding Android crops into a circle). PNGs are rendered with
 * resvg so they match the SVG exactly. tests/ui/icons.test.ts fails when the files in public/ are
 * not what this script writes: run `npm run icons` after changing the mark.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { BRAND_COLOURS, brandMarkSvg } from '../../src/ui/brand-mark';

export interface IconFile {
  /** Relative to public/. */
  readonly path: string;
  readonly contents: Buffer | string;
}

/** Android's maskable safe zone is the inner 80 %: a tenth of padding on each side. */
const MASKABLE_PADDING = 10;

function png(size: number, padding = 0): Buffer {
  return new Resvg(brandMarkSvg(size, padding), { fitTo: { mode: 'width', value: size } })
    .render()
    .asPng();
}

export const MANIFEST = {
  name: '投資心理テスト',
  short_name: '投資心理テスト',
  lang: 'ja',
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#f6f5f1',
  theme_color: BRAND_COLOURS.ground,
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
} as const;

/** Every file this script owns in public/, as it should be. */
export function iconFiles(): IconFile[] {
  return [
    { path: 'favicon.svg', contents: `${brandMarkSvg(32)}\n` },
    // iOS draws its own rounded corners and shows transparency as black: a full square.
    { path: 'apple-touch-icon.png', contents: png(180, 6) },
    { path: 'icons/icon-192.png', contents: png(192) },
    { path: 'icons/icon-512.png', contents: png(512) },
    { path: 'icons/maskable-512.png', contents: png(512, MASKABLE_PADDING) },
    { path: 'manifest.webmanifest', contents: `${JSON.stringify(MANIFEST, null, 2)}\n` },
  ];
}

const isMain =
  process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const publicDir = resolve('public');
  for (const file of iconFiles()) {
    const target = join(publicDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
    console.log(`icons: wrote public/${file.path}`);
  }
}
