// What the result page says, in English: a faithful twin of ja-results.ts, with exactly its keys.
import type { ModelText } from './ja';

export const resultText: Omit<ModelText, 'questions'> = {
  dimensions: {
    riskTolerance: {
      name: 'Risk tolerance',
      lowLabel: 'Safety first',
      highLabel: 'Takes risks',
      low: 'You tend to prefer safe choices with small price swings and to avoid any chance of a large loss.',
      mid: 'You accept a fair amount of price movement when the expected return seems worth it.',
      high: 'You tend to accept investments that swing a lot, in pursuit of larger returns.',
    },
    lossAversion: {
      name: 'Loss aversion',
      lowLabel: 'Takes losses calmly',
      highLabel: 'Feels losses strongly',
      low: 'You tend to take losses fairly calmly and keep to your plan.',
      mid: 'Losses bother you, but you can still weigh them against the chance of a gain.',
      high: 'A loss tends to hurt you more than an equal gain pleases you, and avoiding losses easily sways your decisions.',
    },
    timeHorizon: {
      name: 'Time horizon',
      lowLabel: 'Short-term trading',
      highLabel: 'Long-term holding',
      low: 'Your interest tends to go to short-term trading, catching moves over days or months.',
      mid: 'You think in terms of a few years and keep both the short and the long view.',
      high: 'You tend to grow your assets patiently, over years or even decades.',
    },
    decisionStyle: {
      name: 'Decision style',
      lowLabel: 'Analytical, rule-based',
      highLabel: 'Intuitive, news-driven',
      low: 'You tend to decide step by step, from numbers, charts and rules you set yourself.',
      mid: 'You switch between analysis and intuition as the situation calls for.',
      high: 'You tend to decide quickly, prompted by the news or a sudden idea.',
    },
    socialInfluence: {
      name: 'Social influence',
      lowLabel: 'Goes your own way',
      highLabel: 'Swayed by others and social media',
      low: 'You tend to trust what you have checked yourself, whatever people or social media say.',
      mid: 'You listen to others but try to make the final call yourself.',
      high: 'You tend to be swayed by friends, social media and the stocks everyone is talking about.',
    },
    knowledge: {
      name: 'Money knowledge',
      lowLabel: 'Just starting out',
      highLabel: 'Knows the basics well',
      low: 'You are still learning money basics such as interest, inflation and spreading risk, and each one you learn will make you more confident.',
      mid: 'You have a firm grasp of some of the money basics.',
      high: 'You understand money basics such as interest, inflation, diversification and bonds well.',
    },
  },
  types: {
    'steady-guardian': {
      name: 'The Steady Guardian',
      catchphrase: 'First, keep what matters safe',
      description:
        'You care more about not losing money than about making more of it. You are careful with investments that swing a lot and commit, little by little, only to what you understand. You are close to what behavioural finance, the study of psychology in money decisions, calls the Preserver.',
      strengths: [
        'You manage money soundly and never put what you need to live on at risk',
        'You do not jump at fads or rumours, and you decide calmly',
        'Once you set a course, you stick to it patiently',
      ],
      blindSpots: [
        {
          bias: 'Loss aversion',
          explanation:
            'A strong wish to avoid losses can make you pass up chances that would pay off in the long run.',
        },
        {
          bias: 'Status quo bias',
          explanation:
            'Keeping things as they are feels safe, so you may put off changing an allocation that needs a review.',
        },
        {
          bias: 'Myopic loss aversion',
          explanation:
            'The more often you check prices, the more losses you see, and even small dips in a long plan start to worry you.',
        },
      ],
      advice: [
        'Set aside a few months of living costs as an emergency fund first; the rest is then easier to invest calmly.',
        'Decide how often you check prices, say once a month, so short dips do not push you around.',
        'Look beyond the interest on deposits to rising prices, and review where your money sits once a year.',
      ],
    },
    'careful-learner': {
      name: 'The Careful Learner',
      catchphrase: 'Each thing you learn is a step forward',
      description:
        'You are interested in investing but approach what you do not yet understand with care. Your grasp of money basics is still growing, and each basic you learn will make you more confident. Starting small and unhurried, and gaining experience, is the surest way forward.',
      strengths: [
        'You are careful not to put large sums into things you do not understand',
        'You learn readily and take in new knowledge',
        'You start within your means',
      ],
      blindSpots: [
        {
          bias: 'Ambiguity aversion',
          explanation:
            'Avoiding whatever feels unclear can keep you away from simple options you would be comfortable with once you knew how they work.',
        },
        {
          bias: 'Framing effect',
          explanation:
            'Words like "capital guaranteed" or "limited time" can change how the very same product looks to you.',
        },
        {
          bias: 'Anchoring',
          explanation:
            'The first price or figure you see becomes a reference point that pulls your later judgements toward it.',
        },
      ],
      advice: [
        'Learn the basics one at a time: interest, inflation and diversification.',
        'If you start, start with a small sum you could lose without hardship; living through real price moves teaches the most.',
        'Deciding not to buy what you do not understand is a sound decision too. Treat any offer of "guaranteed principal and high yields" as a likely scam.',
      ],
    },
    'trend-follower': {
      name: 'The Trend Spotter',
      catchphrase: 'Quick to notice, quick to move',
      description:
        'You worry about losing money and are careful with risk. At the same time you are alert to what is happening and what people are interested in, so what others say, what trends on social media and the news of the day can sway your decisions. In the usual typology of investors, this is the Follower, close to the anxious and quick-moving type research calls the Celebrity.',
      strengths: [
        'You spot new information and trends early',
        'You are open to listening to other people',
        'You act as soon as you decide',
      ],
      blindSpots: [
        {
          bias: 'Herding',
          explanation:
            'Buying when everyone buys and selling when everyone sells often means buying high and selling low.',
        },
        {
          bias: 'Recency bias',
          explanation: 'Recent rises or falls easily feel as if they will go on forever.',
        },
        {
          bias: 'Framing effect',
          explanation:
            'Phrases like "now is the time to buy" or "don\'t miss out" can sway your decisions.',
        },
      ],
      advice: [
        'When a stock is the talk of the day, sleep on it and check that you can explain in your own words why you would buy it.',
        'Make a habit of checking where information comes from: who is saying it, and why.',
        'Investment scams that pose as well-known people or firms on LINE and social media, promising "guaranteed principal and high yields" or "just for you", are growing. Do not take up offers from people you do not know, and talk to your family or a public advice desk before sending any money.',
      ],
    },
    'independent-analyst': {
      name: 'The Independent Analyst',
      catchphrase: 'Do your own research, make your own call',
      description:
        'You are not swayed by others: you decide once you have looked into things and are convinced. You value numbers and evidence and do not mind choosing differently from everyone else. You face risk and falls in price fairly calmly. In the usual typology of investors, this is the Independent.',
      strengths: [
        'You reason step by step from numbers and evidence',
        'You keep your own judgement whatever the mood around you',
        'You understand what you research in depth and use it in later decisions',
      ],
      blindSpots: [
        {
          bias: 'Confirmation bias',
          explanation:
            'You may gather the information that fits your view and play down what goes against it.',
        },
        {
          bias: 'Conservatism bias',
          explanation: 'You may be slow to revise your first view when new information arrives.',
        },
        {
          bias: 'Availability heuristic',
          explanation:
            'Information that comes easily to mind, or a vivid event, can weigh more than it should.',
        },
      ],
      advice: [
        'Before you buy, write down what would make this decision wrong.',
        'Make a point of reading sources that disagree with you.',
        'Record why you decided, then compare with what happened; your analysis will get sharper.',
      ],
    },
    'bold-adventurer': {
      name: 'The Bold Adventurer',
      catchphrase: 'When a chance comes, you step forward',
      description:
        'You are drawn to the chance of large returns and can take risks without fearing losses too much. You decide quickly, act on hunches and news, and chances everyone talks about catch your eye; when confidence runs too high, though, you can end up carrying large risks. In the usual typology of investors, this is the Accumulator.',
      strengths: [
        'You decide without hesitating when a chance appears',
        'Temporary losses do not easily shake you',
        'You have the drive to try new fields',
      ],
      blindSpots: [
        {
          bias: 'Overconfidence',
          explanation:
            'You may rate your reading and knowledge higher than they are and see risks as smaller than they are.',
        },
        {
          bias: 'Illusion of control',
          explanation:
            'Picking and trading yourself can make outcomes feel more under your control than they are.',
        },
        {
          bias: 'Excessive trading',
          explanation: 'The more often you trade, the more fees and mistakes add up.',
        },
      ],
      advice: [
        'Decide in advance the most you are willing to lose on any single trade.',
        'Keep a record of your trades and review your results, fees included, regularly.',
        'With borrowed money, as in margin trading, losses can exceed what you put in: understand that before you decide.',
      ],
    },
    'balanced-navigator': {
      name: 'The Balanced Navigator',
      catchphrase: 'Steady at the helm, leaning to neither side',
      description:
        'You lean neither too far to risk nor to safety, to analysis nor to intuition. You adapt to circumstances, but without a clear plan you may find it hard to decide. You are close to the even-keeled type that research on investor psychology calls the Straight Arrow.',
      strengths: [
        'You adapt to circumstances instead of sticking to one way of thinking',
        'You weigh risk and return calmly',
        'You rarely go to extremes, which helps you avoid big mistakes',
      ],
      blindSpots: [
        {
          bias: 'Status quo bias',
          explanation:
            'Without a pressing reason, you may keep things as they are even when it is time for a review.',
        },
        {
          bias: 'Anchoring',
          explanation:
            'The price you paid or an earlier high can become a reference point your later decisions cling to.',
        },
        {
          bias: 'Hindsight bias',
          explanation:
            'Once you know the outcome, it can feel as if you knew it all along, and your review of decisions gets too lenient.',
        },
      ],
      advice: [
        'Write your investing plan (goal, time frame, allocation) in a few lines, as a guide when you are unsure.',
        'Pick a time, such as once a year, to check that your allocation still follows your plan.',
        'Note why you made each decision and look back once the results are in.',
      ],
    },
    'patient-grower': {
      name: 'The Patient Grower',
      catchphrase: 'Time is on your side as your assets grow',
      description:
        'You are not distracted by short-term moves and value growing your assets over time. You have a long view and calm judgement, but you may leave decisions unreviewed once they are made. You are close to the long-term side of the type, both careful and confident, that research on investor psychology calls the Individualist.',
      strengths: [
        'You stay calm through short-term falls and keep to your long-term plan',
        'You build assets with the help of compounding and time',
        'You trade little, which keeps fees and mistakes down',
      ],
      blindSpots: [
        {
          bias: 'Conservatism bias',
          explanation:
            'You may keep an earlier view even when circumstances have changed a great deal.',
        },
        {
          bias: 'Status quo bias',
          explanation:
            '"I am a long-term investor" can become a reason to do nothing even when a review is needed.',
        },
        {
          bias: 'Disposition effect',
          explanation: 'You may sell what has risen too early and keep holding what has fallen.',
        },
      ],
      advice: [
        'Even as a long-term investor, set a day each year to review your allocation and goals.',
        'Put into words why you keep holding something; it makes it easier to decide whether to keep it or review it.',
        'Investing in instalments over time, as a regular savings plan does, makes you less exposed to price swings.',
      ],
    },
    'chart-strategist': {
      name: 'The Chart Strategist',
      catchphrase: 'Facing the market with rules and charts',
      description:
        'You are interested in short-term price moves and trade by charts and rules you set yourself. Your strength is putting method before emotion; still, short-term trading has pitfalls of its own to watch for. This is the active side of the Independent.',
      strengths: [
        'You try to decide by the rules you set, not by emotion',
        'You notice changes in price movements quickly',
        'You try to have clear exit points, such as a stop-loss',
      ],
      blindSpots: [
        {
          bias: 'Disposition effect',
          explanation: 'The urge to take a profit at once, and to hold a loss until it comes back.',
        },
        {
          bias: 'Overconfidence',
          explanation:
            'After a run of good trades, it is easy to rate the power of your method higher than it is.',
        },
        {
          bias: 'Hindsight bias',
          explanation:
            'Looking back at a chart, "I should have bought here" is obvious, and it feels as if it could have been predicted.',
        },
      ],
      advice: [
        'Write your rules down before you trade, stop-loss level included, and check after every trade that you kept them.',
        'Record not only wins and losses but your profit and loss after fees, and how often you kept your rules.',
        'Technical analysis does not guarantee future prices. Learn more than one approach, and do not put too much of your money on any single trade.',
      ],
    },
  },
  rules: {
    'beginner-line':
      'You are still building knowledge and experience: a short market note helps you get used to the market’s words and moves.',
    'analytical-newsletter':
      'You value analysis and rules: technical analysis adds another tool to decide with.',
    'loss-averse-line':
      'Losses weigh on you: rather than checking prices again and again, reading a summary about once a week to know why the market moved helps you decide calmly.',
    'social-line':
      'Other people and social media easily sway you: calm notes on the market’s background are a counterweight to rumours.',
    'follower-blog':
      'You are quick to notice what people talk about: articles on the story behind the news help you not take the buzz at face value.',
    'short-horizon-newsletter':
      'You are interested in short-term moves: reading the market’s flow with technical analysis can help.',
    'long-term-blog':
      'You want to grow your assets over time: articles that follow the market’s big picture calmly suit you.',
    'intuitive-newsletter':
      'You act quickly on intuition and news: technical analysis gives you a yardstick for your decisions.',
    'balanced-blog':
      'You like to decide calmly: reading market commentary builds your own way of seeing the market, step by step.',
    'line-default': 'A short note on the market helps you build the habit of following it.',
    'blog-default': 'Commentary on the news behind market moves sharpens your eye for the market.',
  },
  facts: {
    'japan-big-three-all-correct': {
      label:
        'Share of Japanese adults who answered all three basic financial literacy questions right',
      source:
        'Lusardi & Mitchell, "Financial Literacy around the World: An Overview" (2011), international comparison',
    },
    'japan-compound-interest-correct': {
      label: 'Share of people in Japan who answered the compound interest question right',
      source:
        'Central Council for Financial Services Information, Financial Literacy Survey (2016)',
    },
    'us-compound-interest-correct': {
      label: 'Share of people in the US who answered the same compound interest question right',
      source:
        'Central Council for Financial Services Information, Financial Literacy Survey (2016), comparison with the US survey',
    },
  },
};
