import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { safeLocalStorage } from '@/platform/safe-storage';

/**
 * The reader's answers to the three account-security checks. They play no part in the type, stay
 * on this device, and are never put into a result code or a shared link.
 */
export const SECURITY_CHECKS = ['mfa', 'links', 'offers'] as const;
export type SecurityCheck = (typeof SECURITY_CHECKS)[number];
export type SecurityAnswers = Readonly<Partial<Record<SecurityCheck, boolean>>>;

interface SecurityCheckState {
  readonly answers: SecurityAnswers;
  /** The reader asked for advice once all three were answered; they may reopen the checks. */
  readonly submitted: boolean;
}

const STORE_NAME = 'toushi-shinri-test:security-check';
const STORE_VERSION = 1;
const initialState: SecurityCheckState = { answers: {}, submitted: false };

/** Storage holds only booleans under known keys; anything else is dropped. */
function parsePersisted(persisted: unknown): SecurityCheckState | undefined {
  if (typeof persisted !== 'object' || persisted === null) return undefined;
  const { answers, submitted } = persisted as Record<string, unknown>;
  if (typeof answers !== 'object' || answers === null || typeof submitted !== 'boolean')
    return undefined;
  const clean: Partial<Record<SecurityCheck, boolean>> = {};
  for (const check of SECURITY_CHECKS) {
    const value = (answers as Record<string, unknown>)[check];
    if (typeof value === 'boolean') clean[check] = value;
  }
  return { answers: clean, submitted: submitted && isComplete(clean) };
}

export function isComplete(answers: SecurityAnswers): boolean {
  return SECURITY_CHECKS.every((check) => typeof answers[check] === 'boolean');
}

const useSecurityCheckStore = create<SecurityCheckState>()(
  persist(() => initialState, {
    name: STORE_NAME,
    version: STORE_VERSION,
    storage: createJSONStorage(() => safeLocalStorage),
    partialize: ({ answers, submitted }) => ({ answers, submitted }),
    // Version 1 is the first; anything else cannot be trusted.
    migrate: () => initialState,
    merge: (persisted, current) => ({ ...current, ...(parsePersisted(persisted) ?? {}) }),
  }),
);

/** The reader answered one check. */
export function securityCheckAnswered(check: SecurityCheck, value: boolean): void {
  useSecurityCheckStore.setState((state) => ({ answers: { ...state.answers, [check]: value } }));
}

/** The reader asked for their advice; ignored until all three are answered. */
export function securityAdviceRequested(): void {
  useSecurityCheckStore.setState((state) =>
    isComplete(state.answers) ? { submitted: true } : state,
  );
}

/** The reader wants to change their answers. */
export function securityChecksReopened(): void {
  useSecurityCheckStore.setState({ submitted: false });
}

/** Forgets the checks (a clean slate between tests). */
export function securityChecksCleared(): void {
  useSecurityCheckStore.setState(initialState);
}

/** Re-reads storage as a fresh page load would. */
export function rehydrateSecurityCheckStore(): void {
  void useSecurityCheckStore.persist.rehydrate();
}

export const useSecurityAnswers = (): SecurityAnswers =>
  useSecurityCheckStore((state) => state.answers);
export const useSecurityAdviceShown = (): boolean =>
  useSecurityCheckStore((state) => state.submitted);
