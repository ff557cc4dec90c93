import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INVESTOR_TYPE_IDS, INVESTOR_TYPES } from '@/data/investor-types';

// The accents live in CSS, not inline styles, because the CSP allows no style attributes in the
// pre-rendered HTML. This keeps the stylesheet and the model data the same; the landing page's
// emblems and the result page both read them.
const css = readFileSync(resolve(process.cwd(), 'src/ui/global.css'), 'utf8');

function accentRule(typeId: string): string | undefined {
  const start = css.indexOf(`\n[data-type='${typeId}'] {`);
  if (start < 0) return undefined;
  return css.slice(start, css.indexOf('}', start));
}

describe('type accents', () => {
  it.each(INVESTOR_TYPE_IDS)('gives %s its light and dark accent from the model', (typeId) => {
    const rule = accentRule(typeId);
    expect(rule).toContain(`--accent-light: ${INVESTOR_TYPES[typeId].accentColour};`);
    expect(rule).toContain(`--accent-dark: ${INVESTOR_TYPES[typeId].accentColourDark};`);
  });

  it('has no accent rule for a type the model does not have', () => {
    const styled = [...css.matchAll(/^\[data-type='([^']+)'\] \{/gm)].map((match) => match[1]);
    expect(styled.sort()).toEqual([...INVESTOR_TYPE_IDS].sort());
  });
});
