// UI texts of the "embed" namespace (the /embed/ snippet configurator) in ja.
export const embed = {} as const;
