/**
 * Requests that looked complete but were not: some hours of a day written as a span of clock times, a
 * whole local day whose zone is named on the next wrapped line or in Thai, and a list of sources whose
 * last item is described rather than named. Each would have gone to staff as a ready scope wider or
 * narrower than the customer's words. What staff would see: the days and sources, and whether the desk asks.
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
      id: 'ws_r1', slug: 'rio-freight', name: 'Rio Freight', contacts: ['ops@riofreight.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_r1', slug: 'tracking-web', name: 'Tracking Web' }, { id: 'src_r2', slug: 'driver-app', name: 'Driver App' }, { id: 'src_r3', slug: 'billing-feed', name: 'Billing Feed' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const FROM = 'ops@riofreight.example';
const NOW = new Date('2026-12-20T12:00:00Z');
const parse = (text: string, dateHeader = 'Mon, 14 Dec 2026 10:00:00 +0000'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: FROM, date: new Date(dateHeader), dateHeader }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a span of clock hours beside a day', () => {
  it('asks when a relative day comes with hours in brackets, in Chinese', () => {
    const r = parse('请删除 rio-freight 中 billing-feed 上周五下午（北京时间 13:00–17:00）的数据。', 'Mon, 14 Dec 2026 10:00:00 +0800');
    expect(r.ranges).toEqual([{ from: '2026-12-11', to: '2026-12-11' }]);
    expect(asks(r)).toBe(true);
  });

  it('asks when the hours are bare numbers between "entre las" and "hs"', () => {
    const r = parse('Hola, borren Driver App (rio-freight) de anteayer entre las 9 y las 12 hs. Gracias', 'Sat, 12 Dec 2026 00:40:00 -0300');
    expect(r.sources).toEqual(['driver-app']);
    expect(r.ranges).toEqual([{ from: '2026-12-10', to: '2026-12-10' }]);
    expect(asks(r)).toBe(true);
  });

  it('asks for an English span of hours with am and pm', () => {
    expect(asks(parse('Please delete the Driver App data in rio-freight for 3 December 2026, 9am to 1pm.'))).toBe(true);
  });

  it('does not ask when the hours are the whole UTC day', () => {
    const r = parse('Please delete Driver App in rio-freight for 3 December 2026, 00:00-23:59 UTC.');
    expect(r.ranges).toEqual([{ from: '2026-12-03', to: '2026-12-03' }]);
    expect(asks(r)).toBe(false);
  });

  it('does not read opening hours in a footer as hours of the day', () => {
    const r = parse('Borren Driver App (rio-freight) del 3 de diciembre de 2026.\nHorario de atención: Lun-Vie 9:00-18:00');
    expect(r.ranges).toEqual([{ from: '2026-12-03', to: '2026-12-03' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('a whole local day', () => {
  it('reads the zone on the wrapped next line of the same sentence and proposes both UTC days', () => {
    const r = parse(
      'Olá, precisamos apagar os dados do Tracking Web (rio-freight) do dia 7 de novembro de 2026\ninteiro, considerando o horário de Brasília (BRT), não UTC.',
      'Mon, 09 Nov 2026 09:30:00 -0300',
    );
    expect(r.ranges).toEqual([{ from: '2026-11-07', to: '2026-11-08' }]);
    expect(asks(r)).toBe(true);
  });

  it('knows Thailand time written in Thai', () => {
    const r = parse('ลบข้อมูล Tracking Web ของ rio-freight วันที่ 3 มี.ค. 2569 ทั้งวันตามเวลาประเทศไทยค่ะ', 'Thu, 05 Mar 2026 10:00:00 +0700');
    expect(r.ranges).toEqual([{ from: '2026-03-02', to: '2026-03-03' }]);
    expect(asks(r)).toBe(true);
  });
});

describe('a list of sources ending in a described one', () => {
  it('asks when the last item is "the old … source", in English', () => {
    const r = parse('Please delete tracking-web, driver-app and the old partner login source in rio-freight for 20 November 2026.');
    expect(r.sources).toEqual(['driver-app', 'tracking-web']);
    expect(asks(r)).toBe(true);
  });

  it('asks when the noun comes first, in Italian', () => {
    expect(asks(parse('vi chiediamo di cancellare tracking-web, driver-app e la vecchia sorgente del login partner in rio-freight per il 20 novembre 2026.'))).toBe(true);
  });

  it('still takes a list of named sources followed by the word "sources"', () => {
    const r = parse('Please delete the tracking-web and driver-app sources in rio-freight for 20 November 2026.');
    expect(r.sources).toEqual(['driver-app', 'tracking-web']);
    expect(asks(r)).toBe(false);
  });
});

describe('a workspace-wide deletion limited to recent days', () => {
  it('asks instead of purging the workspace when Russian counts the last days', () => {
    const r = parse('просим удалить все данные в workspace rio-freight, которые пришли за последние два дня.', 'Sat, 12 Dec 2026 10:00:00 +0300');
    expect(r.kind).not.toBe('workspace_purge');
    expect(asks(r)).toBe(true);
  });
});

describe('a correction typed without punctuation', () => {
  it('asks which days when "oh wait" takes back a range mid-sentence', () => {
    const r = parse('hi pls delete driver app data rio-freight dec 3 to 5 2026 oh wait only the 4th sorry the 3rd and 5th are real orders');
    expect(r.ranges).not.toEqual([{ from: '2026-12-03', to: '2026-12-05' }]);
    expect(asks(r)).toBe(true);
  });

  it('asks when Romanian "de fapt nu" changes the source and day', () => {
    const r = parse('ștergeți driver app rio-freight 1-3 dec 2026 de fapt nu, doar tracking web pe 2 dec 2026, driver app rămâne');
    expect(asks(r)).toBe(true);
  });
});

describe('hours the customer already accepted as whole days', () => {
  it('does not ask again when the sender says whole days are fine', () => {
    const r = parse("between 2pm and 4pm PST on December 3 a script ran against Driver App in rio-freight. can you delete that window? I know you only do whole days, that's fine.", 'Mon, 07 Dec 2026 16:20:00 -0800');
    expect(r.ranges.length).toBeGreaterThan(0);
    expect(asks(r)).toBe(false);
  });
});

describe('a Hungarian span whose days carry "from" and "until" as endings', () => {
  it('reads the span with its month written twice', () => {
    const r = parse('Kérem törölni a rio-freight Driver App adatait 2026. november 9-től november 12-ig.');
    expect(r.ranges).toEqual([{ from: '2026-11-09', to: '2026-11-12' }]);
    expect(asks(r)).toBe(false);
  });

  it('asks when the span is written end first, with or without the month again', () => {
    for (const text of ['Tracking Web törlés (rio-freight) 2026. november 12-től november 9-ig', 'Tracking Web törlés (rio-freight) 2026. november 12-étől 9-éig']) {
      const r = parse(text);
      expect(r.ranges).toEqual([]);
      expect(r.ambiguities.join(' ')).toContain('ends before it starts');
    }
  });
});

describe('a bulleted or numbered list of sources', () => {
  const shop = indexCatalog({
    workspaces: [
      {
        id: 'ws_h1', slug: 'harbor-deli', name: 'Harbor Deli', contacts: ['it@harbordeli.example'], admins: [], deletedAt: null,
        sources: [{ id: 'src_h1', slug: 'ios-app', name: 'iOS App' }, { id: 'src_h2', slug: 'android-app', name: 'Android App' }, { id: 'src_h3', slug: 'web', name: 'Web' }],
        spaces: [],
      },
    ],
  } satisfies Catalog);
  const read = (text: string): ParseResult =>
    contractView(parseRequest(textMessage(text, { from: 'it@harbordeli.example', date: new Date('2026-12-14T10:00:00Z') }), shop, { now: NOW }));

  it('reads every bulleted item, the last one a plain word too', () => {
    const r = read('Hello,\n\nWorkspace: Harbor Deli\nSources:\n • iOS App\n • Android App\n • Web\nDays: 1–7 December 2026\n\nThanks');
    expect(r.sources).toEqual(['android-app', 'ios-app', 'web']);
    expect(asks(r)).toBe(false);
  });

  it('reads a numbered list the same way', () => {
    const r = read('Please delete these in harbor-deli for 1–7 December 2026:\n1. iOS App\n2. Web');
    expect(r.sources).toEqual(['ios-app', 'web']);
  });

  it('does not take a word opening a later bullet that tells the story as a listed source', () => {
    const r = read('Please delete the iOS App data in harbor-deli for 3 December 2026.\n\n- Web team will follow up with their own request');
    expect(r.sources).toEqual(['ios-app']);
  });
});
