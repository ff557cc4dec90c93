import type { EmblemColourRole } from '@/data/emblems';
import { INVESTOR_TYPES, type InvestorTypeId } from '@/data/investor-types';

export type EmblemTheme = 'light' | 'dark';

/**
 * The concrete colour of each role for one type in one theme: the values of --surface-sunken,
 * --text and --surface (light) or --bg (dark) in src/ui/global.css, which the React emblem uses.
 */
export function emblemColours(
  typeId: InvestorTypeId,
  theme: EmblemTheme,
): Readonly<Record<EmblemColourRole, string>> {
  const type = INVESTOR_TYPES[typeId];
  return theme === 'light'
    ? { accent: type.accentColour, soft: '#eeece6', ink: '#1b1f2a', paper: '#ffffff' }
    : { accent: type.accentColourDark, soft: '#242a33', ink: '#eceef2', paper: '#101318' };
}
