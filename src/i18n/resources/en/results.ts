// UI texts of the "results" namespace in en. Same keys as ../ja/results.ts (a test holds them equal).
export const results = {} as const;
