import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '@/engine/contract';
import { recommend } from '@/engine/recommend';
import { decodeResult } from '@/engine/result-code';
import { DEFAULT_LANGUAGE, parseLanguage } from '@/i18n/languages';
import { useDocumentTitle } from '@/ui/use-document-title';
import { BASE_PATH } from './base-path';
import { AnswerQualityNote } from './answer-quality-note';
import { PopulationComparison } from './population-comparison';
import { RecommendedServices } from './recommended-services';
import { ResultHeader } from './result-header';
import { ResultLead, type ResultLeadProps } from './result-lead';
import { ResultNotFound } from './result-not-found';
import { RunnerUpLine } from './runner-up-line';
import { friendResultOpened, useFriendResultCode, useOwnResultCode } from './result-store';
import { resolveResultView, type ResultView } from './result-view';
import { ScorePanel } from './score-panel';
import { SharePanel } from './share-panel';
import { resultShareUrl } from './share-urls';
import { TypeProfile } from './type-profile';
import { useFragmentCode } from './use-fragment-code';
import './result-page.css';

export interface ResultPageProps {
  /** The raw path segment of /r/:typeId/, not validated yet. */
  readonly typeIdFromPath: string;
  readonly onRetake: () => void;
  readonly onStartQuiz: () => void;
}

type KnownTypeView = Exclude<ResultView, { kind: 'unknown-type' }>;

function eyebrowKey(view: KnownTypeView) {
  switch (view.kind) {
    case 'pending':
      return 'eyebrow.pending';
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

/**
 * The result page for /r/<typeId>/#<code>: the reader's own result, a friend's shared result, a
 * bare type page, or an explanation of a bad link. The code is read from the fragment only after
 * hydration, so the pre-rendered HTML (no code) and the first client render are the same.
 */
export function ResultPage({ typeIdFromPath, onRetake, onStartQuiz }: ResultPageProps) {
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

  const profile: Profile | undefined =
    view.kind === 'own' || view.kind === 'friend' ? view.profile : undefined;
  const friend = view.kind === 'own' && comparing && view.friend !== null ? view.friend : undefined;
  const recommendations =
    profile === undefined
      ? []
      : recommend(profile, t('model:rules', { returnObjects: true }), typeName);

  const lead: ResultLeadProps =
    view.kind === 'own'
      ? {
          kind: 'own',
          compare:
            view.friend === null
              ? undefined
              : { on: comparing, onToggle: () => setComparing((on) => !on) },
        }
      : view.kind === 'pending'
        ? { kind: 'pending' }
        : view.kind === 'invalid'
          ? { kind: 'invalid', problem: view.problem, onStartQuiz }
          : { kind: view.kind, onStartQuiz };

  return (
    <article className={`result-page result-page--${view.kind}`} data-type={view.typeId}>
      <ResultHeader typeId={view.typeId} eyebrow={t(eyebrowKey(view))} />
      <ResultLead {...lead} />
      {profile !== undefined && <RunnerUpLine profile={profile} />}
      {view.kind === 'own' && <AnswerQualityNote code={view.code} onRetake={onRetake} />}
      <ScorePanel
        typeName={typeName}
        profile={profile}
        friend={friend}
        placeholder={
          view.kind === 'general' || view.kind === 'invalid'
            ? t('scores.chartPlaceholder')
            : undefined
        }
      />
      <TypeProfile typeId={view.typeId} />
      {view.kind === 'own' && (
        <PopulationComparison literacyCorrect={view.profile.literacyCorrect} />
      )}
      {recommendations.length > 0 && (
        <RecommendedServices
          heading={
            view.kind === 'own'
              ? t('sections.recommendations')
              : t('sections.recommendationsFriend')
          }
          recommendations={recommendations}
          language={language}
        />
      )}
      {view.kind === 'own' && (
        <SharePanel
          url={resultShareUrl(
            { origin: window.location.origin, basePath: BASE_PATH, language },
            view.typeId,
            view.code,
          )}
          text={t('share.text', { name: typeName })}
          typeId={view.typeId}
          language={language}
        />
      )}
      {view.kind !== 'pending' && (
        <div className="result-actions">
          {view.kind === 'own' ? (
            <button type="button" className="result-button" onClick={onRetake}>
              {t('actions.retake')}
            </button>
          ) : (
            <button
              type="button"
              className="result-button result-button--primary"
              onClick={onStartQuiz}
            >
              {view.kind === 'friend' ? t('lead.takeTest') : t('lead.startTest')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
