// Answer sets shared by the engine tests, built from the model so they stay complete.
import fc from 'fast-check';
import { QUESTIONS, type Question } from '@/data/questions';
import type { Answers } from '@/engine/contract';

const questions: readonly Question[] = QUESTIONS;

/** A complete answer set: `pick` returns the chosen option id of each question. */
export function answersBy(pick: (question: Question) => string): Answers {
  return Object.fromEntries(questions.map((question) => [question.id, pick(question)]));
}

export const FIRST_OPTIONS: Answers = answersBy((question) => question.options[0]!.id);
export const LAST_OPTIONS: Answers = answersBy((question) => question.options.at(-1)!.id);

/** Any complete, valid answer set. */
export const arbitraryAnswers: fc.Arbitrary<Answers> = fc
  .tuple(
    ...questions.map((question) => fc.constantFrom(...question.options.map((option) => option.id))),
  )
  .map((ids) => Object.fromEntries(questions.map((question, index) => [question.id, ids[index]!])));

/** Any complete answer set as option indices in question order (the fast path's input). */
export const arbitraryIndices: fc.Arbitrary<number[]> = fc.tuple(
  ...questions.map((question) => fc.integer({ min: 0, max: question.options.length - 1 })),
);
