// The texts only the result, embed and privacy pages show, fetched when one of them opens.
import { results } from './results';
import { embed } from './embed';
import { privacy } from './privacy';
import { resultText } from '@/data/text/ja-results';
import type { LaterTexts } from '../parts';

export const laterTexts: LaterTexts = { results, embed, privacy, model: resultText };
