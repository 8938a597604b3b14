/** `deletion-desk tickets` (the list) and `deletion-desk show DEL-n` (one ticket with its history). */
import { parseArgs } from 'node:util';
import { AppError } from '../errors';
import type { App } from '../main';
import { auditForTicket } from '../adapters/db/auditLog';
import { heldEmails, threadOf } from '../adapters/db/messageStore';
import { jobStore } from '../adapters/db/jobStore';
import { TICKET_STATUSES, type TicketStatus } from '../domain/ticket';
import { archivePurgeNote } from '../domain/legacyArchive';
import { findWorkspace } from '../domain/catalog';
import { heldLine, ticketJson, ticketLine, ticketText } from './format';
import { didYouMean } from './suggest';
import { ticketIdArg, withApp, type Command } from './command';

/** A desk after years holds tens of thousands of tickets: the listing shows the newest by default. */
const TICKETS_DEFAULT_LIMIT = 200;

export const ticketsCommand: Command = {
  usage: 'tickets [--status S] [--workspace SLUG] [--limit N] [--json]',
  summary: `list tickets, newest first (the newest ${TICKETS_DEFAULT_LIMIT}; --limit N for more)`,
  run: async (args, io) => {
    const { values } = parseArgs({ args, options: { status: { type: 'string' }, workspace: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } } });
    const limit = values.limit === undefined ? TICKETS_DEFAULT_LIMIT : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new AppError('bad_input', `--limit must be a whole number of tickets, 1 or more (got "${values.limit}")`);
    const statuses = values.status ? values.status.split(',').map((s) => s.trim()) : undefined;
    for (const s of statuses ?? []) {
      if (!(TICKET_STATUSES as readonly string[]).includes(s)) throw new AppError('bad_input', `unknown status "${s}": expected one of ${TICKET_STATUSES.join(', ')}`);
    }
    return withApp(io, async (app) => {
      if (values.workspace) await requireKnownWorkspace(app, values.workspace);
      // One more than asked: tells whether older tickets were left out, without counting them all.
      const list = await app.tickets.list({ status: statuses as TicketStatus[] | undefined, workspace: values.workspace, limit: limit + 1 });
      const more = list.length > limit;
      if (more) list.length = limit;
      const held = countBy((await heldEmails(app.db, list.map((t) => t.id))).map((h) => h.ticketId));
      if (values.json) for (const t of list) io.stdout(JSON.stringify(ticketJson(t, { heldEmails: held.get(t.id) ?? 0 })));
      else if (list.length === 0) io.stdout('no tickets');
      else for (const t of list) io.stdout(ticketLine(t, held.get(t.id) ?? 0));
      // On stderr: with --json, stdout stays one ticket per line.
      if (more) io.stderr(`showing the newest ${limit} tickets; older ones exist (--limit N shows more, --status/--workspace narrow the list)`);
      return 0;
    });
  },
};

/** `--workspace nope` must not answer "no tickets" as if the workspace existed and were quiet. */
async function requireKnownWorkspace(app: App, wanted: string): Promise<void> {
  const { catalog } = await app.catalog.get();
  const needle = wanted.trim().toLowerCase();
  if (catalog.workspaces.some((w) => w.slug === needle || w.id.toLowerCase() === needle)) return;
  const hint = didYouMean(needle, catalog.workspaces.map((w) => w.slug));
  throw new AppError('not_found', `there is no workspace "${wanted}" in the catalog.${hint || (catalog.workspaces.length ? '' : ' The catalog is empty: import one with `deletion-desk catalog import FILE`.')}`);
}

export const showCommand: Command = {
  usage: 'show DEL-n [--json]',
  summary: 'one ticket with its history',
  run: async (args, io) => {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    const id = ticketIdArg(positionals[0], 'show DEL-n [--json]');
    return withApp(io, async (app) => {
      const t = await app.tickets.get(id);
      const { executionProgress, progressText } = await import('../services/executorProgress');
      const progress = await executionProgress({ db: app.db, clock: app.clock, jobs: jobStore }, id);
      const held = await heldEmails(app.db, [id]);
      const children = t.kind === 'account_purge' ? (await app.tickets.list({ parentId: t.id })).sort((a, b) => a.id - b.id) : [];
      // The legacy archive rule, for archive purges: staff see whether the archive should still exist.
      const archive = archivePurgeNote(t.kind, findWorkspace((await app.catalog.get()).catalog, t.workspace), app.config.legacyArchiveCutoff);
      if (values.json) {
        io.stdout(JSON.stringify({ ...ticketJson(t, { progress, heldEmails: held.length, children }), ...(archive ? { archiveStanding: archive.standing } : {}) }));
        return 0;
      }
      io.stdout(ticketText(t, children));
      const heldNote = heldLine(held);
      if (heldNote) io.stdout(heldNote);
      if (archive) io.stdout(`archive:   ${archive.staff}`);
      if (progress) io.stdout(progressText(progress));
      io.stdout('\nhistory:');
      for (const e of await auditForTicket(app.db, id)) io.stdout(`  ${e.at}  ${e.action.padEnd(14)} ${e.actor}${summarizeDetail(e.detail)}`);
      io.stdout('\nemails:');
      for (const m of await threadOf(app.db, id)) io.stdout(`  ${m.createdAt}  ${m.direction === 'in' ? `from ${m.from ?? '?'}` : `to   ${m.to ?? '?'}`}  ${m.subject ?? ''}  [${m.outcome}]`);
      return 0;
    });
  },
};

function summarizeDetail(detail: Record<string, unknown>): string {
  const keys = ['reason', 'runAfter', 'error', 'changes', 'summary'].filter((k) => detail[k] !== undefined && detail[k] !== null);
  return keys.length ? `  ${keys.map((k) => `${k}: ${Array.isArray(detail[k]) ? (detail[k] as unknown[]).join('; ') : String(detail[k])}`).join(', ')}` : '';
}

function countBy<T>(items: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}
