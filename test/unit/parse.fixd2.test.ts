/**
 * Mail a reviewer wrote against the round that read engineers' incident mail and small organisations'
 * days. Each was read wrongly after that round — more deleted than asked, or a day asked for dropped —
 * and each must read as a careful desk reads it: the days and sources written, or a question. A deletion
 * cannot be undone, so where the words leave doubt the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const ANA = 'ana@acme.example';
const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_ac01', slug: 'acme', name: 'Acme', contacts: [ANA], admins: [ANA], deletedAt: null,
      sources: [
        { id: 'src_ios', slug: 'ios-app', name: 'iOS App' },
        { id: 'src_and', slug: 'android-app', name: 'Android App' },
        { id: 'src_web', slug: 'web', name: 'Web' },
        { id: 'src_api', slug: 'api', name: 'API' },
      ],
      spaces: [{ id: 'spa_def', name: 'Default Space' }],
    },
  ],
} satisfies Catalog);

const SENT = new Date('2027-07-20T09:00:00Z');
const parse = (text: string, subject = 'Delete data'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: ANA, date: SENT, subject }), catalog, { now: SENT }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;
const days = (r: ParseResult): string[] => r.ranges.map((x) => (x.from === x.to ? x.from : `${x.from}..${x.to}`));

describe('check boxes: which boxes are the work is not guessed', () => {
  it.each([
    ['"do not delete the unchecked ones"', 'Please delete the Acme sources ticked below for 3 July 2027 (do not delete the unchecked ones):\n- [x] iOS App\n- [ ] Android App\n- [ ] Web\nAna'],
    ['"Do not remove the unchecked ones."', 'Please delete for Acme, 3 July 2027:\n[x] iOS App\n[ ] Android App\n[ ] Web\n(Do not remove the unchecked ones.)\nAna'],
    ['"We will handle the unchecked ones ourselves"', 'Acme, 3 July 2027, please delete:\n[x] iOS App\n[ ] Android App\nWe will handle the unchecked ones ourselves later.\nAna'],
  ])('%s: never the empty boxes', (_, text) => {
    const r = parse(text, 'Delete data 3 July 2027');
    expect(r.sources).not.toContain('android-app');
    expect(r.sources).not.toContain('web');
  });

  it('a to-do list whose ticked boxes are done: neither those nor a guess is deleted, the desk asks', () => {
    const r = parse('Hi, here is our to-do list for the Acme cleanup of 3 July 2027. The ticked ones we already deleted ourselves; please do the unchecked ones:\n- [x] Web\n- [x] API\n- [ ] Android App\nAna', 'Acme cleanup 3 July 2027');
    expect(r.sources).not.toContain('web');
    expect(r.sources).not.toContain('api');
    expect(asks(r)).toBe(true);
  });
});

describe('code pasted under the request is read with it', () => {
  it.each([
    ['a fenced day to keep', 'Please delete the Acme iOS App data from 1 to 10 July 2027. Keep these days, they have real orders:\n```\n2027-07-04\n2027-07-05\n```\nAna'],
    ['an indented day to keep', 'Please delete the Acme iOS App data from 1 to 10 July 2027, apart from:\n\n    2027-07-04 (real orders, keep)\n    SELECT * FROM orders WHERE day = \'2027-07-04\'\nAna'],
    ['a JSON day not to delete', 'Please delete the Acme iOS App data from 1 to 10 July 2027.\nDo NOT delete the data matching:\n```\n{"day": "2027-07-04"}\n```\nAna'],
    ['"but not this day"', 'Please delete the Acme iOS App data for July 3-5, 2027 — but not this day:\n```\n2027-07-04\n```\nAna'],
  ])('%s: the whole range is not deleted', (_, text) => {
    const r = parse(text);
    expect(asks(r) || !days(r).some((d) => d.includes('..'))).toBe(true);
  });

  it.each([
    ['fenced days under a year in the prose', 'Hi, in 2027 we had an incident. Please delete the data for these days in Acme iOS App:\n\n```\n2027-07-01\n2027-07-02\n2027-07-03\n```\nThanks, Ana', ['ios-app'], ['2027-07-01..2027-07-03']],
    ['indented days', 'Hi, we sent bad events to the Acme iOS App since 2027. Please delete the days below:\n\n    2027-07-01\n    2027-07-02\n    SELECT count(*) FROM events\nThanks, Ana', ['ios-app'], ['2027-07-01..2027-07-02']],
    ['a fenced source', 'Please delete Acme data for 3 July 2027 for these sources only:\n```\niOS App\n```\nThanks, Ana', ['ios-app'], ['2027-07-03']],
  ])('%s: read as the request (control)', (_, text, sources, want) => {
    const r = parse(text);
    expect([r.sources, days(r)]).toEqual([sources, want]);
  });
});

describe('days written in a list across two months', () => {
  it.each([
    ['June 30 and 1 and 2 July 2027', ['2027-06-30..2027-07-02']],
    ['May 31 and 1 and 2 June 2027', ['2027-05-31..2027-06-02']],
  ])('"%s": every day, each in its own month', (words, want) => {
    expect(days(parse(`Please delete the Acme iOS App data for ${words}.\nAna`))).toEqual(want);
  });

  it.each([
    ['July 3 and 4. July 5 was fine, keep it.'],
    ['June 29 and 30. July 1 was fine.'],
    ['July 3 and 4. July 2027 was a mess.'],
  ])('"%s": no day asked for is dropped silently', (words) => {
    const r = parse(`Please delete the Acme iOS App data for ${words}\nAna`);
    expect(days(r).length === 0 ? asks(r) : days(r).length).toBeTruthy();
    expect(days(r)).not.toEqual(['2027-07-03']);
    expect(days(r)).not.toEqual(['2027-06-29']);
  });
});

describe('words about other days than the data\'s', () => {
  it.each([
    ['"further to my request of yesterday"', 'Καλημέρα, συμπληρωματικά στο χθεσινό μου αίτημα: παρακαλώ διαγράψτε επίσης τα δεδομένα του Web στο Acme για τις 3 Ιουλίου 2027.\nΆννα'],
    ['"about my email of yesterday"', 'Καλημέρα, σχετικά με το χθεσινό μου email: παρακαλώ διαγράψτε τα δεδομένα του iOS App στο Acme για τις 3 Ιουλίου 2027.\nΆννα'],
    ['"as in yesterday\'s request"', 'Καλημέρα, παρακαλώ διαγράψτε τα δεδομένα του iOS App στο Acme για τις 3 Ιουλίου 2027, όπως στο χθεσινό αίτημα.\nΆννα'],
  ])('Greek %s: only the day written, not yesterday', (_, text) => {
    expect(days(parse(text, 'Διαγραφή Acme'))).toEqual(['2027-07-03']);
  });

  it.each([
    ['from 3 July 2027 for 48 hours'],
    [': the bug ran from 3 July 2027 for 30 hours'],
  ])('"%s": how long it lasted is not read as 3 July alone', (words) => {
    const r = parse(`Please delete the Acme iOS App data ${words}.\nAna`);
    expect(asks(r)).toBe(true);
  });

  it.each([
    ['Our deploy on 10 July 2027 fixed the glitch.'],
    ['System glitch on 10 July 2027, but it started earlier.'],
  ])('a subject asking for the day of a fix or a start: "%s" is asked about', (story) => {
    const r = parse(`${story} Please delete the data for all sources of Acme except Web.\nAna`, 'Delete 10 July, all sources except Web');
    expect(asks(r)).toBe(true);
  });
});

describe('whole days denied in the writer\'s language', () => {
  it.each([
    ['Russian', 'Эти два дня целиком удалять не надо.'],
    ['German', 'Nur die Stunden, diese zwei Tage komplett wäre zu viel.'],
  ])('%s: a night across two days is still asked about', (_, denial) => {
    const r = parse(`Please delete the Acme iOS App data from 22:00 UTC on 3 July 2027 to 02:00 UTC on 4 July 2027. ${denial}\nAna`, 'Delete Acme');
    expect(asks(r)).toBe(true);
  });
});

describe('Polish words of keeping', () => {
  it('"ma zostać wyczyszczona" is to be wiped, not kept', () => {
    const r = parse('Dzień dobry, proszę usunąć dane iOS App oraz Android App w Acme z 3 lipca 2027 – Android App ma zostać wyczyszczona w całości za ten dzień.\nAnna', 'Usunięcie danych Acme');
    expect([r.sources, days(r), asks(r)]).toEqual([['android-app', 'ios-app'], ['2027-07-03'], false]);
  });

  it.each([
    ['a source kept', 'Dzień dobry, proszę usunąć dane z iOS App w Acme z 3 lipca 2027, proszę zostawić tylko Android App bez zmian.\nAnna'],
    ['a day kept', 'Dzień dobry, proszę usunąć dane z iOS App w Acme z 3 lipca 2027, 4 lipca zostają.\nAnna'],
  ])('%s: never deleted with the rest (control)', (_, text) => {
    const r = parse(text, 'Usunięcie danych Acme');
    expect(asks(r) || (!r.sources.includes('android-app') && !days(r).some((d) => d.includes('07-04')))).toBe(true);
  });
});
