import { useTranslation } from 'react-i18next';
import { rankTypes } from '@/engine/classify';
import type { Profile } from '@/engine/contract';

export interface RunnerUpLineProps {
  readonly profile: Profile;
}

/**
 * Names the runner-up type when it is nearly as close as the reader's type ("〇〇寄りの△△"), and
 * the reader's stated investing experience, which no score includes.
 */
export function RunnerUpLine({ profile }: RunnerUpLineProps) {
  const { t } = useTranslation(['results', 'model']);
  const { closeRunnerUp } = rankTypes(profile.scores, profile.modelVersion);
  const experience = profile.experience ?? null;
  if (closeRunnerUp === null && experience === null) return null;
  return (
    <div className="result-section">
      {closeRunnerUp !== null && (
        <p>
          {t('runnerUp.close', {
            typeName: t(`model:types.${profile.typeId}.name`),
            runnerUp: t(`model:types.${closeRunnerUp}.name`),
          })}
        </p>
      )}
      {experience !== null && <p>{t(`experience.${experience}`)}</p>}
    </div>
  );
}
