/**
 * What the test keeps on the reader's device, what a shared result link carries, and what an
 * embedded test tells the blog page around it: one list each. The stores take their storage keys
 * from here; the privacy page, the share panel's sentence and the landing page's promise are
 * rendered from these lists (their words are in the i18n resources, keyed by these ids); and a
 * test holds the real stores, the real result-code layout and the real embed messages to them, so
 * a page cannot promise less or more than the code does.
 */
import { STORAGE_KEYS, type DeviceItemId } from './privacy-keys';

export {
  EMBED_NOTICES,
  EMBED_SECTION_ANCHOR,
  type DeviceItemId,
  WORDPRESS_NOTICES,
} from './privacy-keys';

/** Where an item lives: local storage stays until cleared, session storage until the tab closes. */
export type DeviceStorage = 'local' | 'session';

export interface DeviceItem {
  readonly id: string;
  readonly storage: DeviceStorage;
  /** The storage key, exactly as the browser's developer tools show it. */
  readonly key: string;
  /** The fields the stored value holds, as written (a test reads the real stored value). */
  readonly holds: readonly string[];
  /** Whether the item holds something the reader answered (never sent, never in a link). */
  readonly holdsAnswers: boolean;
}

export const DEVICE_ITEMS = [
  {
    id: 'quiz',
    storage: 'local',
    key: STORAGE_KEYS['quiz'],
    holds: ['answers', 'step', 'timings', 'finished'],
    holdsAnswers: true,
  },
  {
    id: 'results',
    storage: 'local',
    key: STORAGE_KEYS['results'],
    holds: ['ownCode', 'friendCode'],
    holdsAnswers: false,
  },
  {
    id: 'answer-quality',
    storage: 'local',
    key: STORAGE_KEYS['answer-quality'],
    holds: ['code', 'flags'],
    holdsAnswers: false,
  },
  {
    id: 'security-check',
    storage: 'local',
    key: STORAGE_KEYS['security-check'],
    holds: ['answers', 'submitted'],
    holdsAnswers: true,
  },
  {
    id: 'language',
    storage: 'local',
    key: STORAGE_KEYS['language'],
    holds: ['chosen'],
    holdsAnswers: false,
  },
  {
    id: 'campaign',
    storage: 'session',
    key: STORAGE_KEYS['campaign'],
    holds: ['utm_source', 'utm_medium', 'utm_campaign'],
    holdsAnswers: false,
  },
] as const satisfies readonly (DeviceItem & { readonly id: DeviceItemId })[];

/**
 * Everything a shared result link carries. `path`: in the address itself (the type's page, in
 * the sharer's language). `code`: in the fragment's result code, which never reaches a server.
 * The code's fields are named as the decoded profile names them (src/engine/contract.ts), plus
 * the checksum that catches a mistyped link.
 */
export const LINK_PLACES = ['path', 'code'] as const;

export const LINK_FIELDS = [
  { id: 'typeId', where: ['path', 'code'] },
  { id: 'language', where: ['path'] },
  { id: 'modelVersion', where: ['code'] },
  { id: 'scores', where: ['code'] },
  { id: 'literacyCorrect', where: ['code'] },
  { id: 'checksum', where: ['code'] },
] as const satisfies readonly {
  readonly id: string;
  readonly where: readonly (typeof LINK_PLACES)[number][];
}[];
