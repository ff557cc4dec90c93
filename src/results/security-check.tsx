import { useTranslation } from 'react-i18next';
import {
  SECURITY_CHECKS,
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
 * 「口座を守る習慣」: three yes/no checks, then advice tailored to the answers with the 7pay
 * story. Only on the reader's own result; the answers stay in this device's storage.
 */
export function SecurityCheck({ scamProne }: SecurityCheckProps) {
  const { t } = useTranslation('results');
  const answers = useSecurityAnswers();
  const adviceShown = useSecurityAdviceShown();
  const complete = isComplete(answers);

  return (
    <section className="result-section security-check" aria-labelledby="security-heading">
      <h2 id="security-heading">{t('security.heading')}</h2>
      {!adviceShown ? (
        <>
          <p>{t('security.intro')}</p>
          {SECURITY_CHECKS.map((check) => (
            <fieldset key={check} className="security-check__question">
              <legend>{t(`security.questions.${check}`)}</legend>
              <div className="security-check__choices">
                {([true, false] as const).map((value) => (
                  <label key={String(value)} className="security-check__choice">
                    <input
                      type="radio"
                      name={`security-${check}`}
                      checked={answers[check] === value}
                      onChange={() => securityCheckAnswered(check, value)}
                    />
                    {value ? t('security.yes') : t('security.no')}
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
          {!complete && <p className="result-note">{t('security.unanswered')}</p>}
        </>
      ) : (
        <>
          <ul className="security-check__advice">
            {SECURITY_CHECKS.map((check) => {
              const done = answers[check] === true;
              return (
                <li key={check} className={done ? 'is-done' : 'is-todo'}>
                  <strong>{done ? t('security.good') : t('security.todo')}</strong>
                  {t(`security.advice.${check}.${done ? 'yes' : 'no'}`)}
                </li>
              );
            })}
          </ul>
          {scamProne && <p className="security-check__warning">{t('security.scamWarning')}</p>}
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
