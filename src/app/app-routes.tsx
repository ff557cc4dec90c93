import { useCallback, useState, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useNavigate, useParams } from 'react-router-dom';
import { href, type PageKind } from '@/data/page-paths';
import { QUESTIONS } from '@/data/questions';
import type { Answers } from '@/engine/contract';
import { loadLaterTexts } from '@/i18n/i18n';
import { parseLanguage } from '@/i18n/languages';
import { emitAppEvent } from '@/platform/app-events';
import { runWhenIdle } from '@/platform/idle';
import { lazyRadarChart } from '@/results/lazy-chart';
import { useAppSettings } from './app-settings';
import { QuizPage } from '@/quiz/quiz-page';
import { quizTimings, useAnsweredCount, useQuizActions, useScoredAnswers } from '@/quiz/quiz-store';
import { ChunkLoadError } from '@/ui/retryable-lazy';
import { RouteError } from '@/ui/route-error';
import { loadFinishQuiz, resultPage } from './lazy-pages';
import { LandingPage } from './landing-page';
import { LaterTextsRoute } from './later-texts';
import { NotFoundPage } from './not-found-page';
import { RouteBoundary } from './route-boundary';
import { APP_PAGES, type AppPage } from './routes';
import { SiteLayout } from './site-layout';

/** Everything the result page needs, fetched while the reader answers the last questions. */
function prefetchResult(i18n: I18n): void {
  void resultPage.preload();
  void lazyRadarChart.preload();
  loadFinishQuiz().catch(() => undefined);
  // Only warms the download: a failure here must not stand in for the result page's own try.
  const language = parseLanguage(i18n.language);
  if (language !== undefined) loadLaterTexts(language).catch(() => undefined);
}

/** The result page's own code: the page and its chart (a retry forgets a failed download). */
function retryResultChunks(): void {
  resultPage.retry();
  lazyRadarChart.retry();
}

function QuizRoute() {
  const navigate = useNavigate();
  const { embed } = useAppSettings();
  const { quizFinished } = useQuizActions();
  const [failure, setFailure] = useState<unknown>(undefined);
  const [lastAnswers, setLastAnswers] = useState<Answers | undefined>(undefined);

  const onFinished = useCallback(
    (answers: Answers) => {
      setLastAnswers(answers);
      setFailure(undefined);
      loadFinishQuiz().then(
        ({ finishQuiz }) => {
          const outcome = finishQuiz(answers, quizTimings());
          if (!outcome.ok) {
            setFailure(new Error(`The answers could not be scored: ${outcome.error.kind}`));
            return;
          }
          quizFinished(answers);
          emitAppEvent({ type: 'quiz-completed', typeId: outcome.typeId });
          void navigate(href.result({ typeId: outcome.typeId, code: outcome.code }));
        },
        (error: unknown) => setFailure(new ChunkLoadError(error)),
      );
    },
    [navigate, quizFinished],
  );
  const { i18n } = useTranslation();
  const onNearEnd = useCallback(() => runWhenIdle(() => prefetchResult(i18n)), [i18n]);

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
  return <QuizPage onFinished={onFinished} onNearEnd={onNearEnd} steadyHeight={embed} />;
}

function ResultRoute() {
  const { typeId = '' } = useParams();
  const navigate = useNavigate();
  const { quizRestarted } = useQuizActions();
  const answered = useAnsweredCount();
  // Only while the reader's own result was made from them: that result quotes them back.
  const answers = useScoredAnswers();
  const { embed } = useAppSettings();
  const retake = useCallback(() => {
    quizRestarted();
    void navigate(href.quiz());
  }, [navigate, quizRestarted]);
  const startQuiz = useCallback(() => {
    // A finished test starts over; one in progress (a friend's link opened mid-test) resumes.
    if (answered >= QUESTIONS.length) quizRestarted();
    void navigate(href.quiz());
  }, [answered, navigate, quizRestarted]);
  return (
    <resultPage.Component
      typeIdFromPath={typeId}
      answers={answers}
      onRetake={retake}
      onStartQuiz={startQuiz}
      embedded={embed}
    />
  );
}

/** The landing page, told whether it runs inside a blog's embed. */
function EmbeddableLandingPage() {
  const { embed, wordpressWrapper = false } = useAppSettings();
  return <LandingPage embedded={embed} wordpressWrapper={wordpressWrapper} />;
}

/** A page that is only its lazy component, inside the boundary its texts ask for. */
function lazyPageElement(entry: AppPage): ReactNode {
  const lazy = entry.lazy?.page;
  const Page = lazy?.Component;
  if (lazy === undefined || Page === undefined) {
    throw new Error(`routes: the ${entry.kind} page has neither route code nor a component`);
  }
  return entry.texts === 'later' ? (
    <LaterTextsRoute onRetry={lazy.retry}>
      <Page />
    </LaterTextsRoute>
  ) : (
    <RouteBoundary onRetry={lazy.retry}>
      <Page />
    </RouteBoundary>
  );
}

/** The element of each kind of page: a kind left out, or misspelt, does not compile. */
const PAGE_ELEMENTS: Readonly<Record<PageKind, (entry: AppPage) => ReactNode>> = {
  landing: () => (
    <RouteBoundary>
      <EmbeddableLandingPage />
    </RouteBoundary>
  ),
  quiz: () => (
    <RouteBoundary>
      <QuizRoute />
    </RouteBoundary>
  ),
  result: () => (
    <LaterTextsRoute onRetry={retryResultChunks}>
      <ResultRoute />
    </LaterTextsRoute>
  ),
  embed: lazyPageElement,
  privacy: lazyPageElement,
  'not-found': () => (
    <RouteBoundary>
      <NotFoundPage />
    </RouteBoundary>
  ),
};

/** Every page of the route manifest, each inside the site layout and its own error boundary. */
export function AppRoutes() {
  return (
    <SiteLayout>
      <Routes>
        {APP_PAGES.map((entry: AppPage) => (
          <Route key={entry.kind} path={entry.pattern} element={PAGE_ELEMENTS[entry.kind](entry)} />
        ))}
      </Routes>
    </SiteLayout>
  );
}
