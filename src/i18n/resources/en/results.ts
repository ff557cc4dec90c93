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
      'Questions {{numbers}} of the test are the basic money questions used in financial literacy surveys worldwide.',
    total: 'You answered {{correct}} of the 3 right.',
    yourAnswer: 'Your answer: {{answer}}',
    rightAnswer: 'Right answer: {{answer}}',
    correct: 'Right',
    wrong: 'Not right',
    noAnswers:
      'Your answers are no longer on this device, so each question’s answer cannot be shown.',
    national: '{{label}}: {{percent}}% (survey of {{year}})',
    source: 'Source: {{source}}',
    wordingDiffers:
      'That survey asked in other words and figures than this test, so take it as a rough guide.',
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
      'A moment for {{count}} quick checks on how you protect a brokerage account. You can answer them even if you have no account yet. They play no part in your type, stay on this device only, and never go into a shared link.',
    questions: {
      login: 'Besides your password, what protects your login to your broker?',
      passwords: 'Is your broker password the same as one you use elsewhere?',
      offers: 'What do you do with investment offers that reach you on LINE or social media?',
    },
    choices: {
      passkey: 'A passkey (fingerprint, face and the like)',
      'codes-only': 'Only a code by text message or email',
      'no-mfa': 'Nothing besides the password',
      'no-account': 'I have no brokerage account yet',
      unique: 'It is used for my broker only',
      reused: 'The same as, or like, one I use elsewhere',
      unsure: 'I am not sure',
      'not-yet': 'I have no brokerage account yet',
      ignore: 'I ignore them',
      listen: 'I sometimes hear them out',
    },
    submit: 'See my advice',
    unanswered: 'Answer all {{count}} to see advice that follows your answers.',
    edit: 'Change my answers',
    status: {
      good: 'You do this',
      todo: 'Worth doing',
      prepare: 'When you open an account',
    },
    advice: {
      passkey:
        'A passkey cannot be stolen by a fake site that asks you to type it in. Use passkeys for your other important accounts, such as email, wherever they are offered.',
      'codes-only':
        'Codes by text message or email can be caught by real-time phishing: a fake site passes the code you type straight on to the real one. If your broker offers passkeys, switch to one.',
      'no-mfa':
        'Start by setting up a passkey for your broker login. Where a broker has no passkeys, a login code is still stronger than a password alone. Since 15 October 2025, the Japan Securities Dealers Association’s guideline asks brokers to use phishing-resistant multi-factor authentication (such as passkeys) at login, at withdrawal and when the withdrawal account is changed.',
      'no-account':
        'When you open an account, check that the broker lets you log in with a passkey (fingerprint, face and the like). Since 15 October 2025, the Japan Securities Dealers Association’s guideline asks brokers for phishing-resistant multi-factor authentication.',
      unique: 'A password used for your broker only cannot be tried from another service’s leak.',
      reused:
        'Attackers try ID and password pairs leaked from other services as they are. That, together with no two-step verification, is how 7pay accounts were taken over. Change your broker password to one you use nowhere else.',
      unsure:
        'If you are not sure, change your broker password to a new one you use nowhere else. A password manager remembers it for you.',
      'not-yet':
        'When you open an account, give it a password of its own that you use for no other service.',
      ignore: 'Ignoring such offers is an important habit against social-media investment scams.',
      listen:
        'Scams that impersonate famous investors and real firms recruit through LINE groups and social-media ads. If you hear “guaranteed” or “just for you”, do not respond and do not send money.',
    },
    scamWarning:
      'Types who respond quickly to the buzz and to other people are also the ones scammers target. If you are hurried with “only now”, stop and talk it over with someone close to you.',
    habitsHeading: 'Everyday habits',
    habits: {
      account: {
        notifications:
          'Turn on login and trade notifications, so you notice at once a login or trade that was not you.',
        review: 'Log in now and then to check your balance and trade history.',
      },
      noAccount: {
        notifications:
          'Once you open an account, turn on login and trade notifications, so you notice at once a login or trade that was not you.',
        review:
          'Once you have an account, log in now and then to check your balance and trade history.',
      },
    },
    incidentHeading: 'If something looks wrong',
    incident:
      'If you see a login or trade that was not you, call your broker at once on the number shown on its official website or app, never a number from an email or text message. Then talk to the police consultation line (#9110) or the Financial Services Agency’s Counseling Office for Financial Services Users.',
    sevenPayHeading: 'The lesson of 7pay',
    sevenPay:
      'The 7pay phone payment service launched in July 2019 without two-step verification. Logins with IDs and passwords leaked elsewhere cost 808 people about 38.6 million yen within days, and the service closed after only three months.',
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
    privacy: 'A shared link holds only {{fields, list}}. Never your answers.',
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
    fullResult: 'See the full result',
  },
  runnerUp: {
    close: 'These answers sit almost as close to {{runnerUp}}.',
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
