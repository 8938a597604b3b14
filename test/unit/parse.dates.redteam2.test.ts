/**
 * Second red-team round on days: requests that came out complete (staff see them as ready to approve)
 * with requested days dropped or moved. "we still need it done by Friday" read as keeping the last day,
 * "December 2026 1-3" read as 3 January, "2026 Dec 1-3" as Dec 1 alone, "Nov 23 and the two days after"
 * as Nov 23 alone. A wrong deletion cannot be undone and a question costs a day: the days are read, or
 * asked about, never dropped silently. The must-still-work counterparts keep the readings that were right.
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
      id: 'ws_t1', slug: 'tidewater-labs', name: 'Tidewater Labs', contacts: ['mina@tidewater.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_t1', slug: 'checkout-web', name: 'Checkout Web' }, { id: 'src_t2', slug: 'android-app', name: 'Android App' }],
      spaces: [],
    },
    {
      id: 'ws_v1', slug: 'vento-sul', name: 'Vento Sul', contacts: ['dados@ventosul.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_v1', slug: 'loja', name: 'Loja' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const EN = 'mina@tidewater.example';
const PT = 'dados@ventosul.example';
// Thursday 26 November 2026.
const SENT = new Date('2026-11-26T09:00:00Z');
const parse = (text: string, from = EN): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: SENT, subject: '' }), catalog, { now: new Date('2026-11-27T08:00:00Z') }));
const asked = (r: ParseResult): string => r.ambiguities.join(' / ');
const NOV_23_24 = [{ from: '2026-11-23', to: '2026-11-24' }];
const NOV_23_25 = [{ from: '2026-11-23', to: '2026-11-25' }];
const NOV_23_AND_25 = [{ from: '2026-11-23', to: '2026-11-23' }, { from: '2026-11-25', to: '2026-11-25' }];

/** Complete, with exactly these days. */
function reads(text: string, ranges: { from: string; to: string }[], from = EN): void {
  const r = parse(text, from);
  expect(r.ranges).toEqual(ranges);
  expect(r.ambiguities).toEqual([]);
}
/** Not complete: a question stands, so staff cannot approve a guess. */
function asks(text: string, words: string, from = EN): void {
  const r = parse(text, from);
  expect(asked(r)).toContain(words);
  expect(r.ranges).toEqual([]);
}

describe('words about the request or its deadline keep every day (finding 5)', () => {
  it.each([
    ['done by Monday', 'Hi, please remove the Checkout Web data in tidewater-labs for Nov 23 and Nov 24, we still need it done by Monday.'],
    ['keep it short', 'Hi, please remove the Checkout Web data in tidewater-labs for Nov 23 and Nov 24 — keep it short, thanks.'],
    ['keep it to one source only', 'Hi, please remove the Checkout Web data in tidewater-labs for Nov 23 and Nov 24, keep it to Checkout Web only.'],
    ['keep them coming', 'Hi, please remove the Checkout Web data in tidewater-labs for Nov 23 and Nov 24, keep them coming!'],
  ])('%s', (_, text) => reads(text, NOV_23_24));
  it.each([
    ['Spanish "lo necesitamos para hoy"', 'Hola, por favor borren los datos de Loja en vento-sul del 23 y 24 de noviembre de 2026, lo necesitamos para hoy.'],
    ['Portuguese "precisamos dele amanhã"', 'Oi, por favor apaguem os dados da fonte Loja em vento-sul dos dias 23 e 24 de novembro de 2026, precisamos dele amanhã.'],
  ])('%s', (_, text) => reads(text, NOV_23_24, PT));
  it.each([
    ['"we still need it." after a list of days', 'Hi, please remove the Checkout Web data in tidewater-labs for Nov 23 and Nov 24, we still need it.', '"Nov 24" still needed'],
    ['"we still need it for …"', 'Hi, please remove the Checkout Web data in tidewater-labs for Nov 23-25. Nov 24 we still need it for the audit.', '"Nov 24" still needed'],
    ['a deadline word right after the day', 'Hi, please remove the Checkout Web data in tidewater-labs for Nov 23-25, Nov 24 we still need it today.', '"Nov 24" still needed'],
  ])('unsure words ask: %s', (_, text, words) => asks(text, words));
});

describe('words that clearly keep the day still leave it out (finding 5, must still work)', () => {
  it.each([
    ['is still needed, keep it', 'Hi, please remove the Checkout Web data in tidewater-labs for Nov 23-25. Nov 24 is still needed, keep it.'],
    ['we still need it', 'Hi, please remove the Checkout Web data in tidewater-labs for Nov 23-25. Nov 24 we still need it.'],
  ])('%s', (_, text) => reads(text, NOV_23_AND_25));
  it('Spanish "lo necesitamos todavía"', () => {
    reads('Hola, por favor borren los datos de Loja en vento-sul del 23 al 25 de noviembre de 2026. El 24 de noviembre lo necesitamos todavía.', NOV_23_AND_25, PT);
  });
});

describe('year and month written before the days (findings 8, 9)', () => {
  it.each([
    ['November 2026 23-25', 'Please remove the Android App data in tidewater-labs for November 2026 23-25.'],
    ['Nov. 2026 23-25', 'Please remove the Android App data in tidewater-labs for Nov. 2026 23-25 inclusive.'],
    ['2026 November 23-25', 'Please remove the Android App data in tidewater-labs for 2026 November 23-25.'],
    ['2026 Nov 23 to 25', 'Please remove the Android App data in tidewater-labs for 2026 Nov 23 to 25.'],
    ['2026-11 23-25', 'Please remove the Android App data in tidewater-labs for 2026-11 23-25'],
    ['November 23-25, 2026 (must still work)', 'Please remove the Android App data in tidewater-labs for November 23-25, 2026.'],
  ])('%s', (_, text) => {
    const r = parse(text);
    expect(r.sources).toEqual(['android-app']);
    expect(r.ranges).toEqual(NOV_23_25);
    expect(r.ambiguities).toEqual([]);
  });
  it('days that are no span of the month are asked about', () => {
    asks('Please remove the Android App data in tidewater-labs for 2026 Nov 25-23.', '"2026 Nov 25-23"');
  });
});

describe('days counted from a day are asked about, never dropped (finding 10)', () => {
  it.each([
    ['and the two days after', 'Please remove the Android App data in tidewater-labs for Nov 23 and the two days after.', 'the two days after'],
    ['the three days before', 'Please remove the Android App data in tidewater-labs for the three days before Nov 25.', 'the three days before'],
    ['plus the weekend before', 'Please remove the Android App data in tidewater-labs for Nov 23 plus the weekend before.', 'plus the weekend before'],
    ['Nov 23 + 24', 'Please remove the Android App data in tidewater-labs for Nov 23 + 24.', '"Nov 23 + 24"'],
  ])('%s', (_, text, words) => asks(text, words));
  it('"Nov 23 + Nov 24" names both days (must still work)', () => {
    reads('Please remove the Android App data in tidewater-labs for Nov 23 + Nov 24.', NOV_23_24);
  });
});
