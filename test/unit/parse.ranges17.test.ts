/**
 * Day ranges and lists written with digits in Romanian, Hungarian, Greek, Indonesian, Vietnamese,
 * Estonian, Lithuanian, Arabic, Croatian, Serbian and Catalan. Each was read as fewer days than written
 * ("între 1 și 3 mai" as two single days, "din 1 până în 3 mai" as 3 May alone) while the request looked
 * complete; now the days written are read, or the desk asks which.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_m1', slug: 'marlow-tea', name: 'Marlow Tea', contacts: ['ines@marlow.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_m1', slug: 'online-store', name: 'Online Store' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const parse = (text: string) =>
  contractView(parseRequest(textMessage(`Hi,\n\n${text}\n\nInes`, { from: 'ines@marlow.example', date: new Date('2027-06-07T09:00:00Z'), subject: 'Deletion request' }), catalog, { now: new Date('2027-06-09T12:00:00Z') }));

const FIRST_TO_THIRD = [{ from: '2027-05-01', to: '2027-05-03' }];

describe('a digit-written range or list in a less-read language', () => {
  it.each([
    'Vă rog să ștergeți datele Online Store ale Marlow Tea din 1 până în 3 mai 2027.',
    'Vă rog să ștergeți datele Online Store ale Marlow Tea de la 1 la 3 mai 2027.',
    'Vă rog să ștergeți datele Online Store ale Marlow Tea de pe 1 până pe 3 mai 2027.',
    'Vă rog să ștergeți datele Online Store ale Marlow Tea de la 1 mai la 3 mai 2027.',
    'Vă rog să ștergeți datele Online Store ale Marlow Tea între 1 și 3 mai 2027.',
    'Παρακαλώ διαγράψτε τα δεδομένα Online Store της Marlow Tea μεταξύ 1 και 3 Μαΐου 2027.',
    'Mohon hapus data Online Store Marlow Tea antara 1 dan 3 Mei 2027.',
    'Vui lòng xóa dữ liệu Online Store của Marlow Tea giữa ngày 1 và ngày 3 tháng 5 năm 2027.',
    'Palun kustutage Marlow Tea Online Store andmed 1. ja 3. mai 2027 vahel.',
    'يرجى حذف بيانات Online Store الخاصة بـ Marlow Tea بين 1 و 3 مايو 2027.',
    'Molim izbrišite podatke Online Store za Marlow Tea između 1. i 3. svibnja 2027.',
    'Молим обришите податке Online Store за Marlow Tea између 1. и 3. маја 2027.',
    "Si us plau, esborreu les dades de l'Online Store de Marlow Tea entre l'1 i el 3 de maig de 2027.",
    'Kérem, töröljék a Marlow Tea Online Store adatait 2027. május 1., 2. és 3. napjára.',
    'Kérem, töröljék a Marlow Tea Online Store adatait 2027. május 1., 2., 3. napjára.',
    'Prašome ištrinti Marlow Tea Online Store duomenis 2027 m. gegužės 1, 2 ir 3 d.',
  ])('"%s" is the 1st to the 3rd of May', (text) => {
    const r = parse(text);
    expect(r.ranges).toEqual(FIRST_TO_THIRD);
    expect(r.missing).toEqual([]);
    expect(r.ambiguities).toEqual([]);
  });

  it.each([
    "Please delete the Online Store data of Marlow Tea for l'1, el 2 i el 3 de maig de 2027.",
    'Please delete the Online Store data of Marlow Tea for el 1, el 2 y el 3 de mayo de 2027.',
  ])('"%s" asks about the first day, which was not read', (text) => {
    const r = parse(text);
    expect(r.ambiguities.some((a) => a.includes('not every day written there was read'))).toBe(true);
  });
});
