// UI texts of the "quiz" namespace in en. Same keys as ../ja/quiz.ts.
import type { Resources } from '../ja/index';

export const quiz: Resources['quiz'] = {
  progress: {
    label: 'Progress',
    count: '{{current}} / {{total}}',
    valueText: 'Question {{current}} of {{total}}',
    timeLeft: 'About {{count}} min left',
  },
  questionNumber: 'Question {{current}}',
  choicesHint: 'Choose the one that fits you best.',
  keyboardHint: 'Keyboard: number keys choose, Enter goes on, Backspace goes back',
  back: 'Back',
  next: 'Next',
  seeResult: 'See my result',
  startOver: 'Start over',
  finishing: 'Preparing your result…',
};
