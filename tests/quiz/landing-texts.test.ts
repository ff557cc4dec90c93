import { describe, expect, it } from 'vitest';
import { CURRENT_TYPE_IDS } from '@/data/investor-type-ids';
import { resources as en } from '@/i18n/resources/en/index';
import { resources as ja } from '@/i18n/resources/ja/index';

// The landing page shows the types' names and phrases before the result texts are downloaded, so
// it keeps a copy in the first download; this holds the copy equal to the model's texts.
describe.each([
  ['ja', ja],
  ['en', en],
] as const)('the landing page in %s', (_, texts) => {
  it("carries the current model's types only, the ones it shows", () => {
    expect(Object.keys(texts.common.landing.types).sort()).toEqual([...CURRENT_TYPE_IDS].sort());
  });

  it.each(CURRENT_TYPE_IDS)('names %s as the result page does', (typeId) => {
    expect(texts.common.landing.types[typeId]).toEqual({
      name: texts.model.types[typeId].name,
      catchphrase: texts.model.types[typeId].catchphrase,
    });
  });

  it('names the sample dimensions as the result page does', () => {
    for (const [dimension, name] of Object.entries(texts.common.landing.sampleDimensions)) {
      expect(name).toBe(
        texts.model.dimensions[dimension as keyof typeof texts.model.dimensions].name,
      );
    }
  });
});
