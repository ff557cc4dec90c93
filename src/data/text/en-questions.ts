// The questions' English texts, apart from the rest of the model: the quiz downloads only these.
import type { ModelTextShape } from './shape';

const AGREE = {
  'strongly-disagree': 'Strongly disagree',
  disagree: 'Disagree',
  neutral: 'Neither agree nor disagree',
  agree: 'Agree',
  'strongly-agree': 'Strongly agree',
} as const;

const OFFER = {
  accept: 'Accept',
  'probably-accept': 'Probably accept',
  'probably-decline': 'Probably decline',
  decline: 'Decline',
} as const;

export const questionText = {
  'friend-view': {
    prompt: 'How would your friends or family describe you?',
    options: {
      avoider: 'Very careful: never takes chances',
      cautious: 'Cautious: thinks things through before acting',
      calculated: 'Takes well-researched, calculated chances',
      bold: 'Bold: jumps at an opportunity without hesitating',
    },
  },
  experience: {
    prompt: 'How much experience do you have investing in shares, funds or the like?',
    options: {
      none: 'None yet',
      'under-1-year': 'Less than a year',
      '1-to-5-years': '1 to 5 years',
      'over-5-years': 'More than 5 years',
    },
  },
  'game-show': {
    prompt: 'You have won a quiz show and may choose your prize. Which do you take?',
    options: {
      'sure-100k': '¥100,000 for certain',
      'half-500k': 'A 50% chance of ¥500,000',
      'quarter-1m': 'A 25% chance of ¥1,000,000',
      'five-percent-10m': 'A 5% chance of ¥10,000,000',
    },
  },
  'coin-150k': {
    prompt:
      'Someone you trust makes you an offer: a coin is tossed once; heads, you receive ¥150,000; tails, you pay ¥100,000. Do you accept the offer?',
    options: OFFER,
  },
  'sure-loss': {
    prompt:
      'You have just been given ¥200,000. Now you must choose one of these. Which would it be?',
    options: {
      'accept-loss': 'A sure loss of ¥50,000',
      gamble: 'A 50% chance of losing ¥100,000 and a 50% chance of losing nothing',
    },
  },
  windfall: {
    prompt:
      'You unexpectedly receive ¥1,000,000 that you will not need for some time. What do you do with it?',
    options: {
      deposit: 'Keep it in a bank deposit',
      'index-fund': 'Buy a fund spread over many companies',
      stocks: 'Buy shares in companies I pick myself',
      leverage:
        'Grow it with margin trading or FX, which let you trade more than the money you have',
    },
  },
  'goal-horizon': {
    prompt: 'If you invested, when would you expect to use the money?',
    options: {
      'within-1-year': 'Within a year',
      '1-to-3-years': 'In 1 to 3 years',
      '3-to-10-years': 'In 3 to 10 years',
      'over-10-years': 'In more than 10 years (for retirement, say)',
    },
  },
  drawdown: {
    prompt:
      'If the funds or shares you held fell 20% in a month (¥1,000,000 down to ¥800,000), what would you do?',
    options: {
      'sell-all': 'Sell everything so as not to lose more',
      'sell-some': 'Sell some and wait and see',
      hold: 'Do nothing and keep holding',
      'buy-more': 'Buy more now that prices are lower',
    },
  },
  'decision-basis': {
    prompt: 'When you choose what to buy, what do you rely on most (or would you)?',
    options: {
      financials: "A company's results and financial figures",
      charts: 'Charts of the price',
      'own-rules': 'Trading rules I have set myself',
      news: 'The news and what people are talking about',
      'friends-sns': 'Tips from people I know or from social media',
      'not-picking': 'I do not pick shares myself (e.g. a monthly fund plan)',
    },
  },
  'coin-200k': {
    prompt:
      'Now the offer is: heads, you receive ¥200,000; tails, you pay ¥100,000 (one toss only). Do you accept?',
    options: OFFER,
  },
  'holding-period': {
    prompt:
      'When you buy shares or funds, how long do you usually keep them? (What you plan is fine too.)',
    options: {
      days: 'Days to weeks',
      months: 'A few months',
      years: 'A year to a few years',
      decade: 'Five years or more',
    },
  },
  'hot-tip': {
    prompt: 'On social media, people are saying "this stock is about to soar". What do you do?',
    options: {
      'buy-now': 'Buy at once so as not to miss out',
      'buy-a-little': 'Buy a little to try',
      'research-first': 'Look into it myself before deciding',
      ignore: 'Pay it no attention',
    },
  },
  'check-frequency': {
    prompt: 'How often do you check how the money you have invested is doing?',
    options: {
      'several-a-day': 'Several times a day',
      daily: 'About once a day',
      weekly: 'About once a week',
      'monthly-or-less': 'Once a month or less',
      'not-investing': 'I do not invest yet',
    },
  },
  'ag-seek-return': {
    prompt:
      'I would rather choose the option with a higher expected return, even if it swings more.',
    options: AGREE,
  },
  'ag-loss-sting': {
    prompt: 'Losing ¥10,000 stings far more than gaining ¥10,000 pleases me.',
    options: AGREE,
  },
  'ag-follow-crowd': {
    prompt: 'When everyone around me is buying, I want to buy too.',
    options: AGREE,
  },
  'ag-rules-first': {
    prompt:
      'Before I buy or sell, I want to check the rules I have set myself (such as how far a price may fall before I sell).',
    options: AGREE,
  },
  'ag-long-wait': {
    prompt: 'Putting money aside for many years from now does not bother me.',
    options: AGREE,
  },
  'ag-loss-shrug': {
    prompt: 'When I lose money, I can write it off as a lesson and move on.',
    options: AGREE,
  },
  'ag-gut-feeling': {
    prompt: 'I often decide money matters on a hunch or a sudden idea.',
    options: AGREE,
  },
  'ag-quick-results': {
    prompt: 'If I cannot see results soon, I lose the will to keep going.',
    options: AGREE,
  },
  'ag-own-research': {
    prompt: "I trust what I have looked into and understood myself more than other people's views.",
    options: AGREE,
  },
  'lit-compound': {
    prompt:
      'You put ¥1,000,000 in a savings account paying 2% interest a year. With no other deposits or withdrawals, how much would be in the account after 5 years? (Ignore tax on the interest.)',
    options: {
      more: 'More than ¥1,100,000',
      exactly: 'Exactly ¥1,100,000',
      less: 'Less than ¥1,100,000',
      'dont-know': "Don't know",
    },
  },
  'lit-inflation': {
    prompt:
      'Suppose your savings earn 1% a year and prices rise 2% a year. After one year, how much could you buy with the money in this account?',
    options: {
      more: 'More than today',
      same: 'Exactly the same as today',
      less: 'Less than today',
      'dont-know': "Don't know",
    },
  },
  'lit-diversification': {
    prompt:
      '"Buying a single company\'s shares usually provides a safer return than an investment fund that holds shares in many companies." Is this true or false?',
    options: {
      true: 'True',
      false: 'False',
      'dont-know': "Don't know",
    },
  },
  'lit-bond': {
    prompt: 'If interest rates rise, what usually happens to bond prices?',
    options: {
      rise: 'They rise',
      fall: 'They fall',
      same: 'They stay the same',
      'no-relation': 'Interest rates and bond prices are not related',
      'dont-know': "Don't know",
    },
  },
} as const satisfies ModelTextShape['questions'];
