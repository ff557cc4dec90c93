import { storageKeyOf } from '@/data/privacy-keys';
import { QUESTIONS } from '@/data/questions';
import { createPersistedStore } from '@/platform/persisted-store';
import {
  EMPTY_QUIZ,
  QUIZ_STORE_VERSION,
  firstUnansweredIndex,
  migrateQuizSnapshot,
  sanitizeQuizSnapshot,
  type QuizSnapshot,
} from './quiz-persistence';

export const QUIZ_STORAGE_KEY = storageKeyOf('quiz');

interface QuizActions {
  /** The reader picked an option: it is recorded and the next question comes up. */
  answerChosen: (questionId: string, optionId: string) => void;
  /** The reader moved the selection (arrow keys): it is recorded, the question stays on screen. */
  answerChanged: (questionId: string, optionId: string) => void;
  /** The reader went on from a question they had already answered. */
  steppedForward: () => void;
  /** The reader went back one question; every answer is kept. */
  steppedBack: () => void;
  /** Finishing found a question without an answer (e.g. the model changed): show that one. */
  unansweredQuestionShown: (step: number) => void;
  /** The reader chose to start over: every answer is forgotten. */
  quizRestarted: () => void;
  /** The reader's own result was made from these answers: it quotes them until one changes. */
  quizFinished: (answers: QuizSnapshot['answers']) => void;
}

const LAST_STEP = Math.max(0, QUESTIONS.length - 1);

/**
 * When the question on screen appeared (ms, performance clock), or null when unknown (before the
 * first step change of this page load). In memory only: a reload starts timing afresh.
 */
let shownAt: number | null = null;
const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
/** Milliseconds since the question on screen appeared, and the clock restarted for the next. */
function lapse(): number | undefined {
  const time = now();
  const elapsed = shownAt === null ? undefined : time - shownAt;
  shownAt = time;
  return elapsed;
}

function clampStep(step: number, answers: QuizSnapshot['answers']): number {
  return Math.max(0, Math.min(step, firstUnansweredIndex(QUESTIONS, answers), LAST_STEP));
}

const useQuizStore = createPersistedStore<QuizSnapshot>({
  key: QUIZ_STORAGE_KEY,
  version: QUIZ_STORE_VERSION,
  initial: EMPTY_QUIZ,
  parse: (stored) => sanitizeQuizSnapshot(stored, QUESTIONS),
  migrate: (stored, version) => migrateQuizSnapshot(stored, version, QUESTIONS),
});

const quizActions: QuizActions = {
  answerChosen: (questionId, optionId) =>
    useQuizStore.setState((state) => {
      const index = QUESTIONS.findIndex((question) => question.id === questionId);
      const question = QUESTIONS[index];
      if (!question?.options.some((option) => option.id === optionId)) return state;
      const answers = { ...state.answers, [questionId]: optionId };
      const elapsed = index === state.step ? lapse() : undefined;
      const timings =
        elapsed === undefined ? state.timings : { ...state.timings, [questionId]: elapsed };
      const finished = state.finished && state.answers[questionId] === optionId;
      return { answers, step: clampStep(index + 1, answers), timings, finished };
    }),
  answerChanged: (questionId, optionId) =>
    useQuizStore.setState((state) => {
      const question = QUESTIONS.find((candidate) => candidate.id === questionId);
      if (!question?.options.some((option) => option.id === optionId)) return state;
      return { answers: { ...state.answers, [questionId]: optionId }, finished: false };
    }),
  steppedForward: () => {
    lapse();
    useQuizStore.setState((state) => ({ step: clampStep(state.step + 1, state.answers) }));
  },
  steppedBack: () => {
    lapse();
    useQuizStore.setState((state) => ({ step: Math.max(0, state.step - 1) }));
  },
  unansweredQuestionShown: (step) => {
    lapse();
    useQuizStore.setState((state) => ({ step: clampStep(step, state.answers) }));
  },
  quizRestarted: () => {
    lapse();
    useQuizStore.setState(EMPTY_QUIZ);
  },
  // The answers as scored, even if one changed while the result was being made.
  quizFinished: (answers) => useQuizStore.setState({ answers, finished: true }),
};

export const useQuizStep = (): number => useQuizStore((state) => state.step);

export const useQuizAnswers = (): QuizSnapshot['answers'] => useQuizStore((state) => state.answers);

/** The answers the reader's own result was made from, while none has changed since. */
export const useScoredAnswers = (): QuizSnapshot['answers'] | undefined =>
  useQuizStore((state) => (state.finished ? state.answers : undefined));

export const useQuizActions = (): QuizActions => quizActions;

/** The reader's own timings so far (question id -> ms), read once when the quiz is finished. */
export function quizTimings(): Readonly<Record<string, number>> {
  return useQuizStore.getState().timings;
}

function answeredCount(answers: QuizSnapshot['answers']): number {
  return QUESTIONS.filter((question) => Object.hasOwn(answers, question.id)).length;
}

/** How many questions have an answer; progress and completion derive from it. */
export const useAnsweredCount = (): number => useQuizStore((state) => answeredCount(state.answers));

/** A test is in progress when some, but not all, questions are answered. */
export const useQuizInProgress = (): boolean =>
  useQuizStore((state) => {
    const count = answeredCount(state.answers);
    return count > 0 && count < QUESTIONS.length;
  });
