/** The cheap half of the size budgets, from the built files (no browser, no Lighthouse). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEGACY_EMBLEMS } from '@/data/legacy-emblems';
import { SIZE_CEILINGS, measureBuild, staticImports } from '../../scripts/lab/lib/bundle-size';
import { distDir, requireBuild } from './built-site';

describe('the JavaScript the build ships', () => {
  requireBuild();
  const sizes = measureBuild(distDir);

  // The targets (110 / 220 KB) are printed by scripts/lab/check-size.ts; the test holds the
  // enforced ceilings so the bundle cannot grow while the targets wait on a stack decision.
  it('keeps the landing page, its Japanese texts and the question flow under the enforced ceiling', () => {
    expect(sizes.files.some((file) => file.initial)).toBe(true);
    expect(sizes.files.some((file) => file.initial && file.file.includes('/texts-ja-start-'))).toBe(
      true,
    );
    expect(sizes.initialGzip).toBeLessThanOrEqual(SIZE_CEILINGS.initialJsGzip);
  });

  it('keeps all of the app under the enforced ceiling', () => {
    expect(sizes.totalGzip).toBeLessThanOrEqual(SIZE_CEILINGS.totalJsGzip);
  });

  it("leaves the legacy types' emblems to the result page", () => {
    const initialCode = sizes.files
      .filter((file) => file.initial)
      .map((file) => readFileSync(join(distDir, file.file), 'utf8'))
      .join('\n');
    // Each legacy emblem's glyph (the shapes after the shared badge and ring).
    const glyphs = Object.values(LEGACY_EMBLEMS).flatMap((art) =>
      art.shapes.slice(2).map((shape) => shape.d),
    );
    expect(glyphs.length).toBeGreaterThan(0);
    expect(glyphs.filter((d) => initialCode.includes(d))).toEqual([]);
  });

  it('leaves recharts out of the initial download', () => {
    expect(
      sizes.files.filter((file) => file.initial && file.hasRecharts).map((file) => file.file),
    ).toEqual([]);
  });
});

describe('finding static imports in built modules', () => {
  it.each([
    ['import{a as b,c}from"./vendor-1.js";', ['./vendor-1.js']],
    [
      'import"./side-effect.js";export{x}from"./re-export.js";',
      ['./side-effect.js', './re-export.js'],
    ],
    ['import * as ns from "/assets/ns.js"', ['/assets/ns.js']],
    ['const lazy=()=>import("./lazy.js");x.import("./no.js")', []],
    ['const s="import.meta";import.meta.url', []],
  ])('reads %s', (code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });
});
