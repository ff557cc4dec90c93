import type { EmblemColourRole } from '@/data/emblems';
import { INVESTOR_TYPES, type InvestorTypeId } from '@/data/investor-types';

export type EmblemTheme = 'light' | 'dark';

/** The concrete colour of each role for one type in one theme. */
export function emblemColours(
  typeId: InvestorTypeId,
  theme: EmblemTheme,
): Readonly<Record<EmblemColourRole, string>> {
  const type = INVESTOR_TYPES[typeId];
  return theme === 'light'
    ? { accent: type.accentColour, soft: '#eef2f7', ink: '#1a1f29', paper: '#ffffff' }
    : { accent: type.accentColourDark, soft: '#262a31', ink: '#eceef2', paper: '#121212' };
}
