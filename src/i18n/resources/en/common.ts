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
    lead: 'Answer {{count}} questions and see which of {{types}} investor types you are closest to: how you live with risk, how losses feel to you, and the habits behind your decisions.',
    learnHeading: 'What you will learn',
    learnLead: 'After the last question, your result page brings together:',
    learn: {
      type: 'The investor type closest to you, and its strengths',
      dimensions: 'Six tendencies, including risk tolerance, loss aversion and time horizon',
      biases: 'The mental habits (biases) to watch for, and how to handle them',
      sharing: 'An image and a link to share your result (your answers are never included)',
    },
    factsHeading: 'About the test',
    facts: {
      questions: '{{count}} questions',
      minutes: 'About {{count}} min',
      noSignUp: 'Free, no sign-up',
      onDevice: 'Your answers are kept on this device only and are never sent anywhere.',
      embedded: 'The blog around this test is told only {{notices, list}}. Never your answers.',
      embeddedLink: 'Details',
    },
    start: 'Start the test',
    startAgain: 'Begin now',
    resume: 'Continue where you left off',
    resumeNote: 'You have answered {{answered}} of {{total}} questions.',
    startOver: 'Start over',
    typesHeading: 'The {{count}} investor types',
    typesLead:
      'Your result is one of these {{count}} types. Each has its strengths, and habits to watch.',
    types: {
      'steady-guardian': {
        name: 'The Steady Guardian',
        catchphrase: 'First, keep what matters safe',
      },
      'trend-follower': {
        name: 'The Trend Spotter',
        catchphrase: 'Quick to notice, quick to move',
      },
      'independent-analyst': {
        name: 'The Independent Analyst',
        catchphrase: 'Do your own research, make your own call',
      },
      'bold-adventurer': {
        name: 'The Bold Adventurer',
        catchphrase: 'When a chance comes, you step forward',
      },
      'balanced-navigator': {
        name: 'The Balanced Navigator',
        catchphrase: 'Steady at the helm, leaning to neither side',
      },
    },
    sampleLabel: 'Sample result',
    sampleCaption: 'Part of a result page (a sample)',
    sampleDimensions: {
      riskTolerance: 'Risk tolerance',
      lossAversion: 'Loss aversion',
      timeHorizon: 'Time horizon',
    },
    aboutHeading: 'Who runs this test',
    about:
      'Run by {{name}}: a self-check for learning how you think about investing, never advice on what to buy or sell.',
    aboutLink: 'Operator details and privacy',
    againNote: '{{count}} questions · free, no sign-up',
    againHeading: 'Find your type in about {{minutes}} minutes',
  },
  embedNotices: {
    start: 'that the test started',
    step: 'how far it got',
    complete: 'which investor type came out',
    cta: 'which service link was tapped',
    height: 'the height of the frame',
    link: "the address of a link you open (for the result page, your result's link)",
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
      'This self-check sorts your answers into a simple type. It is not investment advice and does not judge which products suit you. Investment decisions are your own.',
    classification:
      'This test sorts your answers into a simple classification of tendencies. It does not judge whether any financial product or transaction suits you in light of your knowledge, experience, assets and goals.',
    notAdvice:
      'It does not recommend buying or selling any financial product and is not investment advice. We do not answer questions about individual stocks or how to split your money.',
    noReturns: 'Results say nothing about future returns.',
    risk: 'Investing carries the risk of loss, including loss of principal.',
    ownResponsibility: 'Every investment decision is your own responsibility.',
    paidServices: 'This test and our free information services may introduce our paid services.',
  },
  operator: {
    heading: 'Operator',
    name: 'Company',
    address: 'Address',
    representative: 'Representative',
    contact: 'Contact',
    registration: 'Financial instruments business registration',
    registered: '{{number}} (member of {{association}})',
    notRegistered:
      'We are not registered as a financial instruments business operator (金融商品取引業).',
    unset: '[Set before release] The registration state is not set yet.',
    fakeAccounts:
      'Beware of fake accounts and ads using our name or our CEO’s name. Our only official LINE account is {{account}}. Messages in LINE groups or on social media that recommend investments to you personally or ask you to send money do not come from us.',
    privacy: 'Privacy policy',
  },
};
