import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { storageKeyOf } from '@/data/privacy-keys';
import { QUESTIONS } from '@/data/questions';
import { safeLocalStorage } from '@/platform/safe-storage';
import {
  EMPTY_QUIZ,
  QUIZ_STORE_VERSION,
  firstUnansweredIndex,
  migrateQuizSnapshot,
  readEnvelope,
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
}

interface QuizState extends QuizSnapshot {
  readonly actions: QuizActions;
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

/**
 * Storage that hands zustand only readable envelopes. Unreadable text (corrupt JSON, wrong shape,
 * absurd size) is removed at once; the state inside is checked by `migrate` and `merge` below.
 */
const quizStorage: PersistStorage<QuizSnapshot> = {
  getItem(name) {
    const raw = safeLocalStorage.getItem(name);
    if (typeof raw !== 'string') return null;
    const envelope = readEnvelope(raw);
    if (envelope === undefined) {
      void safeLocalStorage.removeItem(name);
      return null;
    }
    // zustand types stored state as the current shape; it is still unknown here and is validated
    // by `migrate` (other versions) or `merge` (this version) before it reaches the store.
    return envelope as StorageValue<QuizSnapshot>;
  },
  setItem(name, value) {
    void safeLocalStorage.setItem(name, JSON.stringify(value));
  },
  removeItem(name) {
    void safeLocalStorage.removeItem(name);
  },
};

const useQuizStore = create<QuizState>()(
  persist(
    (set) => ({
      ...EMPTY_QUIZ,
      actions: {
        answerChosen: (questionId, optionId) =>
          set((state) => {
            const index = QUESTIONS.findIndex((question) => question.id === questionId);
            const question = QUESTIONS[index];
            if (!question?.options.some((option) => option.id === optionId)) return state;
            const answers = { ...state.answers, [questionId]: optionId };
            const elapsed = index === state.step ? lapse() : undefined;
            const timings =
              elapsed === undefined ? state.timings : { ...state.timings, [questionId]: elapsed };
            return { answers, step: clampStep(index + 1, answers), timings };
          }),
        answerChanged: (questionId, optionId) =>
          set((state) => {
            const question = QUESTIONS.find((candidate) => candidate.id === questionId);
            if (!question?.options.some((option) => option.id === optionId)) return state;
            return { answers: { ...state.answers, [questionId]: optionId } };
          }),
        steppedForward: () => {
          lapse();
          set((state) => ({ step: clampStep(state.step + 1, state.answers) }));
        },
        steppedBack: () => {
          lapse();
          set((state) => ({ step: Math.max(0, state.step - 1) }));
        },
        unansweredQuestionShown: (step) => {
          lapse();
          set((state) => ({ step: clampStep(step, state.answers) }));
        },
        quizRestarted: () => {
          lapse();
          set({ ...EMPTY_QUIZ });
        },
      },
    }),
    {
      name: QUIZ_STORAGE_KEY,
      version: QUIZ_STORE_VERSION,
      storage: quizStorage,
      partialize: (state): QuizSnapshot => ({
        answers: state.answers,
        step: state.step,
        timings: state.timings,
      }),
      migrate: (persisted, version) => migrateQuizSnapshot(persisted, version, QUESTIONS),
      merge: (persisted, current) => ({
        ...current,
        ...(sanitizeQuizSnapshot(persisted, QUESTIONS) ?? EMPTY_QUIZ),
      }),
    },
  ),
);

/** Re-reads storage as a fresh page load would (a reload, or another tab's progress). */
export function rehydrateQuizStore(): void {
  void useQuizStore.persist.rehydrate();
}

export const useQuizStep = (): number => useQuizStore((state) => state.step);

export const useQuizAnswers = (): QuizSnapshot['answers'] => useQuizStore((state) => state.answers);

export const useQuizActions = (): QuizActions => useQuizStore((state) => state.actions);

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
