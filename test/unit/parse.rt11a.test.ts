/**
 * A workspace's name read where the words do not name it: an ordinary word that is another customer's
 * workspace (written in lower case, or capitalised only by a sentence's opening, by a contact of other
 * workspaces), a word the message itself uses for a team, and a company's name shared by all the
 * workspaces its people look after. Each must be asked, never taken as one workspace.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_b', slug: 'bramble-foods', name: 'Bramble Foods', contacts: ['jo@bramble.example'], admins: ['jo@bramble.example'], deletedAt: null,
      sources: [{ id: 'src_b1', slug: 'checkout-app', name: 'Checkout App' }, { id: 'src_b2', slug: 'loyalty', name: 'Loyalty' }],
      spaces: [],
    },
    {
      id: 'ws_m', slug: 'momentum', name: 'Momentum', contacts: ['sam@kitestream.example', 'lee@kitestream.example'], admins: ['sam@kitestream.example'], deletedAt: null,
      sources: [{ id: 'src_m1', slug: 'checkout-app', name: 'Checkout App' }, { id: 'src_m2', slug: 'web', name: 'Web' }],
      spaces: [{ id: 'spa_m', name: 'Members' }],
    },
    {
      id: 'ws_k', slug: 'kitestream-prod', name: 'Kitestream Production', contacts: ['sam@kitestream.example', 'lee@kitestream.example'], admins: ['sam@kitestream.example'], deletedAt: null,
      sources: [{ id: 'src_k1', slug: 'checkout-app', name: 'Checkout App' }, { id: 'src_k2', slug: 'checkout-app-beta', name: 'Checkout App Beta' }],
      spaces: [{ id: 'spa_k', name: 'Members' }],
    },
    {
      id: 'ws_r', slug: 'retention', name: 'Retention', contacts: ['dpo@quill.example'], admins: ['dpo@quill.example'], deletedAt: null,
      sources: [{ id: 'src_r1', slug: 'event-stream', name: 'Event Stream' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2027-04-07T15:00:00Z');
const parse = (text: string, from: string, subject = 'Data deletion'): ParseResult =>
  parseRequest(textMessage(text, { from, date: new Date('2027-04-02T09:00:00Z'), subject }), catalog, { now: NOW });
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;
const MARCH_4 = [{ from: '2027-03-04', to: '2027-03-04' }];

describe("an ordinary word that is another customer's workspace", () => {
  const cases = [
    'The momentum we gained on 4 March 2027 was fake; please delete the Checkout App data for that day.',
    'Momentum team here: please remove the Checkout App events of 4 March 2027.',
    'Please delete the Checkout App data of 4 March 2027, it broke our momentum tracker.',
    'Sales momentum looked great on 4 March 2027 but it was a script. Delete the Checkout App data of that day please.',
  ];
  for (const text of cases) {
    it(`"${text.slice(0, 48)}…" from a contact of Bramble Foods names no workspace, so it is asked`, () => {
      const r = parse(text, 'jo@bramble.example');
      expect(r.kind).toBe('source_data');
      expect(r.workspace).toBeNull();
      expect(r.ranges).toEqual(MARCH_4);
      expect(r.missing).toContain('workspace');
      expect(r.ambiguities.join(' ')).toMatch(/which workspace/);
    });
  }

  it('the workspace written as a workspace by its own contact is still that workspace', () => {
    const r = parse('In the Momentum workspace, please delete the Web data for 4 March 2027.', 'lee@kitestream.example');
    expect(r.workspace).toBe('momentum');
    expect(r.sources).toEqual(['web']);
    expect(asks(r)).toBe(false);
  });

  it('the sender naming their own workspace beside the ordinary word is complete', () => {
    const r = parse('Please delete the Bramble Foods Checkout App data of 4 March 2027 — the momentum team asked for it.', 'jo@bramble.example');
    expect(r.workspace).toBe('bramble-foods');
    expect(r.sources).toEqual(['checkout-app']);
    expect(asks(r)).toBe(false);
  });
});

describe('a word the message itself uses for a team', () => {
  it('"For retention purposes our retention team asks …" from the Retention contact names no workspace', () => {
    const r = parse('For retention purposes our retention team asks you to delete the Event Stream data of 2027-03-04.', 'dpo@quill.example', 'Retention request: Event Stream');
    expect(r.workspace).toBeNull();
    expect(r.ranges).toEqual(MARCH_4);
    expect(r.missing).toContain('workspace');
  });

  it('the same workspace named as a place ("in Retention") is still named', () => {
    const r = parse('Please delete the Event Stream data in Retention for 2027-03-04.', 'dpo@quill.example');
    expect(r.workspace).toBe('retention');
    expect(r.sources).toEqual(['event-stream']);
    expect(asks(r)).toBe(false);
  });
});

describe("a company's name shared by the sender's workspaces", () => {
  it('"the Kitestream Checkout App" from a contact of both Kitestream workspaces asks which workspace', () => {
    const r = parse('Please remove the Kitestream Checkout App data for 4 March 2027.', 'sam@kitestream.example');
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBeNull();
    expect(r.sources).toEqual([]);
    expect(r.ranges).toEqual(MARCH_4);
    expect(asks(r)).toBe(true);
    expect(r.ambiguities.join(' ')).toMatch(/momentum/);
  });

  it('"the Kitestream workspace" is no complete workspace purge', () => {
    const r = parse('We are winding down. Kindly delete the Kitestream workspace.', 'lee@kitestream.example');
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBeNull();
    expect(asks(r)).toBe(true);
  });

  it('"the Members space at Kitestream" asks which workspace the space is in', () => {
    const r = parse('Please delete the Members space at Kitestream.', 'sam@kitestream.example');
    expect(r.kind).toBe('unify_space');
    expect(r.workspace).toBeNull();
    expect(r.space).toBeNull();
    expect(asks(r)).toBe(true);
  });

  it('the whole name settles it', () => {
    const r = parse('Please delete the Checkout App Beta data in Kitestream Production for 4 March 2027.', 'sam@kitestream.example');
    expect(r.workspace).toBe('kitestream-prod');
    expect(r.sources).toEqual(['checkout-app-beta']);
    expect(asks(r)).toBe(false);
  });

  it('so does the other workspace named as a workspace', () => {
    const r = parse('Please delete the Members space in the Momentum workspace.', 'sam@kitestream.example');
    expect(r.workspace).toBe('momentum');
    expect(r.space).toBe('Members');
    expect(asks(r)).toBe(false);
  });
});

describe("another customer's workspace named as a second place", () => {
  it('asks which workspace when the word follows the first one in a list of places', () => {
    const r = parse('Checkout App in bramble-foods and retention, 4 March 2027.', 'jo@bramble.example');
    expect(r.workspace).toBeNull();
    expect(asks(r)).toBe(true);
  });

  it('reads the word as prose when no workspace is named before it in the sentence', () => {
    const r = parse('In retention terms we keep everything, but the Loyalty source in bramble-foods got bad events on 4 March 2027 — please delete that day.', 'jo@bramble.example');
    expect([r.workspace, r.sources, r.ranges, asks(r)]).toEqual(['bramble-foods', ['loyalty'], MARCH_4, false]);
  });

  it('reads a Hebrew "workspace of" before the name as the workspace cue', () => {
    const r = parse('נא למחוק את Event Stream מ-4 במרץ 2027 ב-workspace של retention.', 'jo@bramble.example');
    expect(r.workspace).toBe('retention');
  });
});

describe('a workspace given as the answer to "which workspace"', () => {
  it('names it after "the workspace is", from a contact of another workspace too', () => {
    const r = parse('Sorry, I got it wrong: the workspace is retention. Event Stream, 4 March 2027.', 'jo@bramble.example');
    expect(r.workspace).toBe('retention');
  });
});
