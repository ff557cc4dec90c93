/**
 * The profile: what a result page shows and a result code carries.
 */
import { DIMENSION_IDS, type DimensionId } from '@/data/dimensions';
import type { AnswerError, Answers, DimensionScores, Profile, Result } from './contract';
import { classify } from './classify';
import { MODEL_VERSION } from './model-version';
import { answersToIndices, countLiteracyCorrectOfIndices, scoreIndices } from './scoring';

/** Rounds every score to an integer 0-100. */
export function roundScores(scores: DimensionScores): DimensionScores {
  const rounded = {} as Record<DimensionId, number>;
  for (const dimension of DIMENSION_IDS) rounded[dimension] = Math.round(scores[dimension]);
  return rounded;
}

/**
 * Builds the profile of a complete answer set: the current model version, integer scores 0-100,
 * the type those rounded scores classify as, and the literacy right answers (0-3).
 * Classifying the rounded scores keeps a decoded result code and a fresh profile in agreement.
 */
export function buildProfile(answers: Answers): Result<Profile, AnswerError> {
  const indices = answersToIndices(answers);
  if (!indices.ok) return indices;
  const scores = roundScores(scoreIndices(indices.value));
  return {
    ok: true,
    value: {
      modelVersion: MODEL_VERSION,
      typeId: classify(scores),
      scores,
      literacyCorrect: countLiteracyCorrectOfIndices(indices.value),
    },
  };
}
