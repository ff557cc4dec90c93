import { QUESTIONS } from '../../../src/data/questions';
import type { Answers, Profile } from '../../../src/engine/contract';
import { buildProfile } from '../../../src/engine/profile';
import { encodeResult } from '../../../src/engine/result-code';
import { href } from '@/data/page-paths';

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
  /** The app path of its page, with the code in the fragment: `/r/<typeId>/#<code>`. */
  readonly path: string;
}

/** A real result, made by the engine the way the quiz makes it. */
export function sampleResult(answers: Answers = sampleAnswers()): SampleResult {
  const profile = buildProfile(answers);
  if (!profile.ok) throw new Error(`Cannot build a sample profile: ${profile.error.kind}`);
  const code = encodeResult(profile.value);
  return {
    profile: profile.value,
    code,
    path: href.result({ typeId: profile.value.typeId, code }),
  };
}
