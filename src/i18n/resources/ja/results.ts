// UI texts of the "results" namespace in ja. The Japanese resources define the key set; English mirrors it.
export const results = {
  eyebrow: {
    pending: '投資タイプ',
    own: 'あなたの診断結果',
    friend: '友だちの診断結果',
    general: '投資タイプの紹介',
    error: '投資タイプ',
  },
  lead: {
    own: 'あなたの投資タイプと、六つの側面のスコアです。',
    friend:
      '友だちがシェアした診断結果です。あなたはどのタイプでしょうか。登録不要・無料で診断できます。',
    general:
      'このページにはスコアが含まれていません。診断を受けると、あなた自身のタイプとスコアがわかります。登録は不要です。',
    takeTest: '自分も診断する',
    startTest: '診断をはじめる',
  },
  compare: {
    offer: '前に開いた友だちの結果と重ねて比べられます。',
    show: '友だちと比べる',
  },
  error: {
    heading: 'この結果は表示できません',
    malformed: 'リンクの結果コードが読み取れません。リンクの一部が欠けているかもしれません。',
    checksumMismatch: 'リンクの結果コードが途中で欠けているか、書き換えられています。',
    unsupportedVersion: 'この結果コードは、このテストの別の版で作られたものです。',
    outOfRange: 'リンクの結果コードに、ありえない値が含まれています。',
    tampered:
      'リンクの結果コードとページのタイプが一致しません。リンクが書き換えられた可能性があります。',
    advice: 'シェアした人にリンクを送り直してもらうか、ご自身で診断してください。',
    notFoundHeading: 'この投資タイプは見つかりません',
    notFound:
      'リンクが途中で切れているか、書き換えられているようです。診断を受けると、あなたのタイプがわかります。',
  },
  scores: {
    heading: '六つの側面のスコア',
    chartLabel: '{{name}}のスコアを示すレーダーチャート',
    chartLabelCompare: 'あなたと友だちのスコアを重ねたレーダーチャート',
    chartLoading: 'チャートを読み込んでいます',
    chartPlaceholder: '診断を受けると、ここにあなたのスコアのチャートが表示されます。',
    own: 'あなた',
    friend: '友だち',
    valueText: '100点中{{score}}点',
    meterLabel: '{{dimension}}({{who}})',
    scale: '{{low}} ⟷ {{high}}',
  },
  sections: {
    strengths: '強み',
    blindSpots: '気をつけたい思考のクセ',
    advice: 'アドバイス',
    population: '全国の調査と比べると',
    recommendations: 'あなたに合うサービス',
    recommendationsFriend: 'このタイプに合うサービス',
    share: '結果をシェアする',
  },
  population: {
    literacy: '金融の基本を問う3問のうち、あなたは{{correct}}問に正解しました。',
    national: '{{label}}: {{percent}}%',
    source: '出典: {{source}}',
  },
  recommendations: {
    newTab: '（新しいタブで開きます）',
  },
  share: {
    text: '私の投資タイプは「{{name}}」でした。あなたは何タイプ？',
    native: 'シェアする',
    line: 'LINEで送る',
    x: 'Xでポスト',
    facebook: 'Facebookでシェア',
    copy: 'リンクをコピー',
    copied: 'リンクをコピーしました',
    copyFailed: 'コピーできませんでした。このページのアドレスをコピーしてください。',
    privacy: 'シェアされるのは結果のコードだけです。回答の内容は含まれません。',
  },
  actions: {
    retake: 'もう一度診断する',
    saveImage: '結果を画像で保存',
  },
} as const;
