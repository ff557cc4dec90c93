// UI texts of the "quiz" namespace in ja. The Japanese resources define the key set; English mirrors it.
export const quiz = {
  progress: {
    label: '回答の進み具合',
    count: '{{current}} / {{total}}',
    valueText: '全{{total}}問中{{current}}問目',
    timeLeft: '残り約{{count}}分',
  },
  questionNumber: '質問 {{current}}',
  choicesHint: '当てはまるものを1つ選んでください。',
  keyboardHint: 'キーボード：数字キーで選択、Enterで次へ、Backspaceで前の質問へ',
  back: '戻る',
  next: '次へ',
  seeResult: '結果を見る',
  startOver: 'はじめからやり直す',
  finishing: '結果を準備しています…',
} as const;
