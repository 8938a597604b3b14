/**
 * Requests that are written out in full but are not yet ready to run: held until the writer gives the
 * word, made on a condition, with the days left open for the desk to pick, with days that reach a day
 * whose trouble is still going on, or with a period of which only a part is meant; and a workspace whose
 * name is a common word, written where that word could just describe the customer's workspace.
 * What staff would see: the scope as written, and a question before anything is deleted.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const src = (prefix: string, names: string[]): { id: string; slug: string; name: string }[] =>
  names.map((name, k) => ({ id: `src_${prefix}${k}`, slug: name.toLowerCase().replace(/\s+/g, '-'), name }));
const ws = (slug: string, name: string, contacts: string[], sources: string[]) => ({
  id: `ws_${slug}`, slug, name, contacts, admins: [], deletedAt: null, sources: src(slug.slice(0, 3), sources), spaces: [{ id: `spa_${slug}`, name: 'Default Space' }],
});
const catalog = indexCatalog({
  workspaces: [
    ws('harbor-labs', 'Harbor Labs', ['lena@harbor.example'], ['Checkout', 'Mobile Shop']),
    ws('primary', 'Primary', ['ops@quill.example'], ['Website', 'Kiosk']),
    ws('primary-sandbox', 'Primary Sandbox', ['ops@quill.example'], ['Website']),
    ws('data', 'Data', ['bi@datahouse.example'], ['Events', 'Web']),
  ],
} satisfies Catalog);

const NOW = new Date('2027-01-20T10:00:00Z');
const parse = (text: string, from = 'lena@harbor.example', dateHeader = 'Wed, 10 Jun 2026 09:00:00 +0000'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: new Date(dateHeader), dateHeader, subject: 'data deletion' }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a request held until the writer gives the word is asked about, in each language', () => {
  it.each([
    ['English', 'Please remove the harbor-labs workspace completely, but wait for my OK before you start.'],
    ['Portuguese', 'Podem excluir o workspace harbor-labs inteiro. Aguardem o meu sinal, por favor.'],
    ['Portuguese, only after', 'Podem excluir o workspace harbor-labs inteiro, só depois que o jurídico aprovar.'],
    ['Spanish', 'Pueden borrar el workspace harbor-labs entero. Esperen mi confirmación antes.'],
    ['French', 'Vous pouvez supprimer le workspace harbor-labs en entier. Attendez mon feu vert.'],
    ['German', 'Bitte löscht den Workspace harbor-labs komplett, aber erst nachdem die Geschäftsführung zugestimmt hat.'],
    ['Dutch', 'Verwijder de workspace harbor-labs volledig. Wacht op mijn akkoord.'],
  ])('%s: the purge is read as written and not left ready to approve', (_, text) => {
    const r = parse(text);
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('harbor-labs');
    expect(asks(r)).toBe(true);
  });
});

describe('a Dutch "als …, dan …" is a condition', () => {
  it('the Checkout days are read but asked about', () => {
    const r = parse('Als de nieuwe import morgen weer mislukt, verwijder dan de Checkout-data van harbor-labs van 1 t/m 3 juni 2026.');
    expect(r.sources).toEqual(['checkout']);
    expect(r.ranges).toEqual([{ from: '2026-06-01', to: '2026-06-03' }]);
    expect(r.ambiguities.some((a) => /condition/.test(a))).toBe(true);
  });

  it('"als" meaning "as" sets no condition', () => {
    const r = parse('Als contactpersoon van harbor-labs: verwijder de Checkout-data van 2 juni 2026.');
    expect(r.ranges).toEqual([{ from: '2026-06-02', to: '2026-06-02' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('days left for the desk to choose are asked about', () => {
  it('"and whatever other days were hit" beside named days', () => {
    const r = parse('Please delete the Checkout data in harbor-labs for 3-4 June 2026 plus any other days affected by the outage.');
    expect(r.ranges).toEqual([{ from: '2026-06-03', to: '2026-06-04' }]);
    expect(asks(r)).toBe(true);
  });
});

describe('days that reach today while the trouble is still going on', () => {
  it('are asked about: data arriving after the deletion would stay', () => {
    const r = parse('Please delete the Checkout data in harbor-labs from yesterday and today, the broken pixel is still firing.');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.some((a) => /still going on/.test(a))).toBe(true);
  });

  it('"yesterday and today" alone is deleted as written', () => {
    const r = parse('Please delete the Checkout data in harbor-labs from yesterday and today.');
    expect(r.ranges).toEqual([{ from: '2026-06-09', to: '2026-06-10' }]);
    expect(asks(r)).toBe(false);
  });

  it('a past day is not held back by trouble that is still going on', () => {
    const r = parse('Please delete the Checkout data in harbor-labs for 2 June 2026; the bug is still live on staging but that day is done.');
    expect(r.ranges).toEqual([{ from: '2026-06-02', to: '2026-06-02' }]);
  });
});

describe('only a part of a period is no time frame', () => {
  it.each([
    ['English', 'Please delete the Checkout data in harbor-labs for part of last month.'],
    ['Japanese', 'harbor-labsのCheckoutのデータのうち、先月の一部を削除してください。'],
  ])('%s: no days are taken and which ones is asked', (_, text) => {
    const r = parse(text);
    expect(r.ranges).toEqual([]);
    expect(asks(r)).toBe(true);
  });
});

describe('a data word after a workspace describes it, even where a workspace is named by that word', () => {
  it('"harbor-labs data" names one workspace and asks only for the source', () => {
    const r = parse('Hi, please delete harbor-labs data for 4 June 2026.', 'lena@harbor.example');
    expect(r.workspace).toBe('harbor-labs');
    expect(r.missing).toEqual(['source']);
  });
});

describe('a status question about a ticket asks nothing about the names around it', () => {
  it('"whether the Website data is gone" under a ticket number', () => {
    const r = parse('Hi, any news on DEL-4410? Legal asks whether the Website data is gone.', 'ops@quill.example');
    expect(r.kind).toBe('status');
    expect(r.ticket).toBe('DEL-4410');
    expect(asks(r)).toBe(false);
  });
});

describe('a workspace named by a common word, written between "our" and "workspace"', () => {
  it('may only describe the customer\'s workspace: which one is asked, none is taken', () => {
    const r = parse('Please delete the Kiosk data from our primary workspace for 4 June 2026.', 'ops@quill.example');
    expect(r.workspace).toBeNull();
    expect(r.ambiguities.some((a) => /only describe yours/.test(a))).toBe(true);
  });

  it('followed by a workspace\'s name, the name written after it is meant', () => {
    const r = parse('Please delete the Checkout data from our primary workspace harbor-labs for 4 June 2026.');
    expect(r.workspace).toBe('harbor-labs');
    expect(asks(r)).toBe(false);
  });

  it('written as its name, it is that workspace', () => {
    const r = parse('Please delete the Kiosk data from our Primary workspace for 4 June 2026.', 'ops@quill.example');
    expect(r.workspace).toBe('primary');
    expect(r.sources).toEqual(['kiosk']);
  });
});
