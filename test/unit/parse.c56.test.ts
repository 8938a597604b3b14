/**
 * Catalogs full of ordinary-word, versioned and twin names, written loosely, in my own words: a live
 * workspace beside a deleted one of the same name (the slug written as the catalog writes it names the
 * live one; the shared name is asked about, also when it comes as "<name> <source>"); a source kept in
 * Japanese after a bracketed aside; a plural, a workspace-and-source subject line, a source's number
 * repeated before days, a space named like a workspace; prose words that are source names; a title's
 * dash read as a workspace deletion; and strangers' spam and how-to digests, which ask nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { catalogWorkspace } from '../support/catalogWorkspace';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const OWNER = 'rui@larchfield.example';
const catalog = indexCatalog({
  workspaces: [
    { ...catalogWorkspace('larch-2018', 'Larchfield', [['lf-old-shop', 'Shop'], ['lf-old-api', 'API']], [], [OWNER]), deletedAt: '2020-05-04' },
    catalogWorkspace('larchfield', 'Larchfield', [['larchfield-shop', 'Shop'], ['lf-api', 'API'], ['lf-api-beta', 'API Beta']], ['Default Space'], [OWNER]),
    catalogWorkspace('ops-core', 'Ops Team', [['site', 'Web'], ['uploads', 'Upload'], ['mail', 'Email'], ['trial', 'Test'], ['stage-feed', 'Staging']], ['Default Space', 'Finance'], ['mia@opsteam.example']),
    catalogWorkspace('fin', 'Finance', [['summer-push', 'Summer Push'], ['q3-load', 'Q3 Load'], ['fin-web', 'Web']], ['Default Space'], ['mia@opsteam.example']),
    catalogWorkspace('osaka-hub', 'Osaka Hub', [['ios', 'iOS App'], ['ios-old', 'iOS App Legacy'], ['staging-osk', 'Staging'], ['kiosk-7', 'Kiosk 7']], [], ['ken@osakahub.example']),
  ],
} satisfies Catalog);

const NOW = new Date('2027-06-16T15:00:00Z');
const parse = (text: string, from: string, extra: { subject?: string; headers?: Record<string, string> } = {}): ParseResult =>
  contractView(
    parseRequest(textMessage(text, { from, date: new Date('2027-06-10T09:00:00Z'), subject: extra.subject }, extra.headers ? { headers: extra.headers } : {}), catalog, { now: NOW }),
  );
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a live workspace and a deleted one of the same name', () => {
  it('reads the live slug written as the catalog writes it, with a source named', () => {
    const r = parse('It is the API Beta source in larchfield, 8 June 2027.', OWNER, { subject: 'Re: [DEL-880] Which source?' });
    expect(r.workspace).toBe('larchfield');
    expect(r.sources).toEqual(['lf-api-beta']);
    expect(asks(r)).toBe(false);
  });
  it('asks when only the shared name is written, also as "<name> <source>" in the subject', () => {
    const r = parse('Shop source of Larchfield, please remove 7 June 2027.', OWNER, { subject: 'Larchfield Shop' });
    expect(r.workspace).toBeNull();
    expect(r.ambiguities.join(' ')).toContain('larch-2018');
    expect(asks(parse('Please delete all data of the Larchfield workspace.', OWNER))).toBe(true);
  });
});

describe('a source kept and a source named loosely', () => {
  it('keeps a source left "as it is" in Japanese after a bracketed aside', () => {
    const r = parse('iOS App Legacy ソースの 2027年6月2日 のデータを削除してください。iOS App（現行版）はそのままでお願いします。', 'ken@osakahub.example', { subject: 'Osaka Hub データ削除' });
    expect(r.sources).toEqual(['ios-old']);
    expect(asks(r)).toBe(false);
  });
  it('reads a plural of a one-word source name', () => {
    const r = parse('please delete the uploads in ops team for june 3 2027', 'mia@opsteam.example', { subject: 'uploads' });
    expect(r.workspace).toBe('ops-core');
    expect(r.sources).toEqual(['uploads']);
    expect(asks(r)).toBe(false);
  });
  it('reads a subject line of a workspace and its own source written as the catalog writes it, and the body\'s lower-case name with it', () => {
    const r = parse('Please delete staging data in Osaka Hub for 1 Jun 2027. Ken', 'ken@osakahub.example', { subject: 'Osaka Hub Staging' });
    expect(r.sources).toEqual(['staging-osk']);
    expect(asks(r)).toBe(false);
    // In lower case, "Osaka Hub staging" may be the workspace's staging data: the source is asked about.
    expect(asks(parse('Please delete staging data in Osaka Hub for 1 Jun 2027. Ken', 'ken@osakahub.example', { subject: 'Osaka Hub staging' }))).toBe(true);
  });
  it('reads a numbered source written again before its days', () => {
    const r = parse('Please delete Kiosk 7 5-6 June 2027, osaka-hub. Thanks', 'ken@osakahub.example', { subject: 'Kiosk 7 5 6 June' });
    expect(r.sources).toEqual(['kiosk-7']);
    expect(r.ranges).toEqual([{ from: '2027-06-05', to: '2027-06-06' }]);
    expect(asks(r)).toBe(false);
  });
  it('reads "<name> space" as the space where a workspace has the same name', () => {
    const r = parse('Please delete the Finance space in Ops Team. The Default Space stays.', 'mia@opsteam.example', { subject: 'delete finance space' });
    expect(r.kind).toBe('unify_space');
    expect(r.workspace).toBe('ops-core');
    expect(r.space).toBe('Finance');
    expect(asks(r)).toBe(false);
  });
});

describe('source names used as prose', () => {
  it('reads a describing word of another workspace and a kept story name as prose', () => {
    const r = parse(
      'while planning the summer push a vendor loaded test events into the Q3 Load source of Finance on 2 June 2027. Please delete Q3 Load for that day. Do not touch the push source itself.',
      'mia@opsteam.example',
      { subject: 'test data in q3 load' },
    );
    expect(r.sources).toEqual(['q3-load']);
    expect(asks(r)).toBe(false);
  });
  it('drops a told-about name the mail leaves alone in so many words, with the list after it', () => {
    const r = parse(
      'our mail team wrote to us about the upload: a job ran twice, so the Web source in ops-core has duplicates on June 1 and June 2 2027. Delete Web for those two days please. Leave the Upload and Email sources alone.',
      'mia@opsteam.example',
    );
    expect(r.sources).toEqual(['site']);
    expect(asks(r)).toBe(false);
  });
  it('reads a title "Removal request - X workspace" as a title, not a workspace deletion', () => {
    const r = parse('Could you delete our Web and Summer Push sources\' data for 4 June 2027 in the Finance workspace?', 'mia@opsteam.example', { subject: 'Removal request - Finance workspace' });
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['fin-web', 'summer-push']);
    expect(asks(r)).toBe(false);
  });
});

describe('strangers who ask nothing', () => {
  it('reads spam-flagged mail from a stranger as no request', () => {
    const r = parse('Dear user, your Finance workspace will be deleted in 24 hours. Verify your Web account here.', 'alerts@verify-now.example', { subject: 'Your workspace will be deleted', headers: { 'x-spam-flag': 'YES' } });
    expect(r.kind).toBe('unknown');
    expect(asks(r)).toBe(false);
  });
  it('reads a digest whose only deleting is how-to advice as no request', () => {
    const r = parse('This month: how to load Q3 events, tidy test data and delete old uploads from your web sources. More on our blog.', 'digest@data-weekly.example', { subject: 'Events, uploads and web: this month in data' });
    expect(r.kind).toBe('unknown');
  });
  it('still reads a contact\'s spam-flagged request, and asks about it', () => {
    const r = parse('Please delete the Web source in ops-core for 3 June 2027.', 'mia@opsteam.example', { headers: { 'x-spam-flag': 'YES' } });
    expect(r.kind).toBe('source_data');
    expect(asks(r)).toBe(true);
  });
});
