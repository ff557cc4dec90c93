// UI texts of the "results" namespace in ja. The Japanese resources define the key set; English mirrors it.
export const results = {} as const;
