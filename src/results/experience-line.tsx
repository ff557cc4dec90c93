import { useTranslation } from 'react-i18next';
import type { ReaderFacts } from '@/engine/contract';

export interface ExperienceLineProps {
  /** The reader's own facts, from the answers behind their code; null when unknown. */
  readonly facts: ReaderFacts | null;
}

/**
 * The facts the reader stated about themselves (investing experience, when the money is needed),
 * shown beside the scores because no score includes them. Only ever given the reader's own facts:
 * a result link carries none, so a friend opening it sees no answer of the sharer's.
 */
export function ExperienceLine({ facts }: ExperienceLineProps) {
  const { t } = useTranslation('results');
  if (facts === null) return null;
  return (
    <>
      <p className="result-experience">{t(`experience.${facts.experience}`)}</p>
      <p className="result-experience">{t(`goalHorizon.${facts.goalHorizon}`)}</p>
    </>
  );
}
