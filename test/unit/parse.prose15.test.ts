/**
 * A source whose name is an ordinary word ("Import", "Events", "Staging") written in lower case in a
 * sentence that tells what went wrong is the story's word, not what the customer asks to delete: where
 * the asking sentence names a source, that one is the scope; where it names none ("the affected data"),
 * the desk asks which source. Named as a source, as the catalog writes it, or in the asking sentence, the
 * word still names it.
 */
import { describe, expect, it } from 'vitest';
import { textMessage } from '../support/textMessage';
import { catalogWorkspace } from '../support/catalogWorkspace';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    catalogWorkspace('data-team', 'Data Team', [['csv-import', 'CSV Import'], ['web', 'Web'], ['events', 'Events']], [], ['rhea@datateam.example']),
    catalogWorkspace('nova-labs', 'Nova Labs', [['app-2024', 'App 2024'], ['staging', 'Staging'], ['web', 'Web']], [], ['odo@novalabs.example']),
    catalogWorkspace('kestrel', 'Kestrel Works', [['import', 'Import'], ['android-app', 'Android App'], ['billing', 'Billing']], [], ['pia@kestrel.example']),
  ],
});

const NOW = new Date('2027-06-12T12:00:00Z');
const parse = (from: string, text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: new Date('2027-06-11T08:00:00Z') }), catalog, { now: NOW }));
const asksForSource = (r: ParseResult): void => {
  expect(r.sources).toEqual([]);
  expect(r.missing.includes('source') || r.ambiguities.length > 0).toBe(true);
};

describe('an ordinary-word source name in the story', () => {
  it('asks which source when the asking sentence names none', () => {
    const r = parse('pia@kestrel.example', 'Our weekly import misfired on 2 May 2027 in Kestrel Works. Could you please delete the affected data?');
    expect(r.workspace).toBe('kestrel');
    expect(r.ranges).toEqual([{ from: '2027-05-02', to: '2027-05-02' }]);
    asksForSource(r);
    asksForSource(parse('rhea@datateam.example', 'there was a broken import over 5 and 6 May 2027. Please purge the data it touched in Data Team.'));
    asksForSource(parse('rhea@datateam.example', 'Our events pipeline stalled on 1 May 2027 in Data Team. Kindly remove the bad data.'));
  });
  it('takes the source the asking sentence names, and only that one', () => {
    const r = parse('pia@kestrel.example', 'Our weekly import misfired on 2 May 2027 in Kestrel Works. Please delete the Android App data for that day.');
    expect(r.sources).toEqual(['android-app']);
    expect(r.ambiguities).toEqual([]);
    expect(parse('odo@novalabs.example', 'our staging build wrote into the App 2024 source of nova labs on 8 june 2027. please delete App 2024 for that day only.').sources).toEqual(['app-2024']);
    expect(parse('rhea@datateam.example', 'The events pipeline hiccuped on 1 May 2027. Please remove the CSV Import data in Data Team for that day.').sources).toEqual(['csv-import']);
  });
});

describe('the same word still names the source', () => {
  it('in the asking sentence, in lower case', () => {
    const r = parse('rhea@datateam.example', 'Please delete the web data in Data Team for 4 May 2027.');
    expect(r.sources).toEqual(['web']);
    expect(r.missing).toEqual([]);
    expect(parse('pia@kestrel.example', 'Please delete the import data in Kestrel Works for 4 May 2027.').sources).toEqual(['import']);
    expect(parse('pia@kestrel.example', 'The weekly import misfired on 2 May 2027 in Kestrel Works. Please delete the import data for that day.').sources).toEqual(['import']);
  });
  it('named as a source in the story, with "it" pointing back to it', () => {
    expect(parse('pia@kestrel.example', 'The Import source in Kestrel Works had a bad run on 4 May 2027, please delete it.').sources).toEqual(['import']);
    expect(parse('pia@kestrel.example', 'The import source in Kestrel Works broke on 4 May 2027. Please delete its data.').sources).toEqual(['import']);
  });
});
