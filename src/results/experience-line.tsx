import { useTranslation } from 'react-i18next';
import type { Profile } from '@/engine/contract';

export interface ExperienceLineProps {
  readonly profile: Profile;
}

/**
 * The reader's stated investing experience: a fact of its own on the profile, shown beside the
 * scores because no score includes it.
 */
export function ExperienceLine({ profile }: ExperienceLineProps) {
  const { t } = useTranslation('results');
  const experience = profile.experience ?? null;
  if (experience === null) return null;
  return <p className="result-experience">{t(`experience.${experience}`)}</p>;
}
