/**
 * Platform policy (docs/design.md, "Kinds"): grace periods, approvals needed, the purge deadline.
 */
import type { RequestKind } from './request';

export interface Policy {
  graceDays: number;
  purgeSlaDays: number;
  /** How many customer emails one address may receive per hour before replies are held (loop guard). */
  repliesPerSenderPerHour: number;
  /** CUSTOMER_CONFIRMATION: `required` (a contact confirms the exact scope before it is scheduled) or `off`. */
  customerConfirmation: 'required' | 'off';
}

export const DEFAULT_POLICY: Policy = { graceDays: 5, purgeSlaDays: 30, repliesPerSenderPerHour: 5, customerConfirmation: 'required' };

/** Space, workspace and archive purges wait; source deletions run as soon as they are approved. */
export function graceDaysFor(kind: RequestKind, policy: Policy): number {
  return kind === 'unify_space' || kind === 'workspace_purge' || kind === 'archive_purge' ? policy.graceDays : 0;
}

/**
 * Two different staff members must approve a complete workspace purge; one for the rest. An account
 * purge deletes nothing itself: each workspace purge it opens needs its own two approvals.
 */
export function approvalsNeeded(kind: RequestKind): number {
  if (kind === 'account_purge') return 0;
  return kind === 'workspace_purge' ? 2 : 1;
}
