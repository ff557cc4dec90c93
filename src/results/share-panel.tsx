import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSION_IDS } from '@/data/dimensions';
import { LINK_FIELDS } from '@/data/privacy';
import { networkShareUrl, SHARE_NETWORKS, type ShareNetwork } from './share-urls';

export interface SharePanelProps {
  /** The link to share: the type's page with the result code, nothing else. */
  readonly url: string;
  readonly text: string;
  /** Makes the image of the reader's own result (a PNG data: URL). */
  readonly makeImage: () => Promise<string>;
  /** The file name for a download. */
  readonly imageFileName: string;
  readonly imageAlt: string;
  /** True in in-app browsers that ignore downloads: the image is shown to long-press instead. */
  readonly showImageInstead: boolean;
  /** LINE first for Japanese readers; X first otherwise. */
  readonly networks?: readonly ShareNetwork[];
}

type Status = 'idle' | 'copied' | 'copyFailed' | 'imageFailed';

function canShareNatively(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function';
}

/**
 * Sharing, compact enough for the first screen: the phone's share sheet where there is one, each
 * network by its colour and name (no redrawn marks), copy-link and save-as-image.
 */
export function SharePanel({
  url,
  text,
  makeImage,
  imageFileName,
  imageAlt,
  showImageInstead,
  networks = SHARE_NETWORKS,
}: SharePanelProps) {
  const { t } = useTranslation(['results', 'privacy']);
  const linkFields = LINK_FIELDS.map((field) =>
    t(`privacy:linkFields.${field.id}`, { count: DIMENSION_IDS.length }),
  );
  const [status, setStatus] = useState<Status>('idle');
  const [image, setImage] = useState<string | undefined>(undefined);

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
      setStatus('copied');
    } catch {
      setStatus('copyFailed');
    }
  };

  const saveImage = async () => {
    try {
      const dataUrl = await makeImage();
      if (showImageInstead) {
        setImage(dataUrl);
        return;
      }
      const link = document.createElement('a');
      link.href = dataUrl;
      link.download = imageFileName;
      link.click();
    } catch {
      setStatus('imageFailed');
    }
  };

  return (
    <section className="result-share" aria-labelledby="result-share-heading">
      <h2 id="result-share-heading" className="result-share__heading">
        {t('sections.share')}
      </h2>
      <div className="result-share__buttons">
        {canShareNatively() && (
          <button
            type="button"
            className="share-button share-button--native"
            onClick={() => void shareNatively()}
          >
            {t('share.native')}
          </button>
        )}
        {networks.map((network) => (
          <a
            key={network}
            className={`share-button share-button--${network}${network === 'line' ? ' line-brand' : ''}`}
            href={networkShareUrl(network, url, text)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t(`share.${network}`)}
            <span className="visually-hidden">{t('services.newTab')}</span>
          </a>
        ))}
        <button type="button" className="share-button" onClick={() => void copyLink()}>
          {t('share.copy')}
        </button>
        <button type="button" className="share-button" onClick={() => void saveImage()}>
          {t('share.saveImage')}
        </button>
      </div>
      <p className="result-share__privacy">{t('share.privacy', { fields: linkFields })}</p>
      <p role="status" className="result-share__status">
        {status === 'idle' ? '' : t(`share.${status}`)}
      </p>
      {image !== undefined && (
        <div className="saved-image" role="dialog" aria-label={imageAlt}>
          <p>{t('share.imageReady')}</p>
          <img src={image} alt={imageAlt} className="saved-image__img" />
          <button type="button" className="result-button" onClick={() => setImage(undefined)}>
            {t('share.imageClose')}
          </button>
        </div>
      )}
    </section>
  );
}
