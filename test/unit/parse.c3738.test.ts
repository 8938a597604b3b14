/**
 * All of a workspace's data but one source, asked for without days; a sign-off made of the sender's own
 * name words; a subject that writes short what the body names in full. What staff would see: the kind,
 * workspace, sources and days, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { InboundMessage } from '../../src/domain/message';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_t1', slug: 'tallwood', name: 'Tallwood Corporation', contacts: ['it@tallwood.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_t1', slug: 'shop', name: 'Shop' }, { id: 'src_t2', slug: 'kiosk', name: 'Kiosk' }, { id: 'src_t3', slug: 'batch-api', name: 'Batch API' }],
      spaces: [],
    },
    { id: 'ws_t2', slug: 'tallwood-sandbox', name: 'Tallwood Sandbox', contacts: ['it@tallwood.example'], admins: [], deletedAt: null, sources: [{ id: 'src_t4', slug: 'shop', name: 'Shop' }], spaces: [] },
    {
      id: 'ws_r1', slug: 'riverbank', name: 'Riverbank', contacts: ['mo@riverbank.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_r1', slug: 'tv-app', name: 'TV App' }, { id: 'src_r2', slug: 'tv-app-beta', name: 'TV App Beta' }],
      spaces: [],
    },
    { id: 'ws_l1', slug: 'lagoon', name: 'Lagoon', contacts: ['mo@lagoon.example'], admins: [], deletedAt: null, sources: [{ id: 'src_l1', slug: 'cassa-mobile', name: 'Cassa mobile' }, { id: 'src_l2', slug: 'sito', name: 'Sito' }], spaces: [] },
    { id: 'ws_o1', slug: 'otherco', name: 'Otherco', contacts: ['x@otherco.example'], admins: [], deletedAt: null, sources: [{ id: 'src_o1', slug: 'app', name: 'App' }], spaces: [] },
  ],
} satisfies Catalog);

const NOW = new Date('2027-03-10T12:00:00Z');
const parse = (text: string, from: string, subject = 'data cleanup', extra: Partial<InboundMessage> = {}): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: new Date('2027-03-05T09:00:00Z'), subject }, extra), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('every source but one, with no days', () => {
  it('lists the other sources and asks only for the days', () => {
    const r = parse('Hi,\nplease delete all data in Tallwood Corporation except the Batch API source.\nOps', 'it@tallwood.example');
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('tallwood');
    expect(r.sources).toEqual(['kiosk', 'shop']);
    expect(r.ranges).toEqual([]);
    expect(r.missing).toEqual(['time frame']);
    expect(asks(r)).toBe(true);
  });
});

describe('a sign-off made of the sender\'s own name', () => {
  const purge = 'Hi,\n\nplease purge the Tallwood Sandbox workspace completely. Production (tallwood) must stay untouched!\n\n';
  const from = (name: string): Partial<InboundMessage> => ({ from: { address: 'it@tallwood.example', name } });

  it('is not read as a second workspace beside the one to purge', () => {
    const r = parse(`${purge}Tallwood IT`, 'it@tallwood.example', 'Purge Tallwood Sandbox', from('IT Admin Tallwood'));
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('tallwood-sandbox');
    expect(asks(r)).toBe(false);
  });

  it('still counts when the last line has a word the sender\'s name does not', () => {
    // Without "Production (tallwood) must stay untouched": there, Tallwood named again is the workspace kept.
    const r = parse('Hi,\n\nplease purge the Tallwood Sandbox workspace completely.\n\nTallwood Infra', 'it@tallwood.example', 'Purge Tallwood Sandbox', from('IT Admin Tallwood'));
    expect(r.workspace).toBeNull();
    expect(asks(r)).toBe(true);
  });
});

describe('the subject writes short what the body names', () => {
  it('reads a lower-case "app" in the subject as a description of the source the body names', () => {
    const r = parse('Ciao,\n\npotete cancellare i dati della sorgente Cassa mobile nel workspace lagoon per il 2 marzo 2027?\n\nMo', 'mo@lagoon.example', 'Cancellazione dati app');
    expect(r.sources).toEqual(['cassa-mobile']);
    expect(r.ambiguities).toEqual([]);
    expect(asks(r)).toBe(false);
  });

  it('still asks about "app" when the body names none of the workspace\'s sources', () => {
    const r = parse('Hi,\n\nplease delete the iPhone data in lagoon for 2 March 2027.\n\nMo', 'mo@lagoon.example', 'app data');
    expect(r.sources).toEqual([]);
    expect(asks(r)).toBe(true);
  });
});
