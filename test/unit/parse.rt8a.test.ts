/**
 * Five shapes of mail that read as a complete deletion while they were not one: a space named after an
 * exception word ("sauf l'espace …") taken as the space to delete; a deletion tied to something still to
 * happen ("after legal approves", "nach Freigabe", "una volta che"); a question about what a deletion
 * would do ("que se passerait-il si …?"); a question whether a deletion was done ("did you already
 * delete …?"); and a forward whose note asks nothing ("Let's discuss first"). Each must ask, or be read
 * as what it is; the ordinary requests beside them stay complete.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_7', slug: 'lumen-books', name: 'Lumen Books', contacts: ['ana@lumenbooks.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_71', slug: 'reader-app', name: 'Reader App' }, { id: 'src_72', slug: 'shop-web', name: 'Shop Web' }],
      spaces: [{ id: 'spa_71', name: 'Book Clubs' }],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2026-12-04T12:00:00Z');
const parse = (text: string, subject = 'Data deletion request'): ParseResult =>
  parseRequest(textMessage(text, { from: 'ana@lumenbooks.example', date: new Date('2026-12-02T09:00:00Z'), subject }), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('a space named after an exception word is the space to keep', () => {
  it.each([
    "Supprimez toutes les données de lumen-books, sauf l'espace Book Clubs.",
    'Bitte löscht alles in lumen-books außer dem Space Book Clubs.',
    'Borren todo en lumen-books excepto el espacio Book Clubs.',
    'Cancellate tutto in lumen-books tranne lo spazio Book Clubs.',
    'Graag alles in lumen-books verwijderen behalve de space Book Clubs.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.kind).not.toBe('unify_space');
    expect(r.space).toBeNull();
    expect(complete(r)).toBe(false);
  });

  it('still deletes a space asked for by name', () => {
    const r = parse('Please delete the Book Clubs space in lumen-books.');
    expect(r.kind).toBe('unify_space');
    expect(r.space).toBe('Book Clubs');
  });
});

describe('a deletion waiting on something still to happen is asked about', () => {
  it.each([
    'After our DPO approves, please delete the Reader App data in lumen-books for 20 November 2026.',
    'Should finance agree, please delete Shop Web in lumen-books for 20 November 2026.',
    'In the event that the rerun fails, please delete Shop Web in lumen-books for 20 November 2026.',
    'Please delete Shop Web in lumen-books for 20 November 2026 as soon as the warehouse export has finished.',
    'Nach Genehmigung durch den Vorstand bitte Shop Web in lumen-books vom 20. November 2026 löschen.',
    "Une fois que l'audit sera validé, merci de supprimer Shop Web dans lumen-books du 20 novembre 2026.",
    'Si todavía estamos a tiempo, borren Shop Web en lumen-books del 20 de noviembre de 2026.',
    "Una volta che il legale dà l'ok, cancellate Shop Web in lumen-books del 20 novembre 2026.",
    'Zodra de jurist akkoord geeft, graag Shop Web in lumen-books van 20 november 2026 verwijderen.',
    'Po akceptacji zarządu prosimy usunąć Shop Web w lumen-books z 20 listopada 2026.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(complete(r)).toBe(false);
    expect(r.ambiguities.join(' ')).toMatch(/condition/);
  });

  it.each([
    'After the faulty release on 20 November 2026, please delete Shop Web in lumen-books for 20 November 2026.',
    'Please delete Shop Web in lumen-books for 20 November 2026 when you get a chance.',
    'Si es posible, borren Shop Web en lumen-books del 20 de noviembre de 2026.',
  ])('leaves a complete request complete: %s', (text) => {
    expect(complete(parse(text))).toBe(true);
  });
});

describe('a question about what a deletion would do is not a request', () => {
  it.each([
    'What would happen to our dashboards if you deleted Shop Web in lumen-books for 20 November 2026?',
    'Was würde passieren, wenn ihr Shop Web in lumen-books vom 20. November 2026 löscht?',
    "Qu'arriverait-il si vous supprimiez Shop Web dans lumen-books du 20 novembre 2026 ?",
    '¿Qué pasaría si borraran Shop Web en lumen-books del 20 de noviembre de 2026?',
    'Angenommen, ihr löscht Shop Web in lumen-books vom 20. November 2026 – ist das dann auch im Warehouse weg?',
  ])('%s', (text) => {
    const r = parse(text);
    expect(complete(r)).toBe(false);
    expect(r.ambiguities.join(' ')).toMatch(/question about what a deletion would do/);
  });
});

describe('a question whether a deletion was done is about its status', () => {
  it.each([
    'Did you already delete the Shop Web data in lumen-books for 20 November 2026? The events are still there.',
    'Les données de Shop Web dans lumen-books du 20 novembre 2026 ont-elles bien été supprimées ?',
    'Habt ihr Shop Web in lumen-books vom 20. November 2026 schon gelöscht?',
    '¿Se borraron ya los datos de Shop Web en lumen-books del 20 de noviembre de 2026?',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.kind).toBe('status');
    expect(r.ranges).toEqual([]);
  });

  it('a workspace said to be deleted, in a request to purge it, is no status question', () => {
    const r = parse('Our old workspace lumen-books was deleted in 2023. Could you purge whatever is left of it in your archive?');
    expect(r.kind).not.toBe('status');
  });

  it('a request beside the question stays a request', () => {
    const r = parse('Did you delete the Shop Web data for 19 November 2026? Please also delete Shop Web in lumen-books for 20 November 2026.');
    expect(r.kind).toBe('source_data');
  });
});

describe('a forward is the forwarder’s request only when their note asks for it', () => {
  const forwarded = (note: string): string =>
    `${note}\n\n---------- Forwarded message ---------\nFrom: Ben Ruiz <ben@lumenbooks.example>\nDate: Mon, Nov 30, 2026 at 4:10 PM\nSubject: cleanup\nTo: Ana <ana@lumenbooks.example>\n\nHi Ana, we need the Shop Web data in lumen-books for 20 November 2026 deleted.`;

  it.each(['Let us go over this on Friday first.', 'Wie seht ihr das?', 'Pour vos archives.'])('asks for "%s"', (note) => {
    expect(complete(parse(forwarded(note), 'Fwd: cleanup'))).toBe(false);
  });

  it.each(['Please handle this one.', 'Procedete pure, grazie.', 'Bitte erledigen.'])('takes "%s" as the forwarder’s request', (note) => {
    const r = parse(forwarded(note), 'Fwd: cleanup');
    expect(r.kind).toBe('source_data');
    expect(r.ranges).toEqual([{ from: '2026-11-20', to: '2026-11-20' }]);
  });
});
