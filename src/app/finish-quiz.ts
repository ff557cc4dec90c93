/**
 * What happens when the last question is answered: the profile, its result code, and the record
 * that this code is the reader's own. Loaded on demand (prefetched during the last questions), so
 * the scoring engine and the result store stay out of the first download.
 */
import type { AnswerError, Answers } from '@/engine/contract';
import type { InvestorTypeId } from '@/data/investor-types';
import { checkAnswerQuality } from '@/engine/answer-quality';
import { buildProfile } from '@/engine/profile';
import { encodeResult } from '@/engine/result-code';
import { answerQualityRecorded } from '@/results/answer-quality-store';
import { ownResultRecorded } from '@/results/result-store';

export type FinishOutcome =
  | { readonly ok: true; readonly typeId: InvestorTypeId; readonly code: string }
  | { readonly ok: false; readonly error: AnswerError };

/** `timings`: how long each question was on screen (question id -> ms), for the quality flags. */
export function finishQuiz(
  answers: Answers,
  timings: Readonly<Record<string, number>>,
): FinishOutcome {
  const profile = buildProfile(answers);
  if (!profile.ok) return profile;
  const code = encodeResult(profile.value);
  ownResultRecorded(code);
  // Kept on this device beside the code, never in it: the reader's own page mentions them gently.
  const flags = checkAnswerQuality(answers, timings);
  answerQualityRecorded(code, flags.ok ? flags.value : []);
  return { ok: true, typeId: profile.value.typeId, code };
}
