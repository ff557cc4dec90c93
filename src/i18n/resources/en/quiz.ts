// UI texts of the "quiz" namespace in en. Same keys as ../ja/quiz.ts (a test holds them equal).
export const quiz = {} as const;
