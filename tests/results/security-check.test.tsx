import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { results as ja } from '@/i18n/resources/ja/results';
import { rehydratePersistedStores } from '@/platform/persisted-store';
import { ownResultRecorded } from '@/results/result-store';
import { codeOf } from './fixtures';
import { openResultPage } from './render-result-page';

const own = codeOf('trend-follower', { socialInfluence: 80 });

beforeEach(() => {
  act(() => ownResultRecorded(own));
});

type Choices = { login: string; passwords: string; offers: string };

async function answerAll(user: ReturnType<typeof openResultPage>['user'], choices: Choices) {
  for (const check of ['login', 'passwords', 'offers'] as const) {
    const group = screen.getByRole('group', { name: ja.security.questions[check] });
    const label = ja.security.choices[choices[check] as keyof typeof ja.security.choices];
    // Two checks offer the same words for "no account yet": pick within the check's own group.
    await user.click(within(group).getByRole('radio', { name: label }));
  }
}

const section = () => screen.getByRole('region', { name: '口座を守る習慣' });

describe('the account-security check on one’s own result', { timeout: 20_000 }, () => {
  it('asks how the login is protected, about password reuse and about offers, in words that fit readers without an account', () => {
    openResultPage({ typeId: 'trend-follower', code: own });
    const login = screen.getByRole('group', { name: ja.security.questions.login });
    expect(
      within(login)
        .getAllByRole('radio')
        .map((radio) => radio.closest('label')?.textContent),
    ).toEqual([
      'パスキー（指紋・顔認証など）',
      '確認コード（SMS・メール）だけ',
      'パスワードのほかは設定していない',
      'まだ口座を持っていない',
    ]);
    const passwords = screen.getByRole('group', { name: ja.security.questions.passwords });
    expect(within(passwords).getAllByRole('radio')).toHaveLength(4);
    expect(
      within(passwords).getByRole('radio', { name: 'まだ口座を持っていない' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: ja.security.questions.offers })).toBeInTheDocument();
    // It renders in the middle of the page: no 「最後に」.
    expect(section()).not.toHaveTextContent('最後に');
  });

  it('explains that codes can be relayed by phishing and points to passkeys', async () => {
    const { user } = openResultPage({ typeId: 'trend-follower', code: own });
    await answerAll(user, { login: 'codes-only', passwords: 'reused', offers: 'listen' });
    await user.click(within(section()).getByRole('button', { name: 'アドバイスを見る' }));
    expect(section()).toHaveTextContent(ja.security.advice['codes-only']);
    expect(ja.security.advice['codes-only']).toMatch(/リアルタイムフィッシング/);
    expect(ja.security.advice['codes-only']).toMatch(/パスキー/);
    expect(section()).toHaveTextContent(ja.security.advice.reused);
    expect(ja.security.advice.reused).toMatch(/7pay/);
    expect(section()).toHaveTextContent(ja.security.advice.listen);
    // The habits and what to do at once come with every answer.
    expect(section()).toHaveTextContent(ja.security.habits.account.notifications);
    expect(section()).toHaveTextContent(ja.security.habits.account.review);
    expect(section()).toHaveTextContent(ja.security.incident);
    expect(ja.security.incident).toMatch(/#9110/);
    expect(ja.security.incident).toMatch(/金融サービス利用者相談室/);
    expect(section()).toHaveTextContent(ja.security.sevenPay);
    // A trend-following type also hears about scams.
    expect(section()).toHaveTextContent(ja.security.scamWarning);
  });

  it('does not praise codes as enough, and never calls one habit the best', async () => {
    const { user } = openResultPage({ typeId: 'trend-follower', code: own });
    await answerAll(user, { login: 'codes-only', passwords: 'unique', offers: 'ignore' });
    await user.click(within(section()).getByRole('button', { name: 'アドバイスを見る' }));
    const codes = within(section()).getByText(ja.security.advice['codes-only'], { exact: false });
    expect(codes.closest('li')).toHaveTextContent(ja.security.status.todo);
    const all = JSON.stringify(ja.security);
    expect(all).not.toMatch(/いちばん|方向に/);
  });

  it('speaks to a reader without an account about what to do when opening one', async () => {
    const { user } = openResultPage({ typeId: 'trend-follower', code: own });
    await answerAll(user, { login: 'no-account', passwords: 'not-yet', offers: 'ignore' });
    await user.click(within(section()).getByRole('button', { name: 'アドバイスを見る' }));
    expect(section()).toHaveTextContent(ja.security.advice['no-account']);
    expect(section()).toHaveTextContent(ja.security.advice['not-yet']);
    expect(section()).toHaveTextContent(ja.security.habits.noAccount.notifications);
    expect(section()).not.toHaveTextContent(ja.security.habits.account.review);
    expect(within(section()).getAllByText(ja.security.status.prepare)).toHaveLength(2);
  });

  it('gives no advice until every check is answered', async () => {
    const { user } = openResultPage({ typeId: 'trend-follower', code: own });
    await user.click(within(section()).getByRole('button', { name: 'アドバイスを見る' }));
    expect(section()).not.toHaveTextContent(ja.security.sevenPay);
    expect(section()).toHaveTextContent(ja.security.unanswered.replace('{{count}}', '3'));
  });

  it('keeps the answers on this device only: in storage, never in the result code or link', async () => {
    const { user, unmount } = openResultPage({ typeId: 'trend-follower', code: own });
    const linkBefore = screen.getByRole('link', { name: /LINEで送る/ }).getAttribute('href');
    await answerAll(user, { login: 'passkey', passwords: 'unique', offers: 'ignore' });
    await user.click(screen.getByRole('button', { name: 'アドバイスを見る' }));
    const stored = JSON.parse(
      localStorage.getItem('toushi-shinri-test:security-check') ?? '{}',
    ) as {
      state: unknown;
    };
    expect(stored.state).toEqual({
      answers: { login: 'passkey', passwords: 'unique', offers: 'ignore' },
      submitted: true,
    });
    expect(window.location.href).not.toMatch(/passkey|security/);
    expect(screen.getByRole('link', { name: /LINEで送る/ }).getAttribute('href')).toBe(linkBefore);
    unmount();
    act(() => rehydratePersistedStores());
    openResultPage({ typeId: 'trend-follower', code: own });
    expect(section()).toHaveTextContent(ja.security.advice.passkey);
  });

  it('ignores anything else found in storage', () => {
    localStorage.setItem(
      'toushi-shinri-test:security-check',
      JSON.stringify({
        state: { answers: { login: 'unique', offers: 'yes', evil: true }, submitted: true },
        version: 2,
      }),
    );
    act(() => rehydratePersistedStores());
    openResultPage({ typeId: 'trend-follower', code: own });
    expect(
      screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked),
    ).toHaveLength(0);
  });

  it('keeps the scam answer of the old yes-or-no checks, and asks the changed ones again', () => {
    localStorage.setItem(
      'toushi-shinri-test:security-check',
      JSON.stringify({
        state: { answers: { mfa: true, links: true, offers: true }, submitted: true },
        version: 1,
      }),
    );
    act(() => rehydratePersistedStores());
    openResultPage({ typeId: 'trend-follower', code: own });
    const offers = screen.getByRole('group', { name: ja.security.questions.offers });
    expect(within(offers).getByRole('radio', { name: ja.security.choices.ignore })).toBeChecked();
    const login = screen.getByRole('group', { name: ja.security.questions.login });
    expect(
      within(login)
        .getAllByRole('radio')
        .some((radio) => (radio as HTMLInputElement).checked),
    ).toBe(false);
  });
});

describe('the answer that counted most', () => {
  it('is shown with the answers the reader’s own result was made from, on that result only', async () => {
    const { sampleAnswers, sampleResult } = await import('../../scripts/lab/lib/sample-result');
    const answers = sampleAnswers((index, count) => (index * 3 + 1) % count);
    const result = sampleResult(answers);
    act(() => ownResultRecorded(result.code));
    const { unmount } = openResultPage({
      typeId: result.profile.typeId,
      code: result.code,
      answers,
    });
    expect(screen.getAllByText(/いちばん効いた回答/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/あなたの答え：/)).toHaveLength(3);
    unmount();
    // Someone else's result opened on this device: the reader's answers are not theirs.
    openResultPage({ typeId: 'trend-follower', code: own, answers });
    expect(screen.getByText('シェアされた診断結果')).toBeInTheDocument();
    expect(screen.queryByText(/いちばん効いた回答/)).not.toBeInTheDocument();
    expect(screen.queryByText(/あなたの答え：/)).not.toBeInTheDocument();
  });
});
