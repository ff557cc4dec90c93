import { useTranslation } from 'react-i18next';
import { SECURITY_CHECK_ORDER, SECURITY_CHECKS } from '@/data/security-checks';
import { securityAdvice } from '@/engine/security-advice';
import {
  isComplete,
  securityAdviceRequested,
  securityCheckAnswered,
  securityChecksReopened,
  useSecurityAdviceShown,
  useSecurityAnswers,
} from './security-check-store';

export interface SecurityCheckProps {
  /** Types most exposed to scams (trend-following, swayed by others) get the scam warning too. */
  readonly scamProne: boolean;
}

/**
 * 「口座を守る習慣」: how the login is protected, password reuse and investment offers, then
 * advice that follows the answers, the everyday habits, what to do at once when something looks
 * wrong, and the 7pay story. Only on the reader's own result; the answers stay on this device.
 */
export function SecurityCheck({ scamProne }: SecurityCheckProps) {
  const { t } = useTranslation('results');
  const answers = useSecurityAnswers();
  const adviceShown = useSecurityAdviceShown();
  const complete = isComplete(answers);
  const advice = securityAdvice(answers);
  const habits = advice.hasAccount ? 'account' : 'noAccount';

  return (
    <section className="result-section security-check" aria-labelledby="security-heading">
      <h2 id="security-heading">{t('security.heading')}</h2>
      {!adviceShown ? (
        <>
          <p>{t('security.intro', { count: SECURITY_CHECK_ORDER.length })}</p>
          {SECURITY_CHECK_ORDER.map((check) => (
            <fieldset key={check} className="security-check__question">
              <legend>{t(`security.questions.${check}`)}</legend>
              <div className="security-check__choices">
                {SECURITY_CHECKS[check].map((choice) => (
                  <label key={choice} className="security-check__choice">
                    <input
                      type="radio"
                      name={`security-${check}`}
                      checked={answers[check] === choice}
                      onChange={() => securityCheckAnswered(check, choice)}
                    />
                    {t(`security.choices.${choice}`)}
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          <button
            type="button"
            className="result-button result-button--primary"
            aria-disabled={!complete}
            onClick={securityAdviceRequested}
          >
            {t('security.submit')}
          </button>
          {!complete && (
            <p className="result-note">
              {t('security.unanswered', { count: SECURITY_CHECK_ORDER.length })}
            </p>
          )}
        </>
      ) : (
        <>
          <ul className="security-check__advice">
            {advice.items.map(({ check, choice, status }) => (
              <li key={check} className={`is-${status}`}>
                <strong>{t(`security.status.${status}`)}</strong>
                {t(`security.advice.${choice}`)}
              </li>
            ))}
          </ul>
          {scamProne && <p className="security-check__warning">{t('security.scamWarning')}</p>}
          <h3>{t('security.habitsHeading')}</h3>
          <ul className="security-check__habits">
            <li>{t(`security.habits.${habits}.notifications`)}</li>
            <li>{t(`security.habits.${habits}.review`)}</li>
          </ul>
          <h3>{t('security.incidentHeading')}</h3>
          <p className="security-check__incident">{t('security.incident')}</p>
          <h3>{t('security.sevenPayHeading')}</h3>
          <p>{t('security.sevenPay')}</p>
          <p>{t('security.whyInvestors')}</p>
          <button type="button" className="result-button" onClick={securityChecksReopened}>
            {t('security.edit')}
          </button>
        </>
      )}
    </section>
  );
}
