/**
 * Mail from engineers after an incident: a query or payload pasted under the request, counts and
 * durations beside the days, a team's days away, two ranges in two months, "our only record", the
 * account under the company's name, the archive of a workspace deleted long ago, and days left out while
 * a question is about them. What staff would see: the kind, workspace, sources and days, and whether the
 * desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { catalogWorkspace as ws } from '../support/catalogWorkspace';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const OPS = 'ops@orbit.example';
const ADMIN = 'lead@orbit.example';
const orbit = { ...ws('orbit-prod', 'Orbit Prod', [['api', 'API'], ['web', 'Web'], ['webhooks', 'Webhooks'], ['ios', 'iOS App'], ['android', 'Android App']], [], [OPS, ADMIN]), admins: [ADMIN] };
const orbitEu = { ...ws('orbit-eu', 'Orbit EU', [['eu-api', 'API']], [], [OPS, ADMIN]), admins: [ADMIN] };
const relic = { ...ws('relic', 'Relic Games', [['relic-web', 'Web'], ['relic-android', 'Android']], [], ['old@relic.example']), admins: ['old@relic.example'], deletedAt: '2020-11-30' };
const catalog = indexCatalog({ workspaces: [orbit, orbitEu, relic] } satisfies Catalog);

const NOW = new Date('2027-07-21T10:00:00Z');
const parse = (text: string, from = OPS, subject = 'archive cleanup', date = new Date('2027-07-20T10:00:00Z')): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date, subject }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;
const days = (r: ParseResult): string[] => r.ranges.map((x) => (x.from === x.to ? x.from : `${x.from}..${x.to}`));

// Pasted code is read as the rest of the mail: left out, it took the days to keep with it (parse.fixd2.test.ts).
describe('a query or payload pasted under the request', () => {
  it('still reads indented paths or times when the prose names no day of its own (control)', () => {
    const r = parse('Please delete the API source in orbit-prod for these days:\n\n    2027-07-05\n    2027-07-06\n');
    expect(days(r)).toEqual(['2027-07-05..2027-07-06']);
  });

  it('still asks about a fenced timestamp when the prose gives no day (control)', () => {
    const r = parse('Please delete the API source in orbit-prod for the day of this event:\n\n```json\n{"timestamp":"2027-07-08T23:59:58+02:00"}\n```');
    expect(asks(r)).toBe(true);
  });
});

describe('numbers and days beside the request', () => {
  it('does not take "roughly 40k events" for an approximate day', () => {
    const r = parse('Our relay replayed roughly 40k events twice. Please delete the Webhooks source in orbit-prod for 2027-07-12 and 2027-07-13.');
    expect([days(r), asks(r)]).toEqual([['2027-07-12..2027-07-13'], false]);
  });

  it('still asks about "around the 12th" (control)', () => {
    expect(asks(parse('Please delete the Webhooks source in orbit-prod for around the 12th of July 2027.'))).toBe(true);
  });

  it('leaves the sender\'s days away still ahead out, and asks about other year-less days ahead (control)', () => {
    const sent = new Date('2027-06-22T08:00:00Z');
    const away = parse("We're off for Midsummer on June 25-26, so before that: please delete the API source in orbit-prod for 2027-06-21.", OPS, 'API data', sent);
    expect([days(away), asks(away)]).toEqual([['2027-06-21'], false]);
    const ahead = parse('The campaign runs on June 25-26, so please delete the API source in orbit-prod for 2027-06-21.', OPS, 'API data', sent);
    expect(asks(ahead)).toBe(true);
  });

});

describe('names and kinds', () => {
  // "The only rows we need removed are the test orders" is a part too: "our only record" is asked about.
  it('asks about "our only record" as it does about any "only … records"', () => {
    const r = parse('Delete api in orbit-prod for 2027-07-08. Do NOT delete webhooks, those are our only record of the callbacks.');
    expect([r.sources, asks(r)]).toEqual([['api'], true]);
    // Control: "only the duplicate events" is still part of a source's day.
    expect(asks(parse('Delete only the duplicate events of api in orbit-prod for 2027-07-08.'))).toBe(true);
  });

  it('does not read "the Web sources" as Web and Webhooks', () => {
    const r = parse('Please delete the iOS App, Android App and Web sources in orbit-prod for 17 July 2027.');
    expect([r.sources, asks(r)]).toEqual([['android', 'ios', 'web'], false]);
  });

  // "delete our Test account" is no company's: a capitalised word before "account" is not read as the account.
  it('reads "our Orbit account" as a workspace to ask about, not every workspace of the sender', () => {
    const r = parse('please delete our Orbit account, we are consolidating vendors.');
    expect([r.kind, asks(r)]).toEqual(['workspace_purge', true]);
    expect(parse('please delete our Orbit account, we are consolidating vendors.', ADMIN).kind).not.toBe('account_purge');
  });

  it('reads the archive of a workspace deleted long ago as its purge, whatever days and sources are said of it', () => {
    const cutoff = parse('Our old workspace ws_relic was deleted back in 2020. I read that archives of workspaces deleted before March 2022 were kept - please purge ours.', 'old@relic.example', 'archive');
    expect([cutoff.kind, cutoff.workspace, asks(cutoff)]).toEqual(['archive_purge', 'relic', false]);
    const named = parse('About our old Relic Games workspace (deleted 2020): please make sure the archived Android and Web data are purged too - the whole archive of relic, nothing left.', 'old@relic.example', 'archive');
    expect([named.kind, named.workspace, named.sources]).toEqual(['archive_purge', 'relic', []]);
  });
});

describe('lists and names set off by a dash', () => {
  it('still reads an empty box of a form as left out (control)', () => {
    const r = parse('Please delete for orbit-prod, 2027-07-07:\n\n- [x] API\n- [ ] webhooks\n');
    expect(r.sources).not.toContain('webhooks');
  });

  it('asks about a numbered name set off from the next name by a dash', () => {
    const r = parse('please delete Orbit Prod 2 - iOS App for 13 July 2027');
    expect([r.workspace, asks(r)]).toEqual([null, true]);
  });
});

describe('days left out while a question is about them', () => {
  it('counts the time frame as missing in the ticket, and not in parse --json', () => {
    const raw = parseRequest(textMessage('Please delete Android App in orbit-prod for July 15, 2027 - and maybe the 14th too? Not sure.', { from: OPS, date: new Date('2027-07-20T10:00:00Z') }), catalog, { now: NOW });
    expect(contractView({ ...raw, unsettled: [] }).missing).toEqual(['time frame']);
    const shown = contractView(raw);
    expect([shown.ranges, shown.missing, asks(shown)]).toEqual([[], [], true]);
  });
});
