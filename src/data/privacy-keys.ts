/**
 * The part of src/data/privacy.ts that the first download needs: the stores' storage keys, and
 * the notices an embed sends (the embedded landing page names them). Kept apart so the fuller
 * lists, which only the privacy page and the result page read, stay out of that download.
 */

/** The storage key of every item this device keeps (DEVICE_ITEMS in privacy.ts describes each). */
export const STORAGE_KEYS = {
  quiz: 'toushi-shinri-test:quiz',
  results: 'toushi-shinri-test:results',
  'answer-quality': 'toushi-shinri-test:answer-quality',
  'security-check': 'toushi-shinri-test:security-check',
  language: 'toushi-shinri-test:language',
  campaign: 'toushi-shinri-test:campaign',
} as const;

export type DeviceItemId = keyof typeof STORAGE_KEYS;

/** The storage key of one item: the stores read their names here, never write their own. */
export function storageKeyOf(id: DeviceItemId): string {
  return STORAGE_KEYS[id];
}

/**
 * What an embedded test tells the blog page around it (as DOM events and `dataLayer` entries),
 * and the one detail each notice carries besides the embed's instance id. Never an answer. The
 * embed protocol's messages are held to this list by a test.
 */
export const EMBED_NOTICES = [
  { id: 'start', detail: [] },
  { id: 'step', detail: ['stepIndex'] },
  { id: 'complete', detail: ['typeId'] },
  { id: 'cta', detail: ['serviceId'] },
] as const satisfies readonly { readonly id: string; readonly detail: readonly string[] }[];

/**
 * What the test tells the blog page instead inside WordPress's sandboxed wrapper, where it speaks
 * only WordPress's two messages (src/embed/wordpress-wrapper.ts): the frame's height, and the
 * address of a link the reader follows, which WordPress then opens.
 */
export const WORDPRESS_NOTICES = [{ id: 'height' }, { id: 'link' }] as const;

/** The privacy page's section on embedding, which the embedded landing page links to. */
export const EMBED_SECTION_ANCHOR = 'embed';
