/**
 * The account-security advice that follows the reader's answers: one item per check, and whether
 * the everyday habits (notifications, looking at the account) speak to an account the reader has
 * or to one they may open.
 */
import {
  SECURITY_CHECK_ORDER,
  SECURITY_CHOICE_STATUS,
  type SecurityAnswers,
  type SecurityCheckId,
  type SecurityChoice,
  type SecurityStatus,
} from '@/data/security-checks';

export interface SecurityAdviceItem {
  readonly check: SecurityCheckId;
  readonly choice: SecurityChoice;
  readonly status: SecurityStatus;
}

export interface SecurityAdvice {
  /** One item per answered check, in the order the page asks them. */
  readonly items: readonly SecurityAdviceItem[];
  /** False when the reader said they have no account yet: the habits are worded for later. */
  readonly hasAccount: boolean;
}

export function securityAdvice(answers: SecurityAnswers): SecurityAdvice {
  const items: SecurityAdviceItem[] = [];
  for (const check of SECURITY_CHECK_ORDER) {
    const choice = answers[check];
    if (choice === undefined) continue;
    items.push({ check, choice, status: SECURITY_CHOICE_STATUS[choice] });
  }
  const hasAccount = items.every((item) => item.status !== 'prepare');
  return { items, hasAccount };
}
