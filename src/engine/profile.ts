/**
 * The profile: what a result page shows and a result code carries.
 */
import { DIMENSION_IDS, type DimensionId } from '@/data/dimensions';
import type { AnswerError, Answers, Profile, Result } from './contract';
import { classifyValues } from './classify';
import { MODEL_VERSION } from './model-version';
import {
  answersToIndices,
  countLiteracyCorrectOfIndices,
  experienceOfIndices,
  scoreIndicesInto,
} from './scoring';

const VALUES = new Float64Array(DIMENSION_IDS.length);

/** The profile of option indices already known to be valid (see answersToIndices). */
export function profileOfIndices(indices: ArrayLike<number>): Profile {
  scoreIndicesInto(indices, VALUES);
  const scores = {} as Record<DimensionId, number>;
  DIMENSION_IDS.forEach((dimension, d) => {
    const rounded = Math.round(VALUES[d] ?? 0);
    VALUES[d] = rounded;
    scores[dimension] = rounded;
  });
  return {
    modelVersion: MODEL_VERSION,
    typeId: classifyValues(VALUES),
    scores,
    literacyCorrect: countLiteracyCorrectOfIndices(indices),
    experience: experienceOfIndices(indices),
  };
}

/**
 * Builds the profile of a complete answer set: the current model version, integer scores 0-100,
 * the type those rounded scores classify as, the literacy right answers (0-3) and the stated
 * experience. Classifying the rounded scores keeps a decoded result code and a fresh profile in
 * agreement. Rank the types with rankTypes(profile.scores, profile.modelVersion).
 */
export function buildProfile(answers: Answers): Result<Profile, AnswerError> {
  const indices = answersToIndices(answers);
  if (!indices.ok) return indices;
  return { ok: true, value: profileOfIndices(indices.value) };
}
