/**
 * Each investor type's accent colours as CSS custom properties, written at build time from
 * INVESTOR_TYPES so the colours have one home (src/data/investor-types.ts). CSS rather than inline
 * styles: the CSP allows no style attributes, and the pre-rendered pages need the colours before
 * any script runs. The app imports them as `virtual:type-accents.css`, beside src/ui/global.css.
 */
import type { Plugin } from 'vite';
import { INVESTOR_TYPE_IDS, INVESTOR_TYPES } from '../../src/data/investor-types';

const TYPE_ACCENTS_MODULE = 'virtual:type-accents.css';
// The null byte marks a module no other plugin should look for on disk; the .css end keeps it CSS.
const RESOLVED_ID = `\0${TYPE_ACCENTS_MODULE}`;

/** One rule per type: `[data-type='<id>']` gets `--accent-light` and `--accent-dark`. */
export function typeAccentsCss(): string {
  return INVESTOR_TYPE_IDS.map((id) => {
    const type = INVESTOR_TYPES[id];
    return `[data-type='${id}'] {\n  --accent-light: ${type.accentColour};\n  --accent-dark: ${type.accentColourDark};\n}\n`;
  }).join('');
}

export function typeAccentsPlugin(): Plugin {
  return {
    name: 'toushi:type-accents',
    resolveId: (id) => (id === TYPE_ACCENTS_MODULE ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? typeAccentsCss() : undefined),
  };
}
