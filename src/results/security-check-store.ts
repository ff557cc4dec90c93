import { storageKeyOf } from '@/data/privacy-keys';
import {
  SECURITY_CHECKS,
  SECURITY_CHECK_ORDER,
  type SecurityAnswers,
  type SecurityCheckId,
  type SecurityChoice,
} from '@/data/security-checks';
import { createPersistedStore } from '@/platform/persisted-store';

/**
 * The reader's answers to the account-security checks. They play no part in the type, stay on
 * this device, and are never put into a result code or a shared link.
 */
interface SecurityCheckState {
  readonly answers: SecurityAnswers;
  /** The reader asked for advice once every check was answered; they may reopen the checks. */
  readonly submitted: boolean;
}

const initialState: SecurityCheckState = { answers: {}, submitted: false };

function isChoice(check: SecurityCheckId, value: unknown): value is SecurityChoice {
  const choices: readonly string[] = SECURITY_CHECKS[check];
  return typeof value === 'string' && choices.includes(value);
}

/** Storage holds only known choices under known checks; anything else is dropped. */
function parsePersisted(persisted: unknown): SecurityCheckState | undefined {
  if (typeof persisted !== 'object' || persisted === null) return undefined;
  const { answers, submitted } = persisted as Record<string, unknown>;
  if (typeof answers !== 'object' || answers === null || typeof submitted !== 'boolean')
    return undefined;
  const clean: Partial<Record<SecurityCheckId, SecurityChoice>> = {};
  for (const check of SECURITY_CHECK_ORDER) {
    const value = (answers as Record<string, unknown>)[check];
    if (isChoice(check, value)) clean[check] = value;
  }
  return { answers: clean, submitted: submitted && isComplete(clean) };
}

/**
 * Version 1 stored yes or no for "mfa", "links" and "offers". A "yes" to codes-or-more says
 * nothing about passkeys, and the links check is gone, so only the scam answer carries over.
 */
function migrateSecurityChecks(persisted: unknown, version: number): SecurityCheckState {
  if (version !== 1 || typeof persisted !== 'object' || persisted === null) return initialState;
  const { answers } = persisted as Record<string, unknown>;
  const offers =
    typeof answers === 'object' && answers !== null
      ? (answers as Record<string, unknown>).offers
      : undefined;
  if (typeof offers !== 'boolean') return initialState;
  return { answers: { offers: offers ? 'ignore' : 'listen' }, submitted: false };
}

export function isComplete(answers: SecurityAnswers): boolean {
  return SECURITY_CHECK_ORDER.every((check) => answers[check] !== undefined);
}

const useSecurityCheckStore = createPersistedStore<SecurityCheckState>({
  key: storageKeyOf('security-check'),
  // Version 2 asks how the login is protected and about password reuse (v1 asked yes or no).
  version: 2,
  initial: initialState,
  parse: parsePersisted,
  migrate: migrateSecurityChecks,
});

/** The reader answered one check; a choice the check does not offer is ignored. */
export function securityCheckAnswered(check: SecurityCheckId, choice: string): void {
  if (!isChoice(check, choice)) return;
  useSecurityCheckStore.setState((state) => ({ answers: { ...state.answers, [check]: choice } }));
}

/** The reader asked for their advice; ignored until every check is answered. */
export function securityAdviceRequested(): void {
  useSecurityCheckStore.setState((state) =>
    isComplete(state.answers) ? { submitted: true } : state,
  );
}

/** The reader wants to change their answers. */
export function securityChecksReopened(): void {
  useSecurityCheckStore.setState({ submitted: false });
}

export const useSecurityAnswers = (): SecurityAnswers =>
  useSecurityCheckStore((state) => state.answers);
export const useSecurityAdviceShown = (): boolean =>
  useSecurityCheckStore((state) => state.submitted);
