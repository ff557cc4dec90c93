/**
 * The engine's public contract, shared by the UI, the build scripts and the tests.
 * Everything here is plain data: ids, numbers and typed errors. Texts live in the
 * language modules (src/data/text/), keyed by these ids.
 */
import type { DimensionId, ExperienceLevel, GoalHorizon } from '@/data/dimensions';
import type { InvestorTypeId } from '@/data/investor-types';
import type { RuleId } from '@/data/rules';
import type { ServiceId } from '@/data/site';

/** Question id -> chosen option id. A complete set answers every question in the model. */
export type Answers = Readonly<Record<string, string>>;

/** Each dimension scored 0-100. */
export type DimensionScores = Readonly<Record<DimensionId, number>>;

export interface Profile {
  /** The model version whose questions and prototypes made these scores (1, 2 or 3). */
  readonly modelVersion: number;
  readonly typeId: InvestorTypeId;
  /** Integers 0-100, rounded, exactly what a result code carries. */
  readonly scores: DimensionScores;
  /** How many of the three Big Three literacy questions were answered right (0-3). */
  readonly literacyCorrect: number;
}

/**
 * Facts the reader stated about themselves, apart from every score: read from the answers kept on
 * the device (readerFactsOf), never from a code, so only the reader's own view knows them.
 */
export interface ReaderFacts {
  readonly experience: ExperienceLevel;
  /** When the money would be needed. */
  readonly goalHorizon: GoalHorizon;
}

/** One type and how far the scores are from its prototype (Euclidean, in score points). */
export interface RankedType {
  readonly typeId: InvestorTypeId;
  readonly distance: number;
}

/** The types of a profile, nearest first, and whether the runner-up is close enough to name. */
export interface Classification {
  /** Every type, nearest first (ties: the order of INVESTOR_TYPE_IDS). */
  readonly ranked: readonly RankedType[];
  /** The runner-up when it is within CLOSE_RUNNER_UP_MARGIN of the nearest type, else null. */
  readonly closeRunnerUp: InvestorTypeId | null;
  /** Distance of the runner-up minus that of the nearest type, in score points (>= 0). */
  readonly margin: number;
}

/** Why the answers may not describe the reader well. Kept on the device, never in a link. */
export const ANSWER_QUALITY_FLAGS = ['straight-lining', 'contradictory', 'too-fast'] as const;
export type AnswerQualityFlag = (typeof ANSWER_QUALITY_FLAGS)[number];

/** A value or a typed error: the one result type of the app's edges. */
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
