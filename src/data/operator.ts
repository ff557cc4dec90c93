/**
 * The operator of the site, as every page's footer and the landing page name it: kept apart from
 * the rest of the site configuration (src/data/site.ts, whose `SITE.operator` this is) so that the
 * first download carries the operator's facts and not the services the result page introduces.
 * Marketing edits it like site.ts: a value holding PLACEHOLDER fails the release build.
 */
export interface LocalisedText {
  readonly ja: string;
  readonly en: string;
}

/**
 * Whether the operator is a registered 金融商品取引業者. Pages always show one of the two real
 * states; `unset` exists only so that a release cannot go out before someone has decided.
 */
export type Registration =
  | {
      readonly state: 'registered';
      /** e.g. 「投資助言・代理業 関東財務局長(金商)第○○号」 */
      readonly number: LocalisedText;
      /** e.g. 「一般社団法人 日本投資顧問業協会」 */
      readonly association: LocalisedText;
    }
  | { readonly state: 'not-registered' }
  | { readonly state: 'unset' };

export interface OperatorConfig {
  readonly name: LocalisedText;
  readonly address: LocalisedText;
  readonly representative: LocalisedText;
  /** How readers reach the operator about the site; `contactUrl` is where the line links to. */
  readonly contact: LocalisedText;
  readonly contactUrl: string;
  readonly registration: Registration;
  /** The only official LINE account; the fake-account warning names it. */
  readonly officialLineAccount: string;
}

/** The operator's one official LINE account. */
export const LINE_ACCOUNT_ID = '@billiontouch';

export const OPERATOR: OperatorConfig = {
  name: { ja: '株式会社 東京総合研究所', en: 'Tokyo Sogo Kenkyusho Co., Ltd.' },
  address: {
    ja: 'PLACEHOLDER 東京都（番地まで）',
    en: 'PLACEHOLDER Tokyo (full street address)',
  },
  // As the company's own blog names him.
  representative: { ja: '代表取締役 大山 充', en: 'Mitsuru Oyama, CEO' },
  contact: {
    ja: 'PLACEHOLDER お問い合わせフォーム',
    en: 'PLACEHOLDER contact form',
  },
  contactUrl: 'https://www.example.jp/contact',
  // PLACEHOLDER: 'registered' with number and association, or 'not-registered'.
  registration: { state: 'unset' },
  officialLineAccount: LINE_ACCOUNT_ID,
};
