/** The cheap half of issue 5's budgets, from the built files (no browser, no Lighthouse). */
import { describe, expect, it } from 'vitest';
import { SIZE_BUDGETS, measureBuild, staticImports } from '../../scripts/lib/bundle-size';
import { distDir, requireBuild } from './built-site';

describe('the JavaScript the build ships', () => {
  requireBuild();
  const sizes = measureBuild(distDir);

  it('keeps the landing page and the question flow within 110 KB gzip', () => {
    expect(sizes.files.some((file) => file.initial)).toBe(true);
    expect(sizes.initialGzip).toBeLessThanOrEqual(SIZE_BUDGETS.initialJsGzip);
  });

  it('keeps all of the app within 220 KB gzip', () => {
    expect(sizes.totalGzip).toBeLessThanOrEqual(SIZE_BUDGETS.totalJsGzip);
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
