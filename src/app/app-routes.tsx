import { useCallback, useState } from 'react';
import { Route, Routes, useNavigate, useParams } from 'react-router-dom';
import { QUESTIONS } from '@/data/questions';
import type { Answers } from '@/engine/contract';
import { emitAppEvent } from '@/platform/app-events';
import { runWhenIdle } from '@/platform/idle';
import { LandingPage } from '@/quiz/landing-page';
import { QuizPage } from '@/quiz/quiz-page';
import { useAnsweredCount, useQuizActions } from '@/quiz/quiz-store';
import { ChunkLoadError } from '@/ui/retryable-lazy';
import { RouteError } from '@/ui/route-error';
import { embedConfiguratorPage, loadFinishQuiz, resultPage } from './lazy-pages';
import { NotFoundPage } from './not-found-page';
import { RouteBoundary } from './route-boundary';
import { SiteLayout } from './site-layout';

function prefetchResult(): void {
  void resultPage.preload();
  loadFinishQuiz().catch(() => undefined);
}

function QuizRoute() {
  const navigate = useNavigate();
  const [failure, setFailure] = useState<unknown>(undefined);
  const [lastAnswers, setLastAnswers] = useState<Answers | undefined>(undefined);

  const onFinished = useCallback(
    (answers: Answers) => {
      setLastAnswers(answers);
      setFailure(undefined);
      loadFinishQuiz().then(
        ({ finishQuiz }) => {
          const outcome = finishQuiz(answers);
          if (!outcome.ok) {
            setFailure(new Error(`The answers could not be scored: ${outcome.error.kind}`));
            return;
          }
          emitAppEvent({ type: 'quiz-completed', typeId: outcome.typeId });
          void navigate(`/r/${outcome.typeId}/#${outcome.code}`);
        },
        (error: unknown) => setFailure(new ChunkLoadError(error)),
      );
    },
    [navigate],
  );
  const onNearEnd = useCallback(() => runWhenIdle(prefetchResult), []);

  if (failure !== undefined) {
    return (
      <RouteError
        error={failure}
        onRetry={() => {
          if (lastAnswers === undefined) setFailure(undefined);
          else onFinished(lastAnswers);
        }}
      />
    );
  }
  return <QuizPage onFinished={onFinished} onNearEnd={onNearEnd} />;
}

function ResultRoute() {
  const { typeId = '' } = useParams();
  const navigate = useNavigate();
  const { quizRestarted } = useQuizActions();
  const answered = useAnsweredCount();
  const retake = useCallback(() => {
    quizRestarted();
    void navigate('/quiz/');
  }, [navigate, quizRestarted]);
  const startQuiz = useCallback(() => {
    // A finished test starts over; one in progress (a friend's link opened mid-test) resumes.
    if (answered >= QUESTIONS.length) quizRestarted();
    void navigate('/quiz/');
  }, [answered, navigate, quizRestarted]);
  return <resultPage.Component typeIdFromPath={typeId} onRetake={retake} onStartQuiz={startQuiz} />;
}

/** Every page of the app, each inside the site layout and its own error boundary. */
export function AppRoutes() {
  return (
    <SiteLayout>
      <Routes>
        <Route
          path="/"
          element={
            <RouteBoundary>
              <LandingPage />
            </RouteBoundary>
          }
        />
        <Route
          path="/quiz"
          element={
            <RouteBoundary>
              <QuizRoute />
            </RouteBoundary>
          }
        />
        <Route
          path="/r/:typeId"
          element={
            <RouteBoundary onRetry={resultPage.retry}>
              <ResultRoute />
            </RouteBoundary>
          }
        />
        <Route
          path="/embed"
          element={
            <RouteBoundary onRetry={embedConfiguratorPage.retry}>
              <embedConfiguratorPage.Component />
            </RouteBoundary>
          }
        />
        <Route
          path="*"
          element={
            <RouteBoundary>
              <NotFoundPage />
            </RouteBoundary>
          }
        />
      </Routes>
    </SiteLayout>
  );
}
