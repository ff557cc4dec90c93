// The questions' Japanese texts, apart from the rest of the model: the quiz downloads only these.
import type { ModelTextShape } from './shape';

const AGREE = {
  'strongly-disagree': 'まったくそう思わない',
  disagree: 'あまりそう思わない',
  neutral: 'どちらともいえない',
  agree: 'ややそう思う',
  'strongly-agree': 'とてもそう思う',
} as const;

const OFFER = {
  accept: '受ける',
  'probably-accept': 'たぶん受ける',
  'probably-decline': 'たぶん断る',
  decline: '断る',
} as const;

export const questionText = {
  'friend-view': {
    prompt: 'リスクをとることについて、ご友人やご家族はあなたをどんな人だと言いそうですか。',
    options: {
      avoider: 'リスクはできるだけ避ける人',
      cautious: 'リスクには慎重な人',
      calculated: '十分に調べたうえでなら、リスクをとる人',
      bold: 'リスクを積極的にとる人',
    },
  },
  experience: {
    prompt: '株や投資信託などの投資経験は、どれくらいありますか。',
    options: {
      none: 'まだない',
      'under-1-year': '1年未満',
      '1-to-5-years': '1〜5年',
      'over-5-years': '5年以上',
    },
  },
  'game-show': {
    prompt: 'クイズ番組で勝ち残り、賞品を選べることになりました。どれを選びますか。',
    options: {
      'sure-100k': '確実にもらえる10万円',
      'half-500k': '50%の確率でもらえる50万円',
      'quarter-1m': '25%の確率でもらえる100万円',
      'five-percent-10m': '5%の確率でもらえる1,000万円',
    },
  },
  'coin-150k': {
    prompt:
      '信頼できる相手から、次の申し出がありました。コインを1回だけ投げて、表なら15万円を受け取り、裏なら10万円を支払います。この申し出を受けますか。',
    options: OFFER,
  },
  'sure-loss': {
    prompt:
      'まず40万円を受け取りました。そのうえで、次のどちらかを必ず選ぶとしたら、どちらにしますか。',
    options: {
      'accept-loss': '確実に10万円を失う',
      gamble: '50%の確率で20万円を失い、50%の確率で何も失わない',
    },
  },
  windfall: {
    prompt: '思いがけず100万円が手に入りました。当面使う予定はありません。どうしますか。',
    options: {
      deposit: '銀行に預金しておく',
      'index-fund': 'たくさんの銘柄に分散された投資信託を買う',
      stocks: '自分で選んだ会社の株を買う',
      concentrate: '値動きの大きい成長株に、まとめて投資する',
    },
  },
  'goal-horizon': {
    prompt: '投資するとしたら、そのお金を使う予定はいつ頃ですか。',
    options: {
      'within-1-year': '1年以内',
      '1-to-3-years': '1〜3年後',
      '3-to-10-years': '3〜10年後',
      'over-10-years': '10年以上先（老後の資金など）',
    },
  },
  drawdown: {
    prompt:
      'もしお持ちの投資信託や株の値段が、1か月で20%下がったら（100万円分が80万円に）、どうしますか。',
    options: {
      'sell-all': 'これ以上損をしないよう、すべて売る',
      'sell-some': '一部を売って、様子を見る',
      hold: '何もせず、そのまま持ち続ける',
      'buy-more': '値下がりした今こそ、買い増す',
    },
  },
  'decision-basis': {
    prompt:
      '買う銘柄を決めるとき、いちばん頼りにするのはどれですか（するとしたら、でかまいません）。',
    options: {
      financials: '会社の業績や財務の数字',
      charts: 'チャート（株価の動きのグラフ）',
      'own-rules': '自分で決めた売買のルール',
      news: 'ニュースや、そのときの話題',
      hunch: 'そのときのひらめきや勘',
      'not-picking': '銘柄は自分で選ばない（投資信託の積立など）',
    },
  },
  'coin-200k': {
    prompt:
      '今度は、表なら20万円を受け取り、裏なら10万円を支払う申し出です（1回だけ）。受けますか。',
    options: OFFER,
  },
  'holding-period': {
    prompt:
      '株や投資信託を買ったら、どれくらいの期間持つことが多いですか（これからの予定でもかまいません）。',
    options: {
      days: '数日から数週間',
      months: '数か月',
      years: '1年から数年',
      decade: '5年以上、長く持ち続ける',
    },
  },
  'hot-tip': {
    prompt:
      'もし投資をしていて、SNSで「この銘柄はこれから急騰する」と話題になっていたら、どうしますか。',
    options: {
      'buy-now': '乗り遅れないよう、すぐに買う',
      'buy-a-little': '少しだけ買ってみる',
      'research-first': 'まず自分で調べてから決める',
      ignore: '話題は気にせず、何もしない',
      'not-investing': '投資はしていないので、想像がつかない',
    },
  },
  'check-frequency': {
    prompt:
      '投資しているお金の値動きを、どれくらいの頻度で確かめますか（投資するとしたら、でかまいません）。',
    options: {
      'several-a-day': '1日に何度も',
      daily: '1日に1回くらい',
      weekly: '週に1回くらい',
      'monthly-or-less': '月に1回以下',
      'not-investing': 'まだ投資していない',
    },
  },
  'ag-seek-return': {
    prompt: '値動きが大きくても、大きなリターンが見込めるほうを選びたい。',
    options: AGREE,
  },
  'ag-loss-sting': {
    prompt: '10万円得したときの喜びより、10万円損したときの悔しさのほうが大きいと思う。',
    options: AGREE,
  },
  'ag-follow-crowd': {
    prompt: '周りの人がみんな買っていると、自分も買いたくなる。',
    options: AGREE,
  },
  'ag-rules-first': {
    prompt:
      '売買するなら、その前に自分で決めたルール（どこまで下がったら売るか、など）を確かめたい。',
    options: AGREE,
  },
  'ag-long-wait': {
    prompt: '何年も先のためにお金を置いておくのは、苦にならない。',
    options: AGREE,
  },
  'ag-loss-shrug': {
    prompt: 'お金で損をしても、勉強代だったと割り切って次に進めるほうだ。',
    options: AGREE,
  },
  'ag-gut-feeling': {
    prompt: 'お金のことは、ひらめきや勘で決めることが多い。',
    options: AGREE,
  },
  'ag-quick-results': {
    prompt: '投資をするなら、すぐに増えないと続ける気がしなくなると思う。',
    options: AGREE,
  },
  'ag-own-research': {
    prompt: '人の意見より、自分で調べて納得したことを信じる。',
    options: AGREE,
  },
  'ag-sure-thing': {
    prompt: '増える額が少なくても、元本が確実に戻るお金の置き場所を選びたい。',
    options: AGREE,
  },
  'ag-compare-first': {
    prompt: 'お金を使う大きな決断は、いくつかの選択肢を比べてから決める。',
    options: AGREE,
  },
  'ag-loss-dwell': {
    prompt: 'もし投資したお金が10万円減ったら、しばらくそのことが頭から離れないと思う。',
    options: AGREE,
  },
  'ag-popular-safe': {
    prompt: '多くの人が選んでいる金融商品なら、安心して選べる。',
    options: AGREE,
  },
  'ag-new-chance': {
    prompt: '大きく増える見込みがあるなら、元本割れのおそれがある投資にもお金を回したい。',
    options: AGREE,
  },
  'ag-decide-fast': {
    prompt: 'お金のことは、じっくり考えるより、その場で決めてしまうほうだ。',
    options: AGREE,
  },
  'ag-dip-calm': {
    prompt: 'もし投資したお金が一時的に10万円減っても、落ち着いて様子を見られると思う。',
    options: AGREE,
  },
  'ag-famous-pick': {
    prompt: 'SNSや動画で有名な人がすすめる銘柄なら、買ってもよいと思う。',
    options: AGREE,
  },
  'ag-news-trigger': {
    prompt: '投資をするなら、ニュースで話題になったときが売り買いのきっかけになると思う。',
    options: AGREE,
  },
  'ag-undo-fear': {
    prompt: '10万円以上のお金を動かしたあとで、損をしていないか何度も気になるほうだ。',
    options: AGREE,
  },
  'ag-differ-fine': {
    prompt: 'お金の使い方や増やし方が周りの人と違っても、気にならない。',
    options: AGREE,
  },
  'ag-write-reasons': {
    prompt: '投資をするなら、買う理由と売る条件を先に決めておきたい。',
    options: AGREE,
  },
  'ag-ask-around': {
    prompt: 'お金のことで迷ったら、周りの人と同じにしておくことが多い。',
    options: AGREE,
  },
  'ag-bold-sum': {
    prompt: 'チャンスだと思えば、まとまったお金を一度に投資することもできる。',
    options: AGREE,
  },
  'ag-check-numbers': {
    prompt: '投資をするなら、業績やデータを自分で確かめてから決めたい。',
    options: AGREE,
  },
  'ag-sell-below-cost': {
    prompt:
      'もし持っている投資信託が買った値段を下回ったら、それ以上下がる前に手放したくなると思う。',
    options: AGREE,
  },
  'ag-missing-out': {
    prompt: '周りの人が投資で得をした話を聞くと、自分もやらないと損だと感じる。',
    options: AGREE,
  },
  'ag-avoid-swings': {
    prompt: '見込めるリターンが高くても、値動きの大きい商品は避けたい。',
    options: AGREE,
  },
  'ag-own-pace': {
    prompt: '周りで投資の話題が盛り上がっていても、自分のやり方を変えない。',
    options: AGREE,
  },
  'ag-risk-hope': {
    prompt: 'リスクのある選択を前にすると、不安よりも期待を感じるほうだ。',
    options: AGREE,
  },
  'ag-feel-right': {
    prompt: '投資をするなら、数字よりも「なんとなく良さそう」という感覚を信じると思う。',
    options: AGREE,
  },
  'ag-loss-normal': {
    prompt: '投資をするなら、ときどき損が出るのは当たり前のことだと受け止められる。',
    options: AGREE,
  },
  'ag-ranking': {
    prompt: '人気ランキングの上位にある投資信託を選べば、まず間違いないと思う。',
    options: AGREE,
  },
  'lit-compound': {
    prompt:
      '100万円を、年2%の利息がつく預金口座に預けました。入金も出金もしないとすると、5年後の残高はいくらになっているでしょうか（利息にかかる税金は考えません）。',
    options: {
      more: '110万円より多い',
      exactly: 'ちょうど110万円',
      less: '110万円より少ない',
      'dont-know': 'わからない',
    },
  },
  'lit-inflation': {
    prompt:
      '預金の金利が年1%、物価の上昇率が年2%だとします。1年後、この預金で買えるものは、今と比べてどうなるでしょうか。',
    options: {
      more: '今より多く買える',
      same: '今と同じだけ買える',
      less: '今より少なくしか買えない',
      'dont-know': 'わからない',
    },
  },
  'lit-diversification': {
    prompt:
      '「1社の株を買うほうが、たくさんの会社の株に投資する投資信託を買うより、ふつうは安全である」。この文は正しいと思いますか。',
    options: {
      true: '正しい',
      false: '正しくない',
      'dont-know': 'わからない',
    },
  },
  'lit-bond': {
    prompt: '金利が上がると、一般に債券の価格はどうなるでしょうか。',
    options: {
      rise: '上がる',
      fall: '下がる',
      same: '変わらない',
      'no-relation': '金利と債券の価格には関係がない',
      'dont-know': 'わからない',
    },
  },
} as const satisfies ModelTextShape['questions'];
