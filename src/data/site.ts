/**
 * Site configuration that marketing edits without touching code: the operator, the services the
 * test introduces and where the test may be embedded. Every URL here is absolute https.
 *
 * TODO(marketing): replace every value marked PLACEHOLDER before going live.
 */

export const SERVICE_IDS = ['line', 'newsletter', 'blog'] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

export interface LocalisedText {
  readonly ja: string;
  readonly en: string;
}

export interface ServiceConfig {
  readonly title: LocalisedText;
  readonly pitch: LocalisedText;
  readonly cta: LocalisedText;
  readonly url: string;
}

export interface OperatorConfig {
  readonly name: LocalisedText;
  /** How readers reach the operator; `url` is where the contact line links to. */
  readonly contact: LocalisedText;
  readonly contactUrl: string;
  /**
   * A registered 金融商品取引業者 must show its name and registration number on every page.
   * Render it when set; leave it out while the operator is not registered.
   */
  readonly registration?: LocalisedText;
}

export interface SiteConfig {
  /** Where the built site is served, without a trailing slash; used for share links and og:url. */
  readonly origin: string;
  readonly operator: OperatorConfig;
  readonly services: Readonly<Record<ServiceId, ServiceConfig>>;
  /** Blog origins allowed to frame the test (CSP frame-ancestors and postMessage checks). */
  readonly embedAllowedOrigins: readonly string[];
}

export const LINE_ACCOUNT_ID = '@billiontouch';

export const SITE: SiteConfig = {
  // PLACEHOLDER: the production origin of the test.
  origin: 'https://shindan.example.jp',
  operator: {
    name: { ja: '株式会社 東京総合研究所', en: 'Tokyo Sogo Kenkyusho Co., Ltd.' },
    contact: {
      ja: 'お問い合わせは LINE公式アカウント @billiontouch へ（無料）',
      en: 'Questions? Message our LINE official account @billiontouch (free)',
    },
    contactUrl: 'https://line.me/R/ti/p/@billiontouch',
  },
  services: {
    line: {
      title: { ja: 'LINE公式アカウント @billiontouch', en: 'LINE official account @billiontouch' },
      pitch: {
        ja: '市況のポイントを日々無料でお届けします。投資の疑問や相談も無料で気軽にどうぞ。',
        en: 'Free daily notes on the market, and free answers to your investing questions.',
      },
      cta: { ja: 'LINEで友だち追加（無料）', en: 'Add us on LINE (free)' },
      url: 'https://line.me/R/ti/p/@billiontouch',
    },
    newsletter: {
      title: {
        ja: 'メールマガジン「相場・裏の裏読み・ベテランマネージャーの新手法」',
        en: 'Newsletter "Reading Behind the Market: A Veteran Manager\'s New Methods"',
      },
      pitch: {
        ja: '弊社代表が、テクニカル分析を使った相場の見方や考え方をお届けします。',
        en: 'Our representative shows how to read the market with technical analysis, and how to think about it.',
      },
      cta: { ja: 'メールマガジンに登録（無料）', en: 'Subscribe to the newsletter (free)' },
      // PLACEHOLDER: the newsletter registration form.
      url: 'https://shindan.example.jp/newsletter',
    },
    blog: {
      title: {
        ja: '東京総合研究所 株ブログ',
        en: 'Tokyo Sogo Kenkyusho stock blog',
      },
      pitch: {
        ja: '20年現役のマネージャーが、ニュースの裏側を踏まえた市況情報を発信しています。',
        en: 'A manager with twenty years in the market writes about the news behind market moves.',
      },
      cta: { ja: 'ブログを読む', en: 'Read the blog' },
      // PLACEHOLDER: the blog's address.
      url: 'https://blog.example.jp/',
    },
  },
  // PLACEHOLDER: the blog origins that may embed the test.
  embedAllowedOrigins: ['https://blog.example.jp'],
};
