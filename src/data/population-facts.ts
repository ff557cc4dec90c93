/**
 * Figures the result page compares a reader with. Values are shares (0-1) as published; labels
 * and source lines are in src/data/text/<lang>-results.ts under `facts.<id>`.
 */

export interface SourceCitation {
  readonly title: string;
  readonly publisher: string;
  readonly year: number;
  readonly url?: string;
}

export interface PopulationFact {
  readonly id: string;
  /** A share of respondents, 0-1. */
  readonly value: number;
  /** The year the survey was run. */
  readonly year: number;
  /** Which literacy question the fact compares with, if any. */
  readonly questionId?: 'lit-compound' | 'lit-inflation' | 'lit-diversification';
  /**
   * Whether the survey asked in this test's words. The 2010 international comparison asked the
   * interest question with other figures, so its share is a rough guide, not like for like.
   */
  readonly wording: 'same' | 'differs';
  readonly source: SourceCitation;
}

export const POPULATION_FACTS = [
  {
    id: 'japan-big-three-all-correct',
    value: 0.27,
    year: 2010,
    wording: 'differs',
    source: {
      title: 'Financial Literacy around the World: An Overview',
      publisher: 'Journal of Pension Economics and Finance 10(4) (Lusardi & Mitchell)',
      year: 2011,
      url: 'https://doi.org/10.1017/S1474747211000448',
    },
  },
  {
    id: 'japan-compound-interest-correct',
    value: 0.43,
    year: 2016,
    questionId: 'lit-compound',
    wording: 'same',
    source: {
      title: '金融リテラシー調査(2016年)',
      publisher: '金融広報中央委員会 (Central Council for Financial Services Information)',
      year: 2016,
      url: 'https://www.shiruporuto.jp/public/document/container/literacy_chosa/2016/',
    },
  },
  {
    id: 'us-compound-interest-correct',
    value: 0.75,
    year: 2015,
    questionId: 'lit-compound',
    wording: 'same',
    source: {
      title: '金融リテラシー調査(2016年) — 米国FINRA調査との比較',
      publisher: '金融広報中央委員会 (Central Council for Financial Services Information)',
      year: 2016,
      url: 'https://www.shiruporuto.jp/public/document/container/literacy_chosa/2016/',
    },
  },
] as const satisfies readonly PopulationFact[];

export type PopulationFactId = (typeof POPULATION_FACTS)[number]['id'];
