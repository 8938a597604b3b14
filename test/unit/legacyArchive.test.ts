/**
 * The legacy archive cutoff: an archive purge of a workspace deleted before LEGACY_ARCHIVE_CUTOFF goes
 * on as always; for one deleted on or after it (or not deleted) the customer — a contact only — is told
 * that the complete data purge already removed the data, and staff see so on the card (with the preview
 * of anything left, and the approve button still there).
 */
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/domain/ticket';
import type { CatalogWorkspace } from '../../src/domain/catalog';
import { archivePurgeNote } from '../../src/domain/legacyArchive';
import { renderCustomerEmail } from '../../src/domain/email/render';
import { ticketCard } from '../../src/domain/slack/card';
import { loadEmailTemplates } from '../../src/services/emailTemplates';
import { loadConfig } from '../../src/config';

const templates = await loadEmailTemplates();

function ticket(patch: Partial<Ticket> = {}): Ticket {
  return {
    id: 7, kind: 'archive_purge', status: 'awaiting_approval', workspace: 'old-co', sources: [], space: null,
    ranges: [], missing: [], ambiguities: [], notes: [], requester: 'ana@old.example',
    createdBy: 'email:ana@old.example', verification: { contact: true, auth: 'pass', spoofSuspected: false, overriddenBy: null },
    approvals: [], confirmation: { state: 'pending', by: null, at: null, reason: null }, requestedAt: '2024-04-01T09:00:00.000Z', runAfter: null, deadline: '2024-05-01T09:00:00.000Z', rejectReason: null, cancelledBy: null,
    result: null, version: 1, createdAt: '2024-04-01T09:00:00.000Z', updatedAt: '2024-04-01T09:00:00.000Z', ...patch,
  };
}

const workspace = (deletedAt: string | null): CatalogWorkspace => ({ id: 'ws_old', slug: 'old-co', name: 'Old Co', contacts: ['ana@old.example'], deletedAt, sources: [{ id: 'src_1', slug: 'web', name: 'Web' }], spaces: [] });

describe('archivePurgeNote', () => {
  it.each([
    ['deleted the day before the cutoff', '2022-03-30', 'legacy'],
    ['deleted on the cutoff', '2022-03-31', 'purged_already'],
    ['deleted after it', '2023-06-01', 'purged_already'],
    ['not deleted', null, 'not_deleted'],
  ] as const)('%s → %s', (_label, deletedAt, standing) => {
    expect(archivePurgeNote('archive_purge', workspace(deletedAt), '2022-03-31')?.standing).toBe(standing);
  });

  it('says nothing for other kinds or an unknown workspace', () => {
    expect(archivePurgeNote('workspace_purge', workspace('2023-06-01'), '2022-03-31')).toBeNull();
    expect(archivePurgeNote('archive_purge', undefined, '2022-03-31')).toBeNull();
  });

  it('follows LEGACY_ARCHIVE_CUTOFF', () => {
    expect(loadConfig({}).legacyArchiveCutoff).toBe('2022-03-31');
    const cutoff = loadConfig({ LEGACY_ARCHIVE_CUTOFF: '2023-12-31' }).legacyArchiveCutoff;
    expect(archivePurgeNote('archive_purge', workspace('2023-06-01'), cutoff)?.standing).toBe('legacy');
    expect(() => loadConfig({ LEGACY_ARCHIVE_CUTOFF: '2022-02-30' })).toThrow(/LEGACY_ARCHIVE_CUTOFF="2022-02-30" is not valid: expected a date as YYYY-MM-DD/);
  });
});

describe('what the customer reads', () => {
  const received = (t: Ticket, ws: CatalogWorkspace) =>
    renderCustomerEmail(templates, 'received', { ticket: t, supportAddress: 'deletions@desk.example', productName: 'Segment', graceDays: 5, workspace: ws, legacyArchiveCutoff: '2022-03-31' });

  it('a workspace deleted after the cutoff: the complete data purge already removed the data', () => {
    const email = received(ticket(), workspace('2023-06-01'));
    for (const body of [email.text, email.html]) {
      expect(body).toContain('was deleted on 1 June 2023. Workspaces deleted on or after 31 March 2022 went through our complete data purge, which already removed their archived data');
    }
  });

  it('a legacy workspace: the usual acknowledgement, no such sentence', () => {
    expect(received(ticket(), workspace('2021-11-02')).text).not.toContain('complete data purge, which already removed');
  });

  it('a workspace that is not deleted is told how to ask for a complete purge', () => {
    expect(received(ticket(), workspace(null)).text).toContain('has not been deleted');
  });

  it('someone who is not a contact learns nothing about the workspace', () => {
    const stranger = ticket({ requester: 'eve@else.example', verification: { contact: false, auth: 'none', spoofSuspected: false, overriddenBy: null } });
    const text = received(stranger, workspace('2023-06-01')).text;
    expect(text).not.toContain('1 June 2023');
    expect(text).not.toContain('already removed');
  });
});

describe('what staff see', () => {
  it('the card says so, keeps the preview and the approve button', () => {
    const note = archivePurgeNote('archive_purge', workspace('2023-06-01'), '2022-03-31')!.staff;
    const card = ticketCard(ticket(), { preview: { state: 'ready', partitions: 2, objects: 5, bytes: 120 }, now: new Date('2024-04-02T00:00:00Z'), archiveNote: note });
    const text = JSON.stringify(card.blocks);
    expect(text).toContain('on or after the legacy cutoff (31 March 2022): the complete data purge should already have removed its archive');
    expect(text).toContain('5 objects, 120 bytes in 2 partitions');
    expect(text).toContain('ticket_approve');
  });
});
