/**
 * The workload of the failure drills and what "nothing lost, duplicated or deleted out of scope" means
 * for it, checked against the real parts (IMAP folders, the database, the S3 store, the SMTP server).
 *
 * Customers write source deletions, each for one source and two UTC days, in several workspaces; the
 * archive holds those partitions and their neighbours (the days between, other sources, look-alike
 * prefixes). A few requests are vague (no time frame): they must end in `needs_info` with one question,
 * and nothing deleted. Staff approve every ticket awaiting approval with a signed Slack click, and each
 * customer replies "I confirm." in the thread of every complete request (the customer's confirmation):
 * a deletion runs only with both.
 */
import { expect } from 'vitest';
import type { SlackFake } from './slackFake';
import { waitFor } from './wait';
import { verifyAudit } from '../../src/adapters/db/auditLog';
import { CONTACTS, SOURCES, cardsOf, clickApprove, countRows, customerEmail, execution, dayMs, partitionKeys, putAll, queuedEmails, tickets, type Desk, type World } from './e2e';

/** A small seeded PRNG (mulberry32): a failing drill is replayed with the seed it printed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** DRILL_SEED (or a fresh one) and DRILL_ROUNDS (or the small default of `npm test`), printed. */
export function drillSettings(name: string, defaultRounds: number): { seed: number; rounds: number; random: () => number } {
  const seed = process.env.DRILL_SEED ? Number(process.env.DRILL_SEED) : Math.floor(Math.random() * 2 ** 31);
  const rounds = process.env.DRILL_ROUNDS ? Math.max(1, Number(process.env.DRILL_ROUNDS)) : defaultRounds;
  console.log(`[drill ${name}] DRILL_SEED=${seed} DRILL_ROUNDS=${rounds}`);
  return { seed, rounds, random: rng(seed) };
}

const WORKSPACES = { acme: 'acme-inc', globex: 'globex', initech: 'initech', hooli: 'hooli' } as const;
type Ws = keyof typeof WORKSPACES;

export interface DrillRequest {
  messageId: string;
  raw: Buffer;
  from: string;
  kind: 'source_data' | 'needs_info';
  workspace: string;
  source: string;
  /** Keys this request's scope covers (empty for a vague request). */
  keys: string[];
}

export interface ScenarioOptions {
  /** Source deletions to offer (each one source × two days). */
  requests: number;
  /** Vague requests (no time frame): needs_info, nothing deleted. */
  vague?: number;
  objectsPerPartition?: number;
}

export interface VerifyReport {
  tickets: number;
  deliveries: number;
  distinctEmails: number;
  /** Deliveries of a Message-ID already delivered (a resend after a kill between SMTP 250 and the sent-mark). */
  resent: number;
  slackCards: number;
  duplicateCards: number;
  deletedKeys: number;
  keptKeys: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export class Scenario {
  readonly requests: DrillRequest[] = [];
  readonly appended: DrillRequest[] = [];
  /** The customers' "I confirm." replies appended so far, one per ticket. */
  readonly confirms: { messageId: string; ticketId: number; from: string }[] = [];
  private readonly seeded: string[] = [];

  constructor(
    private readonly world: World,
    private readonly options: ScenarioOptions,
  ) {
    const slots: { ws: Ws; slug: string; id: string; first: number }[] = [];
    // Windows of two days (1-2, 5-6, 9-10, 13-14); the days between stay as neighbours.
    for (const first of [1, 5, 9, 13]) {
      for (const ws of Object.keys(SOURCES) as Ws[]) for (const [slug, id] of Object.entries(SOURCES[ws])) slots.push({ ws, slug, id, first });
    }
    if (options.requests > slots.length) throw new Error(`at most ${slots.length} requests`);
    const per = options.objectsPerPartition ?? 20;
    for (const [i, s] of slots.slice(0, options.requests).entries()) {
      const from = CONTACTS[s.ws];
      const days = [`2024-03-${pad(s.first)}`, `2024-03-${pad(s.first + 1)}`];
      const mail = customerEmail({
        from,
        messageId: `drill-${i}-${Date.now().toString(36)}@${from.split('@')[1]}`,
        subject: `Delete ${s.slug} data`,
        body: `Hello,\n\nplease delete the data of the source ${s.slug} in our workspace ${WORKSPACES[s.ws]} for March ${s.first}-${s.first + 1}, 2024.\n\nThanks`,
      });
      this.requests.push({ ...mail, from, kind: 'source_data', workspace: WORKSPACES[s.ws], source: s.slug, keys: days.flatMap((d) => partitionKeys(s.id, d, per)) });
    }
    for (let i = 0; i < (options.vague ?? 0); i += 1) {
      const mail = customerEmail({ from: CONTACTS.acme, messageId: `drill-vague-${i}-${Date.now().toString(36)}@acme.example`, subject: 'Delete some data', body: 'Hi,\n\nplease delete the iOS App data of our workspace acme-inc.\n\nAna' });
      this.requests.push({ ...mail, from: CONTACTS.acme, kind: 'needs_info', workspace: 'acme-inc', source: 'ios-app', keys: [] });
    }
  }

  /** Every partition of every source around the windows in use (targets and neighbours), and look-alike prefixes. */
  async seed(): Promise<void> {
    const per = this.options.objectsPerPartition ?? 20;
    const keys: string[] = [];
    // Up to two days past the last window in use: the neighbours of every target.
    const lastDay = Math.min(16, 4 * Math.ceil(this.options.requests / 10));
    for (const ws of Object.keys(SOURCES) as Ws[]) {
      for (const id of Object.values(SOURCES[ws])) for (let d = 1; d <= lastDay; d += 1) keys.push(...partitionKeys(id, `2024-03-${pad(d)}`, per));
    }
    const day = dayMs('2024-03-01');
    keys.push(`segment-logs/src_91abc/${day}/part-0001.gz`, `segment-logs/src_91ab/${day}0/part-0001.gz`, `segment-logs/src_91ab/${day}-old/part-0001.gz`, `segment-logs/src_91ab/${day}.gz`, 'unify/spa_77/profiles/0001.json', 'unify/spa_h1/profiles/0001.json');
    await putAll(this.world.archive, keys, 32);
    this.seeded.push(...keys);
  }

  remainingToAppend(): number {
    return this.requests.length - this.appended.length;
  }

  /** APPEND the next `n` requests to INBOX (vague ones are spread among them). */
  async appendNext(n: number): Promise<number> {
    const next = this.requests.filter((r) => !this.appended.includes(r)).slice(0, n);
    if (next.length === 0) return 0;
    await this.world.dovecot.append(next.map((r) => r.raw));
    this.appended.push(...next);
    return next.length;
  }

  async appendAll(): Promise<void> {
    await this.appendNext(this.requests.length);
  }

  /**
   * Each customer replies "I confirm." in the thread ([DEL-n] subject) of every complete request that
   * waits for their confirmation, once per ticket: the reply is durable in the mailbox whether or not
   * the bot is up, and the bot takes it in exactly once.
   */
  async confirmAwaiting(): Promise<number> {
    const rows: { id: number; data: string }[] = await this.world.db('tickets').where({ status: 'awaiting_approval' }).select('id', 'data');
    const waiting = rows
      .map((r) => ({ id: r.id, ticket: JSON.parse(r.data) as { requester: string; sources: string[]; confirmation?: { state: string } } }))
      .filter(({ id, ticket }) => ticket.confirmation?.state === 'pending' && !this.confirms.some((c) => c.ticketId === id));
    if (waiting.length === 0) return 0;
    const mails = waiting.map(({ id, ticket }) => ({
      ticketId: id,
      from: ticket.requester,
      ...customerEmail({ from: ticket.requester, messageId: `drill-confirm-${id}-${Date.now().toString(36)}@${ticket.requester.split('@')[1]}`, subject: `Re: [DEL-${id}] Delete ${ticket.sources[0] ?? ''} data`, body: 'I confirm.\n\nThanks' }),
    }));
    await this.world.dovecot.append(mails.map((m) => m.raw));
    this.confirms.push(...mails.map((m) => ({ messageId: m.messageId, ticketId: m.ticketId, from: m.from })));
    return mails.length;
  }

  /** Staff click Approve on every ticket awaiting approval whose card is in Slack. */
  async approveAwaiting(desks: Desk[], slack: SlackFake, user = 'UALICE'): Promise<number> {
    const awaiting = await this.world.db('tickets').where({ status: 'awaiting_approval' }).select('id');
    let clicked = 0;
    for (const [i, row] of (awaiting as { id: number }[]).entries()) {
      const desk = desks[i % desks.length];
      if ((await clickApprove(desk, slack, row.id, user)) !== null) clicked += 1;
    }
    return clicked;
  }

  /** Until everything appended is taken in, approved, executed and answered (staff keep approving). */
  async settle(desks: () => Desk[], options: { timeoutMs?: number; onTick?: () => Promise<void> } = {}): Promise<void> {
    const { db } = this.world;
    const deletions = this.appended.filter((r) => r.kind === 'source_data').length;
    await waitFor(
      async () => {
        await options.onTick?.();
        await this.confirmAwaiting();
        await this.approveAwaiting(desks(), this.world.slack);
        const taken = await countRows(db, 'messages', { direction: 'in' });
        const finished = await db('tickets').whereIn('status', ['completed', 'partial', 'failed']).count({ n: '*' });
        const completed = Number((finished[0] as { n: number | string }).n);
        const pendingMail = await db('notifications').where({ channel: 'email' }).whereNot({ status: 'sent' }).count({ n: '*' });
        const pending = Number((pendingMail[0] as { n: number | string }).n);
        const queued = await countRows(db, 'notifications', { channel: 'email' });
        const delivered = new Set(this.world.smtp.received.map((m) => m.message.messageId)).size;
        if (taken !== this.appended.length + this.confirms.length || completed !== deletions || pending !== 0 || delivered < queued) return false;
        // Taken in is not yet filed: a replica killed between recording a message and moving it leaves it in
        // the INBOX until the survivor's next poll files it (the verification counts the folders).
        return (await this.world.dovecot.count('INBOX')) === 0;
      },
      { timeoutMs: options.timeoutMs ?? 90_000, intervalMs: 250, what: 'every request taken in, approved, executed and answered' },
    ).catch(async (error: Error) => {
      const confirmations = await db('tickets').select('confirmation').count({ n: '*' }).groupBy('confirmation');
      const byStatus = await db('tickets').select('status').count({ n: '*' }).groupBy('status');
      const mail = await db('notifications').select('channel', 'status').count({ n: '*' }).groupBy('channel', 'status');
      const jobs = await db('jobs').select('state', 'phase', 'last_error').count({ n: '*' }).groupBy('state', 'phase', 'last_error');
      throw new Error(`${error.message}\ntickets: ${JSON.stringify(byStatus)}\nnotifications: ${JSON.stringify(mail)}\njobs: ${JSON.stringify(jobs)}\nconfirmations: ${JSON.stringify(confirmations)}\ninbound: ${await countRows(db, 'messages', { direction: 'in' })}/${this.appended.length + this.confirms.length}`);
    });
  }

  /** The checks every drill makes at the end. `kills`: how many times a process died without warning. */
  async verify(options: { kills: number; partial?: Map<string, { left: string[]; error: RegExp }> }): Promise<VerifyReport> {
    const { world } = this;
    const { db } = world;
    // Every appended email has exactly one ticket; every ticket comes from one email.
    const all = await tickets(db);
    expect(all).toHaveLength(this.appended.length);
    const inbound: { message_key: string; ticket_id: number | null; outcome: string }[] = await db('messages').where({ direction: 'in' }).select('message_key', 'ticket_id', 'outcome');
    expect(inbound.map((m) => m.message_key).sort()).toEqual([...this.appended.map((r) => r.messageId), ...this.confirms.map((c) => c.messageId)].sort());
    expect(new Set(inbound.map((m) => m.ticket_id)).size).toBe(this.appended.length);
    const isConfirm = (key: string) => this.confirms.some((c) => c.messageId === key);
    expect(inbound.every((m) => m.ticket_id !== null && m.outcome === (isConfirm(m.message_key) ? 'info' : 'created'))).toBe(true);
    // Each confirmation was taken in on its own ticket.
    for (const c of this.confirms) expect(inbound.find((m) => m.message_key === c.messageId)?.ticket_id).toBe(c.ticketId);
    expect(await world.dovecot.count('INBOX')).toBe(0);
    expect(await world.dovecot.count('Processed')).toBe(this.appended.length + this.confirms.length);
    expect(await world.dovecot.count('Failed')).toBe(0);

    const deleted = new Set<string>();
    const left = new Set<string>();
    const ticketOf = new Map(inbound.map((m) => [m.message_key, m.ticket_id!]));
    for (const r of this.appended) {
      const t = all.find((x) => x.id === ticketOf.get(r.messageId))!;
      expect({ id: t.id, kind: t.kind, workspace: t.workspace, sources: t.sources }).toEqual({ id: t.id, kind: 'source_data', workspace: r.workspace, sources: [r.source] });
      if (r.kind === 'needs_info') {
        expect(t.status).toBe('needs_info');
        expect(t.approvals).toEqual([]);
      } else {
        // Approved once, by one person, however many clicks the kills caused; confirmed by the customer.
        expect(t.approvals.map((a) => a.by)).toEqual(['staff:UALICE']);
        expect(t.confirmation).toMatchObject({ state: 'confirmed', by: `email:${r.from}` });
        const partial = options.partial?.get(r.messageId);
        if (partial) {
          // What the product promises for keys that keep failing: `partial`, naming the partition and why.
          expect(t.status).toBe('partial');
          expect(execution(t).failures).toHaveLength(1);
          expect(execution(t).failures[0].error).toMatch(partial.error);
          expect(execution(t).receipt.partitions).toHaveLength(1);
          for (const k of partial.left) left.add(k);
        } else {
          expect(t.status).toBe('completed');
          expect(execution(t).failures).toEqual([]);
          expect(execution(t).receipt.partitions).toHaveLength(2);
        }
        for (const k of r.keys) if (!left.has(k)) deleted.add(k);
      }
      // One execution per ticket, each partition once.
      const jobs: { id: number; state: string }[] = await db('jobs').where({ ticket_id: t.id, kind: 'execute' }).select('id', 'state');
      expect(jobs.map((j) => j.state)).toEqual(r.kind === 'needs_info' ? [] : ['done']);
      if (jobs[0]) expect(await countRows(db, 'job_partitions', { job_id: jobs[0].id, state: 'done' })).toBe(options.partial?.has(r.messageId) ? 1 : 2);
      // Exactly the emails this ticket should cause, each queued once and sent.
      const mails = await queuedEmails(db, t.id);
      expect(mails.map((m) => m.template)).toEqual(r.kind === 'needs_info' ? ['needs_info'] : ['received', 'scheduled', 'completed']);
      expect(mails.every((m) => m.status === 'sent')).toBe(true);
    }

    // The archive: exactly the approved scope is gone (every version), everything else untouched.
    const expected = this.seeded.filter((k) => !deleted.has(k)).sort();
    const remaining = (await world.archive.remaining()).sort();
    expect(remaining).toEqual(world.archive.kind === 'versioned' ? expected.map((k) => `${k}#version`).sort() : expected);

    // The SMTP server: every queued email arrived; none that was not queued; resends keep their Message-ID.
    const queued = await queuedEmails(db);
    const received = world.smtp.received.map((m) => m.message.messageId ?? '');
    const distinct = new Set(received);
    expect([...distinct].sort()).toEqual(queued.map((m) => m.messageId).sort());
    const resent = received.length - distinct.size;
    expect(resent).toBeLessThanOrEqual(options.kills);
    for (const m of world.smtp.received) {
      const q = queued.find((x) => x.messageId === m.message.messageId)!;
      expect(m.to).toEqual([all.find((t) => t.id === q.ticketId)!.requester]);
    }

    // Slack: every ticket has its card.
    let cards = 0;
    let duplicateCards = 0;
    for (const t of all) {
      const n = cardsOf(world.slack, t.id).length;
      expect(n).toBeGreaterThanOrEqual(1);
      cards += n;
      duplicateCards += n - 1;
    }

    // The audit log's hash chain survived every kill, and every ticket change has its entry
    // (what `deletion-desk audit verify` checks).
    const audit = await verifyAudit(db);
    expect(audit.problems).toEqual([]);
    expect(audit.ok).toBe(true);
    return { tickets: all.length, deliveries: received.length, distinctEmails: distinct.size, resent, slackCards: cards, duplicateCards, deletedKeys: deleted.size, keptKeys: expected.length };
  }
}
