/**
 * Engineers' mail: archive keys with epoch days, storage buckets named in URIs, SQL with a zone of the
 * time zone database, a day count beside the days, a Hebrew weekday beside its date, and a workspace
 * name shortened into a letter's distance of another workspace. What staff would see: the kind,
 * workspace, sources and days, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    { id: 'ws_t1', slug: 'tessera-labs', name: 'Tessera Labs', contacts: ['infra@tessera.example'], admins: [], deletedAt: null, sources: [{ id: 'src_t11', slug: 'ingest', name: 'Ingest' }, { id: 'src_t12', slug: 'billing', name: 'Billing' }], spaces: [] },
    { id: 'ws_t2', slug: 'tesser', name: 'Tesser', contacts: ['root@tesser.example'], admins: [], deletedAt: null, sources: [{ id: 'src_t21', slug: 'ingest', name: 'Ingest' }], spaces: [] },
    { id: 'ws_m1', slug: 'meridian', name: 'Meridian', contacts: ['dba@meridian.example'], admins: [], deletedAt: null, sources: [{ id: 'src_m11', slug: 'orders', name: 'Orders' }], spaces: [] },
  ],
} satisfies Catalog);

const NOW = new Date('2027-01-27T15:30:00Z');
const parse = (text: string, from = 'infra@tessera.example', date = new Date('2027-01-10T09:00:00Z')): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date, subject: 'archive cleanup' }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('epoch instants', () => {
  it('reads millisecond day keys of archive prefixes as those UTC days, and a bucket as no workspace', () => {
    const r = parse(
      [
        'tessera-labs, source ingest: these prefixes hold a bad backfill, please delete them.',
        '',
        '  s3://tessera-raw-backup/segment-logs/src_t11/1796774400000/',
        '  s3://tessera-raw-backup/segment-logs/src_t11/1796860800000/',
      ].join('\n'),
    );
    expect(r.workspace).toBe('tessera-labs');
    expect(r.sources).toEqual(['ingest']);
    expect(r.ranges).toEqual([{ from: '2026-12-09', to: '2026-12-10' }]);
    expect(asks(r)).toBe(false);
  });

  it('reads a window of unix seconds ending on the last second of a day as whole days', () => {
    const r = parse('Delete tessera-labs billing for [1798416000, 1798588799] (epoch seconds).');
    expect(r.ranges).toEqual([{ from: '2026-12-28', to: '2026-12-29' }]);
    expect(asks(r)).toBe(false);
  });

  it('does not take an epoch after today for a day', () => {
    const r = parse('Delete tessera-labs billing for job 1899999999, run on 2026-12-28.');
    expect(r.ranges).toEqual([{ from: '2026-12-28', to: '2026-12-28' }]);
  });
});

describe('zones of the time zone database', () => {
  it('widens a local day in a named zone to the UTC days covering it', () => {
    const r = parse("Remove meridian orders where (created_at AT TIME ZONE 'America/Chicago')::date = '2026-12-03'.", 'dba@meridian.example');
    expect(r.ranges).toEqual([{ from: '2026-12-03', to: '2026-12-04' }]);
    expect(r.ambiguities.join(' ')).toMatch(/whole UTC days/);
  });

  it('asks when the zone name is none the runtime knows', () => {
    const r = parse("Remove meridian orders where (created_at AT TIME ZONE 'Europe/Atlantis')::date = '2026-12-03'.", 'dba@meridian.example');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/Europe\/Atlantis/);
  });
});

describe('a count of days beside the days', () => {
  it('asks when the count disagrees with the days written', () => {
    const r = parse('Please delete 2 days of tessera-labs billing: December 14 to 17.');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/2 days/);
  });

  it('keeps the days when the bracketed count agrees', () => {
    const r = parse('Please delete tessera-labs billing December 14 to 17 (four days).');
    expect(r.ranges).toEqual([{ from: '2026-12-14', to: '2026-12-17' }]);
    expect(asks(r)).toBe(false);
  });

  it('is not misled by a retention period', () => {
    const r = parse('Please delete tessera-labs billing December 14 to 17; we keep 30 days of logs anyway.');
    expect(r.ranges).toEqual([{ from: '2026-12-14', to: '2026-12-17' }]);
  });
});

describe('Hebrew weekdays', () => {
  it('asks when the weekday is not the date’s', () => {
    const r = parse('נא למחוק את billing ב-tessera-labs ליום שני, 17 בדצמבר 2026.');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/2026-12-17 is not a Monday/);
  });

  it('reads the date when the weekday agrees', () => {
    const r = parse('נא למחוק את billing ב-tessera-labs ליום חמישי, 17 בדצמבר 2026.');
    expect(r.ranges).toEqual([{ from: '2026-12-17', to: '2026-12-17' }]);
  });
});

describe('a shortened workspace name a letter away from another workspace', () => {
  it('asks which workspace, rather than taking the one it shortens', () => {
    const r = parse('Please delete ingest data in the Tessera workspace for 2026-12-20.');
    expect(r.workspace).toBeNull();
    expect(r.ambiguities.join(' ')).toMatch(/tesser\b.*tessera-labs|tessera-labs.*tesser\b/);
  });

  it('still resolves either whole name', () => {
    expect(parse('Please delete ingest data in Tesser for 2026-12-20.', 'root@tesser.example').workspace).toBe('tesser');
    expect(parse('Please delete ingest data in Tessera Labs for 2026-12-20.').workspace).toBe('tessera-labs');
  });
});
