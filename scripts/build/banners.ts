/**
 * The banner kit, drawn at build time from the site's own mark, colours and texts: one PNG per
 * size in src/data/banners.ts and language (dist/banners/<size>-<lang>.png). Original art: the
 * test's mark, its name, the landing page's question and facts, and a start button.
 *
 * Usage: tsx scripts/build/banners.ts [outDir]   (default dist; run after the app build)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import i18next from 'i18next';
import type { Font } from 'satori';
import { BANNER_SIZES, bannerPath, type BannerSize } from '@/data/banners';
import { QUESTIONS } from '@/data/questions';
import { common as commonEn } from '@/i18n/resources/en/common';
import { common as commonJa } from '@/i18n/resources/ja/common';
import { LANGUAGES, type Language } from '@/i18n/languages';
import { minutesFor } from '@/data/quiz-length';
import { BRAND_COLOURS, brandMarkSvg } from '@/ui/brand-mark';
import { h, loadFonts, renderPng, type Node } from './satori-png';

const COMMON = { ja: commonJa, en: commonEn } as const;
const PAPER = '#fbfaf7';
const INK = '#1f2328';
const MUTED = '#57606a';

/** The common texts of one language, filled by i18next as the app fills them. */
function commonT(language: Language) {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: language,
    resources: { [language]: { common: COMMON[language] } },
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

/** What every banner says, in one language. */
export function bannerTexts(language: Language) {
  const common = COMMON[language];
  const t = commonT(language);
  const count = QUESTIONS.length;
  const separator = language === 'ja' ? '・' : ' · ';
  const length = [
    t('landing.facts.questions', { count }),
    t('landing.facts.minutes', { count: minutesFor(count) }),
  ];
  return {
    name: common.appName,
    question: common.landing.title,
    facts: [...length, common.landing.facts.noSignUp].join(separator),
    /** For the narrowest strip: the length alone. */
    shortFacts: length.join(separator),
    start: common.landing.start,
  };
}

function mark(size: number): Node {
  const svg = brandMarkSvg(size);
  return h('img', {
    src: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
    width: size,
    height: size,
  });
}

function button(text: string, fontSize: number): Node {
  return h(
    'div',
    {
      style: {
        display: 'flex',
        flexShrink: 0,
        alignItems: 'center',
        padding: `${Math.round(fontSize * 0.5)}px ${Math.round(fontSize * 1.1)}px`,
        borderRadius: 999,
        background: BRAND_COLOURS.ground,
        color: '#ffffff',
        fontSize,
        fontWeight: 700,
      },
    },
    text,
  );
}

/** A strip (wider than tall): mark, name and question, the facts, and the button on the right. */
function strip(size: BannerSize, language: Language): Node {
  const texts = bannerTexts(language);
  const unit = size.height;
  const wide = size.width >= 600;
  const showFacts = unit >= 80;
  return h(
    'div',
    {
      style: {
        display: 'flex',
        alignItems: 'center',
        width: size.width,
        height: size.height,
        padding: `0 ${Math.round(unit * 0.18)}px`,
        gap: Math.round(unit * 0.16),
        boxSizing: 'border-box',
        background: PAPER,
        borderLeft: `${Math.max(4, Math.round(unit * 0.08))}px solid ${BRAND_COLOURS.point}`,
        fontFamily: 'Noto Sans JP',
        color: INK,
      },
    },
    mark(Math.round(unit * (showFacts ? (wide ? 0.56 : 0.44) : 0.64))),
    h(
      'div',
      {
        style: {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          flexShrink: 1,
          flexBasis: 0,
          minWidth: 0,
        },
      },
      h(
        'div',
        {
          style: {
            fontSize: Math.round(unit * (showFacts ? (wide ? 0.15 : 0.13) : 0.2)),
            color: MUTED,
            fontWeight: 700,
          },
        },
        texts.name,
      ),
      h(
        'div',
        {
          style: {
            fontSize: Math.round(unit * (wide || !showFacts ? 0.28 : 0.15)),
            fontWeight: 700,
          },
        },
        texts.question,
      ),
      ...(showFacts
        ? [
            h(
              'div',
              { style: { fontSize: Math.round(unit * (wide ? 0.14 : 0.12)), color: MUTED } },
              wide ? texts.facts : texts.shortFacts,
            ),
          ]
        : []),
    ),
    ...(size.width >= 440
      ? [button(texts.start, Math.round(unit * (showFacts ? 0.18 : 0.22)))]
      : []),
  );
}

/** A block (square or nearly): everything stacked and centred. */
function block(size: BannerSize, language: Language): Node {
  const texts = bannerTexts(language);
  const unit = size.width;
  return h(
    'div',
    {
      style: {
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        width: size.width,
        height: size.height,
        padding: Math.round(unit * 0.04),
        gap: Math.round(unit * 0.022),
        boxSizing: 'border-box',
        background: PAPER,
        borderTop: `${Math.round(unit * 0.025)}px solid ${BRAND_COLOURS.point}`,
        fontFamily: 'Noto Sans JP',
        color: INK,
        textAlign: 'center',
      },
    },
    mark(Math.round(unit * (size.height < size.width ? 0.13 : 0.18))),
    h(
      'div',
      { style: { fontSize: Math.round(unit * 0.055), color: MUTED, fontWeight: 700 } },
      texts.name,
    ),
    h(
      'div',
      { style: { fontSize: Math.round(unit * 0.075), fontWeight: 700, maxWidth: '100%' } },
      texts.question,
    ),
    h('div', { style: { fontSize: Math.round(unit * 0.042), color: MUTED } }, texts.facts),
    button(texts.start, Math.round(unit * 0.055)),
  );
}

/** Renders one banner as PNG bytes. */
export async function renderBanner(
  size: BannerSize,
  language: Language,
  fonts: Font[] = loadFonts(),
): Promise<Buffer> {
  const node = size.width >= size.height * 2 ? strip(size, language) : block(size, language);
  return renderPng(node, fonts, size.width, size.height);
}

/** Writes every banner under `outDir` and returns the written paths, relative to it. */
export async function writeBanners(outDir: string): Promise<string[]> {
  const fonts = loadFonts();
  mkdirSync(join(outDir, 'banners'), { recursive: true });
  const written: string[] = [];
  for (const language of LANGUAGES) {
    for (const size of BANNER_SIZES) {
      const path = bannerPath(size.id, language);
      writeFileSync(join(outDir, path), await renderBanner(size, language, fonts));
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
  const written = await writeBanners(outDir);
  console.log(
    `banners: wrote ${written.length} banners to ${join(outDir, 'banners')} in ${Date.now() - started} ms`,
  );
}
