// Every text the app shows in this language, one namespace per vertical plus the model's texts.
import { common } from './common';
import { quiz } from './quiz';
import { results } from './results';
import { embed } from './embed';
import { privacy } from './privacy';
import { modelText } from '@/data/text/ja';
import type { WidenStrings } from '@/data/text/widen-strings';

export const resources = { common, quiz, results, embed, privacy, model: modelText } as const;

/** The Japanese texts define the key set; every other language has exactly these keys. */
export type Resources = WidenStrings<typeof resources>;
