// PLACEHOLDER until the model lands (issue 2).
export const INVESTOR_TYPE_IDS = ['guardian'] as const;
export type InvestorTypeId = (typeof INVESTOR_TYPE_IDS)[number];
