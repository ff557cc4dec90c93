// The model's English texts: a faithful twin of ja.ts, with exactly its keys.
import { questionText } from './en-questions';
import { resultText } from './en-results';
import type { ModelText } from './ja';

export const modelText: ModelText = { ...resultText, questions: questionText };
