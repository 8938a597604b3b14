/**
 * Execution end to end on real databases (SQLite, PostgreSQL) and real archives (a temp folder, s3rver,
 * the versioned fake): exact scope, grace, cancel, crash and resume, racing runners, partial failure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { loadConfig } from '../../src/config';
import { buildApp, type App } from '../../src/main';
import { silentLogger } from '../../src/logger';
import { importCatalog } from '../../src/adapters/db/catalogStore';
import { auditForTicket, auditLog } from '../../src/adapters/db/auditLog';
import { outbox } from '../../src/adapters/db/outboxStore';
import { createDb } from '../../src/adapters/db/connect';
import { createArchive } from '../../src/adapters/archive/createArchive';
import type { Archive } from '../../src/ports/archive';
import { ExecutionRunner } from '../../src/jobs/executionRunner';
import { executionJobOf, jobStore } from '../../src/adapters/db/jobStore';
import { receiptDigest } from '../../src/domain/execution/receipt';
import type { Catalog } from '../../src/domain/catalog';
import type { Ticket } from '../../src/domain/ticket';
import type { ParseResult } from '../../src/domain/request';
import { freshDb, PG_URL, testDialects, type TestDb } from '../support/db';
import { startTestArchive, type ArchiveKind, type TestArchive } from '../support/s3ArchiveFixtures';
import { testS3Client } from '../support/s3rver';

const catalog: Catalog = {
  workspaces: [
    {
      id: 'ws_8f2k1', slug: 'acme-inc', name: 'Acme Inc', contacts: ['ana@acme.example'], deletedAt: null,
      sources: [{ id: 'src_91ab', slug: 'ios-app', name: 'iOS App' }, { id: 'src_a2c4', slug: 'android', name: 'Android' }],
      spaces: [{ id: 'spa_77', name: 'Default Space' }, { id: 'spa_78', name: 'Marketing' }],
    },
    { id: 'ws_g10b', slug: 'globex', name: 'Globex', contacts: ['hank@globex.example'], deletedAt: null, sources: [{ id: 'src_91ab2', slug: 'ios-app', name: 'iOS App' }], spaces: [{ id: 'spa_g1', name: 'Default Space' }] },
  ],
};

const ms = (day: string) => String(Date.parse(`${day}T00:00:00Z`));
const D = { feb29: ms('2024-02-29'), mar1: ms('2024-03-01'), mar2: ms('2024-03-02'), mar3: ms('2024-03-03') };

/** The archive of every test: the scope of a source deletion, its neighbours and look-alikes. */
const KEYS = {
  sourceScope: [`segment-logs/src_91ab/${D.mar1}/part-0001.gz`, `segment-logs/src_91ab/${D.mar1}/part-0002.gz`, `segment-logs/src_91ab/${D.mar1}/sub/part-0003.gz`, `segment-logs/src_91ab/${D.mar2}/part-0001.gz`],
  acmeOther: [`segment-logs/src_91ab/${D.feb29}/part-0001.gz`, `segment-logs/src_91ab/${D.mar3}/part-0001.gz`, `segment-logs/src_a2c4/${D.mar1}/part-0001.gz`, 'unify/spa_77/profiles.json', 'unify/spa_78/a/b.json'],
  /** Never in any acme scope. */
  untouchable: [`segment-logs/src_91ab2/${D.mar1}/part-0001.gz`, `segment-logs/src_91ab/0${D.mar1}/part-0001.gz`, `segment-logs/src_91ab/${D.mar1}x/part-0001.gz`, 'segment-logs/src_91ab/notes.txt', `segment-logs/src_91ab-old/${D.mar1}/p.gz`, 'unify/spa_g1/profiles.json', 'unify/spa_777/x.json'],
};
const ALL = [...KEYS.sourceScope, ...KEYS.acmeOther, ...KEYS.untouchable];

interface Harness {
  app: App;
  tdb: TestDb;
  archive: TestArchive;
  now: { t: number };
  runner(options?: Partial<ConstructorParameters<typeof ExecutionRunner>[0]>): ExecutionRunner;
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => undefined);
});

async function harness(dialect: 'sqlite' | 'postgres', kind: ArchiveKind): Promise<Harness> {
  const tdb = await freshDb(dialect);
  cleanups.push(() => tdb.cleanup());
  const archive = await startTestArchive(kind);
  cleanups.push(() => archive.stop());
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-exec-'));
  cleanups.push(async () => fs.rmSync(tmp, { recursive: true, force: true }));
  const now = { t: Date.parse('2024-04-01T12:00:00Z') };
  // These tests are about execution; the customer's confirmation (the other key) has its own tests
  // (ticket.confirmation, confirmation.flow, e2e), so here approval alone schedules.
  const config = loadConfig({ DATABASE_URL: dialect === 'sqlite' ? tdb.url : PG_URL, OUTBOX_DIR: path.join(tmp, 'outbox'), MAILDROP_DIR: path.join(tmp, 'maildrop'), CUSTOMER_CONFIRMATION: 'off', ...archive.env });
  const app = await buildApp(config, { schema: tdb.schema, clock: () => new Date(now.t), logger: silentLogger });
  cleanups.push(() => app.close());
  await importCatalog(app.db, catalog, new Date(now.t));
  for (const key of ALL) await archive.put(key);
  if (kind === 'versioned') {
    // Old versions and a delete marker: all of them must go, not only the current objects.
    await archive.put(KEYS.sourceScope[0], 'second version');
    await archive.put(KEYS.acmeOther[3], 'second version');
    const client = testS3Client(archive.fake!.endpoint);
    await client.send(new DeleteObjectCommand({ Bucket: 'archive-ver', Key: KEYS.sourceScope[3] }));
    client.destroy();
  }
  const runner = (options: Partial<ConstructorParameters<typeof ExecutionRunner>[0]> = {}) =>
    new ExecutionRunner({ db: app.db, jobs: jobStore, audit: auditLog, outbox, archive: app.archive, tickets: app.tickets, catalog: async () => (await app.catalog.get()).catalog, layouts: app.layouts, clock: () => new Date(now.t), logger: silentLogger, slackEnabled: false, leaseMs: 5_000, retryBaseMs: 10, pollMs: 20, ...options });
  return { app, tdb, archive, now, runner };
}

const verification = { contact: true, auth: 'pass' as const, spoofSuspected: false, overriddenBy: null };

async function ticket(h: Harness, parse: Partial<ParseResult>, requestedAt = new Date(h.now.t)): Promise<Ticket> {
  return h.app.tickets.create({
    parse: { kind: 'source_data', workspace: 'acme-inc', sources: [], space: null, ranges: [], ticket: null, missing: [], ambiguities: [], notes: [], ...parse },
    requester: 'ana@acme.example',
    createdBy: { type: 'customer', address: 'ana@acme.example' },
    verification,
    requestedAt,
  });
}

async function approved(h: Harness, parse: Partial<ParseResult>, requestedAt?: Date, existing?: number): Promise<Ticket> {
  const t = existing ? await h.app.tickets.get(existing) : await ticket(h, parse, requestedAt);
  let current = await h.app.tickets.apply(t.id, { type: 'approve', actor: { type: 'staff', id: 'U1' }, isStaff: true });
  if (current.status !== 'scheduled') current = await h.app.tickets.apply(t.id, { type: 'approve', actor: { type: 'staff', id: 'U2' }, isStaff: true });
  expect(current.status).toBe('scheduled');
  return current;
}

const SOURCE_DAYS: Partial<ParseResult> = { sources: ['ios-app'], ranges: [{ from: '2024-03-01', to: '2024-03-02' }] };

function expectedRemaining(h: Harness, deleted: string[]): string[] {
  const left = ALL.filter((k) => !deleted.includes(k));
  if (h.archive.kind !== 'versioned') return [...left].sort();
  const versions = left.map((k) => `${k}#version`);
  if (left.includes(KEYS.acmeOther[3])) versions.push(`${KEYS.acmeOther[3]}#version`);
  return versions.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}

const sortBytes = (xs: string[]) => [...xs].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));

const matrix = testDialects().flatMap((d) => (['folder', 's3rver', 'versioned'] as const).map((k) => [d, k] as const));

describe.each(matrix)('execution on %s with a %s archive', (dialect, kind) => {
  it('deletes exactly the approved source days: neighbours and look-alikes stay', async () => {
    const h = await harness(dialect, kind);
    const t = await approved(h, SOURCE_DAYS);
    await h.runner().drain();
    const done = await h.app.tickets.get(t.id);
    expect(done.status).toBe('completed');
    const remaining = await h.archive.remaining();
    expect(kind === 'versioned' ? sortBytes(remaining) : remaining).toEqual(expectedRemaining(h, KEYS.sourceScope));
    const receipt = done.result!.receipt as { sha256: string; partitions: { source: string; day: string; objects: number; bytes: number; prefix: string; sha256: string }[] };
    expect(receipt.partitions.map((p) => [p.source, p.day, p.objects])).toEqual([['ios-app', '2024-03-01', 3], ['ios-app', '2024-03-02', 1]]);
    // The checksum, recomputed the way docs/execution.md tells a customer to.
    const { createHash } = await import('node:crypto');
    const digest = (keys: string[]) => createHash('sha256').update(sortBytes(keys).map((k) => `${k}\n`).join('')).digest('hex');
    const parts = [{ prefix: `segment-logs/src_91ab/${D.mar1}/`, sha256: digest(KEYS.sourceScope.slice(0, 3)) }, { prefix: `segment-logs/src_91ab/${D.mar2}/`, sha256: digest(KEYS.sourceScope.slice(3)) }];
    expect(receipt.sha256).toBe(receiptDigest(parts));
    const history = await auditForTicket(h.app.db, t.id);
    expect(history.map((e) => e.action)).toEqual(expect.arrayContaining(['started', 'completed']));
  });

  it('purges a workspace after its grace period, and not before', async () => {
    const h = await harness(dialect, kind);
    const t = await approved(h, { kind: 'workspace_purge', sources: [], ranges: [] });
    expect(Date.parse(t.runAfter!)).toBe(h.now.t + 5 * 86_400_000);
    await h.runner().drain();
    expect((await h.app.tickets.get(t.id)).status).toBe('scheduled');
    expect(await executionJobOf(h.app.db, t.id)).toBeUndefined();
    expect((await h.archive.remaining()).length).toBeGreaterThanOrEqual(ALL.length);

    h.now.t += 5 * 86_400_000 + 1;
    await h.runner().drain();
    const done = await h.app.tickets.get(t.id);
    expect(done.result?.summary).toMatch(/verified/);
    expect(done.status).toBe('completed');
    const remaining = await h.archive.remaining();
    expect(kind === 'versioned' ? sortBytes(remaining) : remaining).toEqual(expectedRemaining(h, [...KEYS.sourceScope, ...KEYS.acmeOther]));
  });
});

describe.each(testDialects())('the approved manifest on %s (folder archive)', (dialect) => {
  // A later import; this process forgets its cached catalog as `catalog import` does.
  const reimport = async (h: Harness, change: (c: Catalog) => Catalog) => {
    await importCatalog(h.app.db, change(structuredClone(catalog)), new Date((h.now.t += 1000)));
    h.app.catalog.invalidate();
  };

  it('failure 4: a source moved into the workspace after approval is not purged, and staff are told', async () => {
    const h = await harness(dialect, 'folder');
    const t = await approved(h, { kind: 'workspace_purge', sources: [], ranges: [] }, new Date(h.now.t - 6 * 86_400_000));
    expect(t.manifest).toMatchObject({ workspaceId: 'ws_8f2k1', sourceIds: ['src_91ab', 'src_a2c4'], spaceIds: ['spa_77', 'spa_78'] });
    // Between approval and execution a catalog re-import moves globex's source into acme-inc.
    await reimport(h, (c) => {
      const moved = { ...c.workspaces[1]!.sources[0]!, slug: 'ios-globex' };
      c.workspaces[1]!.sources = [];
      c.workspaces[0]!.sources.push(moved);
      // globex first: the importer frees the source there before acme-inc takes it.
      return { workspaces: [c.workspaces[1]!, c.workspaces[0]!] };
    });
    await h.runner().drain();
    const done = await h.app.tickets.get(t.id);
    expect(done.status).toBe('completed');
    const remaining = await h.archive.remaining();
    expect(remaining).toContain(`segment-logs/src_91ab2/${D.mar1}/part-0001.gz`);
    expect(remaining).toEqual(expectedRemaining(h, [...KEYS.sourceScope, ...KEYS.acmeOther]));
    const note = 'Not deleted: source ios-globex (src_91ab2) joined acme-inc after approval; open and approve a follow-up request to delete it.';
    expect(done.result?.notes).toEqual([note]);
    // Staff read it on the card and in the card's thread.
    const { ticketCard, threadNote } = await import('../../src/domain/slack/card');
    expect(JSON.stringify(ticketCard(done, { preview: { state: 'none' }, now: new Date(h.now.t) }).blocks)).toContain(note);
    expect(threadNote({ action: 'completed', actor: 'system:executor' }, done)).toContain(note);
  });

  it('an approved source that a re-import gave to another workspace stops the run: nothing is deleted', async () => {
    const h = await harness(dialect, 'folder');
    const t = await approved(h, { kind: 'workspace_purge', sources: [], ranges: [] }, new Date(h.now.t - 6 * 86_400_000));
    await reimport(h, (c) => {
      const android = c.workspaces[0]!.sources.find((s) => s.id === 'src_a2c4')!;
      c.workspaces[0]!.sources = c.workspaces[0]!.sources.filter((s) => s !== android);
      c.workspaces[1]!.sources.push(android);
      return c;
    });
    await h.runner().drain();
    const done = await h.app.tickets.get(t.id);
    expect(done.status).toBe('failed');
    expect(done.result?.summary).toMatch(/src_a2c4 now belongs to another workspace \(ws_g10b\)/);
    expect(await h.archive.remaining()).toEqual([...ALL].sort());
  });
});

describe.each(testDialects())('execution control on %s (folder archive)', (dialect) => {
  it('a cancel that commits before the start wins: nothing is deleted', async () => {
    const h = await harness(dialect, 'folder');
    const t = await approved(h, SOURCE_DAYS);
    const runner = h.runner();
    await runner.schedule(); // the job row exists…
    await h.app.tickets.apply(t.id, { type: 'cancel', actor: { type: 'staff', id: 'U9' }, isStaff: true, isContact: false });
    await runner.drain(); // …but its start fails on the cancelled ticket
    expect((await h.app.tickets.get(t.id)).status).toBe('cancelled');
    expect((await executionJobOf(h.app.db, t.id))?.state).toBe('skipped');
    expect(await h.archive.remaining()).toEqual([...ALL].sort());
  });

  it('a ticket edited and approved again after its job was skipped still runs', async () => {
    const h = await harness(dialect, 'folder');
    const t = await approved(h, { kind: 'archive_purge', sources: [], ranges: [] }, new Date(h.now.t - 6 * 86_400_000));
    const runner = h.runner();
    await runner.schedule();
    await h.app.tickets.apply(t.id, { type: 'edit', actor: { type: 'staff', id: 'U3' }, patch: { workspace: 'acme-inc' } });
    await runner.drain();
    expect((await executionJobOf(h.app.db, t.id))?.state).toBe('skipped');
    const again = await approved(h, {}, undefined, t.id);
    expect(again.runAfter).toBe(t.runAfter); // same key: request time + grace
    await runner.drain();
    expect((await h.app.tickets.get(t.id)).status).toBe('completed');
  });

  it('once started, a cancel is refused with the reason', async () => {
    const h = await harness(dialect, 'folder');
    const t = await approved(h, SOURCE_DAYS);
    await h.app.tickets.apply(t.id, { type: 'start', actor: { type: 'system', id: 'test' } });
    await expect(h.app.tickets.apply(t.id, { type: 'cancel', actor: { type: 'staff', id: 'U9' }, isStaff: true, isContact: false })).rejects.toThrow(/already started/);
  });

  it('resumes from the checkpoint after a crash, and the receipt still counts what the dead runner deleted', async () => {
    const h = await harness(dialect, 'folder');
    for (let i = 0; i < 3; i += 1) await h.archive.put(`segment-logs/src_91ab/${D.mar1}/more-${i}.gz`);
    const t = await approved(h, SOURCE_DAYS);
    // Runner A has its own connection pool and an archive that deletes one batch, then hangs forever
    // (a process frozen mid-partition); its connections are then destroyed, as by kill -9.
    const dbA = dialect === 'sqlite' ? createDb(h.tdb.url) : createDb(PG_URL, { schema: h.tdb.schema });
    const real = h.app.archive;
    let batches = 0;
    let hung!: () => void;
    const reachedHang = new Promise<void>((r) => (hung = r));
    const dying: Archive = { ...real, batchSize: 2, concurrency: 1, describe: () => real.describe(), list: (p, o) => real.list(p, o), afterPartition: (p) => real.afterPartition!(p), close: async () => {},
      deleteBatch: (entries, signal) => {
        batches += 1;
        if (batches === 1) return real.deleteBatch(entries, signal);
        hung();
        return new Promise(() => {});
      } };
    const a = new ExecutionRunner({ db: dbA, jobs: jobStore, audit: auditLog, outbox, archive: dying, tickets: h.app.tickets, catalog: async () => catalog, layouts: h.app.layouts, clock: () => new Date(h.now.t), logger: silentLogger, slackEnabled: false, leaseMs: 1_000, concurrency: 1 });
    void a.tick();
    await reachedHang;
    await dbA.destroy().catch(() => undefined);
    expect((await h.archive.remaining()).length).toBe(ALL.length + 3 - 2);

    // Runner B sees the lease expire and takes over from the checkpoint.
    h.now.t += 60_000;
    await h.runner().drain();
    const done = await h.app.tickets.get(t.id);
    expect(done.status).toBe('completed');
    const receipt = done.result!.receipt as { partitions: { day: string; objects: number }[] };
    expect(receipt.partitions.map((p) => [p.day, p.objects])).toEqual([['2024-03-01', 6], ['2024-03-02', 1]]);
    expect(await h.archive.remaining()).toEqual(expectedRemaining(h, KEYS.sourceScope));
  });

  it('warns staff when a purge deadline approaches (audit entry from a timer row)', async () => {
    const h = await harness(dialect, 'folder');
    const t = await ticket(h, { kind: 'workspace_purge', sources: [], ranges: [] }, new Date(h.now.t - 24 * 86_400_000));
    await h.runner().drain();
    const actions = (await auditForTicket(h.app.db, t.id)).map((e) => e.action);
    expect(actions.filter((a) => a === 'sla_warning')).toHaveLength(1);
    await h.runner().drain(); // idempotent: the timer is a row that fired once
    expect((await auditForTicket(h.app.db, t.id)).filter((e) => e.action === 'sla_warning')).toHaveLength(1);
    h.now.t += 7 * 86_400_000;
    await h.runner().drain();
    expect((await auditForTicket(h.app.db, t.id)).filter((e) => e.action === 'sla_warning')).toHaveLength(2);
  });
});

describe.each(testDialects())('S3 failures on %s (versioned fake)', (dialect) => {
  it('reports a partial deletion: which partitions failed and why; throttling is retried', async () => {
    const h = await harness(dialect, 'versioned');
    const fake = h.archive.fake!;
    fake.faults.slowDown = 2;
    fake.faults.deleteError = (key) => (key.includes(`/${D.mar2}/`) ? { code: 'AccessDenied', message: 'Access Denied' } : null);
    const t = await approved(h, SOURCE_DAYS);
    await h.runner().drain();
    const done = await h.app.tickets.get(t.id);
    expect(done.status).toBe('partial');
    const failures = done.result!.failures as { prefix: string; error: string }[];
    expect(failures).toEqual([{ prefix: `segment-logs/src_91ab/${D.mar2}/`, source: 'ios-app', day: '2024-03-02', error: expect.stringMatching(/AccessDenied/) }]);
    expect((done.result!.receipt as { partitions: { day: string }[] }).partitions.map((p) => p.day)).toEqual(['2024-03-01']);
    expect(fake.requests.filter((r) => r.query.includes('versions')).length).toBeGreaterThan(0);
  });
});

describe.runIf(testDialects().includes('postgres'))('two runners racing on PostgreSQL', () => {
  it('never work on the same partition at once and lose none', async () => {
    const h = await harness('postgres', 'folder');
    const keys: string[] = [];
    for (let d = 0; d < 30; d += 1) for (let f = 0; f < 3; f += 1) keys.push(`segment-logs/src_a2c4/${Date.UTC(2023, 0, 1) + d * 86_400_000}/part-${f}.gz`);
    for (const k of keys) await h.archive.put(k);
    const t = await approved(h, { kind: 'archive_purge', sources: [], ranges: [] }, new Date(h.now.t - 6 * 86_400_000));
    const active = new Map<string, string>();
    const overlaps: string[] = [];
    const byRunner = new Map<string, Set<string>>();
    const watched = (name: string): Archive => {
      const real = createArchive({ archiveUrl: h.archive.env.ARCHIVE_URL, s3: loadConfig({}).s3 });
      return {
        ...real, batchSize: real.batchSize, concurrency: real.concurrency, describe: () => real.describe(), close: async () => {}, afterPartition: (p) => real.afterPartition!(p),
        list: (p, o) => real.list(p, o),
        deleteBatch: async (entries, signal) => {
          const partition = entries[0].key.split('/').slice(0, 3).join('/');
          if (active.has(partition) && active.get(partition) !== name) overlaps.push(partition);
          active.set(partition, name);
          (byRunner.get(name) ?? byRunner.set(name, new Set()).get(name)!).add(partition);
          await new Promise((r) => setImmediate(r));
          try {
            return await real.deleteBatch(entries, signal);
          } finally {
            active.delete(partition);
          }
        },
      };
    };
    const dbs = [createDb(PG_URL, { schema: h.tdb.schema }), createDb(PG_URL, { schema: h.tdb.schema })];
    cleanups.push(async () => void (await Promise.all(dbs.map((d) => d.destroy()))));
    const runners = ['r1', 'r2'].map((name, i) => new ExecutionRunner({ name, db: dbs[i], jobs: jobStore, audit: auditLog, outbox, archive: watched(name), tickets: h.app.tickets, catalog: async () => catalog, layouts: h.app.layouts, clock: () => new Date(h.now.t), logger: silentLogger, slackEnabled: false, concurrency: 3, leaseMs: 10_000 }));
    await Promise.all(runners.map((r) => r.drain()));
    await h.runner().drain(); // whichever finished last may have left the finish step to the next poll
    const done = await h.app.tickets.get(t.id);
    expect(done.status).toBe('completed');
    expect(overlaps).toEqual([]);
    const all = [...(byRunner.get('r1') ?? []), ...(byRunner.get('r2') ?? [])];
    expect(new Set(all).size).toBe(all.length); // no partition deleted by both
    const receipt = done.result!.receipt as { partitions: { objects: number }[] };
    expect(receipt.partitions.reduce((n, p) => n + p.objects, 0)).toBe(keys.length + 7); // + the fixture's day partitions of both sources
    expect((await h.archive.remaining()).filter((k) => k.startsWith('segment-logs/src_a2c4/'))).toEqual([]);
  });
});
