// The texts the landing page and the question flow show: all a first visit downloads.
import { common } from './common';
import { quiz } from './quiz';
import { questionText } from '@/data/text/ja-questions';
import type { StartTexts } from '../parts';

export const startTexts: StartTexts = { common, quiz, model: { questions: questionText } };
