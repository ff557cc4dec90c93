import { INVESTOR_TYPE_IDS, type InvestorTypeId } from '@/data/investor-types';
import type { DecodeError, Profile, Result } from '@/engine/contract';

/** Why a code in the link cannot be shown, as the reader is told it. */
export const CODE_PROBLEMS = [
  'malformed',
  'checksumMismatch',
  'unsupportedVersion',
  'outOfRange',
  'tampered',
] as const;
export type CodeProblem = (typeof CODE_PROBLEMS)[number];

/** Everything the result page can be showing, decided from the path, the fragment and the store. */
export type ResultView =
  | { readonly kind: 'unknown-type' }
  /**
   * A bare /r/<type>/ link: the type's general description and a call to take the test. Also the
   * pre-render and the hydrating page, which cannot see the fragment: most visits to a type page
   * carry no code, so they then hydrate into exactly what they already show.
   */
  | { readonly kind: 'general'; readonly typeId: InvestorTypeId }
  | { readonly kind: 'invalid'; readonly typeId: InvestorTypeId; readonly problem: CodeProblem }
  | {
      readonly kind: 'own';
      readonly typeId: InvestorTypeId;
      readonly code: string;
      readonly profile: Profile;
      /** A friend's profile to compare with, when one was opened before and still decodes. */
      readonly friend: Profile | null;
    }
  | {
      readonly kind: 'friend';
      readonly typeId: InvestorTypeId;
      readonly code: string;
      readonly profile: Profile;
    };

export interface ResultViewInput {
  /** The raw path segment, not yet validated. */
  readonly typeIdFromPath: string;
  /** The fragment's code; null before hydration, "" when the link has none. */
  readonly fragmentCode: string | null;
  readonly ownCode: string | null;
  readonly friendCode: string | null;
  readonly decode: (code: unknown) => Result<Profile, DecodeError>;
}

export function parseTypeId(raw: string): InvestorTypeId | undefined {
  return INVESTOR_TYPE_IDS.find((id) => id === raw);
}

function problemOf(error: DecodeError): CodeProblem {
  switch (error.kind) {
    case 'empty':
    case 'malformed':
      return 'malformed';
    case 'checksum-mismatch':
      return 'checksumMismatch';
    case 'unsupported-version':
      return 'unsupportedVersion';
    case 'out-of-range':
      return 'outOfRange';
    // A code that names no type was edited by hand: the reader hears the same as for a swapped type.
    case 'unknown-type':
      return 'tampered';
    default: {
      const unknown: never = error;
      throw new Error(`Unknown decode error: ${JSON.stringify(unknown)}`);
    }
  }
}

/** Decides what the result page shows. Pure: the decoder and the stored codes are passed in. */
export function resolveResultView(input: ResultViewInput): ResultView {
  const typeId = parseTypeId(input.typeIdFromPath);
  if (typeId === undefined) return { kind: 'unknown-type' };
  const code = input.fragmentCode;
  if (code === null || code === '') return { kind: 'general', typeId };

  const decoded = input.decode(code);
  if (!decoded.ok) return { kind: 'invalid', typeId, problem: problemOf(decoded.error) };
  const profile = decoded.value;
  // The path names the type for link previews; a code of another type means one of them was edited.
  if (profile.typeId !== typeId) return { kind: 'invalid', typeId, problem: 'tampered' };

  if (input.ownCode !== null && code === input.ownCode) {
    const friend = input.friendCode === null ? undefined : input.decode(input.friendCode);
    return {
      kind: 'own',
      typeId,
      code,
      profile,
      friend: friend?.ok === true && input.friendCode !== code ? friend.value : null,
    };
  }
  return { kind: 'friend', typeId, code, profile };
}
