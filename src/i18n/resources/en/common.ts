// UI texts of the "common" namespace in en. Same keys as ../ja/common.ts.
import type { Resources } from '../ja/index';

export const common: Resources['common'] = {
  appName: 'Investor Psychology Test',
  operatorShort: 'Operated by {{name}}',
  skipToContent: 'Skip to content',
  loading: 'Loading…',
  language: {
    label: 'Language',
    names: { ja: '日本語', en: 'English' },
    // Offered to a reader who prefers the other language; each in its own language.
    offers: { ja: 'このページを日本語で読む', en: 'Read this page in English' },
    dismissOffer: 'Close',
  },
  meta: {
    landingTitle: 'Investor Psychology Test | Find your investor type, free',
    landingDescription:
      'About {{minutes}} min, {{count}} questions. Learn your investor type from how you face risk and make decisions. No sign-up; your answers never leave your device.',
    quizTitle: 'Taking the test | Investor Psychology Test',
    quizDescription: 'Answer one question at a time to find your investor type.',
    resultTitle: '{{typeName}} | Investor Psychology Test',
    notFoundTitle: 'Page not found | Investor Psychology Test',
    embedTitle: 'Embed in a blog | Investor Psychology Test',
  },
  landing: {
    eyebrow: 'A free self-check',
    title: 'What kind of investor are you?',
    lead: 'Answer a few questions and see your tendencies as an investor: how you live with risk, how losses feel to you, and the habits behind your decisions.',
    learnHeading: 'What you will learn',
    learn: {
      type: 'The investor type closest to you, and its strengths',
      dimensions: 'Six tendencies, including risk tolerance, loss aversion and time horizon',
      biases: 'The mental habits (biases) to watch for, and how to handle them',
    },
    factsHeading: 'About the test',
    facts: {
      questions: '{{count}} questions',
      minutes: 'About {{count}} min',
      noSignUp: 'Free, no sign-up',
      onDevice: 'Your answers are kept on this device only and are never sent anywhere',
    },
    start: 'Start the test',
    resume: 'Continue where you left off',
    resumeNote: 'You have answered {{answered}} of {{total}} questions.',
    startOver: 'Start over',
  },
  notFound: {
    title: 'Page not found',
    body: 'The page may have moved, or the address may be wrong. You can start the test from the top page at any time.',
    start: 'Start the test',
  },
  errors: {
    chunkTitle: 'The page could not be loaded',
    chunkBody: 'The connection seems unstable. Check it and try again. Your answers are saved.',
    renderTitle: 'The page could not be shown',
    renderBody:
      'Something unexpected went wrong. Please start again from the top page. Your answers are saved.',
    retry: 'Try again',
    home: 'Back to the top page',
  },
  disclaimer: {
    heading: 'Before you use this test',
    short:
      'This is a self-check for learning, not investment advice. Investment decisions are your own responsibility.',
    selfDiagnosis:
      'This test is a self-check for education, to help you see your tendencies as an investor. It does not recommend buying or selling any financial product and is not investment advice.',
    noReturns:
      'Results do not promise or suggest any future returns, and no one is promised the same results.',
    risk: 'Investing carries the risk of loss, including loss of principal.',
    ownResponsibility: 'Every investment decision is your own responsibility.',
  },
  operator: {
    heading: 'Operator',
    registration: 'Registration',
  },
};
