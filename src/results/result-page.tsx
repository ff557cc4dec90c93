import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSION_IDS, SCORE_BANDS, type DimensionId } from '@/data/dimensions';
import { INVESTOR_TYPES, type InvestorTypeId } from '@/data/investor-types';
import type { Answers, Profile } from '@/engine/contract';
import { namedRunnerUp, rankTypes } from '@/engine/classify';
import { readerFactsOf } from '@/engine/profile';
import { recommend } from '@/engine/recommend';
import { decodeResult } from '@/engine/result-code';
import { DEFAULT_LANGUAGE, parseLanguage } from '@/i18n/languages';
import type { EmblemTheme } from '@/ui/emblem-colours';
import { useDocumentTitle } from '@/ui/use-document-title';
import { BASE_PATH } from './base-path';
import { AnswerQualityNote } from './answer-quality-note';
import { useAnswerQualityFlags } from './answer-quality-store';
import { CompareSummary } from './compare-summary';
import { ExperienceLine } from './experience-line';
import { LineAddFriend } from './line-add-friend';
import { PopulationComparison } from './population-comparison';
import { RecommendedServices } from './recommended-services';
import { ResultHero } from './result-hero';
import { drawResultImage, ignoresDownloads } from './result-image';
import { standoutTraits, typeTraits } from './result-insights';
import { ResultNotFound } from './result-not-found';
import { friendResultOpened, useFriendResultCode, useOwnResultCode } from './result-store';
import { resolveResultView, type ResultView } from './result-view';
import { ScorePanel } from './score-panel';
import { SecurityCheck } from './security-check';
import { SharePanel } from './share-panel';
import { resultShareUrl } from './share-urls';
import { TypeProfile } from './type-profile';
import { useFragmentCode } from './use-fragment-code';
import './result-page.css';

export interface ResultPageProps {
  /** The raw path segment of /r/:typeId/, not validated yet. */
  readonly typeIdFromPath: string;
  /**
   * The answers the reader's own result was made from, while none has changed since: quoted back
   * ("the answer that counted most", the literacy answers) on that result, never on another.
   */
  readonly answers?: Answers | undefined;
  readonly onRetake: () => void;
  readonly onStartQuiz: () => void;
  /** Inside a blog's embed: the reader's own result shows its first screen and a link to the rest. */
  readonly embedded?: boolean;
}

type KnownTypeView = Exclude<ResultView, { kind: 'unknown-type' }>;

function eyebrowKey(view: KnownTypeView) {
  switch (view.kind) {
    case 'own':
      return 'eyebrow.own';
    case 'friend':
      return 'eyebrow.friend';
    case 'general':
      return 'eyebrow.general';
    case 'invalid':
      return 'eyebrow.error';
    default: {
      const unknown: never = view;
      throw new Error(`Unknown view: ${JSON.stringify(unknown)}`);
    }
  }
}

function currentTheme(): EmblemTheme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches === true ? 'dark' : 'light';
}

/** Types most exposed to investment scams: trend-following, or strongly swayed by others. */
function scamProne(profile: Profile): boolean {
  return (
    profile.typeId === 'trend-follower' || profile.scores.socialInfluence >= SCORE_BANDS.highMin
  );
}

/**
 * The result page for /r/<typeId>/#<code>: the reader's own result, a friend's shared result, a
 * bare type page, or an explanation of a bad link. A hydrating page reads the fragment's code only
 * once hydrated, so the pre-rendered HTML and the first client render both show the bare type
 * page: what most visitors of a type page keep, laid out like a result, so that a code changes
 * the words on the first screen more than its shape.
 */
export function ResultPage({
  typeIdFromPath,
  answers,
  onRetake,
  onStartQuiz,
  embedded = false,
}: ResultPageProps) {
  const { t, i18n } = useTranslation(['results', 'model', 'common']);
  const fragmentCode = useFragmentCode();
  const ownCode = useOwnResultCode();
  const friendCode = useFriendResultCode();
  const [comparing, setComparing] = useState(false);
  const language = parseLanguage(i18n.resolvedLanguage) ?? DEFAULT_LANGUAGE;

  const view = useMemo(
    () =>
      resolveResultView({
        typeIdFromPath,
        fragmentCode,
        ownCode,
        friendCode,
        decode: decodeResult,
      }),
    [typeIdFromPath, fragmentCode, ownCode, friendCode],
  );
  const typeName = view.kind === 'unknown-type' ? '' : t(`model:types.${view.typeId}.name`);
  const ownAnswers = view.kind === 'own' ? answers : undefined;
  // Facts the reader stated (experience, when the money is needed) come only from the answers
  // behind the reader's own code: a link carries none, so a friend never sees them.
  const ownFacts = useMemo(() => {
    if (ownAnswers === undefined) return null;
    const facts = readerFactsOf(ownAnswers);
    return facts.ok ? facts.value : null;
  }, [ownAnswers]);
  const ownFlags = useAnswerQualityFlags(view.kind === 'own' ? view.code : '');

  useDocumentTitle(
    view.kind === 'unknown-type'
      ? t('common:meta.notFoundTitle')
      : t('common:meta.resultTitle', { typeName }),
  );

  // Remember a friend's result so that, once the reader has their own, the two can be compared.
  const openedFriendCode = view.kind === 'friend' ? view.code : null;
  useEffect(() => {
    if (openedFriendCode !== null) friendResultOpened(openedFriendCode);
  }, [openedFriendCode]);

  if (view.kind === 'unknown-type') return <ResultNotFound onStartQuiz={onStartQuiz} />;

  const catchphrase = t(`model:types.${view.typeId}.catchphrase`);
  const profile: Profile | undefined =
    view.kind === 'own' || view.kind === 'friend' ? view.profile : undefined;
  const friendProfile = view.kind === 'own' ? view.friend : null;
  const friendTypeName =
    friendProfile === null ? '' : t(`model:types.${friendProfile.typeId}.name`);
  const recommendations =
    profile === undefined
      ? []
      : recommend(
          profile,
          (ruleId, values) => t(`model:rules.${ruleId}`, values),
          typeName,
          ownFacts,
        );
  const traitLabel = (dimension: DimensionId, pole: 'low' | 'high') =>
    t(`model:dimensions.${dimension}.${pole === 'low' ? 'lowLabel' : 'highLabel'}`);
  // Without a code the hero shows the type's own traits where a result shows the reader's, so the
  // page keeps its shape when a code in the fragment turns it into a result.
  const traitsOfType = (typeId: InvestorTypeId) => {
    const items = typeTraits(INVESTOR_TYPES[typeId].prototype).map(({ dimension, pole }) =>
      traitLabel(dimension, pole),
    );
    return items.length > 0 ? items : [t('hero.traitsMiddle')];
  };
  const traits =
    profile === undefined
      ? { heading: t('hero.traitsType'), items: traitsOfType(view.typeId) }
      : {
          heading: view.kind === 'own' ? t('hero.traitsOwn') : t('hero.traitsFriend'),
          items: standoutTraits(profile.scores).map(({ dimension, pole }) =>
            traitLabel(dimension, pole),
          ),
        };
  // A flagged result always names its runner-up: it is never shown as one confident type.
  const ranking =
    profile === undefined ? undefined : rankTypes(profile.scores, profile.modelVersion);
  const flagged = view.kind === 'own' && ownFlags.length > 0;
  const shownRunnerUp = ranking === undefined ? null : namedRunnerUp(ranking, flagged);
  const runnerUp =
    shownRunnerUp === null
      ? undefined
      : shownRunnerUp === ranking?.closeRunnerUp
        ? t('reliability.runnerUp', {
            typeName,
            runnerUp: t(`model:types.${shownRunnerUp}.name`),
          })
        : t('answerQuality.runnerUp', {
            typeName,
            runnerUp: t(`model:types.${shownRunnerUp}.name`),
          });

  const takeTest = (message: string, action: string) => (
    <div className="result-call">
      <p>{message}</p>
      <button
        type="button"
        className="result-button result-button--primary result-call__button"
        onClick={onStartQuiz}
      >
        {action}
      </button>
    </div>
  );

  const heroAction =
    view.kind === 'own' ? (
      <LineAddFriend language={language} />
    ) : view.kind === 'friend' ? (
      takeTest(t('friend.invite'), t('lead.takeTest'))
    ) : view.kind === 'general' ? (
      takeTest(t('lead.general'), t('lead.startTest'))
    ) : view.kind === 'invalid' ? (
      <div className="result-call result-call--error" role="alert">
        <h2>{t('error.heading')}</h2>
        <p>
          {t(`error.${view.problem}`)}
          {language === 'ja' ? '' : ' '}
          {t('error.advice')}
        </p>
        <button
          type="button"
          className="result-button result-button--primary"
          onClick={onStartQuiz}
        >
          {t('lead.startTest')}
        </button>
      </div>
    ) : undefined;

  const shareUrl =
    view.kind === 'own'
      ? resultShareUrl(
          { origin: window.location.origin, basePath: BASE_PATH, language },
          view.typeId,
          view.code,
        )
      : '';
  const share =
    view.kind === 'own' ? (
      <SharePanel
        url={shareUrl}
        text={t('share.text', { name: typeName })}
        networks={language === 'ja' ? ['line', 'x', 'facebook'] : ['x', 'facebook', 'line']}
        imageFileName={`${view.typeId}-${language}.png`}
        imageAlt={t('share.imageAlt', { name: typeName })}
        showImageInstead={ignoresDownloads(navigator.userAgent)}
        makeImage={() =>
          drawResultImage({
            typeId: view.typeId,
            typeName,
            catchphrase,
            eyebrow: t('image.eyebrow'),
            footer: t('image.footer'),
            scores: view.profile.scores,
            dimensions: Object.fromEntries(
              DIMENSION_IDS.map((dimension) => [
                dimension,
                {
                  name: t(`model:dimensions.${dimension}.name`),
                  low: t(`model:dimensions.${dimension}.lowLabel`),
                  high: t(`model:dimensions.${dimension}.highLabel`),
                },
              ]),
            ) as Record<DimensionId, { name: string; low: string; high: string }>,
            theme: currentTheme(),
          })
        }
      />
    ) : undefined;

  const hero = (
    <ResultHero
      typeId={view.typeId}
      eyebrow={t(eyebrowKey(view))}
      name={typeName}
      summary={view.kind === 'friend' ? t('friend.summary', { catchphrase }) : catchphrase}
      runnerUp={runnerUp}
      traits={traits}
      action={heroAction}
      share={share}
    />
  );

  // Inside a blog post the result is its first screen; the rest opens on the test's own site.
  if (embedded && view.kind === 'own') {
    return (
      <article className={`result-page result-page--${view.kind}`} data-type={view.typeId}>
        {hero}
        <div className="result-actions">
          <a
            className="result-button result-button--primary"
            href={shareUrl}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('actions.fullResult')}
            <span className="visually-hidden">{t('services.newTab')}</span>
          </a>
          <button type="button" className="result-button" onClick={onRetake}>
            {t('actions.retake')}
          </button>
        </div>
      </article>
    );
  }

  return (
    <article className={`result-page result-page--${view.kind}`} data-type={view.typeId}>
      {hero}
      {view.kind === 'own' && <AnswerQualityNote code={view.code} onRetake={onRetake} />}
      {view.kind === 'own' && friendProfile !== null && (
        <div className="result-compare-offer">
          {comparing ? (
            <CompareSummary
              own={view.profile}
              ownTypeName={typeName}
              friend={friendProfile}
              friendTypeName={friendTypeName}
            />
          ) : (
            <p>{t('compare.offer', { name: friendTypeName })}</p>
          )}
          <button
            type="button"
            className="result-button"
            aria-pressed={comparing}
            onClick={() => setComparing((on) => !on)}
          >
            {t('compare.show')}
          </button>
        </div>
      )}
      {view.kind === 'own' && <SecurityCheck scamProne={scamProne(view.profile)} />}
      {view.kind === 'own' && <ExperienceLine facts={ownFacts} />}
      {profile !== undefined && (
        <ScorePanel
          heading={t('scores.heading')}
          typeName={typeName}
          profile={profile}
          friend={
            comparing && friendProfile !== null
              ? { profile: friendProfile, typeName: friendTypeName }
              : undefined
          }
          answers={ownAnswers}
        />
      )}
      <TypeProfile typeId={view.typeId} withDescription={view.kind !== 'friend'} />
      {view.kind === 'own' && (
        <PopulationComparison literacyCorrect={view.profile.literacyCorrect} answers={ownAnswers} />
      )}
      {recommendations.length > 0 && (
        <RecommendedServices recommendations={recommendations} language={language} />
      )}
      {view.kind === 'own' && (
        <div className="result-actions">
          <button type="button" className="result-button" onClick={onRetake}>
            {t('actions.retake')}
          </button>
        </div>
      )}
      {view.kind === 'friend' && (
        <div className="result-actions">
          <button
            type="button"
            className="result-button result-button--primary"
            onClick={onStartQuiz}
          >
            {t('lead.takeTest')}
          </button>
        </div>
      )}
    </article>
  );
}
