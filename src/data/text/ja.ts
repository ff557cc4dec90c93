// PLACEHOLDER until the model lands (issue 2).
import type { WidenStrings } from './widen-strings';
export const modelText = {} as const;
export type ModelText = WidenStrings<typeof modelText>;
