import { act, renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { QUESTIONS } from '@/data/questions';
import {
  EMPTY_QUIZ,
  QUIZ_STORE_VERSION,
  restoreQuizSnapshot,
  sanitizeQuizSnapshot,
  type QuestionShape,
  type QuizSnapshot,
} from '@/quiz/quiz-persistence';
import {
  QUIZ_STORAGE_KEY,
  quizTimings,
  useScoredAnswers,
  useQuizActions,
  useQuizAnswers,
  useQuizStep,
} from '@/quiz/quiz-store';
import { rehydratePersistedStores } from '@/platform/persisted-store';
import { safeLocalStorage } from '@/platform/safe-storage';

const MODEL: readonly QuestionShape[] = [
  { id: 'q1', options: [{ id: 'a' }, { id: 'b' }] },
  { id: 'q2', options: [{ id: 'a' }, { id: 'c' }] },
  { id: 'q3', options: [{ id: 'x' }] },
];

/** What every loaded snapshot must satisfy, whatever storage held. */
function expectValid(snapshot: QuizSnapshot, questions: readonly QuestionShape[]): void {
  expect(Object.getPrototypeOf(snapshot.answers)).toBe(Object.prototype);
  for (const [questionId, optionId] of Object.entries(snapshot.answers)) {
    const question = questions.find((candidate) => candidate.id === questionId);
    expect(question?.options.map((option) => option.id)).toContain(optionId);
  }
  expect(Number.isInteger(snapshot.step)).toBe(true);
  expect(snapshot.step).toBeGreaterThanOrEqual(0);
  expect(snapshot.step).toBeLessThanOrEqual(Math.max(0, questions.length - 1));
  // Never past the first question still open.
  const open = questions.findIndex((question) => !Object.hasOwn(snapshot.answers, question.id));
  if (open !== -1) expect(snapshot.step).toBeLessThanOrEqual(open);
  // Only a complete answer set can be the one a result was made from.
  if (snapshot.finished) expect(open).toBe(-1);
}

function persistedText(questions: readonly QuestionShape[]): fc.Arbitrary<string> {
  const questionId = fc.oneof(
    fc.constantFrom(...questions.map((q) => q.id), '__proto__', 'constructor'),
    fc.string(),
  );
  const optionId = fc.oneof(
    fc.constantFrom(...questions.flatMap((q) => q.options.map((o) => o.id))),
    fc.string(),
    fc.integer(),
    fc.constant(null),
  );
  const answers = fc.oneof(fc.dictionary(questionId, optionId, { maxKeys: 8 }), fc.jsonValue());
  const step = fc.oneof(
    fc.integer({ min: -3, max: 40 }),
    fc.double(),
    fc.string(),
    fc.constant(null),
  );
  const finished = fc.oneof(fc.boolean(), fc.jsonValue());
  const state = fc.oneof(
    fc.record({ answers, step, finished }),
    fc.record({ answers, step }),
    fc.record({ answers }),
    fc.jsonValue(),
  );
  const version = fc.oneof(
    fc.constant(QUIZ_STORE_VERSION),
    fc.integer({ min: -2, max: 5 }),
    fc.double(),
    fc.string(),
  );
  const envelope = fc.oneof(fc.record({ state, version }), fc.record({ state }), fc.jsonValue());
  return fc.oneof(
    envelope.map((value) => JSON.stringify(value)),
    envelope.map((value) => JSON.stringify(value).slice(0, -1)),
    fc.string(),
  );
}

describe('loading persisted quiz state', () => {
  it.each([
    [
      'a valid snapshot',
      { answers: { q1: 'b', q2: 'c' }, step: 2, timings: { q1: 4200, q2: 3100 }, finished: false },
      { answers: { q1: 'b', q2: 'c' }, step: 2, timings: { q1: 4200, q2: 3100 }, finished: false },
    ],
    [
      'timings that are not durations of answered questions',
      { answers: { q1: 'b' }, step: 1, timings: { q1: -5, q2: 300, q9: 10 } },
      { answers: { q1: 'b' }, step: 1, timings: {}, finished: false },
    ],
    [
      'unknown questions and options',
      { answers: { q1: 'z', q9: 'a', q2: 'a' }, step: 2 },
      { answers: { q2: 'a' }, step: 0, timings: {}, finished: false },
    ],
    [
      'a step past the end',
      { answers: { q1: 'a', q2: 'a', q3: 'x' }, step: 99 },
      { answers: { q1: 'a', q2: 'a', q3: 'x' }, step: 2, timings: {}, finished: false },
    ],
    [
      'a step past the first open question',
      { answers: { q1: 'a' }, step: 2 },
      { answers: { q1: 'a' }, step: 1, timings: {}, finished: false },
    ],
    [
      'a finished test',
      { answers: { q1: 'a', q2: 'a', q3: 'x' }, step: 2, finished: true },
      { answers: { q1: 'a', q2: 'a', q3: 'x' }, step: 2, timings: {}, finished: true },
    ],
    [
      'a finished test of which the model no longer takes every answer',
      { answers: { q1: 'a', q2: 'a', q3: 'x', q9: 'a' }, step: 2, finished: true },
      { answers: { q1: 'a', q2: 'a', q3: 'x' }, step: 2, timings: {}, finished: false },
    ],
  ])('keeps what is valid from %s', (_kind, state, expected) => {
    expect(sanitizeQuizSnapshot(state, MODEL)).toEqual(expected);
  });

  it.each([
    ['a negative step', { answers: {}, step: -1 }],
    ['a fractional step', { answers: {}, step: 1.5 }],
    ['answers that are not strings', { answers: { q1: 1 }, step: 0 }],
    ['answers in a list', { answers: ['a'], step: 0 }],
    ['no answers', { step: 0 }],
    ['null', null],
  ])('rejects %s', (_kind, state) => {
    expect(sanitizeQuizSnapshot(state, MODEL)).toBeUndefined();
  });

  it('keeps the answers of version 1 progress, which had no timings', () => {
    const raw = JSON.stringify({ state: { answers: { q1: 'a', q9: 'z' }, step: 1 }, version: 1 });
    expect(restoreQuizSnapshot(raw, MODEL)).toEqual({
      answers: { q1: 'a' },
      step: 1,
      timings: {},
      finished: false,
    });
  });

  it('takes a complete test saved by version 2 for the one the reader finished with', () => {
    const answers = { q1: 'a', q2: 'c', q3: 'x' };
    const raw = JSON.stringify({ state: { answers, step: 2, timings: {} }, version: 2 });
    expect(restoreQuizSnapshot(raw, MODEL)).toEqual({
      answers,
      step: 2,
      timings: {},
      finished: true,
    });
  });

  it('discards state written by a newer version of the app', () => {
    const raw = JSON.stringify({
      state: { answers: { q1: 'a' }, step: 1 },
      version: QUIZ_STORE_VERSION + 1,
    });
    expect(restoreQuizSnapshot(raw, MODEL)).toEqual(EMPTY_QUIZ);
  });

  it('never lets a stored "__proto__" answer change an object prototype', () => {
    const raw = `{"state":{"answers":{"__proto__":"a","constructor":"b","q1":"a"},"step":1},"version":${QUIZ_STORE_VERSION}}`;
    const restored = restoreQuizSnapshot(raw, MODEL);
    expect(restored).toEqual({ answers: { q1: 'a' }, step: 1, timings: {}, finished: false });
    expect(Object.getPrototypeOf(restored?.answers)).toBe(Object.prototype);
  });

  it('either loads any stored text as a valid snapshot or discards it', () => {
    fc.assert(
      fc.property(persistedText(MODEL), (raw) => {
        const restored = restoreQuizSnapshot(raw, MODEL);
        if (restored !== undefined) expectValid(restored, MODEL);
      }),
      { numRuns: 10_000, seed: 424_242 },
    );
  }, 60_000);

  it('either loads any stored text into the real store as a valid state or starts empty', () => {
    const { result } = renderHook(() => ({
      step: useQuizStep(),
      answers: useQuizAnswers(),
      timings: quizTimings(),
      finished: useScoredAnswers() !== undefined,
    }));
    fc.assert(
      fc.property(persistedText(QUESTIONS), (raw) => {
        safeLocalStorage.removeItem(QUIZ_STORAGE_KEY);
        localStorage.setItem(QUIZ_STORAGE_KEY, raw);
        act(() => rehydratePersistedStores());
        expectValid(result.current, QUESTIONS);
        const restored = restoreQuizSnapshot(raw, QUESTIONS) ?? EMPTY_QUIZ;
        expect(result.current).toEqual(restored);
      }),
      { numRuns: 10_000, seed: 1_234_567 },
    );
  }, 60_000);
});

describe('the answers the reader finished with', () => {
  const [first] = QUESTIONS;
  const all = Object.fromEntries(
    QUESTIONS.map((question) => [question.id, question.options[0]!.id]),
  );

  function finishedTest() {
    const { result } = renderHook(() => ({
      actions: useQuizActions(),
      finished: useScoredAnswers(),
    }));
    act(() => {
      for (const question of QUESTIONS)
        result.current.actions.answerChosen(question.id, all[question.id]!);
      result.current.actions.quizFinished(all);
    });
    return result;
  }

  it('are kept once the result is made from them, through a reload', () => {
    const result = finishedTest();
    expect(result.current.finished).toEqual(all);
    act(() => rehydratePersistedStores());
    expect(result.current.finished).toEqual(all);
  });

  it('stay so when the reader picks the same option again', () => {
    const result = finishedTest();
    act(() => result.current.actions.answerChosen(first!.id, all[first!.id]!));
    expect(result.current.finished).toEqual(all);
  });

  it.each([
    ['chooses another option', 'answerChosen'],
    ['moves the selection to another option', 'answerChanged'],
  ] as const)('are none once the reader %s', (_, action) => {
    const result = finishedTest();
    act(() => result.current.actions[action](first!.id, first!.options[1]!.id));
    expect(result.current.finished).toBeUndefined();
  });

  it('are none once the reader starts over', () => {
    const result = finishedTest();
    act(() => result.current.actions.quizRestarted());
    expect(result.current.finished).toBeUndefined();
  });

  it('are those the result was made from, even if one changed while it was being made', () => {
    const { result } = renderHook(() => ({
      actions: useQuizActions(),
      finished: useScoredAnswers(),
    }));
    act(() => {
      for (const question of QUESTIONS)
        result.current.actions.answerChosen(question.id, all[question.id]!);
      result.current.actions.answerChanged(first!.id, first!.options[1]!.id);
      result.current.actions.quizFinished(all);
    });
    expect(result.current.finished).toEqual(all);
  });
});

describe('answer timings', () => {
  it('times each answer from the moment its question appeared, on this device only', () => {
    const { result } = renderHook(() => useQuizActions());
    const [first, second] = QUESTIONS;
    act(() => result.current.quizRestarted());
    act(() => result.current.answerChosen(first!.id, first!.options[0]!.id));
    act(() => result.current.answerChosen(second!.id, second!.options[0]!.id));
    const timings = quizTimings();
    expect(timings[first!.id]).toBeGreaterThanOrEqual(0);
    expect(timings[second!.id]).toBeGreaterThanOrEqual(0);
    const stored = safeLocalStorage.getItem(QUIZ_STORAGE_KEY) ?? '';
    expect(JSON.parse(String(stored))).toMatchObject({
      version: QUIZ_STORE_VERSION,
      state: { timings },
    });
    act(() => result.current.quizRestarted());
    expect(quizTimings()).toEqual({});
  });
});
