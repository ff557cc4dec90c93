// The privacy page's texts: fetched with the later texts, as nothing on a first visit shows them.
// Its lists are rendered from src/data/privacy.ts, one entry per stored item, link field and notice.
export const privacy = {
  title: 'プライバシーポリシー',
  metaTitle: 'プライバシーポリシー|投資心理テスト',
  lead: 'この診断は、すべてあなたのブラウザの中で動きます。回答を当社や第三者に送ることはありません。',
  storesHeading: 'この端末に保存するもの',
  storesLead:
    'ブラウザの保存領域に、次の{{count}}つだけを保存します。名前の横の文字は、ブラウザの開発者ツールで見える保存名です。',
  whereLabel: '保存先',
  where: {
    local: 'ブラウザ（消すまで残ります）',
    session: 'ブラウザのこのタブ（タブを閉じると消えます）',
  },
  holdsLabel: '中身',
  whyLabel: '理由',
  clearLabel: '消し方',
  items: {
    quiz: {
      name: '診断の回答',
      holds:
        'それぞれの質問への回答、何問目まで進んだか、それぞれの質問に答えるまでにかかった時間、その回答で診断を終えたこと',
      why: '途中から再開できるように。かかった時間は、質問を読むより速く答えていたときに、ご自身の結果でひとこと添えるためだけに使います。',
      clear: 'トップページの「はじめからやり直す」で消えます。',
    },
    results: {
      name: '結果のコード',
      holds: 'あなたの結果コードと、最後に開いた友だちの結果コード',
      why: 'あなたの結果をもう一度開けるように。また、友だちの結果と重ねて比べられるように。',
      clear: 'もう一度診断すると、あなたの結果コードは新しいものに置き換わります。',
    },
    'answer-quality': {
      name: '回答についての注意',
      holds:
        'あなたの結果コードと、回答で気になった点の有無（同じ位置ばかり選んだ、反対の向きの回答があった、読むより速く答えた）',
      why: 'ご自身の結果ページで、答え直しをおすすめするため。友だちには表示されません。',
      clear: 'もう一度診断すると、新しい結果のものに置き換わります。',
    },
    'security-check': {
      name: '「口座を守る習慣」の答え',
      holds: 'ログインの守り方、パスワードの使い回し、投資の誘いへの対応についての答え',
      why: '答えに合わせたアドバイスを、次に開いたときも表示するため。',
      clear: '「答えを直す」で選び直せます。',
    },
    language: {
      name: '表示言語',
      holds: '切り替えで選んだ表示言語',
      why: '次に開いたときも、選んだ言語で表示するため。',
      clear: '言語の切り替えで、いつでも選び直せます。',
    },
    campaign: {
      name: 'キャンペーン情報',
      holds:
        'このページを開いたリンクに付いていたキャンペーン情報（utm_source・utm_medium・utm_campaign）',
      why: '結果ページから当社のサービスを開くリンクに、同じキャンペーン情報を付けるため。',
      clear: 'タブを閉じると消えます。',
    },
  },
  clearAll:
    'ブラウザの設定でこのサイトのデータ（Cookieとサイトデータ）を消すと、どれもすべて消えます。',
  sendsHeading: '送信するもの',
  sends:
    '回答も結果も、当社のサーバーや第三者に送信しません。解析ツールや広告のためのスクリプトは読み込んでいません。',
  sharesHeading: '結果をシェアしたとき',
  sharesLead: 'シェアするリンクに含まれるのは、次のものだけです。',
  linkWhere: {
    path: 'ページのアドレス',
    code: 'アドレスの「#」のあとの結果コード（サーバーには送られません）',
  },
  linkFields: {
    typeId: '投資家タイプ',
    language: '表示言語',
    modelVersion: 'テストの版',
    scores: '{{count}}つの側面のスコア',
    literacyCorrect: '金融の基本3問の正解数',
    checksum: '読み違いを防ぐ確認用の符号',
  },
  linkGroup: '{{where}}：{{fields, list}}',
  sharesNot:
    '上の「この端末に保存するもの」は、どれもリンクに含まれません。個々の回答、投資の経験、答えるまでの時間、「口座を守る習慣」の答えは、リンクを開いた人には見えません。',
  embedHeading: 'ブログに埋め込まれているとき',
  embedLead:
    '診断がブログの記事に埋め込まれているときは、埋め込み先のページに次のことだけを知らせます。ブログの運営者は、これを自分の解析ツールに記録できます。',
  embedNot: '回答の内容や、この端末に保存したものは知らせません。',
  embedWordPress:
    'WordPressの標準の埋め込み（プラグインなし）では、代わりに{{notices, list}}だけを知らせます。結果のリンクに入るものは、結果をシェアするリンクと同じです。',
  linksHeading: '外部のサービス',
  links:
    'LINEやX、Facebook、ブログなどのリンクを押すと、それぞれのサービスのページが開き、そのサービスのプライバシーポリシーが適用されます。',
  back: '診断のトップページへ',
} as const;
