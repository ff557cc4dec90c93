import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { QUESTIONS } from '@/data/questions';
import { useDocumentTitle } from '@/ui/use-document-title';
import { useAnsweredCount, useQuizActions, useQuizInProgress } from './quiz-store';
import { minutesFor } from './quiz-timing';

/** The front door: what the test tells you, how long it takes, and start (or resume). */
export function LandingPage() {
  const { t } = useTranslation('common');
  const navigate = useNavigate();
  const inProgress = useQuizInProgress();
  const answered = useAnsweredCount();
  const { quizRestarted } = useQuizActions();
  const total = QUESTIONS.length;
  const minutes = minutesFor(total);

  useDocumentTitle(t('meta.landingTitle'));

  return (
    <div className="page landing">
      <p className="landing__eyebrow">{t('landing.eyebrow')}</p>
      <h1 className="landing__title">{t('landing.title')}</h1>
      <p className="landing__lead">{t('landing.lead')}</p>

      <ul className="landing__facts">
        <li>{t('landing.facts.questions', { count: total })}</li>
        <li>{t('landing.facts.minutes', { count: minutes })}</li>
        <li>{t('landing.facts.noSignUp')}</li>
      </ul>

      <div className="landing__actions">
        <Link
          to="/quiz/"
          className="button button--primary button--large"
          onClick={() => {
            // A finished test starts again from the first question.
            if (answered >= total) quizRestarted();
          }}
        >
          {inProgress ? t('landing.resume') : t('landing.start')}
        </Link>
        {/* The box is reserved even when empty: resume only appears after hydration. */}
        <div className="landing__resume">
          {inProgress ? (
            <>
              <p className="landing__resume-note">{t('landing.resumeNote', { answered, total })}</p>
              <button
                type="button"
                className="text-button"
                onClick={() => {
                  quizRestarted();
                  void navigate('/quiz/');
                }}
              >
                {t('landing.startOver')}
              </button>
            </>
          ) : null}
        </div>
      </div>

      <p className="landing__privacy">{t('landing.facts.onDevice')}</p>

      <section className="landing__learn" aria-labelledby="learn-heading">
        <h2 id="learn-heading">{t('landing.learnHeading')}</h2>
        <ul>
          <li>{t('landing.learn.type')}</li>
          <li>{t('landing.learn.dimensions')}</li>
          <li>{t('landing.learn.biases')}</li>
        </ul>
      </section>
    </div>
  );
}
