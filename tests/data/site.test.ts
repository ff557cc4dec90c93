import { describe, expect, it } from 'vitest';
import { SERVICE_IDS, SITE } from '@/data/site';
import { resources as ja } from '@/i18n/resources/ja/index';
import { resources as en } from '@/i18n/resources/en/index';

/** Words that offer one-to-one answers about a reader's holdings: the pattern read as 投資助言. */
const CONSULTATION = /相談|質問(も|を)?(無料|気軽)|質問できる|ask (us|anything)|consult/i;
/** Words that make a factual claim needing evidence on file (優良誤認). */
const CLAIM =
  /\d+\s*年|現役|実績|No\.?\s*1|ナンバーワン|満足度|唯一|最高|最大|years? (in|of)|track record/i;

describe('the site configuration’s copy', () => {
  it.each(SERVICE_IDS)('%s offers no individual consultation or answers', (id) => {
    const { pitch, cta, title } = SITE.services[id];
    for (const text of [pitch.ja, pitch.en, cta.ja, cta.en, title.ja, title.en])
      expect(text).not.toMatch(CONSULTATION);
  });

  it.each(SERVICE_IDS)('%s makes no claim in its pitch without a source', (id) => {
    const { pitch, claimSources } = SITE.services[id];
    const claims = [pitch.ja, pitch.en].filter((text) => CLAIM.test(text));
    if (claims.length > 0) expect(claimSources.length).toBeGreaterThan(0);
    for (const { source } of claimSources) expect(source.trim()).not.toBe('');
  });

  it('says plainly on LINE that individual stocks and allocations are not answered', () => {
    expect(SITE.services.line.pitch.ja).toContain(
      '個別の銘柄や資産配分についてのご質問にはお答えしていません',
    );
    expect(SITE.services.line.pitch.en).toContain(
      'We do not answer questions about individual stocks',
    );
  });

  it('uses LINE’s own add-friend wording', () => {
    expect(SITE.services.line.cta.ja).toBe('友だち追加');
  });

  it('speaks of the CEO, not a representative, in English', () => {
    expect(SITE.services.newsletter.pitch.en).toContain('Our CEO');
    expect(JSON.stringify(SITE)).not.toContain('Our representative');
  });
});

describe('the reasons the result page gives for each service', () => {
  it.each([
    ['ja', ja.model.rules],
    ['en', en.model.rules],
  ] as const)(
    'in %s never promise consultation, claim unsourced facts or repeat a service title',
    (_, reasons) => {
      const titles = SERVICE_IDS.flatMap((id) => [
        SITE.services[id].title.ja,
        SITE.services[id].title.en,
      ]);
      for (const reason of Object.values(reasons)) {
        expect(reason).not.toMatch(CONSULTATION);
        expect(reason).not.toMatch(CLAIM);
        for (const title of titles) expect(reason).not.toContain(title);
        expect(reason).not.toMatch(
          /LINE公式アカウント|メールマガジン|株ブログ|newsletter|stock blog|LINE official account/i,
        );
      }
    },
  );
});
