// UI texts of the "common" namespace in ja. The Japanese resources define the key set; English mirrors it.
export const common = {
  appName: '投資心理テスト',
  operatorShort: '運営：{{name}}',
  skipToContent: '本文へ移動',
  loading: '読み込み中…',
  language: {
    label: '表示言語',
    names: { ja: '日本語', en: 'English' },
    // Offered to a reader who prefers the other language; each in its own language.
    offers: { ja: 'このページを日本語で読む', en: 'Read this page in English' },
    dismissOffer: '閉じる',
  },
  meta: {
    landingTitle: '投資心理テスト|あなたの投資家タイプを無料診断',
    landingDescription:
      '約{{minutes}}分・全{{count}}問。リスクへの向き合い方や判断のくせから、あなたの投資家タイプを診断します。登録不要、回答は端末の外に出ません。',
    quizTitle: '診断中|投資心理テスト',
    quizDescription: '1問ずつ答えるだけで、あなたの投資家タイプがわかります。',
    resultTitle: '{{typeName}}|投資心理テスト',
    notFoundTitle: 'ページが見つかりません|投資心理テスト',
    embedTitle: 'ブログに埋め込む|投資心理テスト',
  },
  landing: {
    eyebrow: '無料のセルフ診断',
    title: 'あなたの投資家タイプは？',
    lead: '{{count}}の質問に答えるだけで、リスクとの付き合い方、損失への感じ方、判断のくせから、あなたが{{types}}つの投資家タイプのどれに近いかがわかります。',
    learnHeading: 'この診断でわかること',
    learnLead: '診断のあとに表示される結果ページには、次のことがまとまっています。',
    learn: {
      type: 'あなたに近い投資家タイプと、その強み',
      dimensions: 'リスク許容度・損失回避・投資期間など6つの側面から見た傾向',
      biases: '気をつけたい心理的なくせ（バイアス）と付き合い方',
      sharing: '結果は画像やリンクでシェアできます（回答の中身は含まれません）',
    },
    factsHeading: '診断について',
    facts: {
      questions: '全{{count}}問',
      minutes: '約{{count}}分',
      noSignUp: '登録不要・無料',
      onDevice: '回答はこの端末の中だけに保存され、どこにも送信されません。',
      // Inside a blog's embed: what the blog page is told (src/data/privacy.ts's EMBED_NOTICES).
      embedded: '埋め込み先のブログには、{{notices, list}}だけを知らせます。回答は知らせません。',
      embeddedLink: 'くわしく',
    },
    start: '診断をはじめる',
    startAgain: 'さっそくはじめる',
    resume: '続きから再開する',
    resumeNote: '{{answered}} / {{total}} 問まで回答済みです。',
    startOver: 'はじめからやり直す',
    typesHeading: '{{count}}つの投資家タイプ',
    typesLead:
      '結果は、次の{{count}}つのタイプのどれかで示されます。どのタイプにも強みと、気をつけたいくせがあります。',
    // The same names and phrases as the result texts (a test holds them equal): the landing page
    // shows them before the result texts are downloaded. Only the current model's types: the
    // landing page never names a legacy one, so the first download does not carry them.
    types: {
      'steady-guardian': { name: '堅実な守り手', catchphrase: '大切な資産を、まずしっかり守る' },
      'trend-follower': { name: '流れに乗る情報通', catchphrase: '話題に敏感、動き出しも早い' },
      'independent-analyst': {
        name: '独立独歩の分析家',
        catchphrase: '自分で調べて、自分で決める',
      },
      'bold-adventurer': { name: '大胆な冒険家', catchphrase: 'チャンスに、迷わず踏み出す' },
      'balanced-navigator': {
        name: 'バランス型の航海士',
        catchphrase: '偏らず、落ち着いて舵をとる',
      },
    },
    sampleLabel: '結果の例',
    sampleCaption: '結果ページの一部（例）',
    sampleDimensions: {
      riskTolerance: 'リスク許容度',
      lossAversion: '損失回避',
      timeHorizon: '投資期間',
    },
    aboutHeading: '運営について',
    about:
      'この診断は{{name}}が運営しています。投資の助言ではなく、ご自身の考え方の傾向を知るための学習用のセルフチェックです。',
    aboutLink: '運営者情報とプライバシー',
    againNote: '全{{count}}問・登録不要・無料',
    againHeading: '約{{minutes}}分で、あなたのタイプがわかります',
  },
  /** What an embedded test tells the blog page, one label per notice in src/data/privacy.ts. */
  embedNotices: {
    start: '診断を始めたこと',
    step: '何問目まで進んだか',
    complete: 'どの投資家タイプになったか',
    cta: 'どのサービスのリンクを押したか',
    height: '埋め込み枠の高さ',
    link: '押したリンクの行き先（結果のページなら、その結果のリンク）',
  },
  notFound: {
    title: 'ページが見つかりませんでした',
    body: 'お探しのページは移動したか、URLが間違っているのかもしれません。診断はトップページからいつでも始められます。',
    start: '診断をはじめる',
  },
  errors: {
    chunkTitle: 'ページを読み込めませんでした',
    chunkBody:
      '通信が不安定なようです。接続を確認して、もう一度お試しください。回答は保存されています。',
    renderTitle: 'ページを表示できませんでした',
    renderBody:
      '思わぬ問題が起きました。お手数ですが、トップページからやり直してください。回答は保存されています。',
    retry: 'もう一度読み込む',
    home: 'トップページへ戻る',
  },
  disclaimer: {
    heading: 'ご利用にあたって',
    short:
      '本診断は回答を簡易的に分類するセルフチェックで、投資助言や、あなたに合う商品の判断ではありません。投資の判断はご自身で行ってください。',
    classification:
      '本診断は、回答をもとに投資に対する考え方の傾向を簡易的に分類するものです。あなたの知識・経験・財産の状況・投資の目的に照らして、金融商品や取引があなたに適しているかどうかを判断するものではありません。',
    notAdvice:
      '特定の金融商品の売買を勧めるものではなく、投資助言ではありません。個別の銘柄や資産配分についてのご質問にはお答えしていません。',
    noReturns: '診断結果は、将来の運用成果を示すものではありません。',
    risk: '投資には、元本割れなど損失のおそれがあります。',
    ownResponsibility: '投資に関する最終的なご判断は、ご自身の責任で行ってください。',
    paidServices:
      '本診断と当社の無料の情報配信では、当社の有料サービスをご案内することがあります。',
  },
  operator: {
    heading: '運営者',
    name: '運営会社',
    address: '所在地',
    representative: '代表者',
    contact: 'お問い合わせ',
    registration: '金融商品取引業の登録',
    registered: '{{number}}（加入協会：{{association}}）',
    notRegistered: '当社は金融商品取引業の登録を受けていません。',
    unset: '【公開前に設定】登録の有無がまだ設定されていません。',
    fakeAccounts:
      '当社や当社代表の名前をかたる偽のアカウントや広告にご注意ください。当社の公式LINEアカウントは{{account}}だけです。LINEグループやSNSのメッセージで個別に投資を勧めたり、振り込みを求めたりするものは当社からの連絡ではありません。',
    privacy: 'プライバシーポリシー',
  },
} as const;
