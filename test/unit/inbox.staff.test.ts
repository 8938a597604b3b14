/** Table tests of the pure rules behind the inbox (no backscatter), staff identity and who reads what. */
import { describe, expect, it } from 'vitest';
import { isSpamFlagged, unansweredReason, type ScreenFacts } from '../../src/domain/inbox';
import { approvalRefusal, cliStaffId, sameStaffId } from '../../src/domain/staff';
import { namesAny, readershipOf } from '../../src/domain/email/audience';
import type { Catalog } from '../../src/domain/catalog';

const facts = (over: Omit<Partial<ScreenFacts>, 'parse'> & { parse?: Partial<ScreenFacts['parse']> } = {}): ScreenFacts => ({
  message: { headers: {} },
  senderIsContact: false,
  inThread: false,
  ...over,
  parse: { kind: 'unknown', forwarded: null, ticket: null, ranges: [], ...over.parse },
});

describe('mail kept without an answer', () => {
  it.each<[string, ScreenFacts, RegExp | null]>([
    ['spam flag YES', facts({ message: { headers: { 'x-spam-flag': 'YES' } }, senderIsContact: true, parse: { kind: 'source_data', ranges: [{ from: '2024-03-01', to: '2024-03-01' }] } }), /spam/],
    ['spam status Yes, score', facts({ message: { headers: { 'x-spam-status': 'Yes, score=9.1 required=5.0' } } }), /spam/],
    ['spam status No', facts({ message: { headers: { 'x-spam-status': 'No, score=0.1' } }, parse: { kind: 'workspace_purge' } }), null],
    ['a forward asking a question, even from a contact', facts({ senderIsContact: true, parse: { kind: 'source_data', forwarded: { originalFrom: 'a@b.example', originalDate: null, intent: 'question' } } }), /forwarded message with a question/],
    ['a forward asking us to act', facts({ parse: { kind: 'workspace_purge', forwarded: { originalFrom: 'a@b.example', originalDate: null, intent: 'request' } } }), null],
    ['unknown from a stranger', facts(), /not a deletion request/],
    ['unknown from a contact: asked a question', facts({ senderIsContact: true }), null],
    ['unknown in a ticket thread: handled by the ticket', facts({ inThread: true }), null],
    ['a stranger asking status naming no ticket', facts({ parse: { kind: 'status' } }), /status question naming no ticket/],
    ['a stranger cancelling a named ticket: the one stranger answer', facts({ parse: { kind: 'cancel', ticket: 'DEL-1' } }), null],
    ['source data without days from a stranger', facts({ parse: { kind: 'source_data' } }), /no days named/],
    ['source data with days from a stranger: the one stranger answer', facts({ parse: { kind: 'source_data', ranges: [{ from: '2024-03-01', to: '2024-03-01' }] } }), null],
    ['a purge from a stranger: the one stranger answer', facts({ parse: { kind: 'workspace_purge' } }), null],
  ])('%s', (_name, f, expected) => {
    const reason = unansweredReason(f);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
  });

  it('reads the spam headers of SpamAssassin and rspamd, nothing else', () => {
    expect(isSpamFlagged({ 'x-spam-flag': 'yes' })).toBe(true);
    expect(isSpamFlagged({ 'x-spam-flag': 'NO' })).toBe(false);
    expect(isSpamFlagged({ 'x-spam-status': 'No, score=-1' })).toBe(false);
    expect(isSpamFlagged({ subject: 'YES' })).toBe(false);
  });
});

describe('staff identity', () => {
  const config = { staff: ['alice', 'bob@desk.example'], slackStaff: ['UALICE', 'S0GROUP'] };
  it.each([
    ['alice', 'alice'],
    ['ALICE', 'alice'],
    ['Bob@Desk.Example', 'bob@desk.example'],
    ['ualice', 'UALICE'],
  ])('--by %s is staff %s', (by, id) => expect(cliStaffId(by, config)).toBe(id));

  it.each([['mallory'], ['S0GROUP'], ['ana@acme.example']])('--by %s is refused with what to do', (by) => {
    expect(() => cliStaffId(by, config)).toThrow(/is not a configured staff id \(STAFF or SLACK_STAFF\)/);
  });

  it('says when no staff is configured at all', () => {
    expect(() => cliStaffId('alice', { staff: [], slackStaff: [] })).toThrow(/no staff is configured\. Set STAFF/);
  });

  const ticket = { id: 7, createdBy: 'email:ana@acme.example', requester: 'ana@acme.example', approvals: [{ by: 'staff:UALICE', at: '' }] };
  it.each<[string, string[], string | null]>([
    ['staff:ualice', [], 'conflict'],
    ['staff:UBOB', [], null],
    ['staff:ANA@acme.example', [], 'not_allowed'],
    ['staff:ops@acme.example', ['ops@acme.example'], 'not_allowed'],
    ['staff:ops@acme.example', [], null],
  ])('%s approving (thread %j): %s', (actor, thread, code) => {
    expect(approvalRefusal(ticket, actor, thread)?.code ?? null).toBe(code);
  });

  it('compares ids without regard to case or spaces', () => {
    expect(sameStaffId(' Alice', 'ALICE ')).toBe(true);
    expect(sameStaffId('alice', 'alicia')).toBe(false);
  });
});

describe('who reads an email', () => {
  const catalog: Catalog = {
    workspaces: [
      { id: 'ws_a', slug: 'acme-inc', name: 'Acme Inc', contacts: ['ana@acme.example'], deletedAt: null, sources: [{ id: 'src_1', slug: 'ios-app', name: 'iOS App' }], spaces: [] },
      { id: 'ws_g', slug: 'globex', name: 'Globex Corporation', contacts: ['hank@globex.example'], deletedAt: null, sources: [{ id: 'src_2', slug: 'ios-app', name: 'iOS App' }, { id: 'src_3', slug: 'checkout-web', name: 'Checkout Web' }], spaces: [{ id: 'spa_g', name: 'Growth' }] },
    ],
  };
  it.each<[string, string | null, string, 'contact' | 'stranger']>([
    ['a contact of the ticket workspace', 'acme-inc', 'ana@acme.example', 'contact'],
    ['a contact of another workspace', 'acme-inc', 'hank@globex.example', 'stranger'],
    ['a contact, workspace not known yet', null, 'ANA@acme.example', 'contact'],
    ['nobody we know', null, 'eve@evil.example', 'stranger'],
  ])('%s', (_name, ws, to, audience) => expect(readershipOf(catalog, ws, to).audience).toBe(audience));

  it("hides other customers' names, but not names the reader's workspace shares", () => {
    const hidden = readershipOf(catalog, 'acme-inc', 'ana@acme.example').hiddenNames;
    expect(hidden).toEqual(expect.arrayContaining(['globex', 'Globex Corporation', 'ws_g', 'checkout-web', 'Growth']));
    expect(hidden).not.toContain('ios-app');
    expect(namesAny('source ios-app exists in workspaces acme-inc, globex', hidden)).toBe(true);
    expect(namesAny('did you mean globexx?', hidden)).toBe(false);
    expect(namesAny('Which days? From 1 March 2024.', hidden)).toBe(false);
  });
});
