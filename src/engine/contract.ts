/**
 * The engine's public contract, shared by the UI, the build scripts and the tests.
 * Everything here is plain data: ids, numbers and typed errors. Texts live in the
 * language modules (src/data/text/), keyed by these ids.
 */
import type { DimensionId } from '@/data/dimensions';
import type { InvestorTypeId } from '@/data/investor-types';
import type { RuleId } from '@/data/rules';
import type { ServiceId } from '@/data/site';

/** Question id -> chosen option id. A complete set answers every question in the model. */
export type Answers = Readonly<Record<string, string>>;

/** Each dimension scored 0-100. */
export type DimensionScores = Readonly<Record<DimensionId, number>>;

export interface Profile {
  readonly modelVersion: number;
  readonly typeId: InvestorTypeId;
  /** Integers 0-100, rounded, exactly what a result code carries. */
  readonly scores: DimensionScores;
  /** How many of the three Big Three literacy questions were answered right (0-3). */
  readonly literacyCorrect: number;
}

export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export type AnswerError =
  | { readonly kind: 'missing-answers'; readonly questionIds: readonly string[] }
  | { readonly kind: 'unknown-question'; readonly questionId: string }
  | { readonly kind: 'unknown-option'; readonly questionId: string; readonly optionId: string };

export type DecodeError =
  | { readonly kind: 'empty' }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'checksum-mismatch' }
  | { readonly kind: 'unsupported-version'; readonly version: number }
  | { readonly kind: 'unknown-type' }
  | { readonly kind: 'out-of-range' };

export interface Recommendation {
  readonly serviceId: ServiceId;
  readonly ruleId: RuleId;
  readonly priority: number;
  /** The reason in the language whose templates were passed in, placeholders filled. */
  readonly reason: string;
}
