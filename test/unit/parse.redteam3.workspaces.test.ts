/**
 * A workspace named in passing is no scope. A customer mentions other companies: a former employer in the
 * signature, a story ("the same thing happened at …"), a client the events were for, a workspace they
 * have access to but leave alone. Read as the workspace, each turned a request into a complete deletion
 * in a workspace the sender does not belong to. The contact list never picks the workspace; the parser
 * asks. Plain requests that name the workspace stay complete, from contacts and strangers alike.
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
      id: 'ws_f1', slug: 'fjordline', name: 'Fjordline Travel', contacts: ['ingrid@fjordline.example'], admins: ['ingrid@fjordline.example'], deletedAt: null,
      sources: [{ id: 'src_f1', slug: 'booking-app', name: 'Booking App' }, { id: 'src_f2', slug: 'web', name: 'Website' }],
      spaces: [],
    },
    {
      id: 'ws_f2', slug: 'fjordline-test', name: 'Fjordline Test', contacts: ['ingrid@fjordline.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_f3', slug: 'booking-app-test', name: 'Booking App Test' }],
      spaces: [],
    },
    {
      id: 'ws_p1', slug: 'pelican-foods', name: 'Pelican Foods', contacts: ['tom@pelican.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_p1', slug: 'booking-app', name: 'Booking App' }],
      spaces: [],
    },
    {
      id: 'ws_d1', slug: 'dosa-hq', name: 'Dosa', contacts: ['meera@dosa.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_d1', slug: 'web', name: 'Website' }],
      spaces: [],
    },
    {
      id: 'ws_d2', slug: 'dosa-express', name: 'Dosa Express', contacts: ['meera@dosa.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_d2', slug: 'web', name: 'Website' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const TOM = 'tom@pelican.example';
const INGRID = 'ingrid@fjordline.example';
const SENT = new Date('2026-12-03T10:00:00Z');
const parse = (text: string, from: string): ParseResult => contractView(parseRequest(textMessage(text, { from, date: SENT }), catalog, { now: SENT }));
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('a workspace the sender is no contact of, named only in passing, is asked about', () => {
  it.each([
    ['a former employer in the signature', 'Please delete the Booking App data for Dec 1.\n\nTom\nformerly at Fjordline Travel'],
    ['a story in a PS', 'Please delete the Booking App data for Dec 1.\n\nTom\nPS: same thing happened at Fjordline Travel last year.'],
    ['what the sender used to do elsewhere', 'Please delete the Booking App data for Dec 1. I used to do this at Fjordline Travel too.'],
    ['a fix done for another company', 'Please delete the Booking App data for Dec 1, the same fix you did for Fjordline Travel.'],
    ['a client the events were for', 'Please delete the Booking App data for Dec 1 - those were test events for our client Fjordline Travel.'],
    ['a client inside the request', 'Please delete the Booking App data of our client Fjordline Travel for Dec 1.'],
    ['German: what happened back then', 'Bitte löschen Sie die Daten der Booking App vom 1.12.2026, wie damals bei Fjordline Travel.'],
    ['Spanish: the same happened there', 'Por favor borren los datos de Booking App del 1 de diciembre de 2026. Lo mismo pasó en Fjordline Travel el año pasado.'],
    ['French: a client', 'Merci de supprimer les données Booking App du 1er décembre 2026 - ce sont des tests pour notre client Fjordline Travel.'],
  ])('%s', (_, text) => {
    const r = parse(text, TOM);
    expect(complete(r)).toBe(false);
    expect(r.ambiguities.join(' ')).toMatch(/Fjordline Travel.*which workspace is meant/);
  });

  it('a workspace the sender has access to but calls fine is left out, and the request asks which workspace', () => {
    const r = parse('Please delete the Booking App data for Dec 1 in my workspace (I also have access to Fjordline Test, but that one is fine).', INGRID);
    expect(r.workspace).toBeNull();
    expect(complete(r)).toBe(false);
    expect(r.ambiguities.join(' ')).toContain('leaving Fjordline Test out');
  });

  it('with the request naming its workspace, a former one beside it is context', () => {
    const r = parse("I'm at Pelican Foods now (formerly at Fjordline Travel). Please delete the Booking App data in Pelican Foods for Dec 1.", TOM);
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'pelican-foods', sources: ['booking-app'], ranges: [{ from: '2026-12-01', to: '2026-12-01' }] });
    expect(complete(r)).toBe(true);
  });
});

describe('plain requests naming a workspace stay complete', () => {
  it.each([
    ['a stranger naming it in the request (a contact confirms)', 'Please delete the Booking App data in Fjordline Travel for Dec 1.', TOM],
    ['a stranger introducing themselves', "Hi, I'm the new data lead at Fjordline Travel. Please delete the Booking App data for Dec 1.", TOM],
    ['a stranger writing it as a field', 'Workspace: fjordline\nSource: Booking App\nDay: Dec 1\n\nPlease delete.', TOM],
    ['a contact telling a story about their own workspace', 'Please delete the Booking App data in Fjordline Travel for Dec 1. Same thing happened at Fjordline Travel last year.', INGRID],
  ])('%s', (_, text, from) => {
    const r = parse(text, from);
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'fjordline', sources: ['booking-app'], ranges: [{ from: '2026-12-01', to: '2026-12-01' }] });
    expect(complete(r)).toBe(true);
  });
});

describe('a one-word workspace name that starts another workspace name', () => {
  it('written as a plain lower-case word, it may mean either: asked', () => {
    const r = parse('pls delete dosa website data for 1 dec 2026', 'meera@dosa.example');
    expect(complete(r)).toBe(false);
    expect(r.ambiguities.join(' ')).toContain('dosa-hq or dosa-express');
  });

  it.each([
    ['written as the name', 'Please delete the Website data in Dosa for Dec 1.', 'dosa-hq'],
    ['the longer name written in full', 'Please delete the Website data in Dosa Express for Dec 1.', 'dosa-express'],
  ])('%s: read as written', (_, text, slug) => {
    const r = parse(text, 'meera@dosa.example');
    expect(r).toMatchObject({ kind: 'source_data', workspace: slug, sources: ['web'] });
    expect(complete(r)).toBe(true);
  });
});
