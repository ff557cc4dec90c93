/**
 * The plain JS-rendered quiz `npm run perf` measures the app against: the same stack (React,
 * react-dom, react-router, i18next with react-i18next, zustand with persist), the same questions
 * and texts, and nothing else. A landing page with a start link, then one fieldset of radios per
 * screen with a Next button; nothing shows until the script has rendered it, and every tap it sees
 * is live. Built by scripts/lab/lib/plain-quiz.ts; its markup carries the app's class names for the
 * controls (`.quiz__count`, `label.choice`, `.quiz__nav .button--primary`) so that the hurried
 * reader finds and judges both with the same selectors.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link, Route, Routes } from 'react-router-dom';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { QUESTIONS } from '@/data/questions';
import './plain-quiz.css';

interface QuizState {
  readonly answers: Readonly<Record<string, string>>;
  readonly step: number;
  readonly chosen: (questionId: string, optionId: string) => void;
  readonly next: () => void;
}

const useQuiz = create<QuizState>()(
  persist(
    (set) => ({
      answers: {},
      step: 0,
      chosen: (questionId, optionId) =>
        set((state) => ({ answers: { ...state.answers, [questionId]: optionId } })),
      next: () => set((state) => ({ step: Math.min(state.step + 1, QUESTIONS.length - 1) })),
    }),
    {
      name: 'plain-quiz',
      partialize: (state) => ({ answers: state.answers, step: state.step }),
    },
  ),
);

function Landing() {
  const { t } = useTranslation('common');
  return (
    <main>
      <h1>{t('landing.title')}</h1>
      <p>{t('landing.lead', { count: QUESTIONS.length })}</p>
      <Link to="/quiz/" className="button button--primary">
        {t('landing.start')}
      </Link>
    </main>
  );
}

interface QuestionText {
  readonly prompt: string;
  readonly options: Readonly<Record<string, string>>;
}

function Quiz() {
  const { t } = useTranslation(['quiz', 'model']);
  const step = useQuiz((state) => state.step);
  const answers = useQuiz((state) => state.answers);
  const chosen = useQuiz((state) => state.chosen);
  const next = useQuiz((state) => state.next);
  const question = QUESTIONS[step];
  if (question === undefined) return null;
  const text: QuestionText = t(`model:questions.${question.id}`, { returnObjects: true });
  return (
    <main>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          next();
        }}
      >
        <p className="quiz__count">
          {t('progress.count', { current: step + 1, total: QUESTIONS.length })}
        </p>
        <fieldset key={question.id}>
          <legend>
            <h1>{text.prompt}</h1>
          </legend>
          <div className="choices">
            {question.options.map((option) => (
              <label key={option.id} className="choice">
                <input
                  type="radio"
                  name={question.id}
                  value={option.id}
                  checked={answers[question.id] === option.id}
                  onChange={() => chosen(question.id, option.id)}
                />
                <span>{text.options[option.id] ?? option.id}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="quiz__nav">
          <button
            type="submit"
            className="button button--primary"
            disabled={answers[question.id] === undefined}
          >
            {t('next')}
          </button>
        </div>
      </form>
    </main>
  );
}

async function start(): Promise<void> {
  const english = window.location.pathname.startsWith('/en/');
  const { startTexts } = english
    ? await import('@/i18n/resources/en/start')
    : await import('@/i18n/resources/ja/start');
  const language = english ? 'en' : 'ja';
  document.documentElement.lang = language;
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng: language,
    ns: ['common', 'quiz', 'model'],
    defaultNS: 'common',
    resources: { [language]: startTexts },
    interpolation: { escapeValue: false },
  });
  const root = document.getElementById('root');
  if (root === null) return;
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <BrowserRouter basename={english ? '/en' : '/'}>
          <Routes>
            <Route path="/" element={<Landing />} />
            <Route path="/quiz" element={<Quiz />} />
          </Routes>
        </BrowserRouter>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
