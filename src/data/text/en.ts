// PLACEHOLDER until the model lands (issue 2).
import type { ModelText } from './ja';
export const modelText: ModelText = {};
