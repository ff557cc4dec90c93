import { QUESTIONS } from '../../src/data/questions';
import type { Answers, Profile } from '../../src/engine/contract';
import { buildProfile } from '../../src/engine/profile';
import { encodeResult } from '../../src/engine/result-code';

/** Answers choosing option `pick(questionIndex, optionCount)` of every question. */
export function sampleAnswers(
  pick: (index: number, optionCount: number) => number = () => 0,
): Answers {
  return Object.fromEntries(
    QUESTIONS.map((question, index) => {
      const option = question.options[pick(index, question.options.length)] ?? question.options[0];
      return [question.id, option?.id ?? ''];
    }),
  );
}

export interface SampleResult {
  readonly profile: Profile;
  readonly code: string;
  /** Relative to the site's base URL: `r/<typeId>/#<code>`. */
  readonly path: string;
}

/** A real result, made by the engine the way the quiz makes it. */
export function sampleResult(answers: Answers = sampleAnswers()): SampleResult {
  const profile = buildProfile(answers);
  if (!profile.ok) throw new Error(`Cannot build a sample profile: ${profile.error.kind}`);
  const code = encodeResult(profile.value);
  return { profile: profile.value, code, path: `r/${profile.value.typeId}/#${code}` };
}
