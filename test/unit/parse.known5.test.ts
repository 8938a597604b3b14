/**
 * The last five complete-but-wrong results of corpora 35–38, each a kind of sentence: a source named by
 * the word for the data ("the events", "the orders"), "from" a day with no end after a name that is no
 * data, a name and a different one in brackets ("`roku` (Fire TV)"), an unknown name run into a word we
 * know ("LINE公式アカウント"), and a German noun that is also a source's name beside its numbered sibling
 * ("unserer App" with App and App 2). Each asks; the phrasings that say it plainly stay complete. What
 * staff and the customer would see: the kind, workspace, sources and days, and whether the desk asks.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { scoreCorpus } from '../support/corpusScore';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const ws = (slug: string, name: string, sources: [string, string][]): Catalog['workspaces'][number] => ({
  id: `ws_${slug}`, slug, name, contacts: [`ops@${slug}.example`], admins: [], deletedAt: null,
  sources: sources.map(([s, n]) => ({ id: `src_${slug}_${s}`, slug: s, name: n })), spaces: [],
});
const catalog = indexCatalog({
  workspaces: [
    ws('kaufhaus', 'Kaufhaus Berg', [['web', 'Web'], ['events', 'Events'], ['test', 'Test'], ['app', 'App']]),
    ws('globex-sandbox', 'Globex Sandbox', [['web-main', 'Main Website'], ['orders', 'Orders']]),
    ws('helios-media', 'Helios Media', [['web', 'Web'], ['roku', 'Roku'], ['tvos', 'tvOS'], ['ios', 'iOS']]),
    ws('sakura-mart', 'Sakura Mart', [['ec-site', 'ECサイト'], ['line-app', 'LINEミニアプリ']]),
    ws('bergmann-shop', 'Bergmann Shop', [['shop-frontend', 'Shop Frontend'], ['app', 'App'], ['app-2', 'App 2']]),
  ],
} satisfies Catalog);

const NOW = new Date('2027-02-10T12:00:00Z');
const parse = (text: string, workspace: string, subject = 'Data deletion'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: `ops@${workspace}.example`, date: new Date('2027-02-05T09:00:00Z'), subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;
const day = (d: string): { from: string; to: string }[] => [{ from: d, to: d }];

describe('a source named by the word for the data: "the events", "the orders"', () => {
  it.each([
    'Hi,\n\ncan you delete the events from 4 February 2027 in Kaufhaus Berg? Something went wrong with the import.',
    'Please delete the events in Kaufhaus Berg for 4 February 2027.',
    'Delete all events in Kaufhaus Berg on 4 February 2027, the import ran twice.',
  ])('asks whether the Events source or every source is meant, keeping the day: %s', (text) => {
    const r = parse(text, 'kaufhaus');
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('kaufhaus');
    expect(r.sources).toEqual([]);
    expect(r.ranges).toEqual(day('2027-02-04'));
    expect(r.ambiguities.join(' ')).toMatch(/may mean the Events source or the events of every source/);
  });

  it('asks the same of a source whose name is a plural noun ("the orders")', () => {
    const r = parse('please delete the orders from Jan 12 2027 in Globex Sandbox', 'globex-sandbox');
    expect(r.sources).toEqual([]);
    expect(r.ranges).toEqual(day('2027-01-12'));
    expect(r.ambiguities.join(' ')).toMatch(/"the orders" may mean the Orders source/);
  });

  it('keeps other sources named beside it, and still asks', () => {
    const r = parse('please delete the events in Kaufhaus Berg for 4 February 2027 and the Web source too', 'kaufhaus');
    expect(r.sources).toEqual(['web']);
    expect(asks(r)).toBe(true);
  });

  it.each<[string, string, string[]]>([
    ['please delete the Events source data from 4 February 2027 in Kaufhaus Berg', 'kaufhaus', ['events']],
    ['please delete the events source in Kaufhaus Berg for 4 February 2027', 'kaufhaus', ['events']],
    ['please delete the events data in Kaufhaus Berg for 4 February 2027', 'kaufhaus', ['events']],
    ['Delete events in Kaufhaus Berg on 4 February 2027', 'kaufhaus', ['events']],
    ['Delete the Events in Kaufhaus Berg on 4 February 2027', 'kaufhaus', ['events']],
    ['please delete the events from the Web source for 4 February 2027 in Kaufhaus Berg', 'kaufhaus', ['web']],
    ['please delete the events of the App source in Kaufhaus Berg for 4 February 2027', 'kaufhaus', ['app']],
    ['can you wipe all orders data we pushed into Globex Sandbox on Jan 12 2027?', 'globex-sandbox', ['orders']],
    ['please delete the orders of the Main Website source in Globex Sandbox for Jan 12 2027', 'globex-sandbox', ['web-main']],
  ])('reads a source marked as a name, or whose events they are, complete: %s', (text, workspace, sources) => {
    const r = parse(text, workspace);
    expect(r.workspace).toBe(workspace);
    expect(r.sources).toEqual(sources);
    expect(r.ranges).toHaveLength(1);
    expect(asks(r)).toBe(false);
  });
});

describe('"from" a day with no end, after a name that is no data', () => {
  it.each([
    'Delete tvos in helios-media from Jan 3.',
    'Please delete the tvOS source in helios-media from January 3, 2027.',
    'helios-media: please remove Roku from 3 Jan 2027, thanks',
  ])('asks whether that day or every day since is meant, with no days: %s', (text) => {
    const r = parse(text, 'helios-media');
    expect(r.workspace).toBe('helios-media');
    expect(r.sources).toHaveLength(1);
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/has no last day — only .*, or every day since then/);
  });

  it.each<[string, { from: string; to: string }[]]>([
    ['Please delete the tvos data in helios-media from Jan 3.', day('2027-01-03')],
    ['Delete the tvOS records in helios-media from Jan 3.', day('2027-01-03')],
    ['can you delete the Roku events from 3 January 2027 in helios-media?', day('2027-01-03')],
    ['Delete tvos in helios-media from Jan 3 to Jan 5.', [{ from: '2027-01-03', to: '2027-01-05' }]],
    ['Delete tvos in helios-media from Jan 3 and Jan 5.', [...day('2027-01-03'), ...day('2027-01-05')]],
    ['Delete tvos in helios-media for Jan 3.', day('2027-01-03')],
  ])('reads the days of data, a range or a list complete: %s', (text, ranges) => {
    const r = parse(text, 'helios-media');
    expect(r.sources).toHaveLength(1);
    expect(r.ranges).toEqual(ranges);
    expect(asks(r)).toBe(false);
  });

  it('still asks with the message date when "onwards" says it is open', () => {
    const r = parse('Delete tvos in helios-media from Jan 3 onwards.', 'helios-media');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/up to the message date/);
  });
});

describe('a source\'s name with a different name in brackets', () => {
  it.each([
    ['Delete `roku` (Fire TV) in helios-media for 2027-01-07.', /"Fire TV" no source of helios-media/],
    ['Delete Roku (Fire TV) in helios-media for 2027-01-07.', /"Fire TV" no source of helios-media/],
    ['Delete `roku` (tvOS) in helios-media for 2027-01-07.', /"tvOS" the source tvos/],
    ['Delete the Roku source (Apple TV app) in helios-media for 2027-01-07.', /"Apple TV app" no source/],
  ])('asks which source is meant and deletes neither: %s', (text, question) => {
    const r = parse(text, 'helios-media');
    expect(r.workspace).toBe('helios-media');
    expect(r.sources).toEqual([]);
    expect(r.ranges).toEqual(day('2027-01-07'));
    expect(r.ambiguities.join(' ')).toMatch(question);
  });

  it.each<[string, string[]]>([
    ['Delete `roku` (Roku) in helios-media for 2027-01-07.', ['roku']],
    ['Delete Roku (helios-media) for 2027-01-07.', ['roku']],
    ['Delete Roku (Helios Media) for 2027-01-07.', ['roku']],
    ['Delete Roku (Jan 7) in helios-media for 2027-01-07.', ['roku']],
    ['Delete `ios` (iOS) and `roku` (Roku) in helios-media for 2027-01-07.', ['ios', 'roku']],
  ])('reads its own name, its workspace or a day in brackets complete: %s', (text, sources) => {
    const r = parse(text, 'helios-media');
    expect(r.sources).toEqual(sources);
    expect(asks(r)).toBe(false);
  });
});

describe('an unknown name run into a word we know, listed beside a known source', () => {
  it.each([
    ['sakura-mart の LINEミニアプリ と LINE公式アカウント のデータ（2027年1月23日分）を削除してください。', 'LINE公式アカウント'],
    ['sakura-mart の LINEミニアプリとLINE公式アカウントのデータ（2027年1月23日分）を削除してください。', 'LINE公式アカウント'],
    ['sakura-mart の ECサイト と LINE広告 のデータ（2027年1月23日分）を削除してください。', 'LINE広告'],
    ['Please delete LINEミニアプリ and LINE公式アカウント in sakura-mart for 23 Jan 2027.', 'LINE公式アカウント'],
  ])('asks about the unknown name: %s', (text, unknown) => {
    const r = parse(text, 'sakura-mart');
    expect(r.workspace).toBe('sakura-mart');
    expect(r.ranges).toEqual(day('2027-01-23'));
    expect(r.ambiguities.join(' ')).toContain(`"${unknown}" is listed with`);
  });

  it.each([
    'sakura-mart の LINEミニアプリ と ECサイト のデータ（2027年1月23日分）を削除してください。',
    'sakura-mart の LINEミニアプリとECサイトのデータ（2027年1月23日分）を削除してください。',
    'sakura-mart の ECサイトとLINEミニアプリのデータを削除お願いします。2027年1月23日分。',
  ])('reads two known names complete, with or without spaces: %s', (text) => {
    const r = parse(text, 'sakura-mart');
    expect(r.sources).toEqual(['ec-site', 'line-app']);
    expect(asks(r)).toBe(false);
  });
});

describe('a German noun that is a source\'s name beside its numbered sibling', () => {
  it.each([
    ['bitte die Daten unserer App im Bergmann Shop vom 20.01.2027 löschen, da war ein Fehler im Tracking.', 'App Daten'],
    ['bitte die App-Daten im Bergmann Shop vom 20.01.2027 löschen', 'Löschung'],
    ['please delete the data of our app in Bergmann Shop for 20.01.2027', 'App data'],
  ])('asks which of App and App 2 is meant, the subject\'s same word settling nothing: %s', (text, subject) => {
    const r = parse(text, 'bergmann-shop', subject);
    expect(r.workspace).toBe('bergmann-shop');
    expect(r.sources).toEqual([]);
    expect(r.ranges).toEqual(day('2027-01-20'));
    expect(r.ambiguities.join(' ')).toMatch(/fits app and app-2/);
  });

  it.each<[string, string[]]>([
    ['bitte die Daten der Quelle App im Bergmann Shop vom 20.01.2027 löschen', ['app']],
    ['bitte App im Bergmann Shop vom 20.01.2027 löschen', ['app']],
    ['bitte die Daten von App 2 im Bergmann Shop vom 20.01.2027 löschen', ['app-2']],
    ['please delete the App source data in Bergmann Shop for 20.01.2027', ['app']],
  ])('reads the name marked as one, or the numbered one, complete: %s', (text, sources) => {
    const r = parse(text, 'bergmann-shop', 'Daten');
    expect(r.sources).toEqual(sources);
    expect(asks(r)).toBe(false);
  });
});

describe('the five corpus messages', () => {
  it.each<[string, string, string, string[]]>([
    ['blind35', '2027-01-20T10:00:00Z', 'y/099-the-events-in-main.eml', []],
    ['blind36', '2027-01-27T15:30:00Z', 'y/113-open-from.eml', ['tvos']],
    ['blind36', '2027-01-27T15:30:00Z', 'y/083-roku-fire-tv.eml', []],
    ['blind37', '2027-02-03T11:00:00Z', 'y/100-ja-partly.eml', ['line-app']],
    ['blind37', '2027-02-03T11:00:00Z', 'y/022-de-apps-plural.eml', []],
  ])('%s %s asks, with the sources it is sure of', async (corpus, now, file, sources) => {
    const s = await scoreCorpus(path.resolve(__dirname, `../fixtures/${corpus}`), [file], new Date(now));
    const c = s.cases[0];
    expect(c.completeWrong).toBe(false);
    expect(c.actual.sources).toEqual(sources);
    expect(c.actual.ambiguities.length).toBeGreaterThan(0);
  });
});
