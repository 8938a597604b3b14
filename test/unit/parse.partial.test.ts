/**
 * A reading that understood only part of what was written must ask, never pass the part as the whole:
 * lists and ranges of days written with "dia"/"día", a day number joined to a date but not read with
 * it, an open range with no last day, a workspace named only in the team's sign-off, and the HTML part
 * of a forward read the way its text part is. Messages written for this file.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import type { InboundMessage } from '../../src/domain/message';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_lv01', slug: 'lagoa-verde', name: 'Lagoa Verde', contacts: ['rita@lagoaverde.example'], admins: ['rita@lagoaverde.example'], deletedAt: null,
      sources: [{ id: 'src_lv_app', slug: 'app-loja', name: 'App Loja' }, { id: 'src_lv_web', slug: 'site-loja', name: 'Site Loja' }], spaces: [],
    },
    {
      id: 'ws_ha01', slug: 'hollow-ash', name: 'Hollow Ash', contacts: ['ben@hollowash.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_ha_web', slug: 'web', name: 'Web' }], spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2025-04-02T12:00:00Z');
function parse(text: string, extra: Partial<InboundMessage> = {}): ParseResult {
  const message: InboundMessage = {
    messageId: 'partial@x', from: { address: 'rita@lagoaverde.example', name: 'Rita' }, to: [], cc: [], replyTo: null, subject: 'Exclusão de dados',
    date: new Date('2025-03-28T13:00:00Z'), text, html: null, inReplyTo: null, references: [], headers: { date: 'Fri, 28 Mar 2025 10:00:00 -0300' },
    contentType: 'text/plain', attachments: [], ...extra,
  };
  return parseRequest(message, catalog, { now: NOW });
}
const R = (from: string, to = from) => ({ from, to });
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('days written with the word "day", and lists of days, are every day written', () => {
  it.each<[string, { from: string; to: string }[]]>([
    ['Por favor excluam os dados da App Loja (lagoa-verde) do dia 3 ao dia 5 de março de 2025.', [R('2025-03-03', '2025-03-05')]],
    ['Por favor eliminen los datos de App Loja en lagoa-verde del día 3 al día 5 de marzo de 2025.', [R('2025-03-03', '2025-03-05')]],
    ['Por favor excluam os dados da App Loja (lagoa-verde) dos dias 3, 7 e 9 de março de 2025.', [R('2025-03-03'), R('2025-03-07'), R('2025-03-09')]],
    ['Por favor eliminen los datos de App Loja en lagoa-verde: 3, 7 y 9 de marzo de 2025.', [R('2025-03-03'), R('2025-03-07'), R('2025-03-09')]],
    ['Please delete the App Loja data of lagoa-verde for March 3, 7 and 9, 2025.', [R('2025-03-03'), R('2025-03-07'), R('2025-03-09')]],
    ['Please delete the App Loja data of lagoa-verde for 3, 7 and 9 March 2025.', [R('2025-03-03'), R('2025-03-07'), R('2025-03-09')]],
    ['Merci de supprimer les données App Loja de lagoa-verde des 3, 7 et 9 mars 2025.', [R('2025-03-03'), R('2025-03-07'), R('2025-03-09')]],
  ])('%s', (text, ranges) => {
    const r = parse(text);
    expect(r.ranges).toEqual(ranges);
    expect(asks(r)).toBe(false);
  });

  it('a range written backwards with "dia" asks', () => {
    const r = parse('Por favor excluam os dados da App Loja (lagoa-verde) do dia 10 ao dia 5 de março de 2025.');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/ends before it starts/);
  });

  it('"do dia 3" is "of the day 3" in Portuguese, not Thursday ("Do." in German)', () => {
    expect(parse('Por favor excluam os dados da App Loja (lagoa-verde) do dia 3 de março de 2025.').ranges).toEqual([R('2025-03-03')]);
    const german = parse('Bitte löschen Sie die Daten der App Loja in lagoa-verde vom Do., 6. März 2025.');
    expect(german.ranges).toEqual([R('2025-03-06')]);
    expect(parse('Bitte löschen Sie die Daten der App Loja in lagoa-verde vom Mi., 6. März 2025.').ambiguities.join(' ')).toMatch(/is not a Wednesday/);
  });

  it('a day number joined to a date but not read with it asks instead of deleting the date alone', () => {
    const r = parse('Por favor excluam os dados da App Loja (lagoa-verde) dos dias 3 até 5, e 9 de março de 2025.');
    expect(asks(r)).toBe(true);
  });
});

describe('an open range names no last day', () => {
  it.each([
    'Please delete the App Loja data of lagoa-verde since March 3, 2025.',
    'Por favor excluam os dados da App Loja (lagoa-verde) a partir de 3 de março de 2025.',
    'Bitte löschen Sie die Daten der App Loja in lagoa-verde ab dem 3. März 2025.',
  ])('%s → asks, proposing the message date as the end', (text) => {
    const r = parse(text);
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toContain('from 2025-03-03 up to the message date 2025-03-28');
  });
});

describe('a workspace named only where the team signs off is not named in the request', () => {
  it.each([
    'Hello,\n\nwe are closing down. Please delete all our data.\n\nThe Hollow Ash team',
    'Hello,\n\nwe are closing down. Please delete all our data.\n\nHollow Ash team',
    "Bonjour,\n\nnous fermons. Merci de supprimer toutes nos données.\n\nL'équipe Hollow Ash",
  ])('%j', (text) => {
    const r = parse(text, { from: { address: 'ben@hollowash.example', name: 'Ben' } });
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBeNull();
    expect(r.missing).toContain('workspace');
  });

  it('the same workspace written in the request is complete', () => {
    const r = parse('Hello,\n\nwe are closing down. Please delete the workspace hollow-ash and all our data.\n\nThe Hollow Ash team', { from: { address: 'ben@hollowash.example', name: 'Ben' } });
    expect(r).toMatchObject({ kind: 'workspace_purge', workspace: 'hollow-ash', missing: [], ambiguities: [] });
  });
});

describe('the HTML part of a forward is read as its text part is', () => {
  it('an Outlook forward sent as text and HTML names one workspace in both', () => {
    const text = 'Forwarding to the deletion desk.\n\nFrom: Ben Ash <ben@hollowash.example>\nSent: Friday, March 21, 2025 9:00 AM\nTo: Support <support@example.com>\nSubject: closing\n\nPlease delete our workspace hollow-ash and all our data.\n\nBen';
    const html = `<html><body>${text.split('\n').map((l) => `<div>${l ? l.replace(/</g, '&lt;').replace(/>/g, '&gt;') : '<br>'}</div>`).join('')}</body></html>`;
    const r = parse(text, { subject: 'FW: closing', html, contentType: 'multipart/alternative', from: { address: 'sam@support.example', name: 'Sam' } });
    expect(r.ambiguities.join(' ')).not.toMatch(/text and HTML versions/);
    expect(r).toMatchObject({ kind: 'workspace_purge', workspace: 'hollow-ash' });
  });
});
