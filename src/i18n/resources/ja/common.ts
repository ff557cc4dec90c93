// UI texts of the "common" namespace in ja. The Japanese resources define the key set; English mirrors it.
export const common = {} as const;
