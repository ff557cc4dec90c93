import { useTranslation } from 'react-i18next';
import { useAnswerQualityFlags } from './answer-quality-store';

export interface AnswerQualityNoteProps {
  /** The reader's own result code: flags are only ever shown beside it. */
  readonly code: string;
  readonly onRetake: () => void;
}

/**
 * A gentle word when the answers may not describe the reader well (the same position everywhere,
 * answers that contradict each other, or faster than reading), with an offer to retake. Never a
 * block: the result stays as it is.
 */
export function AnswerQualityNote({ code, onRetake }: AnswerQualityNoteProps) {
  const { t } = useTranslation('results');
  const flags = useAnswerQualityFlags(code);
  if (flags.length === 0) return null;
  return (
    <aside className="result-section" aria-labelledby="answer-quality-heading">
      <h2 id="answer-quality-heading">{t('answerQuality.heading')}</h2>
      <ul>
        {flags.map((flag) => (
          <li key={flag}>{t(`answerQuality.${flag}`)}</li>
        ))}
      </ul>
      <p>{t('answerQuality.offer')}</p>
      <button type="button" className="result-button" onClick={onRetake}>
        {t('answerQuality.retake')}
      </button>
    </aside>
  );
}
