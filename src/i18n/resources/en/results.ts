// UI texts of the "results" namespace in en. Same keys as ../ja/results.ts (a test holds them equal).
import type { Resources } from '../ja/index';

export const results: Resources['results'] = {
  eyebrow: {
    own: 'Your result',
    friend: 'A shared result',
    general: 'About this investor type',
    error: 'Investor type',
  },
  hero: {
    traitsType: 'What stands out in this type',
    traitsMiddle: 'Near the middle on every side',
    traitsOwn: 'What stands out in you',
    traitsFriend: 'What stands out in this person',
    lineLead: 'Market notes on LINE, the same for everyone who signs up.',
    lineAccount: 'Tokyo Sogo Kenkyusho LINE official account {{account}}',
    pr: 'Ad',
  },
  lead: {
    general: 'Take the test to see your own type and scores; no sign-up needed.',
    takeTest: 'Take the test yourself',
    startTest: 'Start the test',
  },
  friend: {
    summary: 'The person who shared this: “{{catchphrase}}”.',
    invite: 'Take the test and you can lay your result over theirs. No sign-up needed.',
  },
  compare: {
    offer: 'You can lay the friend’s result you opened earlier ({{name}}) over yours.',
    show: 'Compare with your friend',
    heading: 'How you and your friend differ',
    pair: 'You are “{{own}}”; your friend is “{{friend}}”.',
    biggest:
      'The biggest difference is in {{dimension}}: you lean {{ownLean}}, your friend {{friendLean}}.',
    together: {
      riskTolerance:
        'You take risks differently. When you talk about money, say first how big a fall each of you can sit through; it saves misunderstandings.',
      lossAversion:
        'Losses feel different to each of you. If one panics at a fall and the other shrugs, that is temperament, not foolishness; knowing it makes money talk easier.',
      timeHorizon:
        'You think about time differently. When money is shared, agree first on when it will be needed.',
      decisionStyle:
        'You decide differently. The analyst can learn from the other’s speed, and the intuitive one from the analyst’s care.',
      socialInfluence:
        'The crowd pulls on you differently. When a hot stock comes up, let the steadier one ask “what is the evidence?”; it helps you both.',
      knowledge:
        'One of you knows more. The one who knows more helps most by explaining how things work, not by naming stocks to buy.',
      similar:
        'You are alike on every side. Because you think alike, ask for an outside view now and then, so you do not fall into the same trap together.',
    },
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
    heading: 'Where you lean on six sides',
    intro:
      'No score is better or worse. Each shows which of a dimension’s two ends you lean towards.',
    chartLabel: 'Radar chart of the six dimensions of {{name}}',
    chartLabelCompare: 'Radar chart laying your six dimensions over your friend’s',
    chartLoading: 'Loading the chart',
    own: 'You',
    friend: 'Friend',
    ownStyle: 'You ({{name}}): solid line',
    friendStyle: 'Friend ({{name}}): dotted line',
    valuesOrder: 'Values on the axes read “you / friend”.',
    position: '{{score}} between {{low}} (0) and {{high}} (100): {{lean}}',
    meterLabel: '{{dimension}} ({{who}})',
    lean: {
      strongLow: 'towards “{{low}}”',
      low: 'slightly towards “{{low}}”',
      middle: 'about in the middle',
      high: 'slightly towards “{{high}}”',
      strongHigh: 'towards “{{high}}”',
    },
    because: 'The answer that counted most: “{{answer}}”',
    becauseQuestion: 'Question: {{question}}',
    shape:
      'The further a corner reaches out, the more you lean to that dimension’s second end. A bigger area is not better.',
    shapeOwn:
      'The shape reaches furthest on {{outer}} and stays closest to the centre on {{inner}}.',
  },
  sections: {
    about: 'About this type',
    strengths: 'Strengths',
    blindSpots: 'Thinking habits to watch',
    tips: 'Points to keep in mind',
    population: 'Three basic money questions',
    services: 'Services from Tokyo Sogo Kenkyusho',
    share: 'Share your result',
  },
  population: {
    intro:
      'The test’s last three questions are the basic money questions used in surveys worldwide.',
    total: 'You answered {{correct}} of the 3 right.',
    yourAnswer: 'Your answer: {{answer}}',
    rightAnswer: 'Right answer: {{answer}}',
    correct: 'Right',
    wrong: 'Not right',
    noAnswers:
      'Your answers are no longer on this device, so each question’s answer cannot be shown.',
    national: '{{label}}: {{percent}}% (survey of {{year}})',
    source: 'Source: {{source}}',
    explanation: {
      'lit-compound': [
        'Each year the interest is paid on the balance, including earlier interest (compounding).',
        'After five years the balance is about 1,104,000 yen: more than 1,100,000 yen.',
      ],
      'lit-inflation': [
        'The deposit grows 1% in a year, but prices rise 2%.',
        'Prices outpace the money, so it buys less.',
      ],
      'lit-diversification': [
        'A single company’s stock can fall hard on that company’s news alone.',
        'A fund spread over many companies usually carries less risk.',
      ],
    },
  },
  services: {
    note: 'An advertisement for our own services, not a judgement of which products suit you. Our free services may introduce our paid ones.',
    newTab: ' (opens in a new tab)',
  },
  security: {
    heading: 'Protect your account',
    intro:
      'One last thing: three quick checks on how you protect your brokerage account. They play no part in your type, stay on this device only, and never go into a shared link.',
    yes: 'Yes',
    no: 'No',
    questions: {
      mfa: 'Does your broker ask for more than your password when you log in (multi-factor or two-step authentication)?',
      links:
        'Do you avoid logging in to your broker or bank from a link in a text message or email?',
      offers: 'Do you ignore investment offers that reach you on LINE or social media?',
    },
    submit: 'See my advice',
    unanswered: 'Answer all three to see advice tailored to you.',
    edit: 'Change my answers',
    good: 'You do this',
    todo: 'Worth doing',
    advice: {
      mfa: {
        yes: 'Multi-factor login is the key safeguard. Turn on login notifications too, so you notice a login that was not you.',
        no: 'Start by turning on multi-factor login at your broker. In 2025 a wave of account takeovers with stolen IDs and passwords led to unauthorised trades, and Japan’s securities industry moved to make multi-factor login mandatory.',
      },
      links: {
        yes: 'Never logging in from a link is the best defence against phishing sites that copy the real one.',
        no: 'Do not log in from links in texts or emails; open your broker from a bookmark or its official app. Fake messages in a broker’s or bank’s name that lead to look-alike sites are on the rise.',
      },
      offers: {
        yes: 'Ignoring such offers is the best protection against social-media investment scams.',
        no: 'Scams that impersonate famous investors and real firms recruit through LINE groups and social-media ads. If you hear “guaranteed” or “just for you”, do not respond and do not send money.',
      },
    },
    scamWarning:
      'Types who respond quickly to the buzz and to other people are also the ones scammers target. If you are hurried with “only now”, stop and talk it over with someone close to you.',
    sevenPayHeading: 'The lesson of 7pay',
    sevenPay:
      'The 7pay phone payment service launched in July 2019 without two-step verification, and accounts were abused within days. It closed after only three months.',
    whyInvestors:
      'A brokerage account holds far more money than everyday payments. A hijacked account can be used to sell your shares or buy wildly swinging stocks without your knowing, so securing it is part of getting ready to invest.',
  },
  share: {
    text: 'My investor type is “{{name}}”. Which are you? Take the test and compare your result with mine.',
    native: 'Share',
    line: 'Send on LINE',
    x: 'Post on X',
    facebook: 'Share on Facebook',
    copy: 'Copy link',
    copied: 'Link copied',
    copyFailed: "Couldn't copy. Please copy this page's address instead.",
    privacy: 'Only the result code is shared, never your answers.',
    saveImage: 'Save as image',
    imageReady: 'Your image is ready. Press and hold it to save.',
    imageAlt: 'Result image of {{name}}',
    imageClose: 'Close',
    imageFailed: 'The image could not be made. Please take a screenshot instead.',
  },
  image: {
    eyebrow: 'My investor type',
    footer: 'Investor Psychology Test',
  },
  actions: {
    retake: 'Take the test again',
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
  reliability: {
    // What a named runner-up means on this test: a retest often lands on it (docs/model.md).
    runnerUp: 'Answer again and you may get {{runnerUp}}.',
  },
  goalHorizon: {
    'within-1-year': 'When the money is needed: within a year (not part of any score)',
    '1-to-3-years': 'When the money is needed: in 1 to 3 years (not part of any score)',
    '3-to-10-years': 'When the money is needed: in 3 to 10 years (not part of any score)',
    'over-10-years': 'When the money is needed: in more than 10 years (not part of any score)',
  },
  answerQuality: {
    runnerUp:
      'With answers like these the result could as well be {{runnerUp}}: read both descriptions rather than taking {{typeName}} as settled.',
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
