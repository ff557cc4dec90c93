import { QUESTIONS, type Question } from '@/data/questions';

const questions: readonly Question[] = QUESTIONS;
import { answerQualityFlags, checkAnswerQuality } from '@/engine/answer-quality';
import { answersToIndices } from '@/engine/scoring';
import { LAST_OPTIONS, answersBy } from './answer-sets';

const indicesOf = (answers: Record<string, string>) => {
  const result = answersToIndices(answers);
  if (!result.ok) throw new Error('complete answers');
  return result.value;
};

describe('answer-quality flags', () => {
  it('flags the same last option everywhere as straight-lining and contradictory', () => {
    expect(checkAnswerQuality(LAST_OPTIONS)).toEqual({
      ok: true,
      value: ['straight-lining', 'contradictory'],
    });
  });

  it.each([
    ['first', () => 0],
    ['second', (count: number) => Math.min(1, count - 1)],
    ['middle', (count: number) => Math.floor((count - 1) / 2)],
    ['middle, upper of two centres', (count: number) => Math.ceil((count - 1) / 2)],
    ['last', (count: number) => count - 1],
  ])('flags straight-lining on the %s column', (_, column) => {
    const answers = answersBy((question) => question.options[column(question.options.length)]!.id);
    expect(answerQualityFlags(indicesOf(answers))).toContain('straight-lining');
  });

  it('flags all-middle answers, which once gave balanced-navigator unflagged', () => {
    const middle = answersBy(
      (question) => question.options[Math.floor((question.options.length - 1) / 2)]!.id,
    );
    expect(checkAnswerQuality(middle)).toMatchObject({ ok: true, value: ['straight-lining'] });
  });

  it('flags accepting the 150,000-yen offer but declining the better 200,000-yen one, with a reversed pair', () => {
    const base = answersBy((q) => q.options[Math.min(1, q.options.length - 1)]!.id);
    const flags = answerQualityFlags(
      indicesOf({
        ...base,
        'coin-150k': 'accept',
        'coin-200k': 'decline',
        'ag-loss-sting': 'strongly-agree',
        'ag-loss-shrug': 'strongly-agree',
      }),
    );
    expect(flags).toContain('contradictory');
  });

  it('does not flag consistent, varied answers', () => {
    const varied = answersBy((q) => q.options[questions.indexOf(q) % 2]!.id);
    expect(
      answerQualityFlags(
        indicesOf({
          ...varied,
          'coin-150k': 'decline',
          'coin-200k': 'probably-decline',
          'ag-loss-sting': 'agree',
          'ag-loss-shrug': 'disagree',
          'ag-long-wait': 'agree',
          'ag-quick-results': 'disagree',
          'ag-gut-feeling': 'disagree',
          'ag-rules-first': 'agree',
          'ag-follow-crowd': 'disagree',
          'ag-own-research': 'agree',
        }),
      ),
    ).toEqual([]);
  });

  it('flags a median under 1.5 s an item as faster than reading, and no flag without timings', () => {
    const fast = Object.fromEntries(QUESTIONS.map((q) => [q.id, 900]));
    const reading = Object.fromEntries(QUESTIONS.map((q) => [q.id, 4000]));
    const answers = answersBy((q) => q.options[questions.indexOf(q) % 2]!.id);
    expect(answerQualityFlags(indicesOf(answers), fast)).toContain('too-fast');
    expect(answerQualityFlags(indicesOf(answers), reading)).not.toContain('too-fast');
    expect(answerQualityFlags(indicesOf(answers))).not.toContain('too-fast');
  });
});
