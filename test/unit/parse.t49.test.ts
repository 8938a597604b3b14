/**
 * What corpus 49's tuning part and a red-team group showed, in my own words: a correction "the days are
 * A, not B" whose old days overlap the new ones lost the overlap (B was cut out of A as an exclusion); a
 * range written backwards in French ("du 19 juin au 15 juin") was silently turned round; and a second
 * workspace added in words ("and in our labs workspace too", "Labs needs the same", "both of our
 * workspaces") was dropped without a question, the ticket kept to the one workspace named.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'lumen-studio', name: 'Lumen Studio', contacts: ['kim@lumen.example'], admins: ['kim@lumen.example'], deletedAt: null,
      sources: [{ id: 'src_1', slug: 'web-app', name: 'Web App' }, { id: 'src_2', slug: 'kiosk', name: 'Kiosk' }],
      spaces: [],
    },
    {
      id: 'ws_2', slug: 'lumen-labs', name: 'Lumen Labs', contacts: ['kim@lumen.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_3', slug: 'web-app', name: 'Web App' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2026-07-01T12:00:00Z');
const parse = (text: string, subject = 'Data deletion'): ParseResult =>
  parseRequest(textMessage(text, { from: 'kim@lumen.example', date: new Date('2026-06-30T09:00:00Z'), subject }), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('"A, not B": days set against the ones asked for', () => {
  it('days set against the new ones that run past them are asked about, never cut out of them', () => {
    // A correction ("the right days are …, not …") and a part kept ("…, not 8–12, we need those") are
    // written alike: cutting would delete a day too few, keeping could delete days the customer needs.
    const r = parse('Small fix: the right days are 8–10 June 2026, not 7–9 June 2026. Web App in lumen-studio, as before.', 'Re: [DEL-77] Please confirm');
    expect(r.ranges.some((x) => x.from === '2026-06-10' && x.to === '2026-06-10')).toBe(false);
    expect(complete(r)).toBe(false);
  });
  it('a day inside the range, set against it, is still left out of it', () => {
    const r = parse('Please delete the Web App data in lumen-studio for June 1-10, 2026, not June 5.');
    expect(r.ranges).toEqual([{ from: '2026-06-01', to: '2026-06-04' }, { from: '2026-06-06', to: '2026-06-10' }]);
  });
});

describe('a range written backwards in another language is asked about, never turned round', () => {
  it.each([
    'Bonjour, pouvez-vous supprimer les données Web App de lumen-studio du 19 juin 2026 au 15 juin 2026 ?',
    'Hola, por favor borren los datos de Web App en lumen-studio del 19 de junio de 2026 al 15 de junio de 2026.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.some((a) => a.includes('ends before it starts'))).toBe(true);
  });
  it('the same words in order are one range', () => {
    const r = parse('Bonjour, pouvez-vous supprimer les données Web App de lumen-studio du 15 juin 2026 au 19 juin 2026 ?');
    expect(r.ranges).toEqual([{ from: '2026-06-15', to: '2026-06-19' }]);
  });
});

describe('a second workspace added in words, not by its name, is asked about', () => {
  it.each([
    'Could you remove the Kiosk data in lumen-studio for June 12, 2026? Our labs workspace needs it too.',
    'Could you remove the Kiosk data in lumen-studio for June 12, 2026, and likewise in the Labs one.',
    'Could you remove the Kiosk data in lumen-studio for June 12, 2026. Labs wants the same.',
    'Could you remove the Kiosk data for June 12, 2026 from both of our workspaces, lumen-studio first.',
    'Could you remove the Kiosk data in lumen-studio for June 12, 2026 and in our test workspace.',
    'Could you remove the Kiosk data in lumen-studio for June 12, 2026 plus our sister workspace.',
  ])('%s', (text) => {
    const r = parse(text);
    expect(r.ambiguities.some((a) => a.includes('another workspace'))).toBe(true);
  });
  it.each([
    'Could you remove the Kiosk data in lumen-studio for June 12, 2026?',
    'Could you remove the Kiosk data in our Lumen Studio workspace for June 12, 2026?',
    'Could you remove the Kiosk data in the lumen-studio workspace for June 12 and 13, 2026?',
    'Could you remove the Kiosk data in lumen-studio for June 12, 2026, but not in our labs workspace.',
  ])('one workspace stays complete: %s', (text) => {
    expect(complete(parse(text))).toBe(true);
  });
});

describe('Turkish "X ile Y arası": between two days', () => {
  it('is the whole span, written with or without the locative ending', () => {
    for (const text of ['Lütfen lumen-studio çalışma alanındaki Kiosk kaynağının 3 Haziran 2026 ile 5 Haziran 2026 arası verilerini silin.', 'Lütfen lumen-studio çalışma alanındaki Kiosk kaynağının 3 Haziran 2026 ile 5 Haziran 2026 arasındaki verilerini silin.']) {
      const r = parse(text);
      expect(r.ranges).toEqual([{ from: '2026-06-03', to: '2026-06-05' }]);
      expect(r.sources).toEqual(['kiosk']);
    }
  });
  it('"arasında" inside another word is no span', () => {
    const r = parse('Lütfen lumen-studio Kiosk kaynağının 3 Haziran 2026 ile 5 Haziran 2026 verilerini silin, arasıra kontrol ederiz.');
    expect(r.ranges).toEqual([{ from: '2026-06-03', to: '2026-06-03' }, { from: '2026-06-05', to: '2026-06-05' }]);
  });
});
