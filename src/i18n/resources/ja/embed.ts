// UI texts of the "embed" namespace (the /embed/ snippet configurator) in ja.
export const embed = {
  metaDescription:
    'ブログ記事に投資心理テストを埋め込むためのコードを作成します。言語・キャンペーン・テーマを選んで、プレビューを確かめてからコピーできます。',
  title: 'ブログに埋め込む',
  lead: 'ブログ記事の中で投資心理テストを受けてもらうためのコードを作成します。設定を選ぶとプレビューとコードが切り替わります。',
  settings: {
    heading: '設定',
    language: '表示言語',
    utmSource: '流入元（utm_source）',
    utmSourceHint: '例：blog。半角英数字と . _ ~ - のみ、64文字まで。',
    utmCampaign: 'キャンペーン名（utm_campaign）',
    utmCampaignHint: '例：autumn。半角英数字と . _ ~ - のみ、64文字まで。',
    invalid: '使えない文字が含まれているため、コードには入れていません。',
    theme: 'テーマ',
    themes: {
      light: 'ライト（明るい背景）',
      dark: 'ダーク（暗い背景）',
      auto: '閲覧者の端末の設定に合わせる',
    },
  },
  preview: {
    heading: 'プレビュー',
    frameTitle: 'プレビュー：埋め込まれた投資心理テスト',
    note: 'ブログでの表示と同じく、内容に合わせて高さが変わります。',
  },
  address: {
    heading: 'URLを貼る（WordPressの投稿者・note・アメーバブログ）',
    lead: 'スクリプトを貼れない投稿者は、診断のURLだけを記事の1行に貼ります。WordPressでは、プラグイン「投資心理テスト embed」が入っていれば上のコードと同じ埋め込みになります。入っていなければ高さ1000pxまでの枠で表示され、枠の中のリンクは同じタブで開きます。note・アメーバブログではリンクカードになります。',
    label: '記事に貼るURL',
    copy: 'URLをコピー',
  },
  banners: {
    heading: 'バナー（スクリプトを貼れないブログ向け）',
    lead: 'アメーバブログ・note・livedoorブログ・はてなブログ（無料版）など、スクリプトやiframeを貼れないブログでは、バナー画像のリンクを貼ります。読者はバナーを押して診断のページへ進みます。リンクには上で選んだ言語と流入元・キャンペーン名が入ります。',
    label: '{{size}}のバナーのHTML',
    imageAlt: '{{size}}のバナーの見本',
    copy: '{{size}}のHTMLをコピー',
  },
  snippet: {
    heading: '埋め込みコード',
    label: '埋め込みコード（ブログ記事のHTML編集画面に貼り付けます）',
    copy: 'コードをコピー',
    copied: 'コピーしました。ブログ記事のHTML編集画面に貼り付けてください。',
    copyFailed:
      '自動でコピーできませんでした。コードを選択した状態にしたので、手動でコピーしてください。',
    siteNote: 'コードは本番サイト {{site}} を指します。',
    privacy:
      'ブログ側に伝わるのは、開始・回答した設問の番号・診断結果のタイプ・押されたボタンの種類だけです。回答の内容や個人に関する情報は送られません。',
  },
} as const;
