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
    prompt: 'How would your friends or family describe you as a risk taker?',
    options: {
      avoider: 'Someone who avoids risk as far as possible',
      cautious: 'Someone who is cautious about risk',
      calculated: 'Someone who takes risks after researching them well',
      bold: 'Someone who readily takes risks',
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
      'You have just been given ¥400,000. Now you must choose one of these. Which would it be?',
    options: {
      'accept-loss': 'A sure loss of ¥100,000',
      gamble: 'A 50% chance of losing ¥200,000 and a 50% chance of losing nothing',
    },
  },
  windfall: {
    prompt:
      'You unexpectedly receive ¥1,000,000 that you will not need for some time. What do you do with it?',
    options: {
      deposit: 'Keep it in a bank deposit',
      'index-fund': 'Buy a fund spread over many companies',
      stocks: 'Buy shares in companies I pick myself',
      concentrate: 'Put it all into a few fast-moving growth stocks',
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
      hunch: 'A hunch at the moment',
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
    prompt:
      'If you invested and people on social media were saying "this stock is about to soar", what would you do?',
    options: {
      'buy-now': 'Buy at once so as not to miss out',
      'buy-a-little': 'Buy a little to try',
      'research-first': 'Look into it myself before deciding',
      ignore: 'Pay the talk no attention and do nothing',
      'not-investing': 'I do not invest, so I cannot tell',
    },
  },
  'check-frequency': {
    prompt:
      'How often do you check how the money you have invested is doing (or would, if you invested)?',
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
    prompt: 'Losing ¥100,000 would sting more than gaining ¥100,000 would please me.',
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
    prompt: 'If I invested and the money did not grow soon, I would lose the will to keep going.',
    options: AGREE,
  },
  'ag-own-research': {
    prompt: "I trust what I have looked into and understood myself more than other people's views.",
    options: AGREE,
  },
  'ag-sure-thing': {
    prompt: 'I would rather keep money where I surely get it all back, even if it grows little.',
    options: AGREE,
  },
  'ag-compare-first': {
    prompt: 'Before a big decision about money, I compare several options.',
    options: AGREE,
  },
  'ag-loss-dwell': {
    prompt:
      'If money I had invested fell by ¥100,000, I could not stop thinking about it for a while.',
    options: AGREE,
  },
  'ag-popular-safe': {
    prompt: 'A financial product that many people choose feels safe to choose.',
    options: AGREE,
  },
  'ag-new-chance': {
    prompt:
      'If it could grow a lot, I would put money into an investment that might fall below what I paid.',
    options: AGREE,
  },
  'ag-decide-fast': {
    prompt: 'With money, I tend to decide on the spot rather than think it over.',
    options: AGREE,
  },
  'ag-dip-calm': {
    prompt: 'If money I had invested fell by ¥100,000 for a while, I could wait calmly.',
    options: AGREE,
  },
  'ag-famous-pick': {
    prompt: 'A stock that someone famous on social media or video recommends would be fine to buy.',
    options: AGREE,
  },
  'ag-news-trigger': {
    prompt: 'If I invested, news everyone was talking about would be what made me buy or sell.',
    options: AGREE,
  },
  'ag-undo-fear': {
    prompt: 'After moving ¥100,000 or more, I keep worrying whether I have lost on it.',
    options: AGREE,
  },
  'ag-differ-fine': {
    prompt: 'I do not mind if the way I spend or grow money differs from the people around me.',
    options: AGREE,
  },
  'ag-write-reasons': {
    prompt: 'If I invested, I would settle why I buy and when I would sell before buying.',
    options: AGREE,
  },
  'ag-ask-around': {
    prompt: 'When I am unsure about money, I usually do what the people around me do.',
    options: AGREE,
  },
  'ag-bold-sum': {
    prompt: 'If I saw a chance, I could put a large sum into an investment at once.',
    options: AGREE,
  },
  'ag-check-numbers': {
    prompt: 'If I invested, I would check the results and figures myself before deciding.',
    options: AGREE,
  },
  'ag-sell-below-cost': {
    prompt: 'If a fund I held fell below what I paid, I would want to sell before it fell further.',
    options: AGREE,
  },
  'ag-missing-out': {
    prompt: 'When people around me say they made money investing, I feel I am missing out.',
    options: AGREE,
  },
  'ag-avoid-swings': {
    prompt: 'I would avoid products whose prices swing a lot, even if they promise higher returns.',
    options: AGREE,
  },
  'ag-own-pace': {
    prompt: 'Even when everyone around me is excited about investing, I keep to my own way.',
    options: AGREE,
  },
  'ag-risk-hope': {
    prompt: 'Faced with a risky choice, I feel more hope than worry.',
    options: AGREE,
  },
  'ag-feel-right': {
    prompt:
      'If I invested, I would trust a feeling that something looks good more than the figures.',
    options: AGREE,
  },
  'ag-loss-normal': {
    prompt: 'If I invested, I could accept that losses now and then are normal.',
    options: AGREE,
  },
  'ag-ranking': {
    prompt: 'Choosing a fund near the top of a popularity ranking can hardly go wrong.',
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
