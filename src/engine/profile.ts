/**
 * The profile: what a result page shows and a result code carries.
 */
import { DIMENSION_IDS, type DimensionId } from '@/data/dimensions';
import type { AnswerError, Answers, Profile, ReaderFacts, Result } from './contract';
import { classifyValues } from './classify';
import { MODEL_VERSION } from './model-version';
import {
  answersToIndices,
  countLiteracyCorrectOfIndices,
  experienceOfIndices,
  goalHorizonOfIndices,
  scoreIndicesInto,
} from './scoring';

const VALUES = new Float64Array(DIMENSION_IDS.length);
const RISK = DIMENSION_IDS.indexOf('riskTolerance');
const LOSS = DIMENSION_IDS.indexOf('lossAversion');
const HORIZON = DIMENSION_IDS.indexOf('timeHorizon');
const DECISION = DIMENSION_IDS.indexOf('decisionStyle');
const SOCIAL = DIMENSION_IDS.indexOf('socialInfluence');
const KNOWLEDGE = DIMENSION_IDS.indexOf('knowledge');

/** The profile of option indices already known to be valid (see answersToIndices). */
export function profileOfIndices(indices: ArrayLike<number>): Profile {
  scoreIndicesInto(indices, VALUES);
  for (let d = 0; d < VALUES.length; d++) VALUES[d] = Math.round(VALUES[d] ?? 0);
  // One literal shape for every profile's scores (keys in DIMENSION_IDS order).
  const scores: Record<DimensionId, number> = {
    riskTolerance: VALUES[RISK] ?? 0,
    lossAversion: VALUES[LOSS] ?? 0,
    timeHorizon: VALUES[HORIZON] ?? 0,
    decisionStyle: VALUES[DECISION] ?? 0,
    socialInfluence: VALUES[SOCIAL] ?? 0,
    knowledge: VALUES[KNOWLEDGE] ?? 0,
  };
  return {
    modelVersion: MODEL_VERSION,
    typeId: classifyValues(VALUES),
    scores,
    literacyCorrect: countLiteracyCorrectOfIndices(indices),
  };
}

/** The facts the reader stated (experience, goal horizon) of option indices already known to be valid. */
export function readerFactsOfIndices(indices: ArrayLike<number>): ReaderFacts {
  return { experience: experienceOfIndices(indices), goalHorizon: goalHorizonOfIndices(indices) };
}

/**
 * The facts a complete answer set states about the reader: investing experience and when the
 * money is needed. Neither is a score nor part of a result code; only answers kept on the
 * reader's device can give them, so a friend's link has none (the caller passes undefined on).
 */
export function readerFactsOf(answers: Answers): Result<ReaderFacts, AnswerError> {
  const indices = answersToIndices(answers);
  if (!indices.ok) return indices;
  return { ok: true, value: readerFactsOfIndices(indices.value) };
}

/**
 * Builds the profile of a complete answer set: the current model version, integer scores 0-100,
 * the type those rounded scores classify as and the literacy right answers (0-3); the stated
 * facts are readerFactsOf's. Classifying the rounded scores keeps a decoded result code and a fresh profile in
 * agreement. Rank the types with rankTypes(profile.scores, profile.modelVersion).
 */
export function buildProfile(answers: Answers): Result<Profile, AnswerError> {
  const indices = answersToIndices(answers);
  if (!indices.ok) return indices;
  return { ok: true, value: profileOfIndices(indices.value) };
}
