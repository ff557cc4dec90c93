/**
 * Each type's accent colours have one home, INVESTOR_TYPES: the build writes them as CSS custom
 * properties (CSS, because the CSP allows no style attributes in the pre-rendered HTML), and
 * every built page carries them before any script runs, for the landing page's emblems and the
 * result page alike.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INVESTOR_TYPE_IDS, INVESTOR_TYPES } from '@/data/investor-types';
import { typeAccentsCss } from '../../scripts/build/type-accents';
import { readBuilt } from './built-site';

/** The custom properties a stylesheet gives one type, as `name: value` pairs, however minified. */
function accentsIn(css: string, typeId: string): Record<string, string> {
  const rule = new RegExp(`\\[data-type=(?:'${typeId}'|${typeId})\\]\\s*\\{([^}]*)\\}`).exec(css);
  const declarations = (rule?.[1] ?? '').split(';').map((part) => part.split(':'));
  return Object.fromEntries(
    declarations.flatMap(([name, value]) =>
      name?.trim().startsWith('--accent-') && value !== undefined
        ? [[name.trim(), value.trim().toLowerCase()]]
        : [],
    ),
  );
}

const expected = (typeId: (typeof INVESTOR_TYPE_IDS)[number]) => ({
  '--accent-light': INVESTOR_TYPES[typeId].accentColour.toLowerCase(),
  '--accent-dark': INVESTOR_TYPES[typeId].accentColourDark.toLowerCase(),
});

describe('type accents', () => {
  it.each(INVESTOR_TYPE_IDS)('are written for %s from the model', (typeId) => {
    expect(accentsIn(typeAccentsCss(), typeId)).toEqual(expected(typeId));
  });

  it('are written nowhere by hand', () => {
    for (const file of ['src/ui/global.css', 'src/results/result-page.css']) {
      expect(readFileSync(file, 'utf8')).not.toMatch(/--accent-(?:light|dark)\s*:\s*#/);
    }
  });

  it.each(['index.html', 'en/index.html', `r/${INVESTOR_TYPE_IDS[0]}/index.html`])(
    'reach the built page %s in its own stylesheet',
    (page) => {
      const html = readBuilt(page);
      for (const typeId of INVESTOR_TYPE_IDS)
        expect(accentsIn(html, typeId)).toEqual(expected(typeId));
    },
  );
});
