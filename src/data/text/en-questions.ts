// The questions' English texts, apart from the rest of the model: the quiz downloads only these.
import type { ModelTextShape } from './shape';

const AGREE = {
  'strongly-disagree': 'Strongly disagree',
  disagree: 'Disagree',
  neutral: 'Neither agree nor disagree',
  agree: 'Agree',
  'strongly-agree': 'Strongly agree',
} as const;

export const questionText = {
  'friend-view': {
    prompt: 'How would your friends or family describe you?',
    options: {
      avoider: 'Very cautious: never does anything risky',
      cautious: 'Careful: thinks things through before acting',
      calculated: 'Does the research, then takes a bold step',
      bold: 'Bold: jumps at a chance without hesitating',
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
      'Someone offers you a single coin toss: heads, you receive ¥150,000; tails, you pay ¥100,000. Do you accept?',
    options: {
      accept: 'Accept',
      'probably-accept': 'Probably accept',
      'probably-decline': 'Probably decline',
      decline: 'Decline',
    },
  },
  'coin-200k': {
    prompt:
      'Now heads pays you ¥200,000 and tails costs you ¥100,000 (one toss only). Do you accept?',
    options: {
      accept: 'Accept',
      'probably-accept': 'Probably accept',
      'probably-decline': 'Probably decline',
      decline: 'Decline',
    },
  },
  'sure-loss': {
    prompt: 'If you had to choose one of these, which would it be?',
    options: {
      'accept-loss': 'Lose ¥50,000 for certain',
      gamble: 'A 50% chance of losing ¥100,000 and a 50% chance of losing nothing',
    },
  },
  drawdown: {
    prompt:
      'The funds or shares you hold have fallen 20% in a month (¥1,000,000 is now worth ¥800,000). What do you do?',
    options: {
      'sell-all': 'Sell everything, so as not to lose any more',
      'sell-some': 'Sell some and wait to see what happens',
      hold: 'Do nothing and keep holding',
      'buy-more': 'Buy more, now that prices are lower',
    },
  },
  windfall: {
    prompt:
      'You unexpectedly receive ¥1,000,000 that you will not need for a while. What do you do?',
    options: {
      deposit: 'Keep it in a bank deposit',
      'index-fund': 'Buy an investment fund spread over many companies',
      stocks: "Buy shares in companies you've picked yourself",
      leverage: 'Grow it with margin trading or FX, which let you trade more than you have',
    },
  },
  'goal-horizon': {
    prompt: 'When do you expect to use the money you invest?',
    options: {
      'within-1-year': 'Within a year',
      '1-to-3-years': 'In 1 to 3 years',
      '3-to-10-years': 'In 3 to 10 years',
      'over-10-years': 'In more than 10 years (for retirement, for example)',
    },
  },
  'holding-period': {
    prompt:
      'When you buy shares or funds, how long do you usually hold them? (Your plans count too.)',
    options: {
      days: 'A few days to a few weeks',
      months: 'A few months',
      years: 'One to a few years',
      decade: 'Five years or more',
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
  'decision-basis': {
    prompt: 'When you choose what to buy, what matters most to you?',
    options: {
      'rules-and-charts': 'Rules I set myself, or the chart (the graph of the price)',
      financials: "The company's results and financial figures",
      news: 'The news and what people are talking about',
      tips: 'Recommendations from friends or social media',
    },
  },
  'hot-tip': {
    prompt: 'On social media, people are saying "this stock is about to soar". What do you do?',
    options: {
      'buy-now': 'Buy right away so as not to miss out',
      'buy-a-little': 'Buy a little to try',
      'research-first': 'Look into it myself before deciding',
      ignore: 'Pay it no attention',
    },
  },
  'ag-hold-losers': {
    prompt: "I don't want to sell a share that has fallen until it's back to what I paid.",
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
  'ag-sns-sources': {
    prompt:
      'I get my investing information mainly from social media, video sites and people I know.',
    options: AGREE,
  },
  'ag-own-research': {
    prompt:
      "I trust what I've looked into and understood myself more than other people's opinions.",
    options: AGREE,
  },
  'ag-rules-first': {
    prompt:
      'Before I buy or sell, I check the rules I set myself (such as how far a price may fall before I sell).',
    options: AGREE,
  },
  'ag-gut-feeling': {
    prompt: 'I often buy or sell on a hunch or a sudden idea.',
    options: AGREE,
  },
  'ag-daily-check': {
    prompt: 'I worry about price moves and check prices several times a day.',
    options: AGREE,
  },
  'ag-confident': {
    prompt: 'I am confident in my reading of the market.',
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
} as const satisfies ModelTextShape['questions'];
