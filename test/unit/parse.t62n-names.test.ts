/**
 * Names and kinds from small organisations writing in a second language, in our own words: the older of
 * two versions left out in a word ("not the first X", "the old Y", "La fuente X anterior no", "X to nie
 * dotyczy"), a version number written without its "v" beside the bare name, a declined first word of
 * two sources' names, a Vietnamese "delete my account", and a last line "Team – Organisation" that signs
 * a mail with no sign-off. Each with controls that must read as before.
 */
import { describe, expect, it } from 'vitest';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const ADMIN = 'ana@harbor.example';
const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'harbor-school', name: 'Harbor School', contacts: [ADMIN, 'office@harbor.example'], admins: [ADMIN], deletedAt: null,
      sources: [
        { id: 's_1', slug: 'kiosk', name: 'Kiosk' },
        { id: 's_2', slug: 'kiosk-v2', name: 'Kiosk v2' },
        { id: 's_3', slug: 'tablet-app', name: 'Tablet App' },
        { id: 's_4', slug: 'tablet-app-2', name: 'Tablet App 2' },
        { id: 's_5', slug: 'forum-old', name: 'Forum 2.7' },
        { id: 's_6', slug: 'forum', name: 'Forum' },
        { id: 's_7', slug: 'rejestracja', name: 'Rejestracja' },
        { id: 's_8', slug: 'rejestracja-2', name: 'Rejestracja 2' },
      ],
      spaces: [{ id: 'sp_0', name: 'Rejestracje' }],
    },
    {
      id: 'ws_2', slug: 'dune-club', name: 'Dune Club', contacts: ['lee@dune.example'], admins: [], deletedAt: null,
      sources: [{ id: 's_9', slug: 'web-v1', name: 'Web v1' }, { id: 's_10', slug: 'web-v2', name: 'Web v2' }],
      spaces: [],
    },
  ],
});

const SENT = new Date('2027-07-05T09:00:00Z');
const parse = (text: string, from = ADMIN, subject = 'Data deletion'): ParseResult =>
  parseRequest(textMessage(text, { from, date: SENT, subject }), catalog, { now: new Date('2027-07-20T12:00:00Z') });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('the older version left out in a word', () => {
  it.each([
    ['Por favor borren la fuente Tablet App 2 (Harbor School) del 2 de julio de 2027. La fuente Tablet App anterior no.', ['tablet-app-2']],
    ['Proszę usunąć dane ze źródła Tablet App 2 (workspace harbor-school) za 2 lipca 2027 r.\nStarej aplikacji (Tablet App) to nie dotyczy.', ['tablet-app-2']],
    ['Proszę usunąć dane ze źródła „Tablet App” (nie „Tablet App 2”) w workspace harbor-school za 2 lipca 2027.', ['tablet-app']],
  ])('%j', (text, sources) => {
    const r = parse(text);
    expect(r.sources).toEqual(sources);
    expect(complete(r)).toBe(true);
  });

  // "not the old Moodle" beside Moodle and Moodle 3.9 would leave the current one out: "not the first/old X"
  // is asked about, as it was before (a question costs less than the wrong source).
  it.each([
    'Please delete Tablet App 2 data of Harbor School for 2 July 2027. Not the first Tablet App.',
    'Please delete Tablet App 2 data only (not the old Tablet App source) in harbor-school for 2 July 2027.',
  ])('%j: Tablet App 2, and asked about the older one', (text) => {
    const r = parse(text);
    expect(r.sources).toEqual(['tablet-app-2']);
    expect(complete(r)).toBe(false);
  });

  it('"our old Forum 2.7" where Forum 2.7 is kept as forum-old: the word agrees, nothing to ask', () => {
    const r = parse('Please delete the data of our old Forum 2.7 source (Harbor School) for 1 July 2027.');
    expect(r.sources).toEqual(['forum-old']);
    expect(complete(r)).toBe(true);
  });

  it('control: "the old Tablet App" asked for, not left out, is still asked about', () => {
    const r = parse('Please delete the old Tablet App data in Harbor School for 2 July 2027.');
    expect(r.ambiguities.length).toBeGreaterThan(0);
  });

  it('control: both versions asked for are both deleted', () => {
    const r = parse('Please delete Tablet App and Tablet App 2 in Harbor School for 2 July 2027.');
    expect(r.sources).toEqual(['tablet-app', 'tablet-app-2']);
  });
});

describe('a version written without its "v"', () => {
  it('beside the bare name, "Kiosk 2" is neither Kiosk nor Kiosk v2: asked', () => {
    const r = parse('Por favor borren Kiosk 2 de Harbor School del 2 de julio de 2027.');
    expect(r.sources).not.toContain('kiosk-v2');
    expect(r.ambiguities.length).toBeGreaterThan(0);
  });

  it('control: with no bare name, "Web 1" is Web v1', () => {
    const r = parse('Please delete Web 1 (Dune Club) for 2 July 2027.', 'lee@dune.example');
    expect(r.sources).toEqual(['web-v1']);
    expect(complete(r)).toBe(true);
  });

  it('control: "Kiosk v2" written as the catalog writes it', () => {
    const r = parse('Please delete Kiosk v2 in Harbor School for 2 July 2027.');
    expect(r.sources).toEqual(['kiosk-v2']);
    expect(complete(r)).toBe(true);
  });
});

describe('a declined word of two names', () => {
  it('"z rejestracji" with Rejestracja and Rejestracja 2 asks which: the source is named, not missing', () => {
    const r = parse('Prosimy o usunięcie danych z rejestracji (Harbor School) za 2 lipca 2027.');
    expect(r.sources).toEqual([]);
    // Named but unsettled: the contract view leaves it out of `missing`.
    expect(r.unsettled).toContain('source');
    expect(r.ambiguities.join(' ')).toMatch(/rejestracja, rejestracja-2/);
  });

  it('control: a space asked for, whose name is another form of the sources\' word, asks nothing of sources', () => {
    const r = parse('Please delete the Rejestracje Unify space in Harbor School.');
    expect(r.kind).toBe('unify_space');
    expect(r.ambiguities.join(' ')).not.toMatch(/which source/);
  });

  it('control: a source named beside it is read, nothing more asked', () => {
    const r = parse('Prosimy o usunięcie danych ze źródła Kiosk (Harbor School) za 2 lipca 2027.');
    expect(r.sources).toEqual(['kiosk']);
    expect(complete(r)).toBe(true);
  });
});

describe('kinds and signatures', () => {
  it('Vietnamese "xin xóa tài khoản của tôi" is an account purge', () => {
    const r = parse('Tôi là quản trị viên; xin xóa tài khoản của tôi và toàn bộ dữ liệu của các workspace tôi quản lý.');
    expect(r.kind).toBe('account_purge');
    expect(r.workspace).toBeNull();
  });

  it('"Team – Organisation" under a status question is a signature, not the workspace', () => {
    const r = parse('Hello, is DEL-202 done yet? Thanks.\n\nFront Office – Harbor School\nHotline: 1900 6868', 'office@harbor.example');
    expect(r.kind).toBe('status');
    expect(r.workspace).toBeNull();
    expect(r.ticket).toBe('DEL-202');
  });

  it('a cancel with only such a signature asks which request', () => {
    const r = parse('Hello, please cancel the deletion request! It was a mistake. Thanks\n\nFront Office – Harbor School', 'office@harbor.example');
    expect(r.kind).toBe('cancel');
    expect(r.missing).toContain('workspace');
  });

  it('control: a list line under a colon is the request, not a signature', () => {
    const r = parse('Please delete the data of 2 July 2027 from:\n\nHarbor School – Kiosk', 'office@harbor.example');
    expect(r.workspace).toBe('harbor-school');
    expect(r.sources).toEqual(['kiosk']);
  });
});

const CLINIC = 'desk@sunrise-clinic.example';
const clinics = indexCatalog({
  workspaces: [
    {
      id: 'ws_3', slug: 'sunrise-clinic', name: 'Sunrise Clinic', contacts: [CLINIC], admins: [CLINIC], deletedAt: null,
      sources: [{ id: 's_11', slug: 'web-sc', name: 'Web' }, { id: 's_12', slug: 'bookings', name: 'Bookings' }],
      spaces: [{ id: 'sp_1', name: 'Donors' }, { id: 'sp_2', name: 'Helpers' }],
    },
    {
      id: 'ws_4', slug: 'river-aid', name: 'River Aid', contacts: ['news@river.example'], admins: [], deletedAt: null,
      sources: [{ id: 's_13', slug: 'newsletter-ra', name: 'Newsletter' }],
      spaces: [],
    },
  ],
});
const read = (text: string, from = CLINIC, subject = 'Data deletion'): ParseResult =>
  parseRequest(textMessage(text, { from, date: SENT, subject }), clinics, { now: new Date('2027-07-20T12:00:00Z') });

describe('more names and kinds', () => {
  it('Greek "τα δεδομένα Web του X": the data word before a common-word name, "του" before its workspace', () => {
    const r = read('Θα θέλαμε να διαγραφούν τα δεδομένα Web του Sunrise Clinic από 1 έως 3 Ιουλίου 2027.');
    expect(r.sources).toEqual(['web-sc']);
    expect(complete(r)).toBe(true);
    expect(read('Παρακαλώ διαγράψτε και το Web του Sunrise Clinic για τις 2 Ιουλίου 2027.').sources).toEqual(['web-sc']);
  });

  it('Turkish "… alanı kalsın" keeps the other space', () => {
    const r = read('Sunrise Clinic workspace\'indeki "Donors" Unify alanını (space) silmenizi istiyoruz. Helpers alanı kalsın.');
    expect(r.kind).toBe('unify_space');
    expect(r.space).toBe('Donors');
    expect(complete(r)).toBe(true);
  });

  it('a workspace read only from the start of a longer name asked about is left open', () => {
    const r = read('Please delete the Web data for Sunrise Clinic Harbourside on 2 July 2027.');
    expect(r.workspace).toBeNull();
    expect(r.sources).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/Sunrise Clinic Harbourside/);
    // Controls: a number or a product word after the name is no other branch; written alone, the workspace is read.
    expect(read('Please delete the Web data for Sunrise Clinic 2 July 2027.').workspace).toBe('sunrise-clinic');
    expect(read('Please delete the Web data for Sunrise Clinic on 2 July 2027.').workspace).toBe('sunrise-clinic');
  });

  it.each([
    ['Hola, soy paciente de Sunrise Clinic, quiero que borren todos mis datos de su sistema por favor.'],
    ['Em là học viên cũ của Sunrise Clinic. Em muốn xóa toàn bộ dữ liệu cá nhân của em. Em cảm ơn ạ.'],
  ])('one of the organisation\'s people asking for their own data is an end user: %j', (text) => {
    expect(read(text, 'someone@mail.example').kind).toBe('user_data');
  });

  it('control: "my data" from the organisation, with no such words, is not an end user', () => {
    expect(read('Please delete all Bookings data of Sunrise Clinic for 2 July 2027.').kind).toBe('source_data');
  });

  it.each([
    ['On 12 July 2027 every clinic must rotate its passwords. This is not related to data deletion.'],
    ['Before any deletion, can you send us an export of all Bookings data? We do not want to delete anything yet.'],
  ])('said to be no deletion: %j', (text) => {
    expect(read(text).kind).toBe('unknown');
  });

  // Taken back: read as no request, a deletion naming a source with an extra word was dropped as well
  // ("Quelle „Newsletter-staging“"). Such a newsletter is now asked about; it deletes nothing.
  it('a newsletter naming one workspace and another\'s source word deletes nothing', () => {
    const r = read('Dear members,\n\nIn this issue: how Sunrise Clinic helped 10,000 families. Remember: you can delete old data anytime!\n\nUnsubscribe', 'letters@network.example', 'July newsletter');
    expect(r.kind === 'unknown' || r.missing.length + r.ambiguities.length > 0).toBe(true);
  });

  it('Vietnamese "xóa space" asks for a space deletion', () => {
    expect(read('Chào anh chị, nhờ xóa space Donors của Sunrise Clinic. Cảm ơn!').kind).toBe('unify_space');
  });
});

describe('every one of the sources', () => {
  it('"sent fake records to every one of our sources … delete all the affected data" takes every source', () => {
    const r = read('On 2 June 2027 a test sent fake records to every one of our sources. Please delete all the affected data in workspace Sunrise Clinic for 2 June 2027.');
    expect(r.sources).toEqual(['bookings', 'web-sc']);
    expect(complete(r)).toBe(true);
  });

  it('control: "one of our sources" alone says not which', () => {
    const r = read('A test sent fake records to one of our sources. Please delete the affected data in workspace Sunrise Clinic for 2 June 2027.');
    expect(r.sources).toEqual([]);
    expect(complete(r)).toBe(false);
  });
});

describe('an archive purge named in French or Spanish', () => {
  it.each([
    ['Nous souhaitons la purge des archives de Sunrise Clinic.'],
    ['Solicitamos la purga de los archivos de Sunrise Clinic.'],
  ])('%j', (text) => {
    expect(read(text).kind).toBe('archive_purge');
  });

  it('control: days of a source are no archive purge', () => {
    expect(read('Merci de supprimer les données Bookings de Sunrise Clinic du 2 juillet 2027.').kind).toBe('source_data');
  });
});
