import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface EmbedSnippetBoxProps {
  readonly snippet: string;
  /** What the box holds; the embed code's own label when left out. */
  readonly label?: string;
  readonly rows?: number;
  /** The copy button's words; the embed code's own when left out. */
  readonly copyLabel?: string;
}

type CopyOutcome = { readonly snippet: string; readonly ok: boolean } | undefined;

/** The snippet, read-only, with a copy button and a spoken confirmation. */
export function EmbedSnippetBox({ snippet, label, rows = 6, copyLabel }: EmbedSnippetBoxProps) {
  const { t } = useTranslation('embed');
  const textareaId = useId();
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  // Remembers what was copied, so the confirmation disappears as soon as the snippet changes.
  const [outcome, setOutcome] = useState<CopyOutcome>(undefined);
  const current = outcome?.snippet === snippet ? outcome : undefined;

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(snippet);
      setOutcome({ snippet, ok: true });
    } catch {
      // No clipboard (an old browser, a denied permission): select the code for a manual copy.
      textareaRef.current?.focus();
      textareaRef.current?.select();
      setOutcome({ snippet, ok: false });
    }
  };

  return (
    <div className="embed-snippet">
      <label htmlFor={textareaId}>{label ?? t('snippet.label')}</label>
      <textarea
        ref={textareaRef}
        id={textareaId}
        className="embed-snippet__code"
        readOnly
        rows={rows}
        spellCheck={false}
        value={snippet}
      />
      <button type="button" className="embed-snippet__copy" onClick={() => void copy()}>
        {copyLabel ?? t('snippet.copy')}
      </button>
      <p role="status" className="embed-snippet__status">
        {current === undefined ? '' : current.ok ? t('snippet.copied') : t('snippet.copyFailed')}
      </p>
    </div>
  );
}
