/**
 * The tickets the pictures are made of: every customer email in the states it is sent in, and the
 * Slack card in every ticket state. One workspace (Acme Inc, five sources), realistic words, a
 * 3-year purge receipt, so the pictures show what people really get.
 */
import type { CustomerEmail, Ticket } from '../../src/domain/ticket';
import type { CatalogWorkspace } from '../../src/domain/catalog';
import type { EmailContext } from '../../src/domain/email/render';
import type { CardPreview } from '../../src/domain/slack/card';
import { sha256Hex } from '../../src/domain/execution/receipt';

export const ACME: CatalogWorkspace = {
  id: 'ws_8f2k1', slug: 'acme-inc', name: 'Acme Inc', contacts: ['ana@acme.example', 'ops@acme.example'], deletedAt: null,
  sources: [
    { id: 'src_91ab', slug: 'ios-app', name: 'iOS App' },
    { id: 'src_a2c4', slug: 'android', name: 'Android App' },
    { id: 'src_w3e9', slug: 'web', name: 'Website' },
    { id: 'src_s4d1', slug: 'server', name: 'Server API' },
    { id: 'src_k7p2', slug: 'kiosk', name: 'Store Kiosk' },
  ],
  spaces: [{ id: 'spa_77', name: 'Default Space' }, { id: 'spa_78', name: 'Marketing' }],
};

export const NOW = new Date('2024-03-12T10:20:00Z');

function ticket(patch: Partial<Ticket> = {}): Ticket {
  return {
    id: 12, kind: 'source_data', status: 'awaiting_approval', workspace: 'acme-inc', sources: ['ios-app'], space: null,
    ranges: [{ from: '2024-03-01', to: '2024-03-03' }], missing: [], ambiguities: [], notes: ['the sender is a contact of workspace acme-inc', 'dates are UTC days'],
    requester: 'ana@acme.example', createdBy: 'email:ana@acme.example',
    verification: { contact: true, auth: 'pass', spoofSuspected: false, overriddenBy: null },
    approvals: [], confirmation: { state: 'pending', by: null, at: null, reason: null },
    evidence: { kind: 'please delete', workspace: 'acme-inc', sources: [{ slug: 'ios-app', text: 'our iOS app' }], space: null, ranges: [{ from: '2024-03-01', to: '2024-03-03', text: 'March 1-3' }] },
    requestedAt: '2024-03-12T10:15:00.000Z', runAfter: null, deadline: null, rejectReason: null, cancelledBy: null, result: null,
    version: 3, createdAt: '2024-03-12T10:15:00.000Z', updatedAt: '2024-03-12T10:15:00.000Z', ...patch,
  };
}

const CONFIRMED = { state: 'confirmed' as const, by: 'email:ana@acme.example', at: '2024-03-12T11:02:00.000Z', reason: null };
const APPROVED = [{ by: 'staff:U024BE7LH', at: '2024-03-12T11:30:00.000Z' }];

function purge(patch: Partial<Ticket> = {}): Ticket {
  return ticket({
    kind: 'workspace_purge', sources: [], ranges: [], deadline: '2024-04-11T10:15:00.000Z',
    evidence: { kind: 'delete our workspace and all our data', workspace: 'acme-inc', sources: [], space: null, ranges: [] },
    ...patch,
  });
}

/** Every source of Acme, every UTC day of 2021–2023: what a 3-year purge deletes. */
function threeYearReceipt() {
  const partitions = [];
  for (const s of ACME.sources) {
    for (let d = Date.parse('2021-01-01T00:00:00Z'); d <= Date.parse('2023-12-31T00:00:00Z'); d += 86_400_000) {
      const day = new Date(d).toISOString().slice(0, 10);
      partitions.push({ source: s.slug, day, objects: 24, bytes: 3_481_600, prefix: `segment-logs/${s.id}/${d}/`, sha256: sha256Hex(`${s.id}/${d}`) });
    }
  }
  partitions.push({ source: 'space: Default Space', day: 'all', objects: 112, bytes: 40_960_000, prefix: 'unify/spa_77/', sha256: sha256Hex('spa_77') });
  return { sha256: sha256Hex('receipt'), startedAt: '2024-03-17T10:15:00.000Z', finishedAt: '2024-03-17T11:41:09.000Z', partitions };
}

const SMALL_RECEIPT = {
  sha256: sha256Hex('small'), startedAt: '2024-03-12T11:30:02.000Z', finishedAt: '2024-03-12T11:30:09.000Z',
  partitions: [
    { source: 'ios-app', day: '2024-03-01', objects: 5, bytes: 1_201, prefix: 'segment-logs/src_91ab/1709251200000/', sha256: sha256Hex('1') },
    { source: 'ios-app', day: '2024-03-02', objects: 4, bytes: 300, prefix: 'segment-logs/src_91ab/1709337600000/', sha256: sha256Hex('2') },
    { source: 'ios-app', day: '2024-03-03', objects: 3, bytes: 200, prefix: 'segment-logs/src_91ab/1709424000000/', sha256: sha256Hex('3') },
  ],
};

const FAILURE = { prefix: 'segment-logs/src_91ab/1709424000000/', source: 'ios-app', day: '2024-03-03', error: 'AccessDenied: Access Denied' };

export interface EmailSample {
  name: string;
  template: CustomerEmail;
  ctx: Omit<EmailContext, 'supportAddress' | 'productName' | 'graceDays'>;
}

export function emailSamples(): EmailSample[] {
  const w = { workspace: ACME, replyToSubject: 'Please delete our iOS data' };
  return [
    { name: 'received-confirm', template: 'received', ctx: { ...w, ticket: ticket() } },
    { name: 'received-purge', template: 'received', ctx: { ...w, ticket: purge() } },
    { name: 'received-not-a-contact', template: 'received', ctx: { ...w, ticket: ticket({ requester: 'eve@contractor.example', verification: { contact: false, auth: 'pass', spoofSuspected: false, overriddenBy: null } }), audience: 'stranger' } },
    {
      name: 'needs_info', template: 'needs_info',
      ctx: { ...w, ticket: ticket({ status: 'needs_info', ranges: [], missing: ['time frame'], ambiguities: ['"4/3" could be 4 March or 3 April — which one is meant?'], ambiguityFields: ['ranges'] }) },
    },
    { name: 'confirm', template: 'confirm', ctx: { ...w, ticket: ticket({ requester: 'eve@contractor.example' }) } },
    { name: 'scheduled-purge', template: 'scheduled', ctx: { ...w, ticket: purge({ status: 'scheduled', confirmation: CONFIRMED, approvals: [...APPROVED, { by: 'staff:U0G9QF9C6', at: '2024-03-12T12:00:00.000Z' }], runAfter: '2024-03-17T10:15:00.000Z' }) } },
    { name: 'scheduled-now', template: 'scheduled', ctx: { ...w, ticket: ticket({ status: 'scheduled', confirmation: CONFIRMED, approvals: APPROVED, runAfter: '2024-03-12T11:30:00.000Z' }) } },
    { name: 'updated', template: 'updated', ctx: { ...w, ticket: ticket({ ranges: [{ from: '2024-03-01', to: '2024-03-04' }] }), data: { changes: ['ranges: 2024-03-01..2024-03-03 → 2024-03-01..2024-03-04'] } } },
    { name: 'rejected', template: 'rejected', ctx: { ...w, ticket: ticket({ status: 'rejected', rejectReason: 'These days are under a legal hold until 30 June 2024. Please write again after that date.' }) } },
    { name: 'cancelled', template: 'cancelled', ctx: { ...w, ticket: purge({ status: 'cancelled', cancelledBy: 'email:ana@acme.example' }) } },
    { name: 'completed', template: 'completed', ctx: { ...w, ticket: ticket({ status: 'completed', confirmation: CONFIRMED, approvals: APPROVED, result: { outcome: 'completed', summary: '', receipt: SMALL_RECEIPT, failures: [] } }) } },
    { name: 'completed-3-year-purge', template: 'completed', ctx: { ...w, ticket: purge({ status: 'completed', confirmation: CONFIRMED, result: { outcome: 'completed', summary: '', receipt: threeYearReceipt(), failures: [] } }) } },
    { name: 'partial', template: 'completed', ctx: { ...w, ticket: ticket({ status: 'partial', result: { outcome: 'partial', summary: '', receipt: { ...SMALL_RECEIPT, partitions: SMALL_RECEIPT.partitions.slice(0, 2) }, failures: [FAILURE] } }) } },
    { name: 'failed', template: 'completed', ctx: { ...w, ticket: ticket({ status: 'failed', result: { outcome: 'failed', summary: '', failures: [FAILURE] } }) } },
    {
      name: 'status', template: 'status',
      ctx: { ...w, ticket: ticket({ kind: 'status' }), data: { tickets: [purge({ id: 7, status: 'scheduled', runAfter: '2024-03-17T10:15:00.000Z' }), ticket({ id: 12, status: 'awaiting_approval' })] } },
    },
    { name: 'user_data', template: 'user_data', ctx: { ...w, ticket: ticket({ kind: 'user_data', workspace: null, sources: [], ranges: [] }) } },
    { name: 'account_opened', template: 'account_opened', ctx: { ...w, ticket: ticket({ kind: 'account_purge', workspace: null, status: 'scheduled', confirmation: CONFIRMED }), data: { children: [{ ref: 'DEL-13', label: 'Acme Inc (acme-inc)' }, { ref: 'DEL-14', label: 'Acme Labs (acme-labs)' }] } } },
    { name: 'account_not_admin', template: 'account_not_admin', ctx: { ...w, ticket: ticket({ kind: 'account_purge', workspace: null }) } },
  ];
}

export interface CardSample {
  name: string;
  ticket: Ticket;
  preview: CardPreview;
}

const PREVIEW: CardPreview = { state: 'ready', partitions: 3, objects: 12, bytes: 1_701 };

export function cardSamples(): CardSample[] {
  return [
    { name: 'needs_info', ticket: ticket({ status: 'needs_info', ranges: [], missing: ['time frame'], ambiguities: ['"4/3" could be 4 March or 3 April — which one is meant?'] }), preview: { state: 'none' } },
    { name: 'awaiting_approval', ticket: ticket(), preview: PREVIEW },
    { name: 'awaiting_approval-purge', ticket: purge({ confirmation: CONFIRMED }), preview: { state: 'ready', partitions: 5_480, objects: 131_520, bytes: 19_079_168_000 } },
    { name: 'approved-waiting-confirmation', ticket: ticket({ approvals: APPROVED }), preview: PREVIEW },
    { name: 'scheduled', ticket: purge({ status: 'scheduled', confirmation: CONFIRMED, approvals: [...APPROVED, { by: 'staff:U0G9QF9C6', at: '2024-03-12T12:00:00.000Z' }], runAfter: '2024-03-17T10:15:00.000Z' }), preview: { state: 'ready', partitions: 5_480, objects: 131_520, bytes: 19_079_168_000 } },
    { name: 'running', ticket: ticket({ status: 'running', confirmation: CONFIRMED, approvals: APPROVED, runAfter: '2024-03-12T11:30:00.000Z' }), preview: PREVIEW },
    { name: 'completed', ticket: ticket({ status: 'completed', confirmation: CONFIRMED, approvals: APPROVED, result: { outcome: 'completed', summary: 'Deleted 12 objects (1.7 kB) in 3 partitions; verified: nothing remains in scope.', receipt: SMALL_RECEIPT, failures: [] } }), preview: PREVIEW },
    { name: 'partial', ticket: ticket({ status: 'partial', confirmation: CONFIRMED, approvals: APPROVED, result: { outcome: 'partial', summary: 'Deleted 9 objects (1.5 kB) in 2 partitions; 1 partition could not be deleted: segment-logs/src_91ab/1709424000000/ (AccessDenied: Access Denied).', receipt: SMALL_RECEIPT, failures: [FAILURE] } }), preview: PREVIEW },
    { name: 'failed', ticket: ticket({ status: 'failed', confirmation: CONFIRMED, approvals: APPROVED, result: { outcome: 'failed', summary: 'Nothing could be deleted: segment-logs/src_91ab/1709424000000/ (AccessDenied: Access Denied).', failures: [FAILURE] } }), preview: PREVIEW },
    { name: 'rejected', ticket: ticket({ status: 'rejected', rejectReason: 'Legal hold until 30 June 2024.' }), preview: PREVIEW },
    { name: 'cancelled', ticket: purge({ status: 'cancelled', cancelledBy: 'email:ana@acme.example' }), preview: PREVIEW },
  ];
}
