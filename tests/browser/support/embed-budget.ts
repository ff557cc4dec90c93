/** How tall an embedded page may be on a phone, as the blog embed promises marketing (docs/embed.md). */

/** The embedded landing is one phone screen, not the site's whole front page. */
export const EMBEDDED_LANDING_MAX_PX = 700;

/** The embedded result is its first screen, within the 1000 px WordPress lets a frame grow to. */
export const EMBEDDED_RESULT_MAX_PX = 1000;
