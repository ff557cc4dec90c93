/**
 * The profile: what a result page shows and a result code carries.
 */
import { DIMENSION_IDS, type DimensionId } from '@/data/dimensions';
import type { AnswerError, Answers, DimensionScores, Profile, Result } from './contract';
import { classify } from './classify';
import { MODEL_VERSION } from './model-version';
import {
  answersToIndices,
  countLiteracyCorrectOfIndices,
  experienceOfIndices,
  scoreIndices,
} from './scoring';

/** Rounds every score to an integer 0-100. */
export function roundScores(scores: DimensionScores): DimensionScores {
  const rounded = {} as Record<DimensionId, number>;
  for (const dimension of DIMENSION_IDS) rounded[dimension] = Math.round(scores[dimension]);
  return rounded;
}

/** The profile of option indices already known to be valid (see answersToIndices). */
export function profileOfIndices(indices: ArrayLike<number>): Profile {
  const scores = roundScores(scoreIndices(indices));
  return {
    modelVersion: MODEL_VERSION,
    typeId: classify(scores),
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
