import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { AppLink } from '@/ui/app-link';
import { CURRENT_EMBLEMS } from '@/data/current-emblems';
import { CURRENT_TYPE_IDS, type CurrentTypeId } from '@/data/investor-type-ids';
import { href } from '@/data/page-paths';
import { QUESTIONS } from '@/data/questions';
import { OPERATOR } from '@/data/operator';
import { EMBED_NOTICES, EMBED_SECTION_ANCHOR, WORDPRESS_NOTICES } from '@/data/privacy-keys';
import { parseLanguage, DEFAULT_LANGUAGE } from '@/i18n/languages';
import { TypeEmblem } from '@/ui/type-emblem';
import { useDocumentTitle } from '@/ui/use-document-title';
import { useAnsweredCount, useQuizActions, useQuizInProgress } from '@/quiz/quiz-store';
import { minutesFor } from '@/quiz/quiz-timing';
import './landing-page.css';

/** The type the sample result shows, and the scores it shows: an example, not anyone's result. */
const SAMPLE_TYPE: CurrentTypeId = 'balanced-navigator';
const SAMPLE_SCORES = { riskTolerance: 56, lossAversion: 48, timeHorizon: 74 } as const;

/** Where the operator details and the privacy notice live. */

/**
 * The front door. Above the fold on a phone: what the test tells you, how long it takes, that it
 * is free and private, and start (or resume). Below: the eight types, a sample of a result, who
 * runs the test, and start again.
 */
export interface LandingPageProps {
  /** The test runs inside a blog post: the promise says what the blog page is told. */
  readonly embedded?: boolean;
  /** Inside WordPress's sandboxed wrapper, which is told other things than embed.js's host. */
  readonly wordpressWrapper?: boolean;
}

export function LandingPage({
  embedded: embed = false,
  wordpressWrapper = false,
}: LandingPageProps) {
  const { t, i18n } = useTranslation('common');
  const navigate = useNavigate();
  const inProgress = useQuizInProgress();
  const answered = useAnsweredCount();
  const { quizRestarted } = useQuizActions();
  const total = QUESTIONS.length;
  const minutes = minutesFor(total);
  const language = parseLanguage(i18n.language) ?? DEFAULT_LANGUAGE;

  useDocumentTitle(t('meta.landingTitle'));

  const startFresh = (): void => {
    // A finished test starts again from the first question.
    if (answered >= total) quizRestarted();
  };

  return (
    <div className="page landing">
      <section className="landing__hero" aria-labelledby="landing-title">
        <div className="landing__intro">
          <p className="landing__eyebrow">{t('landing.eyebrow')}</p>
          <h1 id="landing-title" className="landing__title">
            {t('landing.title')}
          </h1>
          <p className="landing__lead">
            {t('landing.lead', { count: total, types: CURRENT_TYPE_IDS.length })}
          </p>

          <ul className="landing__facts">
            <li>{t('landing.facts.questions', { count: total })}</li>
            <li>{t('landing.facts.minutes', { count: minutes })}</li>
            <li>{t('landing.facts.noSignUp')}</li>
          </ul>

          <AppLink
            to={href.quiz()}
            className="button button--primary button--large"
            onClick={startFresh}
          >
            {inProgress ? t('landing.resume') : t('landing.start')}
          </AppLink>

          <p className="landing__privacy">
            <svg className="landing__privacy-icon" viewBox="0 0 18 20" aria-hidden="true">
              <path
                d="M4 9V6a5 5 0 0 1 10 0v3"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
              />
              <rect x="1.5" y="9" width="15" height="10" rx="2.5" fill="currentColor" />
            </svg>
            <span>
              {t('landing.facts.onDevice')}
              {embed && (
                <>
                  {language === 'ja' ? '' : ' '}
                  {t('landing.facts.embedded', {
                    notices: (wordpressWrapper ? WORDPRESS_NOTICES : EMBED_NOTICES).map((notice) =>
                      t(`embedNotices.${notice.id}`),
                    ),
                  })}{' '}
                  <AppLink to={href.privacy(EMBED_SECTION_ANCHOR)}>
                    {t('landing.facts.embeddedLink')}
                  </AppLink>
                </>
              )}
            </span>
          </p>
        </div>

        {/* What a result looks like: beside the start button on a wide screen, below it on a phone. */}
        <figure className="landing__sample-card" data-type={SAMPLE_TYPE}>
          <div className="landing__sample-head">
            <TypeEmblem typeId={SAMPLE_TYPE} art={CURRENT_EMBLEMS[SAMPLE_TYPE]} size={64} />
            <div>
              <p className="landing__sample-label">{t('landing.sampleLabel')}</p>
              <p className="landing__sample-name">{t(`landing.types.${SAMPLE_TYPE}.name`)}</p>
              <p className="landing__sample-line">
                {t(`landing.types.${SAMPLE_TYPE}.catchphrase`)}
              </p>
            </div>
          </div>
          <dl className="landing__sample-bars">
            {(Object.keys(SAMPLE_SCORES) as (keyof typeof SAMPLE_SCORES)[]).map((dimension) => (
              <div key={dimension}>
                <dt>{t(`landing.sampleDimensions.${dimension}`)}</dt>
                <dd>
                  <meter
                    className="landing__meter"
                    min={0}
                    max={100}
                    value={SAMPLE_SCORES[dimension]}
                    aria-label={t(`landing.sampleDimensions.${dimension}`)}
                  />
                </dd>
              </div>
            ))}
          </dl>
          <figcaption className="visually-hidden">{t('landing.sampleCaption')}</figcaption>
        </figure>
      </section>

      {/*
       * Saved progress is known only after hydration, so the prompt floats over the page's bottom
       * edge instead of taking a place in the flow: nothing moves when it comes.
       */}
      {inProgress ? (
        <div className="landing__resume" role="region" aria-label={t('landing.resume')}>
          <p className="landing__resume-note">{t('landing.resumeNote', { answered, total })}</p>
          <button
            type="button"
            className="text-button"
            onClick={() => {
              quizRestarted();
              void navigate(href.quiz());
            }}
          >
            {t('landing.startOver')}
          </button>
        </div>
      ) : null}

      <section className="landing__section" aria-labelledby="types-heading">
        <h2 id="types-heading">{t('landing.typesHeading', { count: CURRENT_TYPE_IDS.length })}</h2>
        <p className="landing__section-lead">
          {t('landing.typesLead', { count: CURRENT_TYPE_IDS.length })}
        </p>
        <ul className="landing__types">
          {CURRENT_TYPE_IDS.map((typeId) => (
            <li key={typeId} className="landing__type" data-type={typeId}>
              <TypeEmblem typeId={typeId} art={CURRENT_EMBLEMS[typeId]} size={56} />
              <h3 className="landing__type-name">{t(`landing.types.${typeId}.name`)}</h3>
              <p className="landing__type-line">{t(`landing.types.${typeId}.catchphrase`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section className="landing__section" aria-labelledby="learn-heading">
        <h2 id="learn-heading">{t('landing.learnHeading')}</h2>
        <div className="landing__learn">
          <p className="landing__section-lead">{t('landing.learnLead')}</p>
          <ul className="landing__checks">
            <li>{t('landing.learn.type')}</li>
            <li>{t('landing.learn.dimensions')}</li>
            <li>{t('landing.learn.biases')}</li>
            <li>{t('landing.learn.sharing')}</li>
          </ul>
        </div>
      </section>

      <section className="landing__section landing__about" aria-labelledby="about-heading">
        <h2 id="about-heading">{t('landing.aboutHeading')}</h2>
        <p>{t('landing.about', { name: OPERATOR.name[language] })}</p>
        <p>
          <AppLink to={href.privacy()}>{t('landing.aboutLink')}</AppLink>
        </p>
      </section>

      <section className="landing__again" aria-labelledby="again-heading">
        <h2 id="again-heading">{t('landing.againHeading', { minutes })}</h2>
        <p>{t('landing.againNote', { count: total })}</p>
        <AppLink
          to={href.quiz()}
          className="button button--primary button--large"
          onClick={startFresh}
        >
          {t('landing.startAgain')}
        </AppLink>
      </section>
    </div>
  );
}
