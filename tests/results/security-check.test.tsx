import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { results as ja } from '@/i18n/resources/ja/results';
import { ownResultRecorded, storedResultsCleared } from '@/results/result-store';
import { rehydrateSecurityCheckStore, securityChecksCleared } from '@/results/security-check-store';
import { codeOf } from './fixtures';
import { openResultPage } from './render-result-page';

const own = codeOf('trend-follower', { socialInfluence: 80 });

beforeEach(() => {
  act(() => {
    storedResultsCleared();
    securityChecksCleared();
  });
  localStorage.clear();
  act(() => ownResultRecorded(own));
});

async function answerAll(
  user: ReturnType<typeof openResultPage>['user'],
  values: { mfa: boolean; links: boolean; offers: boolean },
) {
  for (const check of ['mfa', 'links', 'offers'] as const) {
    const group = screen.getByRole('group', { name: ja.security.questions[check] });
    await user.click(within(group).getByRole('radio', { name: values[check] ? 'はい' : 'いいえ' }));
  }
}

describe('the account-security check on one’s own result', () => {
  it('asks three yes/no questions, then gives advice tailored to the answers and the 7pay story', async () => {
    const { user } = openResultPage({ typeId: 'trend-follower', code: own });
    const section = screen.getByRole('region', { name: '口座を守る習慣' });
    expect(within(section).getAllByRole('radio')).toHaveLength(6);
    await answerAll(user, { mfa: false, links: true, offers: false });
    await user.click(within(section).getByRole('button', { name: 'アドバイスを見る' }));
    expect(section).toHaveTextContent(ja.security.advice.mfa.no);
    expect(section).toHaveTextContent(ja.security.advice.links.yes);
    expect(section).toHaveTextContent(ja.security.advice.offers.no);
    expect(section).toHaveTextContent(ja.security.sevenPay);
    expect(section).toHaveTextContent(ja.security.whyInvestors);
    // A trend-following type also hears about scams.
    expect(section).toHaveTextContent(ja.security.scamWarning);
  });

  it('gives no advice until all three are answered', async () => {
    const { user } = openResultPage({ typeId: 'trend-follower', code: own });
    const section = screen.getByRole('region', { name: '口座を守る習慣' });
    await user.click(within(section).getByRole('button', { name: 'アドバイスを見る' }));
    expect(section).not.toHaveTextContent(ja.security.sevenPay);
    expect(section).toHaveTextContent(ja.security.unanswered);
  });

  it('keeps the answers on this device only: in storage, never in the result code or link', async () => {
    const { user, unmount } = openResultPage({ typeId: 'trend-follower', code: own });
    await answerAll(user, { mfa: true, links: true, offers: true });
    await user.click(screen.getByRole('button', { name: 'アドバイスを見る' }));
    const stored = JSON.parse(
      localStorage.getItem('toushi-shinri-test:security-check') ?? '{}',
    ) as {
      state: unknown;
    };
    expect(stored.state).toEqual({
      answers: { mfa: true, links: true, offers: true },
      submitted: true,
    });
    expect(window.location.href).not.toMatch(/mfa|security/);
    unmount();
    act(() => rehydrateSecurityCheckStore());
    openResultPage({ typeId: 'trend-follower', code: own });
    expect(screen.getByRole('region', { name: '口座を守る習慣' })).toHaveTextContent(
      ja.security.advice.mfa.yes,
    );
  });

  it('ignores anything else found in storage', () => {
    localStorage.setItem(
      'toushi-shinri-test:security-check',
      JSON.stringify({
        state: { answers: { mfa: 'yes', evil: true }, submitted: true },
        version: 1,
      }),
    );
    act(() => rehydrateSecurityCheckStore());
    openResultPage({ typeId: 'trend-follower', code: own });
    expect(
      screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked),
    ).toHaveLength(0);
  });
});

describe('the answer that counted most', () => {
  it('is shown only to the reader whose answers made the result', async () => {
    const { sampleAnswers, sampleResult } = await import('../../scripts/lib/sample-result');
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
    // Someone else's answers on this device: nothing is quoted.
    openResultPage({
      typeId: result.profile.typeId,
      code: result.code,
      answers: sampleAnswers(() => 0),
    });
    expect(screen.queryByText(/いちばん効いた回答/)).not.toBeInTheDocument();
    expect(screen.queryByText(/あなたの答え：/)).not.toBeInTheDocument();
  });
});
