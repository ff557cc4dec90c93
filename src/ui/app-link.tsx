import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useHref, useLinkClickHandler } from 'react-router-dom';

export interface AppLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** A path inside the app; the router adds the language prefix (`/en/`), as for its own links. */
  readonly to: string;
  /** Follow the link as a full page load, e.g. to start afresh after the app failed. */
  readonly reloadDocument?: boolean;
}

/**
 * A link within the app, built from react-router's own parts for custom links (`useHref`,
 * `useLinkClickHandler`). Its `<Link>` carries the framework mode's route prefetching, which a
 * declarative app never uses but every first visit downloaded; this link behaves the same for
 * everything the app asks of a link: the href, a plain click moving within the app, and a click
 * with a modifier key or on another target left to the browser.
 */
export function AppLink({
  to,
  reloadDocument = false,
  onClick,
  target,
  children,
  ...rest
}: AppLinkProps) {
  const href = useHref(to);
  const moveWithinApp = useLinkClickHandler<HTMLAnchorElement>(
    to,
    target === undefined ? {} : { target },
  );
  const handleClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    onClick?.(event);
    if (!event.defaultPrevented && !reloadDocument) moveWithinApp(event);
  };
  return (
    <a {...rest} href={href} target={target} onClick={handleClick}>
      {children}
    </a>
  );
}
