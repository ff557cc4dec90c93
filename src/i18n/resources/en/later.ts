// The texts only the result page and the embed configurator show, fetched when one of them opens.
import { results } from './results';
import { embed } from './embed';
import { resultText } from '@/data/text/en-results';
import type { LaterTexts } from '../parts';

export const laterTexts: LaterTexts = { results, embed, model: resultText };
