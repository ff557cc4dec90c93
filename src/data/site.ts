/**
 * Site configuration that marketing edits without touching code: the operator, the services the
 * test introduces and where the test may be embedded. Every URL here is absolute https.
 *
 * A value that still holds the word PLACEHOLDER, or a URL on a reserved example domain, is not
 * ready for readers: the release build (`npm run build -- --release`, or RELEASE=1) fails and names
 * each one; the everyday build only warns (scripts/build/release-guard.ts).
 */
import { EMBED_ALLOWED_ORIGINS } from './embed-origins';
import { LINE_ACCOUNT_ID, OPERATOR, type LocalisedText, type OperatorConfig } from './operator';

export { LINE_ACCOUNT_ID, type LocalisedText, type OperatorConfig } from './operator';

export const SERVICE_IDS = ['line', 'newsletter', 'blog'] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

/**
 * Evidence on file for a factual claim in a pitch (景品表示法: a claim such as years of experience
 * or a track record needs it). A pitch with a claim and no source must lose the claim.
 */
export interface ClaimSource {
  /** The claim as it appears in the pitch. */
  readonly claim: string;
  /** Where the evidence is kept: a document, a public page, a register. */
  readonly source: string;
}

export interface ServiceConfig {
  readonly title: LocalisedText;
  readonly pitch: LocalisedText;
  /** One entry per factual claim in `pitch`; empty when the pitch makes none. */
  readonly claimSources: readonly ClaimSource[];
  readonly cta: LocalisedText;
  readonly url: string;
}

/** Everything marketing sets: the operator (src/data/operator.ts), the services, the embeds. */
export interface SiteConfig {
  /** Where the built site is served, without a trailing slash; used for share links and og:url. */
  readonly origin: string;
  readonly operator: OperatorConfig;
  readonly services: Readonly<Record<ServiceId, ServiceConfig>>;
  /** Blog origins allowed to frame the test (CSP frame-ancestors and postMessage checks). */
  readonly embedAllowedOrigins: readonly string[];
}

export const LINE_ADD_FRIEND_URL = `https://line.me/R/ti/p/${LINE_ACCOUNT_ID}`;

export const SITE: SiteConfig = {
  // PLACEHOLDER: the production origin of the test.
  origin: 'https://shindan.example.jp',
  operator: OPERATOR,
  services: {
    line: {
      title: { ja: 'LINE公式アカウント @billiontouch', en: 'LINE official account @billiontouch' },
      pitch: {
        ja: '市況のポイントをまとめた配信を、登録した方全員に同じ内容でお届けします。個別の銘柄や資産配分についてのご質問にはお答えしていません。',
        en: 'Market notes, the same for everyone who signs up. We do not answer questions about individual stocks or how to split your money.',
      },
      claimSources: [],
      cta: { ja: '友だち追加', en: 'Add friend' },
      url: LINE_ADD_FRIEND_URL,
    },
    newsletter: {
      title: {
        ja: 'メールマガジン「相場・裏の裏読み・ベテランマネージャーの新手法」',
        en: 'Newsletter "Reading Behind the Market: A Veteran Manager\'s New Methods"',
      },
      pitch: {
        ja: '当社代表が、テクニカル分析を使った相場の見方や考え方を、登録した方全員にお届けします。',
        en: 'Our CEO writes to every subscriber on reading the market with technical analysis, and how to think about it.',
      },
      claimSources: [],
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
        ja: 'ニュースの背景を踏まえた市況情報を、どなたでも読める形で発信しています。',
        en: 'Notes on the news behind market moves, open for anyone to read.',
      },
      claimSources: [],
      cta: { ja: 'ブログを読む', en: 'Read the blog' },
      // PLACEHOLDER: the blog's address.
      url: 'https://blog.example.jp/',
    },
  },
  // The blog origins that may embed the test: listed in embed-origins.json, checked at build.
  embedAllowedOrigins: EMBED_ALLOWED_ORIGINS,
};
