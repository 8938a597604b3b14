/**
 * Long, chatty mails from people who are not technical: the request sits in a story about colleagues on
 * leave, a consultant introducing themselves, a reason given in Japanese, the day the workspace was
 * closed. What staff would see: the kind, workspace, sources, space and days, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const ws = (slug: string, name: string, sources: [string, string][], more: Partial<Catalog['workspaces'][number]> = {}): Catalog['workspaces'][number] => ({
  id: `ws_${slug}`,
  slug,
  name,
  contacts: [`team@${slug}.example`],
  admins: [],
  deletedAt: null,
  sources: sources.map(([s, n]) => ({ id: `src_${slug}_${s}`, slug: s, name: n })),
  spaces: [],
  ...more,
});
const catalog = indexCatalog({
  workspaces: [
    ws('fjell', 'Fjell', [['fjell-web', 'Web']]),
    ws('fjell-v2', 'Fjell v2', [['fjell2-web', 'Web'], ['fjell2-ios', 'iOS']]),
    ws('hana-shop', 'Hana Shop', [['ec', 'EC Site'], ['pos', 'Store POS']], { spaces: [{ id: 'spa_h1', name: 'Members' }] }),
    ws('old-mill', 'Old Mill', [['mill-web', 'Website']], { deletedAt: '2020-10-01' }),
    ws('maison-bleue', 'Maison Bleue', [['mb-web', 'Boutique']], { deletedAt: '2022-10-01' }),
    ws('greenfield', 'Greenfield', [['android-prod', 'Android Prod'], ['ios-app', 'iOS App'], ['web-shop', 'Web Shop'], ['newsletter', 'Newsletter']]),
    ws('ostra', 'Ostra', [['app', 'App']]),
    ws('ostra-staging', 'Ostra Staging', [['app-stg', 'App']]),
    ws('costa-mar', 'Costa Mar', [['cm-web', 'Web']]),
    ws('costa-mar-staging', 'Costa Mar Staging', [['cms-web', 'Web']]),
    ws('berg', 'Berg', [['shopify', 'Shopify'], ['klaviyo', 'Klaviyo']]),
  ],
} satisfies Catalog);

const NOW = new Date('2027-06-23T10:00:00Z');
const parse = (text: string, from: string, date = '2027-06-08T07:00:00Z', subject = 'data'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: new Date(date), subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('two workspaces named in the request', () => {
  it('still asks when both names stand in the request itself', () => {
    const r = parse('Please remove the Web data in Fjell and Fjell v2 for 2 June 2027.', 'someone@freelance.example');
    expect(r.workspace).toBeNull();
    expect(asks(r)).toBe(true);
  });
});

describe('a colleague away, and a request written by the sender', () => {
  it('is a request, not an auto-reply, when someone else is on leave', () => {
    const r = parse('Hello,\n\nMy colleague Ines is on leave until 12 July 2027, so I look after her mail too.\n\nCould you delete the Website data in Old Mill from 2 to 4 September 2020?\n\nThanks', 'team@old-mill.example');
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('old-mill');
    expect(r.sources).toEqual(['mill-web']);
    expect(r.ranges).toEqual([{ from: '2020-09-02', to: '2020-09-04' }]);
    expect(asks(r)).toBe(false);
  });
  it('a vague request beside a colleague on leave asks for everything', () => {
    const r = parse('Hi,\n\nOur intern is on leave until 30 June.\n\nCould you maybe delete the wrong data? I have no idea which.', 'someone@nowhere.example');
    expect(r.kind).toBe('source_data');
    expect(r.missing).toEqual(expect.arrayContaining(['workspace', 'source', 'time frame']));
  });
  it('a real out-of-office reply is still no request', () => {
    const r = parse('I am out of the office until 12 July 2027 with limited access to email.', 'team@old-mill.example');
    expect(r.kind).toBe('unknown');
  });
});

describe('a Japanese space deletion with its reason', () => {
  it('reads the date of the reason as no day of data', () => {
    const r = parse('ワークスペース「Hana Shop」のUnifyスペース「Members」を削除してください。キャンペーンを7月1日で終了するためです。', 'team@hana-shop.example');
    expect(r.kind).toBe('unify_space');
    expect(r.space).toBe('Members');
    expect(asks(r)).toBe(false);
  });
});

describe('the month a workspace was deleted in', () => {
  it('is no day to delete in French: an archive purge of a workspace deleted after the cutoff', () => {
    const r = parse('Bonjour,\n\nNotre workspace Maison Bleue a été supprimé en octobre 2022. Pourriez-vous purger ce qui reste dans vos archives ?\n\nMerci', 'team@maison-bleue.example');
    expect(r.kind).toBe('archive_purge');
    expect(r.workspace).toBe('maison-bleue');
    expect(r.ranges).toEqual([]);
  });
});

describe('"all sources" beside a list of short names', () => {
  it('still asks when the list leaves a source out', () => {
    const r = parse('Please delete the data from all sources of Greenfield for 1-3 June 2027. Yes, all of them - Android and iOS.', 'team@greenfield.example');
    expect(asks(r)).toBe(true);
  });
  it('still asks about a lone short name without "all sources"', () => {
    const r = parse('Please delete the Android and iOS data in Greenfield for 1 June 2027.', 'team@greenfield.example');
    expect(asks(r)).toBe(true);
  });
});

describe('story words that look like dates', () => {
  it('still reads the weekends of a month as their days', () => {
    const r = parse('Please delete the App data in Ostra for the weekends in May 2027.', 'team@ostra.example');
    expect(r.ranges[0]).toEqual({ from: '2027-05-01', to: '2027-05-02' });
  });
  it('a workspace name asked about is no weekday: "Mar" of "Costa Mar Producción" is not Tuesday', () => {
    const r = parse('¿Podrían borrar los datos de la fuente Web en Costa Mar Producción el 5 de junio de 2027?', 'team@costa-mar.example');
    expect(r.ranges).toEqual([{ from: '2027-06-05', to: '2027-06-05' }]);
    expect(asks(r)).toBe(true);
  });
});

describe('Swedish "påverkad" refers back to the days before', () => {
  it('keeps the days of the import as the days to delete', () => {
    const r = parse('Hej!\n\nVi hade en felaktig import den 2 och 3 juni 2027. Radera all påverkad data i vår workspace Berg, tack.', 'team@berg.example');
    expect(r.workspace).toBe('berg');
    expect(r.ranges).toEqual([{ from: '2027-06-02', to: '2027-06-03' }]);
    expect(r.missing).toEqual(['source']);
  });
});
