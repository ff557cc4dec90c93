/**
 * Sentences of the result page that speak about the data: the runner-up line says each thing
 * once, and the share panel's sentence lists exactly what a link carries (src/data/privacy.ts).
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS } from '@/data/dimensions';
import { INVESTOR_TYPE_IDS } from '@/data/investor-types';
import { LINK_FIELDS } from '@/data/privacy';
import { resources as en } from '@/i18n/resources/en/index';
import { resources as ja } from '@/i18n/resources/ja/index';
import { ownResultRecorded } from '@/results/result-store';
import { sampleAnswers, sampleResult } from '../../scripts/lab/lib/sample-result';
import { openResultPage } from './render-result-page';

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
const count = (text: string, part: string) => text.split(part).length - 1;

describe('the runner-up sentence', () => {
  const pairs = INVESTOR_TYPE_IDS.flatMap((typeId) =>
    INVESTOR_TYPE_IDS.filter((other) => other !== typeId).map((runnerUp) => [typeId, runnerUp]),
  );

  it.each([
    ['ja', ja],
    ['en', en],
  ] as const)(
    'names the runner-up once and repeats nothing, for every pair of types (%s)',
    (_, texts) => {
      for (const [typeId, runnerUp] of pairs) {
        const typeName = texts.model.types[typeId as keyof typeof texts.model.types].name;
        const runnerUpName = texts.model.types[runnerUp as keyof typeof texts.model.types].name;
        const sentence = fill(texts.results.reliability.runnerUp, {
          typeName,
          runnerUp: runnerUpName,
        });
        expect({ runnerUp, times: count(sentence, runnerUpName) }).toEqual({ runnerUp, times: 1 });
        // The hero names the type right above: the line does not say it again.
        expect({ typeId, times: count(sentence, typeName) }).toEqual({ typeId, times: 0 });
      }
    },
  );
});

describe('the share panel’s sentence', () => {
  it.each(['ja', 'en'] as const)(
    'lists every field a link carries and says it holds no answer (%s)',
    (language) => {
      const texts = language === 'ja' ? ja : en;
      const { code, profile } = sampleResult(sampleAnswers((index, n) => (index * 7 + 3) % n));
      ownResultRecorded(code);
      openResultPage({ typeId: profile.typeId, code, language });
      const sentence = screen.getByText(
        texts.results.share.privacy.split('{{')[0] ?? texts.results.share.privacy,
        { exact: false },
      );
      for (const field of LINK_FIELDS)
        expect(sentence).toHaveTextContent(
          texts.privacy.linkFields[field.id].replace('{{count}}', String(DIMENSION_IDS.length)),
        );
      expect(sentence).toHaveTextContent(
        language === 'ja' ? '回答は含まれません' : 'Never your answers',
      );
    },
  );
});
