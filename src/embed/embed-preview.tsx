import { useEffect, useRef } from 'react';
import { FRAME_ALLOW, FRAME_SANDBOX } from './embed-host';
import { parseEmbedMessage } from './embed-protocol';

/** The instance id of the configurator's own preview frame. */
export const PREVIEW_INSTANCE_ID = 'preview';

interface EmbedPreviewProps {
  readonly src: string;
  readonly title: string;
}

/**
 * The widget as a blog shows it: the test in embed mode, in the same sandbox, sized to its content
 * by the same messages embed.js trusts (this origin, this frame, this instance id).
 */
export function EmbedPreview({ src, title }: EmbedPreviewProps) {
  const frameRef = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    const onMessage = (event: MessageEvent): void => {
      const frame = frameRef.current;
      if (frame === null || event.origin !== window.location.origin) return;
      if (event.source === null || event.source !== frame.contentWindow) return;
      const parsed = parseEmbedMessage(event.data);
      if (!parsed.ok || parsed.value.id !== PREVIEW_INSTANCE_ID || parsed.value.type !== 'resize')
        return;
      // Set through the style object, which the CSP allows, rather than a style attribute.
      frame.style.height = `${parsed.value.height}px`;
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  return (
    <iframe
      ref={frameRef}
      className="embed-preview__frame"
      src={src}
      title={title}
      sandbox={FRAME_SANDBOX}
      allow={FRAME_ALLOW}
    />
  );
}
