/**
 * Who may act in Slack: the user ids in SLACK_STAFF, plus the members of at most one user group
 * (S…), resolved through `usergroups.users.list` and refreshed. Membership is cached: every click
 * must be answered within Slack's 3 seconds, and one Slack hiccup must not lock staff out, so a failed
 * refresh keeps the last known members.
 */
import type { Logger } from '../logger';
import { toError } from '../errors';

export interface StaffDirectoryDeps {
  /** SLACK_STAFF: user ids (U…/W…) and/or one group id (S…). */
  staff: string[];
  listGroupMembers: (groupId: string) => Promise<string[]>;
  clock: () => Date;
  logger: Logger;
  /** How long a fetched member list is trusted. */
  ttlMs?: number;
  /** An unknown user triggers a refresh at most this often (someone was just added to the group). */
  missRefreshMs?: number;
}

export class StaffDirectory {
  private readonly users: Set<string>;
  private readonly group: string | null;
  private members: Set<string> | null = null;
  private fetchedAt = 0;
  private inFlight: Promise<void> | null = null;

  constructor(private readonly deps: StaffDirectoryDeps) {
    this.users = new Set(deps.staff.filter((id) => !id.startsWith('S')));
    this.group = deps.staff.find((id) => id.startsWith('S')) ?? null;
  }

  async isStaff(userId: string): Promise<boolean> {
    if (this.users.has(userId)) return true;
    if (!this.group) return false;
    const now = this.deps.clock().getTime();
    const age = now - this.fetchedAt;
    if (!this.members || age > (this.deps.ttlMs ?? 5 * 60_000)) await this.refresh();
    else if (!this.members.has(userId) && age > (this.deps.missRefreshMs ?? 30_000)) await this.refresh();
    return this.members?.has(userId) ?? false;
  }

  /** Fetch the group's members now (one request at a time). */
  refresh(): Promise<void> {
    if (!this.group) return Promise.resolve();
    const group = this.group;
    this.inFlight ??= this.deps
      .listGroupMembers(group)
      .then((ids) => {
        this.members = new Set(ids);
        this.deps.logger.debug({ group, members: ids.length }, 'staff group refreshed');
      })
      .catch((error) => {
        this.deps.logger.warn({ group, err: toError(error).message, stale: this.members !== null }, 'could not refresh the staff user group; keeping the last known members');
      })
      .finally(() => {
        // Failed or not, wait before asking again: a Slack outage must not turn every click into a request.
        this.fetchedAt = this.deps.clock().getTime();
        this.inFlight = null;
      });
    return this.inFlight;
  }
}
