// UI texts of the "quiz" namespace in ja. The Japanese resources define the key set; English mirrors it.
export const quiz = {} as const;
