/**
 * The shape every language's model texts must have, derived from the data so that every id has
 * its text and no text is left without an id. ja.ts checks itself against it with `satisfies`.
 */
import type { DimensionId } from '../dimensions';
import type { InvestorTypeId } from '../investor-types';
import type { PopulationFactId } from '../population-facts';
import type { QUESTIONS } from '../questions';
import type { RuleId } from '../rules';

type QuestionEntry = (typeof QUESTIONS)[number];

export interface DimensionText {
  readonly name: string;
  readonly lowLabel: string;
  readonly highLabel: string;
  /** One sentence each on what a score in that band means for the reader. */
  readonly low: string;
  readonly mid: string;
  readonly high: string;
}

export interface BlindSpotText {
  /** The bias by its usual name (損失回避, herding, ...). */
  readonly bias: string;
  readonly explanation: string;
}

export interface TypeText {
  readonly name: string;
  readonly catchphrase: string;
  readonly description: string;
  readonly strengths: readonly [string, string, string];
  readonly blindSpots: readonly [BlindSpotText, BlindSpotText, BlindSpotText];
  readonly advice: readonly [string, string, string];
}

export interface ModelTextShape {
  readonly dimensions: Readonly<Record<DimensionId, DimensionText>>;
  readonly questions: {
    readonly [Q in QuestionEntry as Q['id']]: {
      readonly prompt: string;
      readonly options: Readonly<Record<Q['options'][number]['id'], string>>;
    };
  };
  readonly types: Readonly<Record<InvestorTypeId, TypeText>>;
  /** Reason templates; may use {{typeName}} and {{<dimensionId>}}. */
  readonly rules: Readonly<Record<RuleId, string>>;
  readonly facts: Readonly<
    Record<PopulationFactId, { readonly label: string; readonly source: string }>
  >;
}
