/**
 * The blog embed's wire format, shared by both sides: the loader on the host page (embed.js) and the
 * bridge inside the test's iframe. Pure functions only: no window, no DOM, so the loader stays tiny
 * and the same checks run on both ends.
 *
 * Every input here comes from outside (a blog author's data attributes, the iframe URL, a postMessage)
 * and is parsed into a closed shape or rejected with a typed error. Nothing throws.
 */
import { INVESTOR_TYPE_IDS, type InvestorTypeId } from '@/data/investor-types';
import { SERVICE_IDS, type ServiceId } from '@/data/site';
import { DEFAULT_LANGUAGE, parseLanguage, type Language } from '@/i18n/languages';
import { CAMPAIGN_VALUE, THEMES, type Theme } from '@/platform/url-params';

/** Tags every message so the host can tell ours from any other postMessage traffic on the page. */
export const EMBED_MESSAGE_SOURCE = 'toushi-shinri-test';
/** Bumped when the message shape changes incompatibly; older loaders then ignore newer messages. */
export const EMBED_PROTOCOL_VERSION = 1;

/** Bounds of a reported content height, in CSS pixels. */
export const EMBED_HEIGHT_MIN = 1;
export const EMBED_HEIGHT_MAX = 20000;
/** The quiz has well under this many steps; anything larger is not ours. */
export const EMBED_STEP_INDEX_MAX = 199;

export const EMBED_THEMES = THEMES;
export type EmbedTheme = Theme;

export type EmbedLanguage = Language;

/** An instance id names one embed on a host page: short, plain and safe in a URL. */
const INSTANCE_ID = /^[a-z0-9-]{1,32}$/;
/** Longer attribute values or query strings are not ours: refuse before parsing them. */
const RAW_VALUE_MAX = 2048;

export type EmbedMessage =
  | { readonly type: 'resize'; readonly id: string; readonly height: number }
  | { readonly type: 'start'; readonly id: string }
  | { readonly type: 'step'; readonly id: string; readonly stepIndex: number }
  | { readonly type: 'complete'; readonly id: string; readonly typeId: InvestorTypeId }
  | { readonly type: 'cta'; readonly id: string; readonly serviceId: ServiceId };
export type EmbedMessageType = EmbedMessage['type'];

/** What goes over postMessage: the message plus the source tag and protocol version. */
export type EmbedWireMessage = EmbedMessage & {
  readonly source: typeof EMBED_MESSAGE_SOURCE;
  readonly version: typeof EMBED_PROTOCOL_VERSION;
};

export type EmbedMessageError =
  | { readonly kind: 'not-an-object' }
  | { readonly kind: 'foreign' }
  | { readonly kind: 'unsupported-version' }
  | { readonly kind: 'unknown-type' }
  | { readonly kind: 'bad-id' }
  | { readonly kind: 'bad-field'; readonly field: 'height' | 'stepIndex' | 'typeId' | 'serviceId' };

export type Parsed<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

function fail<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

function isInstanceId(value: unknown): value is string {
  return typeof value === 'string' && INSTANCE_ID.test(value);
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

/** Reads an own data property only: never a getter, never something inherited from a prototype. */
function own(record: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(record, key);
  return descriptor && 'value' in descriptor ? (descriptor.value as unknown) : undefined;
}

/**
 * Checks a message received over postMessage (or about to be sent) and returns it rebuilt from its
 * checked fields only, so nothing unexpected rides along. Heights are whole pixels in 1-20000, step
 * indexes whole numbers in 0-199, type and service ids from the model's closed lists.
 */
export function parseEmbedMessage(data: unknown): Parsed<EmbedMessage, EmbedMessageError> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail({ kind: 'not-an-object' });
  if (own(data, 'source') !== EMBED_MESSAGE_SOURCE) return fail({ kind: 'foreign' });
  if (own(data, 'version') !== EMBED_PROTOCOL_VERSION) return fail({ kind: 'unsupported-version' });
  const type = own(data, 'type');
  const id = own(data, 'id');
  if (!isOneOf<EmbedMessageType>(['resize', 'start', 'step', 'complete', 'cta'], type)) {
    return fail({ kind: 'unknown-type' });
  }
  if (!isInstanceId(id)) return fail({ kind: 'bad-id' });
  switch (type) {
    case 'resize': {
      const height = own(data, 'height');
      return isIntegerIn(height, EMBED_HEIGHT_MIN, EMBED_HEIGHT_MAX)
        ? { ok: true, value: { type, id, height } }
        : fail({ kind: 'bad-field', field: 'height' });
    }
    case 'start':
      return { ok: true, value: { type, id } };
    case 'step': {
      const stepIndex = own(data, 'stepIndex');
      return isIntegerIn(stepIndex, 0, EMBED_STEP_INDEX_MAX)
        ? { ok: true, value: { type, id, stepIndex } }
        : fail({ kind: 'bad-field', field: 'stepIndex' });
    }
    case 'complete': {
      const typeId = own(data, 'typeId');
      return isOneOf(INVESTOR_TYPE_IDS, typeId)
        ? { ok: true, value: { type, id, typeId } }
        : fail({ kind: 'bad-field', field: 'typeId' });
    }
    case 'cta': {
      const serviceId = own(data, 'serviceId');
      return isOneOf(SERVICE_IDS, serviceId)
        ? { ok: true, value: { type, id, serviceId } }
        : fail({ kind: 'bad-field', field: 'serviceId' });
    }
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

/** Wraps a message for postMessage: a fresh plain object with the source tag and protocol version. */
export function toWireMessage(message: EmbedMessage): EmbedWireMessage {
  return { ...message, source: EMBED_MESSAGE_SOURCE, version: EMBED_PROTOCOL_VERSION };
}

/** The options a blog author sets on the embed element, after validation. */
export interface EmbedOptions {
  readonly lang: EmbedLanguage;
  readonly theme: EmbedTheme;
  readonly utmSource?: string;
  readonly utmMedium: string;
  readonly utmCampaign?: string;
}

/** What the host's analytics can tell embedded traffic by when the author sets no medium. */
export const DEFAULT_UTM_MEDIUM = 'embed';

/** The embed element's data attributes, as `element.dataset` names them; anything else is ignored. */
export interface EmbedAttributes {
  readonly lang?: string | undefined;
  readonly theme?: string | undefined;
  readonly utmSource?: string | undefined;
  readonly utmMedium?: string | undefined;
  readonly utmCampaign?: string | undefined;
}

function campaignValue(raw: unknown): string | undefined {
  return typeof raw === 'string' && CAMPAIGN_VALUE.test(raw) ? raw : undefined;
}

/**
 * Reads the author's data attributes. Lenient by design, since a typo must not break a blog post:
 * an unknown language becomes Japanese, an unknown theme "auto", a malformed campaign value is dropped.
 */
export function parseEmbedAttributes(attributes: EmbedAttributes): EmbedOptions {
  const theme = attributes.theme;
  const utmSource = campaignValue(attributes.utmSource);
  const utmCampaign = campaignValue(attributes.utmCampaign);
  return {
    lang: parseLanguage(attributes.lang) ?? DEFAULT_LANGUAGE,
    theme: isOneOf(EMBED_THEMES, theme) ? theme : 'auto',
    utmMedium: campaignValue(attributes.utmMedium) ?? DEFAULT_UTM_MEDIUM,
    ...(utmSource === undefined ? {} : { utmSource }),
    ...(utmCampaign === undefined ? {} : { utmCampaign }),
  };
}

/**
 * An http(s) origin exactly as `location.origin` spells it ("https://blog.example.jp"), or
 * undefined: no path, no credentials, no other scheme, never the opaque "null".
 */
export function parseHttpOrigin(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length > 256) return undefined;
  if (!/^https?:\/\/[^/?#@\\\s]+$/i.test(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  return url.origin === raw ? raw : undefined;
}

/** The iframe's query: everything the test needs to run in embed mode for one host instance. */
export interface EmbedFrameParams extends EmbedOptions {
  readonly host: string;
  readonly id: string;
}

/** Builds the query string of the iframe URL (the part after "?", without it). */
export function embedFrameQuery(params: EmbedFrameParams): string {
  const query = new URLSearchParams({ embed: '1', lang: params.lang });
  if (params.utmSource !== undefined) query.set('utm_source', params.utmSource);
  query.set('utm_medium', params.utmMedium);
  if (params.utmCampaign !== undefined) query.set('utm_campaign', params.utmCampaign);
  query.set('theme', params.theme);
  query.set('host', params.host);
  query.set('id', params.id);
  return query.toString();
}

/** Embed mode as the app sees it; `host` is absent when the page may not talk to its parent. */
export interface EmbedMode {
  readonly lang: EmbedLanguage;
  readonly theme: EmbedTheme;
  readonly host?: string;
  readonly id?: string;
}

/**
 * Reads embed mode from the app's own URL query. Undefined unless `embed=1`. The host origin and
 * instance id are kept only when both are well-formed: without them the bridge stays silent.
 */
export function parseEmbedMode(search: string): EmbedMode | undefined {
  if (typeof search !== 'string' || search.length > RAW_VALUE_MAX) return undefined;
  const query = new URLSearchParams(search);
  if (query.get('embed') !== '1') return undefined;
  const options = parseEmbedAttributes({
    lang: query.get('lang') ?? undefined,
    theme: query.get('theme') ?? undefined,
  });
  const host = parseHttpOrigin(query.get('host'));
  const id = query.get('id');
  return {
    lang: options.lang,
    theme: options.theme,
    ...(host !== undefined && isInstanceId(id) ? { host, id } : {}),
  };
}

/** Names of the DOM CustomEvents dispatched on the embed element, per message type. */
export const EMBED_DOM_EVENTS = {
  start: 'toushi-shinri-test:start',
  step: 'toushi-shinri-test:step',
  complete: 'toushi-shinri-test:complete',
  cta: 'toushi-shinri-test:cta',
} as const satisfies Record<Exclude<EmbedMessageType, 'resize'>, string>;

/** Names of the `window.dataLayer` events, per message type. */
export const EMBED_DATA_LAYER_EVENTS = {
  start: 'toushi_shinri_test_start',
  step: 'toushi_shinri_test_step',
  complete: 'toushi_shinri_test_complete',
  cta: 'toushi_shinri_test_cta',
} as const satisfies Record<Exclude<EmbedMessageType, 'resize'>, string>;

export type EmbedAnalyticsMessage = Exclude<EmbedMessage, { type: 'resize' }>;

/** The detail a host's analytics receives: ids and indexes only, never anything about the reader. */
export function analyticsDetail(
  message: EmbedAnalyticsMessage,
): Readonly<Record<string, string | number>> {
  switch (message.type) {
    case 'start':
      return { instanceId: message.id };
    case 'step':
      return { instanceId: message.id, stepIndex: message.stepIndex };
    case 'complete':
      return { instanceId: message.id, typeId: message.typeId };
    case 'cta':
      return { instanceId: message.id, serviceId: message.serviceId };
    default: {
      const unreachable: never = message;
      return unreachable;
    }
  }
}
