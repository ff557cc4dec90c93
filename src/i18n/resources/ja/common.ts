// UI texts of the "common" namespace in ja. The Japanese resources define the key set; English mirrors it.
export const common = {
  appName: '投資心理テスト',
  operatorShort: '運営: {{name}}',
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
    title: 'あなたの投資家タイプは?',
    lead: 'いくつかの質問に答えるだけで、リスクとの付き合い方、損失への感じ方、判断のくせから、あなたの投資家としての傾向を読み解きます。',
    learnHeading: 'この診断でわかること',
    learn: {
      type: 'あなたに近い投資家タイプと、その強み',
      dimensions: 'リスク許容度・損失回避・投資期間など6つの傾向',
      biases: '気をつけたい心理的なくせ(バイアス)と付き合い方',
    },
    factsHeading: '診断について',
    facts: {
      questions: '全{{count}}問',
      minutes: '約{{count}}分',
      noSignUp: '登録不要・無料',
      onDevice: '回答はこの端末の中だけに保存され、どこにも送信されません',
    },
    start: '診断をはじめる',
    resume: '続きから再開する',
    resumeNote: '{{answered}} / {{total}} 問まで回答済みです。',
    startOver: 'はじめからやり直す',
  },
  notFound: {
    title: 'ページが見つかりませんでした',
    body: 'お探しのページは移動したか、URLが正しくない可能性があります。診断はトップページからいつでも始められます。',
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
      '本診断は学習のためのセルフチェックで、投資助言ではありません。投資の判断はご自身の責任で行ってください。',
    selfDiagnosis:
      '本診断は、投資に対する考え方の傾向を知るための教育目的のセルフチェックです。特定の金融商品の売買を勧めるものではなく、投資助言ではありません。',
    noReturns:
      '診断結果は将来の運用成果を保証・示唆するものではなく、同様の成果が得られることを約束するものでもありません。',
    risk: '投資には元本割れなど損失が生じるおそれがあります。',
    ownResponsibility: '投資に関する最終的なご判断は、ご自身の責任で行ってください。',
  },
  operator: {
    heading: '運営者',
    registration: '登録',
  },
} as const;
