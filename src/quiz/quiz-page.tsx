import { useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { QUESTIONS } from '@/data/questions';
import type { Answers } from '@/engine/contract';
import { emitAppEvent } from '@/platform/app-events';
import { ProgressBar } from '@/ui/progress-bar';
import { useDocumentTitle } from '@/ui/use-document-title';
import { useHydrated } from '@/ui/use-client-value';
import { useTallestHeight } from '@/ui/use-tallest-height';
import { QuestionCard, type ChoiceView } from './question-card';
import { quizKeyCommand } from './keyboard-shortcuts';
import { firstUnansweredIndex } from './quiz-persistence';
import { useAnsweredCount, useQuizActions, useQuizAnswers, useQuizStep } from './quiz-store';
import { minutesFor } from './quiz-timing';

/** From this many questions before the end, the result page's code is fetched in idle time. */
export const PREFETCH_FROM_LAST = 3;

interface QuizPageProps {
  /** Every question has an answer: time for the result. */
  readonly onFinished: (answers: Answers) => void;
  /** The reader is on one of the last questions: a good moment to fetch the result page. */
  readonly onNearEnd: () => void;
  /** Inside a blog's frame: a step never makes the page shorter than the tallest one so far. */
  readonly steadyHeight?: boolean;
}

const NO_ANSWERS: Answers = {};

/**
 * True while React hydrates the pre-rendered page (and on the server), false on every other render.
 * The pre-render knows nothing of saved progress, so hydration draws exactly what it drew, the
 * first question without an answer, and the saved test comes up in the render right after.
 */
function usePrerenderedView(): boolean {
  return !useHydrated();
}

interface QuestionText {
  readonly prompt: string;
  readonly options: Readonly<Record<string, string>>;
}

/** The question flow: one question per screen, progress, keyboard, focus on each new heading. */
export function QuizPage({ onFinished, onNearEnd, steadyHeight = false }: QuizPageProps) {
  const { t } = useTranslation(['quiz', 'common', 'model']);
  const pageRef = useRef<HTMLDivElement>(null);
  useTallestHeight(pageRef, steadyHeight);
  const navigate = useNavigate();
  const prerendered = usePrerenderedView();
  const liveStep = useQuizStep();
  const storedStep = prerendered ? 0 : liveStep;
  // The question on screen follows the store one render behind: the frame right after a tap only
  // marks the chosen option, and the next question renders just after it, in a render React may
  // split, so the tap is answered on screen without waiting for the whole next question.
  const step = useDeferredValue(storedStep);
  // Between the tap and the next question: taps and keys on the question still shown do nothing,
  // as during the tap hold, so none can land on a question the reader has already left.
  const switching = step !== storedStep;
  const liveAnswers = useQuizAnswers();
  const answers = prerendered ? NO_ANSWERS : liveAnswers;
  const answeredCount = useAnsweredCount();
  const actions = useQuizActions();
  const heading = useRef<HTMLHeadingElement>(null);
  // The question that came up by going forward (an answer or 次へ): it slides in and holds taps.
  const [arrivalByAnswer, setArrivalByAnswer] = useState<string | undefined>(undefined);

  const total = QUESTIONS.length;
  const question = QUESTIONS[Math.min(step, total - 1)];
  const selected = question === undefined ? undefined : answers[question.id];
  const isLast = step >= total - 1;

  useDocumentTitle(t('common:meta.quizTitle'));

  useEffect(() => {
    heading.current?.focus();
  }, [step]);

  useEffect(() => {
    if (storedStep >= total - PREFETCH_FROM_LAST) onNearEnd();
  }, [storedStep, total, onNearEnd]);

  const finish = useCallback(
    (finalAnswers: Answers) => {
      const open = firstUnansweredIndex(QUESTIONS, finalAnswers);
      if (open >= QUESTIONS.length) {
        onFinished(finalAnswers);
        return;
      }
      // Only possible if the model changed under a saved test: show the first open question.
      actions.unansweredQuestionShown(open);
      heading.current?.focus();
    },
    [actions, onFinished],
  );

  const choose = useCallback(
    (optionId: string, advance: boolean) => {
      if (question === undefined || switching) return;
      if (!advance) {
        // Arrow-key browsing records the choice but stays on the question.
        actions.answerChanged(question.id, optionId);
        return;
      }
      if (answeredCount === 0) emitAppEvent({ type: 'quiz-started' });
      setArrivalByAnswer(QUESTIONS[step + 1]?.id);
      actions.answerChosen(question.id, optionId);
      emitAppEvent({ type: 'step-answered', stepIndex: step });
      if (isLast) finish({ ...answers, [question.id]: optionId });
    },
    [actions, answeredCount, answers, finish, isLast, question, step, switching],
  );

  const goOn = useCallback(() => {
    if (selected === undefined || switching) return;
    setArrivalByAnswer(QUESTIONS[step + 1]?.id);
    if (isLast) finish(answers);
    else actions.steppedForward();
  }, [actions, answers, finish, isLast, selected, step, switching]);

  const goBack = useCallback(() => {
    if (switching) return;
    setArrivalByAnswer(undefined);
    if (step === 0) void navigate('/');
    else actions.steppedBack();
  }, [actions, navigate, step, switching]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const command = quizKeyCommand(event, question?.options.length ?? 0);
      if (command === undefined) return;
      event.preventDefault();
      switch (command.kind) {
        case 'choose': {
          const option = question?.options[command.index];
          if (option !== undefined) choose(option.id, true);
          return;
        }
        case 'next':
          goOn();
          return;
        case 'back':
          goBack();
          return;
        default: {
          const unreachable: never = command;
          return unreachable;
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [choose, goBack, goOn, question]);

  if (question === undefined) return null;

  const text: QuestionText = t(`model:questions.${question.id}`, { returnObjects: true });
  const choices: ChoiceView[] = question.options.map((option) => ({
    id: option.id,
    label: text.options[option.id] ?? option.id,
  }));
  const remainingMinutes = minutesFor(total - step);

  return (
    <div ref={pageRef} className="page page--narrow quiz">
      <div className="quiz__progress">
        <div className="quiz__progress-text">
          <span className="quiz__count">{t('progress.count', { current: step + 1, total })}</span>
          <span>{t('progress.timeLeft', { count: remainingMinutes })}</span>
        </div>
        <ProgressBar
          current={step + 1}
          total={total}
          label={t('progress.label')}
          valueText={t('progress.valueText', { current: step + 1, total })}
        />
      </div>
      <QuestionCard
        key={question.id}
        questionId={question.id}
        number={step + 1}
        prompt={text.prompt}
        choices={choices}
        selected={selected}
        onChoose={choose}
        headingRef={heading}
        arrivedByAnswer={arrivalByAnswer === question.id}
      />
      <div className="quiz__nav">
        <button type="button" className="button button--secondary" onClick={goBack}>
          {t('back')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={goOn}
          disabled={selected === undefined}
        >
          {isLast ? t('seeResult') : t('next')}
        </button>
      </div>
      <p className="quiz__hint">{t('keyboardHint')}</p>
      <p className="quiz__restart">
        <button type="button" className="text-button" onClick={actions.quizRestarted}>
          {t('startOver')}
        </button>
      </p>
    </div>
  );
}
