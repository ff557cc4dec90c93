/**
 * A result page opened with a result code in its fragment (one's own link, a friend's shared
 * link) is pre-rendered as the type page a bare link shows, since the build cannot know the code.
 * Until the app has read the code, the parts of that page that the result replaces would show and
 * then jump when the result takes their place. A one-line script in the page head, run before the
 * first paint, marks such a page; the result page's CSS keeps those parts invisible (their space
 * kept) while the mark is there, and the app removes the mark in the same frame as it draws the
 * result. Plain data, read by the pre-render (which writes the script and its CSP hash) and by the
 * result page.
 */
export const CODE_PENDING_ATTRIBUTE = 'data-result-code-pending';

/** The page-head script: any fragment may be a code; the app decides, and removes the mark. */
export const CODE_PENDING_SCRIPT = `if(location.hash.length>1)document.documentElement.setAttribute('${CODE_PENDING_ATTRIBUTE}','')`;
