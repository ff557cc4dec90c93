// The later texts: fetched when a page whose route says `texts: 'later'` opens (src/app/routes.ts).
import { results } from './results';
import { embed } from './embed';
import { privacy } from './privacy';
import { resultText } from '@/data/text/ja-results';
import type { LaterTexts } from '../parts';

export const laterTexts: LaterTexts = { results, embed, privacy, model: resultText };
