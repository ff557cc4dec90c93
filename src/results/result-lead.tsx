import { useTranslation } from 'react-i18next';
import type { CodeProblem } from './result-view';

export type ResultLeadProps =
  | { readonly kind: 'pending' }
  | {
      readonly kind: 'own';
      /** Present when a friend's result can be overlaid. */
      readonly compare?: { readonly on: boolean; readonly onToggle: () => void } | undefined;
    }
  | { readonly kind: 'friend'; readonly onStartQuiz: () => void }
  | { readonly kind: 'general'; readonly onStartQuiz: () => void }
  | { readonly kind: 'invalid'; readonly problem: CodeProblem; readonly onStartQuiz: () => void };

/**
 * The block under the type's name: whose result this is and what to do next. Its box keeps one
 * size in every state (CSS), so the pre-rendered page does not shift when the code is read.
 */
export function ResultLead(props: ResultLeadProps) {
  const { t } = useTranslation(['results', 'model']);
  switch (props.kind) {
    case 'pending':
      return <div className="result-lead" />;
    case 'own':
      return (
        <div className="result-lead">
          <p>{t('lead.own')}</p>
          {props.compare !== undefined && (
            <div className="result-lead__compare">
              <p>{t('compare.offer')}</p>
              <button
                type="button"
                className="result-button result-button--primary"
                aria-pressed={props.compare.on}
                onClick={props.compare.onToggle}
              >
                {t('compare.show')}
              </button>
            </div>
          )}
        </div>
      );
    case 'friend':
      return (
        <TakeTestCall
          message={t('lead.friend')}
          action={t('lead.takeTest')}
          onStartQuiz={props.onStartQuiz}
        />
      );
    case 'general':
      return (
        <TakeTestCall
          message={t('lead.general')}
          action={t('lead.startTest')}
          onStartQuiz={props.onStartQuiz}
        />
      );
    case 'invalid':
      return (
        <div className="result-lead result-lead--error" role="alert">
          <h2>{t('error.heading')}</h2>
          <p>
            {t(`error.${props.problem}`)} {t('error.advice')}
          </p>
          <button
            type="button"
            className="result-button result-button--primary"
            onClick={props.onStartQuiz}
          >
            {t('lead.startTest')}
          </button>
        </div>
      );
    default: {
      const unknown: never = props;
      throw new Error(`Unknown lead: ${JSON.stringify(unknown)}`);
    }
  }
}

/** The invitation to take the test oneself, under a friend's result or a bare type page. */
function TakeTestCall(props: {
  readonly message: string;
  readonly action: string;
  readonly onStartQuiz: () => void;
}) {
  return (
    <div className="result-lead result-lead--call">
      <p>{props.message}</p>
      <button
        type="button"
        className="result-button result-button--primary"
        onClick={props.onStartQuiz}
      >
        {props.action}
      </button>
    </div>
  );
}
