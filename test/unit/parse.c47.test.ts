/**
 * Threads where people change their minds: a forwarder who says the forwarded days are wrong, a year
 * named relatively beside days written with that year, and the Latin American spelling of "status".
 * What staff would see: the kind, workspace, sources and days, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const ws = (slug: string, name: string, sources: [string, string][], extra: Partial<Catalog['workspaces'][number]> = {}): Catalog['workspaces'][number] => ({
  id: `ws_${slug}`,
  slug,
  name,
  contacts: [],
  admins: [],
  deletedAt: null,
  sources: sources.map(([s, n]) => ({ id: `src_${slug}_${s}`, slug: s, name: n })),
  spaces: [],
  ...extra,
});
const catalog = indexCatalog({
  workspaces: [
    ws('orchard-labs', 'Orchard Labs', [['web', 'Web'], ['ios-app', 'iOS App']], { contacts: ['lead@orchard.example', 'dev@orchard.example'] }),
    ws('beacon', 'Beacon', [['kiosk', 'Kiosk'], ['android-app', 'Android App']], { contacts: ['team@beacon.example'] }),
    ws('granja-antigua', 'Granja Antigua', [['tienda', 'Tienda']], { contacts: ['ops@granja.example'], deletedAt: '2021-03-01' }),
  ],
} satisfies Catalog);

const NOW = new Date('2027-03-20T12:00:00Z');
const parse = (text: string, opts: { from?: string; date?: string; subject?: string } = {}): ParseResult =>
  contractView(
    parseRequest(textMessage(text, { from: opts.from ?? 'lead@orchard.example', date: new Date(opts.date ?? '2027-03-10T09:00:00Z'), subject: opts.subject ?? 'data cleanup' }), catalog, { now: NOW }),
  );
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a forwarder who takes back the forwarded days', () => {
  const forwarded = (note: string): string =>
    `${note}\n\nLee\n\n-----Original Message-----\nFrom: Sam Ortiz <dev@orchard.example>\nSent: Tuesday, March 9, 2027 4:10 PM\nTo: Lee <lead@orchard.example>\nSubject: web data\n\nPlease delete Web in Orchard Labs for 3-4 March 2027.\n`;
  it('keeps the workspace and source but asks for the days when the note says they are wrong', () => {
    const r = parse(forwarded("Please handle the request below, but Sam's dates are wrong - the right ones will follow."), { subject: 'FW: web data' });
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('orchard-labs');
    expect(r.sources).toEqual(['web']);
    expect(r.ranges).toEqual([]);
    expect(r.missing).toEqual(['time frame']);
    expect(asks(r)).toBe(true);
  });
  it('still takes the forwarded days when the note only asks us to handle it', () => {
    const r = parse(forwarded('Please handle the request below.'), { subject: 'FW: web data' });
    expect(r.ranges).toEqual([{ from: '2027-03-03', to: '2027-03-04' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('"last year" beside days written with that year', () => {
  it('deletes only the written days when "from last year" says which build they belong to', () => {
    const r = parse('Please delete the iOS App in Orchard Labs from 5 to 6 March 2026 - the beta build from last year.');
    expect(r.ranges).toEqual([{ from: '2026-03-05', to: '2026-03-06' }]);
    expect(asks(r)).toBe(false);
  });
  it('still reads "all data from last year" alone as the whole previous year', () => {
    const r = parse('Please delete all iOS App data in Orchard Labs from last year.');
    expect(r.ranges).toEqual([{ from: '2026-01-01', to: '2026-12-31' }]);
  });
});

describe('"estatus", the Latin American spelling of status', () => {
  it('is a status question about the archive purge, not a new purge', () => {
    const r = parse('¿Me pueden decir el estatus de la purga de archivo de Granja Antigua que pedimos el mes pasado?', { from: 'ops@granja.example', subject: 'Seguimiento' });
    expect(r.kind).toBe('status');
    expect(r.workspace).toBe('granja-antigua');
    expect(asks(r)).toBe(false);
  });
});
