// UI texts of the "embed" namespace (the /embed/ snippet configurator) in en. Same keys as ../ja/embed.ts.
export const embed = {} as const;
