/**
 * The design tokens in src/ui/global.css: one set, light and dark, and every pair of colours the
 * app puts together readable at WCAG AA (4.5:1 for text, 3:1 for focus rings, boundaries and
 * graphics).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INVESTOR_TYPE_IDS, INVESTOR_TYPES } from '@/data/investor-types';

const css = readFileSync(resolve(process.cwd(), 'src/ui/global.css'), 'utf8');

function block(selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in global.css`);
  return css.slice(start + selector.length + 2, css.indexOf('\n}', start) + 1);
}

function declarations(body: string): Map<string, string> {
  return new Map(
    [...body.matchAll(/^\s*(--[\w-]+):\s*([^;]+);/gm)].map((match) => [
      match[1] ?? '',
      (match[2] ?? '').replace(/\s+/g, ' ').trim(),
    ]),
  );
}

const light = declarations(block(':root'));
const darkByMedia = declarations(block("  :root:not([data-theme='light'])").replace(/^ {2}/gm, ''));
const darkByAttribute = declarations(block(":root[data-theme='dark']"));
const dark = new Map([...light, ...darkByAttribute]);

type Scheme = 'light' | 'dark';
const TOKENS: Readonly<Record<Scheme, Map<string, string>>> = { light, dark };

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (match === null) throw new Error(`not a #rrggbb colour: ${hex}`);
  const value = Number.parseInt(match[1] ?? '', 16);
  const [r, g, b] = [value >> 16, (value >> 8) & 0xff, value & 0xff].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

function colour(scheme: Scheme, token: string): string {
  const value = TOKENS[scheme].get(`--${token}`);
  if (value === undefined) throw new Error(`--${token} has no ${scheme} value`);
  return value;
}

const TEXT = 4.5;
const NON_TEXT = 3;

/** Every foreground/background pair the style sheets use, with the ratio it needs. */
const USED_PAIRS: readonly (readonly [foreground: string, background: string, minimum: number])[] =
  [
    ['--text', '--bg', TEXT],
    ['--text', '--surface', TEXT],
    ['--text', '--surface-sunken', TEXT],
    ['--text', '--primary-soft', TEXT],
    ['--muted', '--bg', TEXT],
    ['--muted', '--surface', TEXT],
    ['--muted', '--surface-sunken', TEXT],
    ['--primary', '--bg', TEXT],
    ['--primary', '--surface', TEXT],
    ['--primary', '--primary-soft', TEXT],
    ['--on-primary', '--primary', TEXT],
    ['--on-primary', '--primary-hover', TEXT],
    ['--highlight', '--bg', TEXT],
    ['--highlight', '--surface', TEXT],
    ['--on-line', '--line', TEXT],
    ['--focus', '--bg', NON_TEXT],
    ['--focus', '--surface', NON_TEXT],
    ['--focus', '--primary-soft', NON_TEXT],
    ['--border-strong', '--surface', NON_TEXT],
    ['--primary', '--surface-sunken', NON_TEXT],
  ];

describe('design tokens', () => {
  it('gives the dark scheme the same values by media query and by data-theme', () => {
    expect(Object.fromEntries(darkByMedia)).toEqual(Object.fromEntries(darkByAttribute));
  });

  it('defines colour, type scale, spacing, radius and elevation tokens', () => {
    const names = [...light.keys()];
    for (const family of [/^--text-\w+$/, /^--space-\d$/, /^--radius/, /^--shadow-\d$/]) {
      expect(names.filter((name) => family.test(name)).length).toBeGreaterThanOrEqual(2);
    }
    for (const name of USED_PAIRS.flat().filter((part) => typeof part === 'string')) {
      expect(light.has(name), name).toBe(true);
    }
  });

  it('keeps LINE green for LINE alone, not the primary colour', () => {
    expect(light.get('--line')).toBe('#06c755');
    const lineGreen = [...css.matchAll(/#06c755/gi)];
    expect(lineGreen).toHaveLength(1);
    expect(light.get('--primary')).not.toBe('#06c755');
  });

  describe.each(['light', 'dark'] as const)('in the %s scheme', (scheme) => {
    it.each(USED_PAIRS)('%s on %s reaches %s:1', (foreground, background, minimum) => {
      const ratio = contrast(
        colour(scheme, foreground.slice(2)),
        colour(scheme, background.slice(2)),
      );
      expect(ratio).toBeGreaterThanOrEqual(minimum);
    });

    it.each(INVESTOR_TYPE_IDS)('keeps the %s accent readable as text', (typeId) => {
      const type = INVESTOR_TYPES[typeId];
      const accent = scheme === 'light' ? type.accentColour : type.accentColourDark;
      for (const background of ['bg', 'surface', 'surface-sunken']) {
        expect(contrast(accent, colour(scheme, background))).toBeGreaterThanOrEqual(TEXT);
      }
      expect(contrast(accent, colour(scheme, 'on-accent'))).toBeGreaterThanOrEqual(TEXT);
    });
  });
});
