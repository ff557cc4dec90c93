/**
 * The account-security checks on the reader's own result, as data: each check's choices in the
 * order shown, and what each choice means for the advice. Words are in the i18n resources under
 * `results.security`; the facts behind the advice, with dates and sources, in docs/compliance.md.
 * Nothing here is scored, stored outside this device, or put into a link.
 */

export const SECURITY_CHECKS = {
  /** How the login to the broker is protected. Codes by SMS or e-mail can be relayed by phishing. */
  login: ['passkey', 'codes-only', 'no-mfa', 'no-account'],
  /** Whether the broker's password is used anywhere else (the list-based logins behind 7pay). */
  passwords: ['unique', 'reused', 'unsure', 'not-yet'],
  /** Investment offers through LINE groups and SNS ads. */
  offers: ['ignore', 'listen'],
} as const;

export type SecurityCheckId = keyof typeof SECURITY_CHECKS;
export type SecurityChoice = (typeof SECURITY_CHECKS)[SecurityCheckId][number];
/** Each check's choice; the store lets in only a choice the check offers. */
export type SecurityAnswers = Readonly<Partial<Record<SecurityCheckId, SecurityChoice>>>;

/** The checks in the order the page asks them. */
export const SECURITY_CHECK_ORDER = [
  'login',
  'passwords',
  'offers',
] as const satisfies readonly SecurityCheckId[];

/**
 * What a choice says about the reader's habits: `good` already done, `todo` worth doing now,
 * `prepare` for when an account is opened (the reader has none yet). Choice ids are unique across
 * the checks, so each has one label and one piece of advice.
 */
export type SecurityStatus = 'good' | 'todo' | 'prepare';

export const SECURITY_CHOICE_STATUS = {
  passkey: 'good',
  'codes-only': 'todo',
  'no-mfa': 'todo',
  'no-account': 'prepare',
  unique: 'good',
  reused: 'todo',
  unsure: 'todo',
  'not-yet': 'prepare',
  ignore: 'good',
  listen: 'todo',
} as const satisfies Record<SecurityChoice, SecurityStatus>;
