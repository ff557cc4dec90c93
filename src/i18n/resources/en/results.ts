// UI texts of the "results" namespace in en. Same keys as ../ja/results.ts (a test holds them equal).
import type { Resources } from '../ja/index';

export const results: Resources['results'] = {
  eyebrow: {
    pending: 'Investor type',
    own: 'Your result',
    friend: "A friend's result",
    general: 'About this investor type',
    error: 'Investor type',
  },
  lead: {
    own: 'Your investor type and your scores on six dimensions.',
    friend:
      'A friend shared this result. Which type are you? The test is free and needs no sign-up.',
    general:
      'This page holds no scores. Take the test to see your own type and scores; no sign-up needed.',
    takeTest: 'Take the test',
    startTest: 'Start the test',
  },
  compare: {
    offer: "You can overlay the friend's result you opened earlier.",
    show: 'Compare with your friend',
  },
  error: {
    heading: 'This result cannot be shown',
    malformed: 'The result code in the link cannot be read. Part of the link may be missing.',
    checksumMismatch: 'The result code in the link is cut short or has been changed.',
    unsupportedVersion: 'This result code was made by another version of the test.',
    outOfRange: 'The result code in the link holds values that cannot occur.',
    tampered: "The result code does not match the page's type. The link may have been changed.",
    advice: 'Ask the person who shared it to send the link again, or take the test yourself.',
    notFoundHeading: 'This investor type does not exist',
    notFound: 'The link seems cut short or changed. Take the test to find out your own type.',
  },
  scores: {
    heading: 'Scores on six dimensions',
    chartLabel: 'Radar chart of the scores of {{name}}',
    chartLabelCompare: "Radar chart overlaying your scores and your friend's",
    chartLoading: 'Loading the chart',
    chartPlaceholder: 'Take the test and a chart of your scores appears here.',
    own: 'You',
    friend: 'Friend',
    valueText: '{{score}} out of 100',
    meterLabel: '{{dimension}} ({{who}})',
    scale: '{{low}} ⟷ {{high}}',
  },
  sections: {
    strengths: 'Strengths',
    blindSpots: 'Thinking habits to watch',
    advice: 'Advice',
    population: 'Compared with national surveys',
    recommendations: 'Services that suit you',
    recommendationsFriend: 'Services that suit this type',
    share: 'Share your result',
  },
  population: {
    literacy: 'You answered {{correct}} of the 3 basic financial questions right.',
    national: '{{label}}: {{percent}}%',
    source: 'Source: {{source}}',
  },
  recommendations: {
    newTab: ' (opens in a new tab)',
  },
  share: {
    text: 'My investor type is "{{name}}". Which are you?',
    native: 'Share',
    line: 'Send on LINE',
    x: 'Post on X',
    facebook: 'Share on Facebook',
    copy: 'Copy link',
    copied: 'Link copied',
    copyFailed: "Couldn't copy. Please copy this page's address instead.",
    privacy: 'Only the result code is shared, never your answers.',
  },
  actions: {
    retake: 'Take the test again',
    saveImage: 'Save the result as an image',
  },
  runnerUp: {
    close:
      'Mostly {{typeName}}, close to {{runnerUp}}: these answers sit almost as near to {{runnerUp}}.',
  },
  experience: {
    none: 'Investing experience: none yet (not part of any score)',
    'under-1-year': 'Investing experience: less than a year (not part of any score)',
    '1-to-5-years': 'Investing experience: 1 to 5 years (not part of any score)',
    'over-5-years': 'Investing experience: more than 5 years (not part of any score)',
  },
  answerQuality: {
    heading: 'A word about your answers',
    retake: 'Answer again at my own pace',
    'straight-lining': 'You chose the option in the same position on almost every question.',
    contradictory:
      'Some answers point in opposite directions (for example, declining only the better of two offers).',
    'too-fast': 'You seem to have answered faster than the questions can be read.',
    offer:
      'Your result stands as it is, but it may differ a little from what you really think. When you have time, why not answer again at your own pace?',
  },
};
