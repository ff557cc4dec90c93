// Every text the app shows in this language, one namespace per vertical plus the model's texts.
import { common } from './common';
import { quiz } from './quiz';
import { results } from './results';
import { embed } from './embed';
import { privacy } from './privacy';
import { modelText } from '@/data/text/en';
import type { Resources } from '../ja/index';

export const resources: Resources = { common, quiz, results, embed, privacy, model: modelText };
