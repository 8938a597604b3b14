/**
 * A subject naming one source ("Delete Fleet Feed data") above a body that asks for a source no catalog
 * knows ("please delete the Roku source", "aeb 資料來源"): the subject's source was taken and the
 * request went out complete. The body's own source is what was asked for, so which one is asked now.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_h1', slug: 'harbourline', name: 'Harbourline Ferries', contacts: ['ops@harbourline.example'], admins: [], deletedAt: null,
      sources: [
        { id: 'src_h1', slug: 'booking-app', name: 'Booking App' },
        { id: 'src_h2', slug: 'fleet-feed', name: 'Fleet Feed' },
      ],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2027-06-03T12:00:00Z');
const parse = (subject: string, text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'ops@harbourline.example', subject, date: new Date('2027-06-01T09:00:00Z') }), catalog, { now: NOW }));

describe('a source the body names that no catalog knows, under a subject naming another', () => {
  it('asks which source instead of taking the subject\'s', () => {
    for (const [subject, body] of [
      ['Delete Fleet Feed data', 'Hi, please delete the Roku source of harbourline for 12 May 2027.'],
      ['Fleet Feed', 'Please delete the TV2 data source in harbourline, 12 May 2027.'],
      ['刪除 Fleet Feed 資料', '請刪除 harbourline 的 abc 資料來源，2027年5月12日的資料。'],
    ]) {
      const r = parse(subject, body);
      expect(r.kind, body).toBe('source_data');
      expect(r.sources, body).toEqual([]);
      expect(r.ambiguities.some((a) => a.includes('is not a known source')), body).toBe(true);
    }
  });

  it('still takes the subject\'s source when the body names a known one or none', () => {
    const known = parse('Delete Fleet Feed data', 'Hi, please delete the Fleet Feed source of harbourline for 12 May 2027.');
    expect([known.sources, known.ambiguities]).toEqual([['fleet-feed'], []]);
    const none = parse('Delete Fleet Feed data', 'Hi, please delete it in harbourline for 12 May 2027, the same source as last time was fine.');
    expect(none.ambiguities.some((a) => a.includes('is not a known source'))).toBe(false);
  });
});
