/**
 * Every Block Kit payload the desk can send — the card in every state and kind, with long and hostile
 * text, ~130 separate day ranges and 50 sources; the fallback card; thread notes; the Home tab; the
 * modals; slash-command answers — checked against Slack's documented limits and rules
 * (test/support/blockKit.ts). Plus what staff read on the card: what Approve does, the scope in words.
 */
import { describe, expect, it } from 'vitest';
import type { Ticket, TicketStatus } from '../../src/domain/ticket';
import { TICKET_STATUSES } from '../../src/domain/ticket';
import type { CatalogWorkspace } from '../../src/domain/catalog';
import type { RequestKind } from '../../src/domain/request';
import { CARD_ACTIONS, fallbackCard, threadNote, ticketCard, type CardPreview, type PreviewCount } from '../../src/domain/slack/card';
import { homeView, homeViewForOthers } from '../../src/domain/slack/home';
import { editModal, rejectModal, waiveModal, readEditSubmission } from '../../src/domain/slack/modals';
import { USAGE, parseSlashCommand } from '../../src/domain/slack/command';
import { boundedLines, clip, ticketListText } from '../../src/domain/slack/text';
import { blockKitProblems, mrkdwnEscapeProblems } from '../support/blockKit';

const NOW = new Date('2026-12-03T09:00:00Z');
const HOSTILE = 'Please <b>delete</b> a & b > c <https://evil.example|click> <!channel> ';

function ticket(patch: Partial<Ticket> = {}): Ticket {
  return {
    id: 7, kind: 'source_data', status: 'awaiting_approval', workspace: 'acme-inc', sources: ['ios-app'], space: null,
    ranges: [{ from: '2024-03-01', to: '2024-03-04' }], missing: [], ambiguities: [], notes: [], requester: 'ana@acme.example',
    createdBy: 'email:ana@acme.example', verification: { contact: true, auth: 'pass', spoofSuspected: false, overriddenBy: null },
    approvals: [], confirmation: { state: 'not_required', by: null, at: null, reason: null }, requestedAt: '2026-12-03T03:08:00.000Z', runAfter: null, deadline: null, rejectReason: null, cancelledBy: null,
    result: null, version: 3, createdAt: '2026-12-03T03:08:00.000Z', updatedAt: '2026-12-03T03:08:00.000Z', ...patch,
  };
}

const sources = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `src_${i}`, slug: `source-${String(i).padStart(2, '0')}`, name: `Source <${i}> & friends` }));
const ACME: CatalogWorkspace = {
  id: 'ws_acme_1', slug: 'acme-inc', name: 'Acme Inc', contacts: ['ana@acme.example'], deletedAt: null,
  sources: [{ id: 'src_91ab', slug: 'ios-app', name: 'iOS App' }, { id: 'src_w3e9', slug: 'web', name: 'Website' }],
  spaces: [{ id: 'spc_1', name: 'Marketing' }, { id: 'spc_2', name: 'Sales' }],
};
const BIG: CatalogWorkspace = { ...ACME, name: `Acme ${'Very Long Name '.repeat(20)}<&>`, sources: sources(50), spaces: Array.from({ length: 50 }, (_, i) => ({ id: `spc_${i}`, name: `Space ${i} <${'x'.repeat(40)}>` })) };

/** 130 separate two-day ranges (every third day): too many for one text input of the Edit modal. */
const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const manyRanges = Array.from({ length: 130 }, (_, i) => ({ from: day(i * 3), to: day(i * 3 + 1) }));

const breakdown = (srcs: string[], days: number): PreviewCount[] =>
  srcs.flatMap((source, s) => Array.from({ length: days }, (_, d) => ({ source, day: new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10), objects: s % 7 === 0 ? 0 : d + 1, bytes: (d + 1) * 1000 })));

const PREVIEWS: CardPreview[] = [
  { state: 'none' },
  { state: 'ready', partitions: 2, objects: 0, bytes: 0, breakdown: breakdown(['ios-app'], 2), truncated: 0 },
  { state: 'ready', partitions: 6500, objects: 123_456, bytes: 9e9, breakdown: breakdown(sources(50).map((s) => s.slug), 130), truncated: 0 },
  { state: 'ready', partitions: 9000, objects: 5, bytes: 10, breakdown: breakdown(['ios-app', 'web'], 1000), truncated: 7000 },
  { state: 'failed', error: `segment-logs/src_91ab/1709337600000/ (AccessDenied: <Error><Code>AccessDenied</Code>${'x'.repeat(5000)}</Error>) & more` },
];

const KINDS: RequestKind[] = ['source_data', 'unify_space', 'workspace_purge', 'archive_purge', 'account_purge', 'unknown'];

/** Tickets as hostile as a customer, a parser and an S3 bucket can make them. */
function extremes(kind: RequestKind, status: TicketStatus): Ticket[] {
  const base = ticket({ kind, status, space: kind === 'unify_space' ? 'Marketing' : null, sources: kind === 'source_data' ? ['ios-app'] : [], ranges: kind === 'source_data' ? [{ from: '2024-03-01', to: '2024-03-04' }] : [] });
  return [
    base,
    {
      ...base,
      workspace: null,
      sources: kind === 'source_data' ? sources(50).map((s) => s.slug) : [],
      ranges: kind === 'source_data' ? manyRanges : [],
      missing: ['workspace', 'source', 'days'],
      ambiguities: Array.from({ length: 40 }, (_, i) => `${i}: ${HOSTILE}${'could be March or April '.repeat(250)}`),
      requester: `"<script>"&${'a'.repeat(300)}@acme.example`,
      createdBy: `email:${'b'.repeat(400)}<x>@acme.example`,
      verification: { contact: false, auth: 'fail', spoofSuspected: true, overriddenBy: null },
      approvals: [{ by: 'staff:UALICE', at: '2026-12-03T08:00:00.000Z' }],
      confirmation: { state: 'waived', by: 'staff:UBOB', at: '2026-12-03T08:30:00.000Z', reason: HOSTILE.repeat(200) },
      rejectReason: HOSTILE.repeat(300),
      cancelledBy: 'staff:<ops & co>',
      result: { outcome: 'partial', summary: `segment-logs/src_91ab/1709337600000/ (AccessDenied: <Error>&</Error>) ${'y'.repeat(8000)}`, notes: Array.from({ length: 200 }, (_, i) => `note ${i} <${'z'.repeat(100)}>`) },
      evidence: { kind: 'delete', workspace: HOSTILE.repeat(50), sources: Array.from({ length: 60 }, (_, i) => ({ slug: `s${i}`, text: HOSTILE.repeat(10) })), space: HOSTILE, ranges: manyRanges.map((r) => ({ ...r, text: HOSTILE.repeat(3) })) },
      accountWorkspaces: Array.from({ length: 300 }, (_, i) => ({ slug: `ws-${i}`, name: `Workspace <${i}> & co ${'n'.repeat(50)}` })),
      parentId: 3,
      runAfter: '2026-12-08T03:08:00.000Z',
      deadline: '2026-12-01T00:00:00.000Z',
    },
  ];
}

/** Every kind × status × extreme, with every preview (and the biggest catalog entry), and every catalog answer. */
const WORKSPACES = [undefined, null, ACME, BIG];
const every = (fn: (t: Ticket, preview: CardPreview, ws: CatalogWorkspace | null | undefined) => void) => {
  for (const kind of KINDS) {
    for (const status of TICKET_STATUSES) {
      for (const t of extremes(kind, status)) {
        for (const preview of PREVIEWS) fn(t, preview, BIG);
        for (const ws of WORKSPACES) fn(t, PREVIEWS[2], ws);
      }
    }
  }
};

describe('the Block Kit checker', () => {
  it('finds what Slack refuses (so a clean result means something)', () => {
    const button = { type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'Approve' }, confirm: { title: { type: 'plain_text', text: 'Sure?' }, text: { type: 'mrkdwn', text: 'x' }, confirm: { type: 'plain_text', text: 'Yes' }, deny: { type: 'plain_text', text: 'No' } } };
    expect(blockKitProblems({ text: 'x', blocks: [{ type: 'actions', elements: [button] }] })).toEqual(['blocks[0].elements[0].confirm.text: must be plain_text']);
    expect(blockKitProblems({ text: 'x', blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) })).toEqual(['blocks: 51 blocks, Slack allows 50 in a message']);
    expect(blockKitProblems({ type: 'home', blocks: Array.from({ length: 100 }, () => ({ type: 'divider' })) }, 'home')).toEqual([]);
    expect(blockKitProblems({ text: 'x', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'a'.repeat(3001) } }] })[0]).toContain('3001 characters, Slack allows 3000');
    expect(blockKitProblems({ text: 'x', blocks: [{ type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'f' })) }] })[0]).toContain('11 fields');
    expect(blockKitProblems({ text: 'x', blocks: [{ type: 'header', text: { type: 'mrkdwn', text: 'h' } }] })[0]).toContain('must be plain_text');
    expect(blockKitProblems({ type: 'modal', title: { type: 'plain_text', text: 'A title that is far too long' }, blocks: [] }, 'modal')[0]).toContain('title.text: 28 characters, Slack allows 24');
    expect(mrkdwnEscapeProblems('`/deletion reject DEL-12 <reason>`')).toHaveLength(1);
    expect(mrkdwnEscapeProblems('a & b')).toHaveLength(1);
    expect(mrkdwnEscapeProblems('<@U123> <https://x.example|x> &lt;reason&gt; &amp;')).toEqual([]);
  });
});

describe('every payload the desk sends keeps to Slack limits', () => {
  it('the card, in every status and kind, with every preview, catalog answer and hostile extreme', () => {
    let checked = 0;
    every((t, preview, ws) => {
      const card = ticketCard(t, { preview, now: NOW, heldEmails: 3, archiveNote: `${HOSTILE}`.repeat(100), workspace: ws, graceDays: 5 });
      const problems = blockKitProblems(card, 'message');
      if (problems.length) throw new Error(`${t.kind}/${t.status}/${preview.state}: ${problems.slice(0, 5).join('; ')}`);
      checked += 1;
    });
    expect(checked).toBe(KINDS.length * TICKET_STATUSES.length * 2 * (PREVIEWS.length + WORKSPACES.length));
  });

  it('the fallback card and every thread note', () => {
    const actions = ['created', 'info', 'edited', 'approved', 'confirmed', 'confirmation_waived', 'rejected', 'cancelled', 'started', 'email_released', 'completed', 'partial', 'failed', 'something_new'];
    for (const kind of KINDS) {
      for (const t of extremes(kind, 'failed')) {
        expect(blockKitProblems(fallbackCard(t), 'message')).toEqual([]);
        for (const action of actions) {
          const note = threadNote({ action, actor: 'staff:<someone & co>' }, t);
          if (note !== null) expect(blockKitProblems({ text: note }, 'message'), action).toEqual([]);
        }
      }
    }
  });

  it('the Home tab with 500 tickets of every kind, and for people who are not staff', () => {
    const tickets = Array.from({ length: 500 }, (_, i) => {
      const [kind, status] = [KINDS[i % KINDS.length], (['awaiting_approval', 'scheduled', 'failed', 'partial', 'needs_info'] as const)[i % 5]];
      return { ...extremes(kind, status)[i % 2], id: i + 1, updatedAt: '2026-12-02T00:00:00.000Z', deadline: '2026-12-05T00:00:00.000Z' };
    });
    expect(blockKitProblems(homeView(tickets, NOW), 'home')).toEqual([]);
    expect(blockKitProblems(homeView([], NOW), 'home')).toEqual([]);
    expect(blockKitProblems(homeViewForOthers(), 'home')).toEqual([]);
  });

  it('the Reject, Edit and Waive modals, also for 130 ranges and 50 sources', () => {
    for (const kind of KINDS) {
      for (const t of extremes(kind, 'awaiting_approval')) {
        for (const view of [rejectModal(t), editModal(t), waiveModal(t)]) expect(blockKitProblems(view, 'modal')).toEqual([]);
      }
    }
  });

  it('slash-command answers: help, usage problems and lists of hostile tickets', () => {
    expect(blockKitProblems({ text: USAGE })).toEqual([]);
    for (const text of ['bogus<x>', 'list <&>', 'reject DEL-5', 'status']) {
      const c = parseSlashCommand(text);
      expect(c.type).toBe('usage');
      if (c.type === 'usage') expect(blockKitProblems({ text: `${c.problem}\n\n${USAGE}` })).toEqual([]);
    }
    const tickets = KINDS.flatMap((k) => TICKET_STATUSES.flatMap((s) => extremes(k, s)));
    expect(tickets.length).toBeGreaterThan(100);
    const list = ticketListText(tickets, 'Open tickets');
    expect(blockKitProblems({ text: list })).toEqual([]);
    expect(list).toContain('more (`deletion-desk tickets` lists them all)');
  });
});

describe('what the card says', () => {
  const text = (t: Ticket, o: Partial<Parameters<typeof ticketCard>[1]> = {}) => JSON.stringify(ticketCard(t, { preview: { state: 'none' }, now: NOW, workspace: ACME, ...o }).blocks);
  const approveButton = (t: Ticket, o: Partial<Parameters<typeof ticketCard>[1]> = {}) => {
    const actions = ticketCard(t, { preview: { state: 'ready', partitions: 4, objects: 1234, bytes: 5_400_000 }, now: NOW, workspace: ACME, ...o }).blocks.find((b) => b.type === 'actions') as { elements: { action_id: string; confirm?: { title: { text: string }; text: { type: string; text: string }; confirm: { text: string } } }[] };
    return actions.elements.find((e) => e.action_id === CARD_ACTIONS.approve)!;
  };

  it('a source deletion with both keys present: Approve deletes now, and the confirm dialog restates scope and counts', () => {
    expect(text(ticket())).toContain('Approve deletes now — irreversible');
    const confirm = approveButton(ticket()).confirm!;
    expect(confirm.title.text).toBe('Approve DEL-7?');
    expect(confirm.text.type).toBe('plain_text');
    expect(confirm.text.text).toBe('This deletes now and cannot be undone. Scope: ios-app of Acme Inc (acme-inc), 4 days in 1 range. Counted: 1,234 objects, 5.4 MB.');
    expect(confirm.confirm.text).toBe('Delete now');
  });

  it('a purge: Approve schedules it 5 days from the request, cancellable until then', () => {
    const purge = ticket({ kind: 'workspace_purge', sources: [], ranges: [], approvals: [{ by: 'staff:UALICE', at: '' }] });
    expect(text(purge)).toContain('*Approve* schedules it: runs after Tue 8 Dec 2026, 03:08 UTC (5 days from the request), cancellable until then.');
    expect(approveButton(purge).confirm!.text.text).toContain('Runs after Tue 8 Dec 2026, 03:08 UTC; cancellable until then. Scope: the whole workspace Acme Inc (acme-inc): 2 sources and 2 spaces');
    // The first of two approvals only records it.
    expect(text({ ...purge, approvals: [] })).toContain('records your approval (1 of 2); a second staff member must approve too. Nothing is deleted yet.');
    // Confirmation still pending: nothing runs until the customer confirms.
    expect(text({ ...purge, confirmation: { state: 'pending', by: null, at: null, reason: null } })).toContain('nothing runs until a contact of the workspace confirms');
  });

  it("the Approve dialog never promises a run time that approving will not bring about", () => {
    const pending = { state: 'pending' as const, by: null, at: null, reason: null };
    expect(approveButton(ticket({ confirmation: pending })).confirm!.text.text).toMatch(/^Nothing runs until a contact of the workspace confirms the scope \(or staff waive it\)\. Scope: ios-app of Acme Inc/);
    const firstOfTwo = ticket({ kind: 'workspace_purge', sources: [], ranges: [], approvals: [] });
    expect(approveButton(firstOfTwo).confirm!.text.text).toMatch(/^This records your approval; a second staff member must approve too\. Scope: the whole workspace/);
  });

  it('names the workspace and its id, and for purges every source and space', () => {
    const purge = text(ticket({ kind: 'workspace_purge', sources: [], ranges: [] }));
    expect(purge).toContain('Acme Inc (acme-inc, id `ws_acme_1`)');
    expect(purge).toContain('*Removes every source (2):* iOS App (ios-app), Website (web)');
    expect(purge).toContain('*And every space (2):* Marketing, Sales');
    const big = text(ticket({ kind: 'workspace_purge', sources: [], ranges: [] }), { workspace: BIG });
    expect(big).toMatch(/…and \d+ more sources/);
    expect(text(ticket(), { workspace: null })).toContain('acme-inc _(not in the catalog)_');
  });

  it('days with weekdays and counts; 130 ranges are summarised', () => {
    expect(text(ticket())).toContain('Fri 1 Mar 2024 – Mon 4 Mar 2024, 4 days');
    const many = text(ticket({ ranges: manyRanges }));
    expect(many).toMatch(/…and \d+ more ranges/);
    expect(many).toContain('260 days in 130 ranges (UTC)');
  });

  it('per-source and day counts from the preview, with empty scopes flagged', () => {
    const preview: CardPreview = { state: 'ready', partitions: 3, objects: 12, bytes: 1701, breakdown: [{ source: 'ios-app', day: '2024-03-01', objects: 12, bytes: 1701 }, { source: 'web', day: '2024-03-01', objects: 0, bytes: 0 }, { source: 'web', day: '2024-03-02', objects: 0, bytes: 0 }], truncated: 0 };
    const card = text(ticket({ sources: ['ios-app', 'web', 'android'] }), { preview });
    expect(card).toContain('*ios-app*: 12 objects, 1.7 kB — Fri 1 Mar 2024: 12');
    expect(card).toContain('*web*: :warning: nothing stored there (2 partitions, 0 objects)');
    expect(card).toContain('*android*: :warning: nothing stored there');
    expect(text(ticket(), { preview: { state: 'ready', partitions: 2, objects: 0, bytes: 0 } })).toContain('*Nothing stored there:* approving deletes nothing');
  });

  it('verification in honest words', () => {
    expect(text(ticket({ verification: { contact: true, auth: 'none', spoofSuspected: false, overriddenBy: null } }))).toContain(':large_yellow_circle: contact of the workspace; sender not authenticated (no DKIM/DMARC results)');
    expect(text(ticket())).toContain(':white_check_mark: contact of the workspace; sender authenticated (DKIM/DMARC pass)');
    expect(text(ticket({ verification: { contact: false, auth: 'pass', spoofSuspected: false, overriddenBy: null } }))).toContain(':warning: *UNVERIFIED*: *not a contact* of the workspace');
  });

  it("escapes the customer's words and S3 errors", () => {
    const card = text(ticket({ ambiguities: ['a <b> & c'] }), { preview: { state: 'failed', error: 'AccessDenied: <Error>' } });
    expect(card).toContain('a &lt;b&gt; &amp; c');
    expect(card).toContain('AccessDenied: &lt;Error&gt;');
  });
});

describe('bounding text', () => {
  it('cuts at a word and never inside an escape', () => {
    expect(clip('one two three four', 12)).toBe('one two…');
    expect(clip('aaaa &amp; bbbb', 9)).toBe('aaaa…');
    expect(clip('short', 10)).toBe('short');
  });

  it('counts what does not fit', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i}`);
    const out = boundedLines(lines, 100, { noun: 'lines' });
    expect(out.length).toBeLessThanOrEqual(100);
    const shown = out.split('\n').length - 1;
    expect(out.endsWith(`…and ${100 - shown} more lines`)).toBe(true);
  });

  it('the Home tab cuts long lines at a word boundary', () => {
    const long = ticket({ id: 1, workspace: `acme ${'wonderful '.repeat(100)}inc` });
    const section = homeView([long], NOW).blocks.find((b) => b.type === 'section' && JSON.stringify(b).includes('DEL-1')) as { text: { text: string } };
    expect(section.text.text).toMatch(/wonderful…/);
    expect(section.text.text).not.toMatch(/wonderfu…|wonderf…/);
  });

  it('the Edit modal keeps 130 ranges it cannot show when the field is left empty', () => {
    const t = ticket({ ranges: manyRanges });
    const view = editModal(t);
    expect(JSON.parse(view.private_metadata!)).toMatchObject({ keepDays: true });
    const values = { kind: { value: { type: 'static_select', selected_option: { value: 'source_data' } } }, workspace: { value: { type: 'plain_text_input', value: 'acme-inc' } }, sources: { value: { type: 'plain_text_input', value: 'ios-app' } }, space: { value: { type: 'plain_text_input', value: '' } }, days: { value: { type: 'plain_text_input', value: '' } } };
    const catalog = { workspaces: [ACME] };
    const kept = readEditSubmission(values, catalog, { keepDays: true });
    expect(kept.ok && kept.patch.ranges).toBeUndefined();
    expect(kept.ok).toBe(true);
    expect(readEditSubmission(values, catalog).ok).toBe(false);
  });
});
