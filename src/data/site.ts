// PLACEHOLDER until the model lands (issue 2).
export const SERVICE_IDS = ['line', 'newsletter', 'blog'] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];
