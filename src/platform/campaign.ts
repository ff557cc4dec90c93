import { storageKeyOf } from '@/data/privacy-keys';
import { safeSessionStorage } from './safe-storage';
import { CAMPAIGN_VALUE } from './url-params';

/** The only URL parameters kept for attribution; anything else in the query is ignored. */
export const CAMPAIGN_KEYS = ['utm_source', 'utm_medium', 'utm_campaign'] as const;
export type CampaignKey = (typeof CAMPAIGN_KEYS)[number];
export type Campaign = Partial<Record<CampaignKey, string>>;

const STORAGE_KEY = storageKeyOf('campaign');

/** Keeps the allowlisted utm parameters whose values are well-formed; drops the rest silently. */
export function parseCampaign(search: string): Campaign {
  const params = new URLSearchParams(search.length > 2048 ? '' : search);
  const campaign: Campaign = {};
  for (const key of CAMPAIGN_KEYS) {
    const value = params.get(key);
    if (value !== null && CAMPAIGN_VALUE.test(value)) campaign[key] = value;
  }
  return campaign;
}

function readStoredCampaign(): Campaign {
  const raw = safeSessionStorage.getItem(STORAGE_KEY);
  if (typeof raw !== 'string') return {};
  // Stored as a query string so the same parser validates it on the way back in.
  return parseCampaign(raw);
}

/**
 * Remembers the landing URL's campaign for this visit (session storage), so the calls to action on
 * the result page carry it even after the reader has moved through the quiz.
 */
export function captureCampaign(search: string): Campaign {
  const fromUrl = parseCampaign(search);
  if (Object.keys(fromUrl).length > 0) {
    const query = new URLSearchParams(fromUrl as Record<string, string>).toString();
    void safeSessionStorage.setItem(STORAGE_KEY, query);
    return fromUrl;
  }
  return readStoredCampaign();
}

export function currentCampaign(): Campaign {
  return readStoredCampaign();
}

/** Adds the campaign's utm parameters to an outbound http(s) link; other links are returned as is. */
export function withCampaign(url: string, campaign: Campaign): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return url;
  for (const key of CAMPAIGN_KEYS) {
    const value = campaign[key];
    if (value !== undefined) parsed.searchParams.set(key, value);
  }
  return parsed.toString();
}
