import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvestorTypeId } from '@/data/investor-types';
import type { Language } from '@/i18n/languages';
import { BASE_PATH } from './base-path';
import { networkShareUrl, SHARE_NETWORKS } from './share-urls';

export interface SharePanelProps {
  /** The link to share: the type's page with the result code, nothing else. */
  readonly url: string;
  readonly text: string;
  readonly typeId: InvestorTypeId;
  readonly language: Language;
}

type CopyStatus = 'idle' | 'copied' | 'failed';

function canShareNatively(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
}

/** Share the result: the phone's share sheet where there is one, LINE, X, Facebook, copy-link, image. */
export function SharePanel({ url, text, typeId, language }: SharePanelProps) {
  const { t } = useTranslation(['results', 'model']);
  const [copyStatus, setCopyStatus] = useState<CopyStatus>('idle');

  const shareNatively = async () => {
    try {
      await navigator.share({ text, url });
    } catch {
      // The reader closed the sheet, or the browser refused: nothing to report.
    }
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopyStatus('copied');
    } catch {
      setCopyStatus('failed');
    }
  };

  return (
    <section className="result-section" aria-labelledby="result-share-heading">
      <h2 id="result-share-heading">{t('sections.share')}</h2>
      <p className="result-note">{t('share.privacy')}</p>
      <div className="result-share">
        {canShareNatively() && (
          <button
            type="button"
            className="result-button result-button--primary"
            onClick={() => void shareNatively()}
          >
            {t('share.native')}
          </button>
        )}
        {SHARE_NETWORKS.map((network) => (
          <a
            key={network}
            className={`result-button result-share__${network}`}
            href={networkShareUrl(network, url, text)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t(`share.${network}`)}
            <span className="visually-hidden">{t('recommendations.newTab')}</span>
          </a>
        ))}
        <button type="button" className="result-button" onClick={() => void copyLink()}>
          {t('share.copy')}
        </button>
        <a
          className="result-button"
          href={`${BASE_PATH}og/${typeId}-${language}.png`}
          download={`${typeId}-${language}.png`}
        >
          {t('actions.saveImage')}
        </a>
      </div>
      <p role="status" className="result-share__status">
        {copyStatus === 'copied'
          ? t('share.copied')
          : copyStatus === 'failed'
            ? t('share.copyFailed')
            : ''}
      </p>
    </section>
  );
}
