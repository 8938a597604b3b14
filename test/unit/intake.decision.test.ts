import { describe, expect, it } from 'vitest';
import { decideIntake, intakeDisposition, type IntakeFacts } from '../../src/domain/intake';
import type { Ticket } from '../../src/domain/ticket';
import type { ParseResult } from '../../src/domain/request';
import type { Catalog } from '../../src/domain/catalog';

const catalog: Catalog = {
  workspaces: [{ id: 'ws_1', slug: 'acme-inc', name: 'Acme', contacts: ['ana@acme.example', 'ops@acme.example'], deletedAt: null, sources: [{ id: 's1', slug: 'ios-app', name: 'iOS App' }], spaces: [] }],
};

function ticket(over: Partial<Ticket> = {}): Ticket {
  return {
    id: 7, kind: 'source_data', status: 'needs_info', workspace: 'acme-inc', sources: ['ios-app'], space: null, ranges: [], missing: ['time frame'], ambiguities: [], notes: [],
    requester: 'ana@acme.example', createdBy: 'email:ana@acme.example', verification: { contact: true, auth: 'none', spoofSuspected: false, overriddenBy: null },
    approvals: [], confirmation: { state: 'pending', by: null, at: null, reason: null }, requestedAt: '2024-03-12T10:00:00.000Z', runAfter: null, deadline: null, rejectReason: null, cancelledBy: null, result: null, version: 1,
    createdAt: '2024-03-12T10:00:00.000Z', updatedAt: '2024-03-12T10:00:00.000Z', ...over,
  };
}

function parse(over: Partial<ParseResult> = {}): ParseResult {
  return { kind: 'source_data', workspace: null, sources: [], space: null, ranges: [], ticket: null, missing: [], ambiguities: [], notes: [], ...over };
}

function facts(over: Partial<IntakeFacts>): IntakeFacts {
  return { sender: 'ana@acme.example', parse: parse(), thread: null, referenced: null, workspaceOpen: [], catalog, ...over };
}

describe('what intake does with a message', () => {
  it.each<[string, Partial<IntakeFacts>, string]>([
    ['a new request', {}, 'create'],
    ['the requester answers in the thread', { thread: ticket() }, 'info'],
    ['another contact answers in the thread', { sender: 'ops@acme.example', thread: ticket() }, 'info'],
    ['a stranger writes into the thread', { sender: 'eve@evil.example', thread: ticket() }, 'note'],
    ['thanks on a scheduled ticket', { thread: ticket({ status: 'scheduled' }) }, 'note'],
    ['a complete new request in the thread of a finished ticket', { thread: ticket({ status: 'completed' }) }, 'create'],
    ['the requester names DEL-7 in a new mail', { referenced: ticket() }, 'info'],
    ['a stranger names DEL-7 in a new mail', { sender: 'eve@evil.example', referenced: ticket() }, 'create'],
    ['a contact asks for the status', { sender: 'ops@acme.example', parse: parse({ kind: 'status' }), referenced: ticket() }, 'status'],
    ['a stranger asks for the status', { sender: 'eve@evil.example', parse: parse({ kind: 'status' }), referenced: ticket() }, 'refuse'],
    ['a contact cancels the open tickets of the workspace', { parse: parse({ kind: 'cancel', workspace: 'acme-inc' }), workspaceOpen: [ticket(), ticket({ id: 8, status: 'scheduled' })] }, 'cancel'],
    ['a contact cancels a running deletion', { parse: parse({ kind: 'cancel' }), referenced: ticket({ status: 'running' }) }, 'refuse'],
    ['status without any ticket to point at', { parse: parse({ kind: 'status' }) }, 'refuse'],
    ['a contact cancels, but the mail fails DMARC for its From domain', { parse: parse({ kind: 'cancel' }), referenced: ticket(), spoofSuspected: true }, 'refuse'],
    ['a contact asks for the status, mail failing DMARC (answered to the From address only)', { sender: 'ops@acme.example', parse: parse({ kind: 'status' }), referenced: ticket(), spoofSuspected: true }, 'status'],
    ['new details from the requester, mail failing DMARC (verification records it)', { thread: ticket(), spoofSuspected: true }, 'info'],
  ])('%s → %s', (_name, over, expected) => {
    expect(decideIntake(facts(over)).type).toBe(expected);
  });

  it('cancels every open ticket of the workspace a contact names', () => {
    const action = decideIntake(facts({ parse: parse({ kind: 'cancel', workspace: 'acme-inc' }), workspaceOpen: [ticket(), ticket({ id: 8, status: 'scheduled' }), ticket({ id: 9, status: 'running' })] }));
    expect(action.type === 'cancel' && action.tickets.map((t) => t.id)).toEqual([7, 8]);
  });

  it('a possibly spoofed cancellation changes nothing and says why, naming no ticket', () => {
    const action = decideIntake(facts({ parse: parse({ kind: 'cancel' }), referenced: ticket(), spoofSuspected: true }));
    expect(action).toMatchObject({ type: 'refuse', ticket: null, reason: 'cancel from a possibly spoofed sender' });
    expect(action.type === 'refuse' && action.notice).toMatch(/failed DMARC\), so it changed nothing/);
  });

  it('explains why a running deletion can no longer be cancelled', () => {
    const action = decideIntake(facts({ parse: parse({ kind: 'cancel' }), referenced: ticket({ status: 'running' }) }));
    expect(action.type === 'refuse' && action.notice).toMatch(/DEL-7 can no longer be cancelled: the deletion has already started/);
  });
});

describe('where a channel puts a message after intake (IMAP and the maildrop alike)', () => {
  it.each<[string, Parameters<typeof intakeDisposition>[0], ReturnType<typeof intakeDisposition>]>([
    ['a new ticket', { outcome: 'created', messageKey: 'a' }, 'processed'],
    ['a duplicate', { outcome: 'duplicate', messageKey: 'a' }, 'processed'],
    ['mail kept for staff', { outcome: 'unanswered', messageKey: 'a' }, 'processed'],
    ['a failure recorded with its reason', { outcome: 'failed', messageKey: 'failed:a', reason: 'no From' }, 'failed'],
    ['nothing recorded: the database is unavailable', { outcome: 'failed', messageKey: 'a', retry: true }, 'retry'],
  ])('%s → %s', (_name, outcome, expected) => {
    expect(intakeDisposition(outcome)).toBe(expected);
  });
});
