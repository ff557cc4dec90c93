// The model's Japanese texts: they define the key set, and every other language mirrors it.
// The questions and the result texts live in their own files, so each page downloads only its part.
import { questionText } from './ja-questions';
import { resultText } from './ja-results';
import type { ModelTextShape } from './shape';
import type { WidenStrings } from './widen-strings';

export const modelText = {
  ...resultText,
  questions: questionText,
} as const satisfies ModelTextShape;

export type ModelText = WidenStrings<typeof modelText>;
