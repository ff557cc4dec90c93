import { act, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { modelText as en } from '@/data/text/en';
import { modelText as ja } from '@/data/text/ja';
import * as profileModule from '@/engine/profile';
import { recommend } from '@/engine/recommend';
import * as resultCodeModule from '@/engine/result-code';
import { captureCampaign } from '@/platform/campaign';
import { rehydratePersistedStores } from '@/platform/persisted-store';
import { SITE } from '@/data/site';
import { friendResultOpened, ownResultRecorded } from '@/results/result-store';
import { results as jaResults } from '@/i18n/resources/ja/results';
import { CODE_PENDING_ATTRIBUTE } from '@/results/result-code-pending';
import { codeOf, profileOf, tamperedCode } from './fixtures';
import { openResultPage } from './render-result-page';
import { reasonWriterOf } from '../../scripts/lab/lib/reason-writer';
import { sampleAnswers, sampleResult } from '../../scripts/lab/lib/sample-result';

const ownProfile = profileOf('chart-strategist', { knowledge: 20, lossAversion: 70 });
const own = codeOf('chart-strategist', { knowledge: 20, lossAversion: 70 });
const friendScores = { socialInfluence: 80, riskTolerance: 30 };
const friend = codeOf('trend-follower', friendScores);

function storedFriendCode(): unknown {
  const raw = localStorage.getItem('toushi-shinri-test:results');
  return raw === null
    ? null
    : (JSON.parse(raw) as { state: { friendCode: unknown } }).state.friendCode;
}

beforeAll(() => {
  // jsdom lays nothing out; give boxes the chart's size on a phone so recharts has room to draw.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    new DOMRect(0, 0, 300, 320),
  );
});

afterAll(() => {
  vi.restoreAllMocks();
});

describe('the reader’s own result', () => {
  beforeEach(() => act(() => ownResultRecorded(own)));

  it('shows the type, its catchphrase and the page title', () => {
    openResultPage({ typeId: 'chart-strategist', code: own });
    expect(screen.getByText('あなたの診断結果')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: ja.types['chart-strategist'].name }),
    ).toBeInTheDocument();
    expect(screen.getByText(ja.types['chart-strategist'].catchphrase)).toBeInTheDocument();
    expect(document.title).toContain(ja.types['chart-strategist'].name);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('shows where the reader stands between each dimension’s two ends, never as a grade', () => {
    openResultPage({ typeId: 'chart-strategist', code: own });
    const meters = screen.getAllByRole('meter');
    expect(meters).toHaveLength(6);
    const knowledge = screen.getByRole('meter', { name: ja.dimensions.knowledge.name });
    expect(knowledge).toHaveAttribute('aria-valuenow', '20');
    expect(knowledge).toHaveAttribute(
      'aria-valuetext',
      `${ja.dimensions.knowledge.lowLabel}（0）から${ja.dimensions.knowledge.highLabel}（100）のうち20：「${ja.dimensions.knowledge.lowLabel}」寄り`,
    );
    expect(document.body).not.toHaveTextContent(/点中|100点/);
    expect(screen.getByText(ja.dimensions.knowledge.low)).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: ja.dimensions.lossAversion.name })).toHaveAttribute(
      'aria-valuenow',
      '70',
    );
    expect(screen.getByText(ja.dimensions.lossAversion.high)).toBeInTheDocument();
    expect(screen.getByText(ja.dimensions.decisionStyle.low)).toBeInTheDocument();
  });

  it('draws the radar chart under an accessible name', async () => {
    openResultPage({ typeId: 'chart-strategist', code: own });
    const chart = screen.getByRole('img', {
      name: `${ja.types['chart-strategist'].name}の6つの側面を示すレーダーチャート`,
    });
    expect(within(chart).getByText('チャートを読み込んでいます')).toBeInTheDocument();
    // recharts arrives in its own chunk; the first import in a test run is slow.
    await waitFor(
      () => expect(within(chart).queryByText('チャートを読み込んでいます')).not.toBeInTheDocument(),
      { timeout: 15_000 },
    );
    expect(screen.getByText(/面積の大きさに良し悪しはありません/)).toBeInTheDocument();
  });

  it('lists strengths, named blind spots and the points to keep in mind', () => {
    openResultPage({ typeId: 'chart-strategist', code: own });
    const text = ja.types['chart-strategist'];
    for (const strength of text.strengths) expect(screen.getByText(strength)).toBeInTheDocument();
    for (const { bias, explanation } of text.blindSpots) {
      expect(screen.getByText(bias)).toBeInTheDocument();
      expect(screen.getByText(explanation)).toBeInTheDocument();
    }
    for (const advice of text.advice) expect(screen.getByText(advice)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '心がけたいポイント' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'アドバイス' })).not.toBeInTheDocument();
  });

  it('compares literacy answers with the national figure and names its source', () => {
    openResultPage({ typeId: 'chart-strategist', code: own });
    const section = screen.getByRole('region', { name: '金融の基本3問' });
    expect(within(section).getByText('3問中2問に正解しました。')).toBeInTheDocument();
    for (const [id, percent, year] of [
      ['japan-big-three-all-correct', 27, 2010],
      ['japan-compound-interest-correct', 43, 2016],
      ['us-compound-interest-correct', 75, 2015],
    ] as const) {
      expect(
        within(section).getByText(`${ja.facts[id].label}：${percent}%（${year}年の調査）`),
      ).toBeInTheDocument();
      expect(within(section).getByText(`出典：${ja.facts[id].source}`)).toBeInTheDocument();
    }
    expect(within(section).getByText('正解：110万円より多い')).toBeInTheDocument();
    expect(within(section).getByText(/5年後は約110.4万円/)).toBeInTheDocument();
  });

  it('recommends services in the engine’s order, each with its reason and a call to action', () => {
    openResultPage({ typeId: 'chart-strategist', code: own });
    const expected = recommend(
      ownProfile,
      reasonWriterOf(ja.rules),
      ja.types['chart-strategist'].name,
    );
    expect(expected.length).toBeGreaterThan(1);
    const section = screen.getByRole('region', { name: /東京総合研究所のサービスのご案内/ });
    expect(within(section).getByText('PR')).toBeInTheDocument();
    expect(within(section).getByText(/有料サービスをご案内することがあります/)).toBeInTheDocument();
    expect(section).not.toHaveTextContent(/相談/);
    const items = within(section).getAllByRole('listitem');
    expect(
      items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent),
    ).toEqual(expected.map(({ serviceId }) => SITE.services[serviceId].title.ja));
    expected.forEach(({ serviceId, reason }, index) => {
      const item = items[index]!;
      expect(within(item).getByText(reason)).toBeInTheDocument();
      expect(
        within(item).getByRole('link', {
          name: new RegExp(SITE.services[serviceId].cta.ja.replace(/[()]/g, '\\$&')),
        }),
      ).toBeInTheDocument();
    });
  });

  it('sends outbound links to a new tab with the landing page’s campaign', () => {
    captureCampaign('?utm_source=blog&utm_medium=post&utm_campaign=shindan&email=a@b.jp');
    openResultPage({ typeId: 'chart-strategist', code: own });
    const section = screen.getByRole('region', { name: /東京総合研究所のサービスのご案内/ });
    const links = [
      ...within(section).getAllByRole('link'),
      screen.getAllByRole('link', { name: /^友だち追加/ })[0]!,
    ];
    for (const link of links) {
      const url = new URL(link.getAttribute('href') ?? '');
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(url.searchParams.get('utm_source')).toBe('blog');
      expect(url.searchParams.get('utm_medium')).toBe('post');
      expect(url.searchParams.get('utm_campaign')).toBe('shindan');
      expect(url.searchParams.has('email')).toBe(false);
    }
    const line = within(section).getByRole('link', { name: /友だち追加/ });
    expect(line.getAttribute('href')).toMatch(/^https:\/\/line\.me\/R\/ti\/p\/@billiontouch\?/);
  });

  it('starts over when the reader retakes the test', async () => {
    const { user, onRetake } = openResultPage({ typeId: 'chart-strategist', code: own });
    await user.click(screen.getByRole('button', { name: 'もう一度診断する' }));
    expect(onRetake).toHaveBeenCalledOnce();
  });

  it('offers to save the reader’s own result as an image', () => {
    openResultPage({ typeId: 'chart-strategist', code: own });
    expect(screen.getByRole('button', { name: '画像で保存' })).toBeInTheDocument();
  });
});

describe('the reader’s own result inside a blog’s embed', () => {
  beforeEach(() => act(() => ownResultRecorded(own)));

  it('shows its first screen, with LINE, sharing and a link to the full result in a new tab', () => {
    openResultPage({ typeId: 'chart-strategist', code: own, embedded: true });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/チャート/);
    expect(screen.getAllByRole('link', { name: /^友だち追加/ }).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'リンクをコピー' })).toBeInTheDocument();
    const full = screen.getByRole('link', { name: /結果をくわしく見る/ });
    expect(full).toHaveAttribute('href', `${window.location.origin}/r/chart-strategist/#${own}`);
    expect(full).toHaveAttribute('target', '_blank');
    // The rest of the result is on the full page, not in the blog post.
    expect(screen.queryByRole('region', { name: /東京総合研究所のサービスのご案内/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: jaResults.scores.heading })).toBeNull();
  });

  it('is the whole result on the test’s own site', () => {
    openResultPage({ typeId: 'chart-strategist', code: own });
    expect(screen.queryByRole('link', { name: /結果をくわしく見る/ })).toBeNull();
    expect(screen.getByRole('heading', { name: jaResults.scores.heading })).toBeInTheDocument();
  });
});

describe('sharing', () => {
  beforeEach(() => act(() => ownResultRecorded(own)));

  it('copies a link holding only the type path and the code, and says so', async () => {
    const { user } = openResultPage({
      typeId: 'chart-strategist',
      code: own,
      search: '?utm_source=blog&lang=ja',
    });
    const status = screen.getByText((_, element) => element?.className === 'result-share__status');
    expect(status).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'リンクをコピー' }));
    expect(status).toHaveTextContent('リンクをコピーしました');
    const copied = await navigator.clipboard.readText();
    expect(copied).toBe(`${window.location.origin}/r/chart-strategist/#${own}`);
  });

  it('says so when the browser refuses to copy', async () => {
    const { user } = openResultPage({ typeId: 'chart-strategist', code: own });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(
      new DOMException('denied', 'NotAllowedError'),
    );
    await user.click(screen.getByRole('button', { name: 'リンクをコピー' }));
    expect(screen.getByText(/コピーできませんでした/)).toBeInTheDocument();
  });

  it('links LINE, X and Facebook to the same code-only URL', () => {
    openResultPage({ typeId: 'chart-strategist', code: own, search: '?utm_source=blog' });
    const shared = `${window.location.origin}/r/chart-strategist/#${own}`;
    const line = new URL(
      screen.getByRole('link', { name: /LINEで送る/ }).getAttribute('href') ?? '',
    );
    const x = new URL(screen.getByRole('link', { name: /Xでポスト/ }).getAttribute('href') ?? '');
    const facebook = new URL(
      screen.getByRole('link', { name: /Facebookでシェア/ }).getAttribute('href') ?? '',
    );
    expect(line.searchParams.get('url')).toBe(shared);
    expect(x.searchParams.get('url')).toBe(shared);
    expect(x.searchParams.get('text')).toContain(ja.types['chart-strategist'].name);
    expect(facebook.searchParams.get('u')).toBe(shared);
  });

  it('opens the native share sheet where the browser has one', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { configurable: true, value: share });
    try {
      const { user } = openResultPage({ typeId: 'chart-strategist', code: own });
      await user.click(screen.getByRole('button', { name: 'シェアする' }));
      expect(share).toHaveBeenCalledWith({
        text: expect.stringContaining(ja.types['chart-strategist'].name),
        url: `${window.location.origin}/r/chart-strategist/#${own}`,
      });
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });

  it('shows no share-sheet button where there is none', () => {
    openResultPage({ typeId: 'chart-strategist', code: own });
    expect(screen.queryByRole('button', { name: 'シェアする' })).not.toBeInTheDocument();
  });
});

describe('a friend’s shared result', () => {
  it('is written in the third person, with a prominent call to take the test', async () => {
    const { user, onStartQuiz } = openResultPage({ typeId: 'trend-follower', code: friend });
    expect(screen.getByText('シェアされた診断結果')).toBeInTheDocument();
    expect(
      screen.getByText(`この結果の人は「${ja.types['trend-follower'].catchphrase}」タイプです。`),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'この人の目立つ傾向' })).toBeInTheDocument();
    // The type's description speaks to "you": it is not shown about someone else.
    expect(screen.queryByText(ja.types['trend-follower'].description)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '口座を守る習慣' })).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: ja.types['trend-follower'].name }),
    ).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: ja.dimensions.socialInfluence.name })).toHaveAttribute(
      'aria-valuenow',
      '80',
    );
    expect(screen.queryByText('あなたの診断結果')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '結果をシェアする' })).not.toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: /東京総合研究所のサービスのご案内/ }),
    ).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: '自分も診断する' })[0]!);
    expect(onStartQuiz).toHaveBeenCalledOnce();
  });

  it('is remembered for a comparison later', () => {
    openResultPage({ typeId: 'trend-follower', code: friend });
    expect(storedFriendCode()).toBe(friend);
  });

  it('is still a friend’s when the reader has a different result of their own', () => {
    act(() => ownResultRecorded(own));
    openResultPage({ typeId: 'trend-follower', code: friend });
    expect(screen.getByText('シェアされた診断結果')).toBeInTheDocument();
  });
});

describe('comparing with a friend', () => {
  it('is offered after the reader’s own test and overlays both profiles', async () => {
    act(() => {
      friendResultOpened(friend);
      ownResultRecorded(own);
    });
    const { user } = openResultPage({ typeId: 'chart-strategist', code: own });
    const ownName = ja.types['chart-strategist'].name;
    const friendName = ja.types['trend-follower'].name;
    expect(screen.getByText(new RegExp(`友だちの結果（${friendName}）`))).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: '友だちと比べる' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(
      screen.getByRole('img', { name: 'あなたと友だちの6つの側面を重ねたレーダーチャート' }),
    ).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'あなたと友だちの違い' });
    expect(summary).toHaveTextContent(`あなたは「${ownName}」、友だちは「${friendName}」です。`);
    // Knowledge differs most (20 against 60; social influence 42 against 80).
    expect(summary).toHaveTextContent(`いちばん違うのは「${ja.dimensions.knowledge.name}」です。`);
    expect(summary).toHaveTextContent(jaResults.compare.together.knowledge);
    const socialName = ja.dimensions.socialInfluence.name;
    expect(screen.getByRole('meter', { name: `${socialName}（あなた）` })).toHaveAttribute(
      'aria-valuenow',
      '42',
    );
    expect(screen.getByRole('meter', { name: `${socialName}（友だち）` })).toHaveAttribute(
      'aria-valuenow',
      '80',
    );
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getAllByRole('meter')).toHaveLength(6);
  });

  it('is not offered without a remembered friend', () => {
    act(() => ownResultRecorded(own));
    openResultPage({ typeId: 'chart-strategist', code: own });
    expect(screen.queryByRole('button', { name: '友だちと比べる' })).not.toBeInTheDocument();
  });

  it('is not offered with a remembered friend’s code that does not decode', () => {
    act(() => {
      friendResultOpened(tamperedCode(friend));
      ownResultRecorded(own);
    });
    openResultPage({ typeId: 'chart-strategist', code: own });
    expect(screen.getByText('あなたの診断結果')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '友だちと比べる' })).not.toBeInTheDocument();
  });
});

describe('a link that cannot be shown', () => {
  it.each([
    ['truncated', own.slice(0, 10), 'リンクの結果コードが読み取れません'],
    ['garbage', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'リンクの結果コードが読み取れません'],
    ['edited', tamperedCode(own), '途中で欠けているか、書き換えられています'],
    ['of another type than the path', codeOf('steady-guardian'), 'ページのタイプが一致しません'],
  ])('explains a %s code and offers the test', async (_, code, explanation) => {
    const { user, onStartQuiz } = openResultPage({ typeId: 'chart-strategist', code });
    const alert = screen.getByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: 'この結果は表示できません' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent(explanation);
    expect(screen.queryAllByRole('meter')).toHaveLength(0);
    // The type in the path is still described, so the page is never empty.
    expect(
      screen.getByRole('heading', { level: 1, name: ja.types['chart-strategist'].name }),
    ).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: '診断をはじめる' }));
    expect(onStartQuiz).toHaveBeenCalledOnce();
    expect(storedFriendCode()).toBeNull();
  });

  it('explains an edited code even when this device kept the same one as the reader’s own', () => {
    act(() => ownResultRecorded(tamperedCode(own)));
    openResultPage({ typeId: 'chart-strategist', code: tamperedCode(own) });
    expect(screen.getByRole('alert')).toHaveTextContent('途中で欠けているか、書き換えられています');
    expect(screen.queryByText('あなたの診断結果')).not.toBeInTheDocument();
  });

  it('explains an unknown type in the path and offers the test', async () => {
    const { user, onStartQuiz } = openResultPage({ typeId: 'no-such-type', code: own });
    expect(
      screen.getByRole('heading', { level: 1, name: 'この投資家タイプは見つかりません' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '診断をはじめる' }));
    expect(onStartQuiz).toHaveBeenCalledOnce();
  });
});

describe('a bare type link', () => {
  it('describes the type in general and invites the reader to take the test', async () => {
    const { user, onStartQuiz } = openResultPage({ typeId: 'patient-grower' });
    expect(screen.getByText('投資家タイプの紹介')).toBeInTheDocument();
    expect(screen.getByText(ja.types['patient-grower'].description)).toBeInTheDocument();
    expect(screen.queryAllByRole('meter')).toHaveLength(0);
    await user.click(screen.getAllByRole('button', { name: '診断をはじめる' })[0]!);
    expect(onStartQuiz).toHaveBeenCalledOnce();
  });

  it('names what stands out in the type itself, where a result names the reader’s traits', () => {
    openResultPage({ typeId: 'patient-grower' });
    const traits = screen.getByRole('heading', { name: 'このタイプに多い傾向' }).parentElement!;
    expect(
      within(traits)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['長期保有', '損を冷静に受け止める']);
  });

  it('says the balanced type leans nowhere', () => {
    openResultPage({ typeId: 'balanced-navigator' });
    const traits = screen.getByRole('heading', { name: 'このタイプに多い傾向' }).parentElement!;
    expect(
      within(traits)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['どの側面も真ん中あたり']);
  });
});

describe('the fragment', () => {
  it.each([
    ['one’s own code', own],
    ['no code', undefined],
  ])('lets the page show in full once it has read %s', async (_, code) => {
    document.documentElement.setAttribute(CODE_PENDING_ATTRIBUTE, '');
    if (code !== undefined) act(() => ownResultRecorded(code));
    openResultPage({ typeId: 'chart-strategist', ...(code === undefined ? {} : { code }) });
    await waitFor(() =>
      expect(document.documentElement.hasAttribute(CODE_PENDING_ATTRIBUTE)).toBe(false),
    );
    expect(
      screen.getByText(code === undefined ? '投資家タイプの紹介' : 'あなたの診断結果'),
    ).toBeInTheDocument();
  });

  it('is followed when it changes', async () => {
    act(() => ownResultRecorded(own));
    openResultPage({ typeId: 'chart-strategist' });
    expect(screen.queryAllByRole('meter')).toHaveLength(0);
    act(() => {
      window.location.hash = own;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(screen.getAllByRole('meter')).toHaveLength(6));
    expect(screen.getByText('あなたの診断結果')).toBeInTheDocument();
  });
});

describe('in English', () => {
  it('shows the result, the friend framing and the errors in English', async () => {
    const { unmount } = openResultPage({ typeId: 'trend-follower', code: friend, language: 'en' });
    expect(screen.getByText('A shared result')).toBeInTheDocument();
    expect(screen.getByText(/The person who shared this/)).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: en.types['trend-follower'].name }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByRole('button', { name: 'Take the test yourself' }).length,
    ).toBeGreaterThan(0);
    expect(screen.getByRole('meter', { name: en.dimensions.socialInfluence.name })).toHaveAttribute(
      'aria-valuetext',
      expect.stringContaining('80 between'),
    );
    unmount();
    openResultPage({ typeId: 'trend-follower', code: tamperedCode(friend), language: 'en' });
    expect(screen.getByRole('alert')).toHaveTextContent('This result cannot be shown');
    expect(screen.getAllByRole('button', { name: 'Start the test' }).length).toBeGreaterThan(0);
  });
});

describe('the work behind one view of the page', () => {
  it('decodes each result code once, the ones kept on this device included', () => {
    localStorage.setItem(
      'toushi-shinri-test:results',
      JSON.stringify({ state: { ownCode: own, friendCode: friend }, version: 1 }),
    );
    const decode = vi.spyOn(resultCodeModule, 'decodeResult');
    try {
      // A page load: the stores read storage, then the page reads the link.
      act(() => rehydratePersistedStores());
      openResultPage({ typeId: 'chart-strategist', code: own });
      expect(screen.getByRole('button', { name: '友だちと比べる' })).toBeInTheDocument();
      const decodes = (code: string) => decode.mock.calls.filter(([arg]) => arg === code).length;
      expect({ own: decodes(own), friend: decodes(friend) }).toEqual({ own: 1, friend: 1 });
    } finally {
      decode.mockRestore();
    }
  });

  it('scores no answers: it is given those the reader’s own result was made from', () => {
    const answers = sampleAnswers((index, count) => (index * 3 + 1) % count);
    const { code, profile } = sampleResult(answers);
    act(() => ownResultRecorded(code));
    const score = vi.spyOn(profileModule, 'buildProfile');
    try {
      openResultPage({ typeId: profile.typeId, code, answers });
      expect(screen.getAllByText(/いちばん効いた回答/).length).toBeGreaterThan(0);
      expect(score).not.toHaveBeenCalled();
    } finally {
      score.mockRestore();
    }
  });
});
