// UI texts of the "common" namespace in en. Same keys as ../ja/common.ts (a test holds them equal).
export const common = {} as const;
