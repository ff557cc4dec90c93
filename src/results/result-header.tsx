import { useTranslation } from 'react-i18next';
import type { InvestorTypeId } from '@/data/investor-types';

export interface ResultHeaderProps {
  readonly typeId: InvestorTypeId;
  /** One line above the name: whose result this is. Always present, so nothing moves when it changes. */
  readonly eyebrow: string;
}

/**
 * The type's name (the page's only h1), its catchphrase and its description: the same for every
 * reader of the type, so pre-rendered, and the page's largest paint before any script runs.
 */
export function ResultHeader({ typeId, eyebrow }: ResultHeaderProps) {
  const { t } = useTranslation(['results', 'model']);
  return (
    <header className="result-header">
      <p className="result-header__eyebrow">{eyebrow}</p>
      <h1 className="result-header__name">{t(`model:types.${typeId}.name`)}</h1>
      <p className="result-header__catchphrase">{t(`model:types.${typeId}.catchphrase`)}</p>
      <p className="result-header__description">{t(`model:types.${typeId}.description`)}</p>
    </header>
  );
}
