/**
 * A desk after years: 50,000 tickets and 1,000,000 audit entries (20 per ticket, a valid hash chain)
 * generated straight into SQLite and PostgreSQL, then the commands staff use, timed in process
 * (`runCli`, as `deletion-desk` runs them, minus Node's start): `tickets` (default, --status,
 * --workspace), `show`, the Slack App Home, and `audit verify` (entries/s, and its memory at a quarter
 * of the entries and at all of them: it must stream).
 *
 *   node bin/run-ts.js bench/desk.ts
 *   BENCH_DESK_TICKETS=10000 BENCH_DESK_DIALECTS=sqlite node bin/run-ts.js bench/desk.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { freshDb, type TestDialect } from '../test/support/db';
import { entryHash, GENESIS_HASH, verifyAudit } from '../src/adapters/db/auditLog';
import { loadConfig } from '../src/config';
import { buildApp } from '../src/main';
import { silentLogger } from '../src/logger';
import { runCli } from '../src/cli';
import { SlackDesk } from '../src/services/slackDesk';
import type { Ticket, TicketStatus } from '../src/domain/ticket';
import type { BenchRow } from './row';
import { spread } from './pairs';
import { invokedDirectly } from './invokedDirectly';
import { auditLog } from '../src/adapters/db/auditLog';

const VERSIONS = 20;
const WORKSPACES = 500;
const STATUSES: [TicketStatus, number][] = [['completed', 80], ['cancelled', 5], ['rejected', 5], ['awaiting_approval', 3], ['scheduled', 2], ['needs_info', 2], ['failed', 1], ['partial', 1], ['running', 1]];
const AT0 = Date.parse('2022-01-01T00:00:00Z');

export async function benchDesk(options: { tickets?: number; rounds?: number; dialects?: TestDialect[]; log?: (line: string) => void } = {}): Promise<BenchRow[]> {
  const total = options.tickets ?? Number(process.env.BENCH_DESK_TICKETS ?? 50_000);
  const rounds = options.rounds ?? Number(process.env.BENCH_ROUNDS ?? 5);
  const dialects = options.dialects ?? ((process.env.BENCH_DESK_DIALECTS?.split(',') as TestDialect[] | undefined) ?? ['sqlite', 'postgres']);
  const rows: BenchRow[] = [];
  for (const dialect of dialects) {
    const test = await freshDb(dialect);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-bench-desk-'));
    try {
      const gen = new Generator(test.db);
      // A quarter first: audit verify there and at the full size shows whether time and memory grow
      // with the entries (they should: time linearly, memory not at all).
      await gen.add(Math.round(total / 4));
      options.log?.(`${dialect}: ${gen.tickets} tickets, ${gen.seq} audit entries generated`);
      const quarter = await timeVerify(test.db);
      await gen.add(total - gen.tickets);
      options.log?.(`${dialect}: ${gen.tickets} tickets, ${gen.seq} audit entries generated`);
      const full = await timeVerify(test.db);
      const env = { DATABASE_URL: test.url, OUTBOX_DIR: path.join(tmp, 'outbox'), MAILDROP_DIR: path.join(tmp, 'maildrop'), LOG_LEVEL: 'silent' };
      const cli = async (...argv: string[]) => {
        let lines = 0;
        const code = await runCli(argv, { stdout: () => void (lines += 1), stderr: () => undefined, env });
        if (code !== 0) throw new Error(`deletion-desk ${argv.join(' ')} exited ${code}`);
        return lines;
      };
      const app = await buildApp(loadConfig(env), { logger: silentLogger, schema: test.schema });
      const desk = new SlackDesk({ db: app.db, audit: auditLog, tickets: app.tickets, catalog: app.catalog, staff: { isStaff: async () => true }, clock: () => new Date(AT0 + total * 3_600_000), logger: silentLogger });
      const target = Math.round(total / 2);
      const cases: [string, () => Promise<unknown>, number][] = [
        ['deletion-desk tickets (default listing)', () => cli('tickets'), 200],
        ['deletion-desk tickets --status awaiting_approval', () => cli('tickets', '--status', 'awaiting_approval'), 200],
        ['deletion-desk tickets --status completed', () => cli('tickets', '--status', 'completed'), 200],
        ['deletion-desk tickets --workspace ws-7', () => cli('tickets', '--workspace', 'ws-7'), 200],
        [`deletion-desk show DEL-${target}`, () => cli('show', `DEL-${target}`), 200],
        [`deletion-desk show DEL-${target} --json`, () => cli('show', `DEL-${target}`, '--json'), 200],
        ['Slack App Home render (staff)', () => desk.home('U_STAFF'), 500],
        // What every command above pays before its query: building the app (pool, migration check,
        // templates) and closing it; and the listing query alone, for comparison.
        ['app start + close alone (part of every command)', async () => (await buildApp(loadConfig(env), { logger: silentLogger, schema: test.schema })).close(), 200],
        ['the default listing query alone (newest 201 tickets)', () => app.tickets.list({ limit: 201 }), 200],
      ];
      try {
        for (const [name, fn, targetMs] of cases) {
          await fn(); // warm-up
          const ms: number[] = [];
          for (let r = 0; r < rounds; r += 1) {
            const t0 = performance.now();
            await fn();
            ms.push(performance.now() - t0);
          }
          const s = spread(ms);
          rows.push({ bench: 'desk', name: `${dialect}: ${name}`, count: gen.tickets, unit: 'tickets', seconds: round(s.median / 1000, 3), secondsMin: round(s.min / 1000, 3), secondsMax: round(s.max / 1000, 3), perSecond: null, peakRssMb: null, rounds, note: `median ${round(s.median, 1)} ms (target < ${targetMs} ms)` });
        }
      } finally {
        await app.close();
      }
      for (const [v, label] of [[quarter, 'a quarter'], [full, 'all']] as const) {
        rows.push({ bench: 'desk', name: `${dialect}: audit verify, ${label} of the entries`, count: v.entries, unit: 'entries', seconds: round(v.seconds, 2), perSecond: Math.round(v.entries / v.seconds), peakRssMb: v.rssGrowthMb, rounds: 1, note: `${Math.round(v.entries / v.seconds)} entries/s; RSS grew ${v.rssGrowthMb} MB while verifying` });
      }
    } finally {
      await test.cleanup();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }
  return rows;
}

async function timeVerify(db: Knex): Promise<{ entries: number; seconds: number; rssGrowthMb: number }> {
  global.gc?.();
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const t0 = performance.now();
  const result = await verifyAudit(db);
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  if (!result.ok) throw new Error(`the generated audit log does not verify: ${result.problems.slice(0, 3).join('; ')}`);
  return { entries: result.entries, seconds, rssGrowthMb: Math.round((Math.max(peak, process.memoryUsage.rss()) - before) / 1e6) };
}

/** Tickets and their audit chain, appended in id order, in batches (the database's own bulk path). */
class Generator {
  tickets = 0;
  seq = 0;
  private prevHash = GENESIS_HASH;

  constructor(private readonly db: Knex) {}

  async add(count: number): Promise<void> {
    const batch = 250;
    for (let done = 0; done < count; done += batch) {
      const n = Math.min(batch, count - done);
      const ticketRows: Record<string, unknown>[] = [];
      const auditRows: Record<string, unknown>[] = [];
      for (let i = 0; i < n; i += 1) {
        const id = this.tickets + 1;
        this.tickets = id;
        const ticket = makeTicket(id);
        ticketRows.push({ id, kind: ticket.kind, status: ticket.status, workspace: ticket.workspace, requester: ticket.requester, run_after: ticket.runAfter, version: ticket.version, data: JSON.stringify(ticket), created_at: ticket.createdAt, updated_at: ticket.updatedAt });
        for (let v = 1; v <= VERSIONS; v += 1) {
          this.seq += 1;
          const entry = { seq: this.seq, ticketId: id, actor: v === 1 ? `email:${ticket.requester}` : 'staff:U1', action: v === 1 ? 'created' : 'transition', detail: { version: v, status: v === VERSIONS ? ticket.status : 'awaiting_approval' }, at: new Date(AT0 + id * 3_600_000 + v * 1000).toISOString() };
          const hash = entryHash(this.prevHash, entry);
          auditRows.push({ seq: entry.seq, ticket_id: id, actor: entry.actor, action: entry.action, detail: JSON.stringify(entry.detail), at: entry.at, prev_hash: this.prevHash, hash });
          this.prevHash = hash;
        }
      }
      await this.db.transaction(async (trx) => {
        // SQLite binds at most 999 values per statement.
        for (let i = 0; i < ticketRows.length; i += 80) await trx('tickets').insert(ticketRows.slice(i, i + 80));
        for (let i = 0; i < auditRows.length; i += 120) await trx('audit_log').insert(auditRows.slice(i, i + 120));
      });
    }
    // PostgreSQL: the ids were given, so move the sequence past them (the next real ticket must not collide).
    if (this.db.client.config.client === 'pg') await this.db.raw(`SELECT setval(pg_get_serial_sequence('tickets', 'id'), ?)`, [this.tickets]);
  }
}

function makeTicket(id: number): Ticket {
  let pick = id % 100;
  let status: TicketStatus = 'completed';
  for (const [s, share] of STATUSES) {
    if (pick < share) {
      status = s;
      break;
    }
    pick -= share;
  }
  const at = new Date(AT0 + id * 3_600_000).toISOString();
  const workspace = `ws-${id % WORKSPACES}`;
  return {
    id,
    kind: id % 3 === 0 ? 'workspace_purge' : 'source_data',
    status,
    workspace,
    sources: id % 3 === 0 ? [] : [`src-${id % 7}`],
    space: null,
    ranges: id % 3 === 0 ? [] : [{ from: '2024-03-01', to: '2024-03-03' }],
    missing: [],
    ambiguities: [],
    notes: ['dates are UTC days'],
    requester: `ops@${workspace}.example`,
    createdBy: `email:ops@${workspace}.example`,
    verification: { contact: true, auth: 'pass', spoofSuspected: false, overriddenBy: null },
    approvals: status === 'awaiting_approval' || status === 'needs_info' ? [] : [{ by: 'U1', at }],
    requestedAt: at,
    runAfter: ['scheduled', 'running', 'completed', 'partial', 'failed'].includes(status) ? at : null,
    deadline: id % 3 === 0 ? new Date(AT0 + id * 3_600_000 + 30 * 86_400_000).toISOString() : null,
    rejectReason: status === 'rejected' ? 'not a contact' : null,
    cancelledBy: status === 'cancelled' ? 'customer' : null,
    result: null,
    version: VERSIONS,
    createdAt: at,
    updatedAt: at,
  } as unknown as Ticket;
}

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

if (invokedDirectly(import.meta.url)) {
  for (const r of await benchDesk({ log: (l) => process.stderr.write(`${l}\n`) })) console.log(JSON.stringify(r));
}
