/**
 * Enterprise mail: a year-less day half a year ahead, an approval's date beside the request, a period
 * that dates an occasion, a day the customer tells us to disregard, a fallback set of days, colleagues
 * who still disagree, data picked out by its age, a Unify space written where a source would stand, a
 * numbered list of sources, and a quantifier before a workspace's name. What staff would see: the kind,
 * workspace, sources and days, what is missing, and whether the desk asks.
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
      id: 'ws_t1', slug: 'tallow-eu', name: 'Tallow EU', contacts: ['kim@tallow.example'], admins: [], deletedAt: null,
      sources: [{ id: 'src_t11', slug: 'mobile-app', name: 'Mobile App' }, { id: 'src_t12', slug: 'shop-web', name: 'Shop Web' }, { id: 'src_t13', slug: 'shop-web-v2', name: 'Shop Web v2' }, { id: 'src_t14', slug: 'crm-feed', name: 'CRM Feed' }],
      spaces: [{ id: 'spa_t1', name: 'Loyalty' }],
    },
    { id: 'ws_g1', slug: 'granary', name: 'Granary', contacts: ['ops@granaryco.example'], admins: [], deletedAt: null, sources: [{ id: 'src_g11', slug: 'payments', name: 'Payments' }], spaces: [] },
  ],
} satisfies Catalog);

const NOW = new Date('2027-07-01T12:00:00Z');
const parse = (text: string, from = 'kim@tallow.example', date = new Date('2027-06-15T09:00:00Z')): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date, subject: 'data removal' }), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('a day written without a year', () => {
  it('asks when this year it is half a year ahead and last year half a year past', () => {
    const r = parse('Please delete Mobile App in tallow-eu for Nov 28-29 (our year-end rehearsal).');
    expect(r.ranges).toEqual([]);
    expect(asks(r)).toBe(true);
  });

  it('reads last year when this year it is most of a year ahead (control)', () => {
    const r = parse('Please delete Mobile App in tallow-eu for Feb 3-4.', 'kim@tallow.example', new Date('2027-03-20T09:00:00Z'));
    expect(r.ranges).toEqual([{ from: '2027-02-03', to: '2027-02-04' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('days that date something else', () => {
  it("leaves out the day someone approved the request, and keeps the request's own days", () => {
    const r = parse('Please delete the Mobile App source in tallow-eu for 2 June 2027 to 4 June 2027.\n\nThe deletion was approved by our DPO (J. Ortiz) on 9 June 2027 under change CR-118.');
    expect(r.ranges).toEqual([{ from: '2027-06-02', to: '2027-06-04' }]);
    expect(asks(r)).toBe(false);
  });

  it('still asks about a day told beside the request that is no approval (control)', () => {
    const r = parse('Please delete the Mobile App source in tallow-eu for 2 June 2027.\n\nWe also saw odd traffic on 9 June 2027.');
    expect(r.ranges.some((x) => x.to >= '2027-06-09')).toBe(false);
    expect(asks(r)).toBe(true);
  });

  it("does not ask about last week's offsite when the request names its own days", () => {
    const r = parse("Since last week's team offsite we see junk events. Please delete Shop Web in tallow-eu for June 7 and June 8, 2027.");
    expect(r.sources).toEqual(['shop-web']);
    expect(r.ranges).toEqual([{ from: '2027-06-07', to: '2027-06-08' }]);
    expect(asks(r)).toBe(false);
  });

  it("still asks about last week's events beside other days (control)", () => {
    const r = parse("Last week's events look broken too. Please delete Shop Web in tallow-eu for June 7 and June 8, 2027.");
    expect(asks(r)).toBe(true);
  });
});

describe('days the customer takes back, offers as a fallback, or has not agreed on', () => {
  it('settles on the day kept when another is to be disregarded', () => {
    const r = parse('Final word from our side: Shop Web in tallow-eu, 9 June 2027 only. Please disregard the 8th.');
    expect(r.ranges).toEqual([{ from: '2027-06-09', to: '2027-06-09' }]);
    expect(asks(r)).toBe(false);
  });

  it('asks, and deletes neither set, when the second days are a fallback for the first', () => {
    const r = parse('Please delete CRM Feed in tallow-eu for 2-4 June 2027, or if that is not possible, 1-6 June 2027.');
    expect(r.ranges).toEqual([]);
    expect(asks(r)).toBe(true);
  });

  it('asks, and keeps no days, while colleagues still disagree on them', () => {
    const r = parse('I disagree with Ana: we need CRM Feed in tallow-eu deleted for 2-4 June 2027, not just 2 June. Please wait until we agree internally.');
    expect(r.sources).toEqual(['crm-feed']);
    expect(r.ranges).toEqual([]);
    expect(asks(r)).toBe(true);
  });

  it('asks about data picked out by its age, and names the time frame as missing', () => {
    const r = parse('Under our retention rules, delete all CRM Feed data in tallow-eu older than 60 days.');
    expect(r.sources).toEqual(['crm-feed']);
    expect(r.ranges).toEqual([]);
    expect(r.missing).toEqual(['time frame']);
    expect(r.ambiguities.join(' ')).toMatch(/older than 60 days/);
  });

  it('keeps days written out beside an age that is only the policy behind them (control)', () => {
    const r = parse('Our policy says raw data older than 24 months must go. Please delete CRM Feed in tallow-eu from 1 January 2025 to 31 March 2025.');
    expect(r.ranges).toEqual([{ from: '2025-01-01', to: '2025-03-31' }]);
    expect(asks(r)).toBe(false);
  });
});

describe('names of sources and spaces', () => {
  it('asks whether the space or a source is meant when a space is written as if it were a source', () => {
    const r = parse('Please remove the Loyalty data from tallow-eu for 3 June 2027.');
    expect(r.workspace).toBe('tallow-eu');
    expect(r.sources).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/Loyalty.*space/);
  });

  it('reads every source of a numbered list, without gluing the next item number onto a name', () => {
    const r = parse('Please delete in workspace tallow-eu:\n\nSources:\n1. Shop Web\n2. Shop Web v2\n3. Mobile App\n\nDays (UTC):\n1. 2027-06-01 to 2027-06-02\n2. 2027-06-05\n');
    expect(r.sources).toEqual(['mobile-app', 'shop-web', 'shop-web-v2']);
    expect(r.ranges).toEqual([{ from: '2027-06-01', to: '2027-06-02' }, { from: '2027-06-05', to: '2027-06-05' }]);
    expect(asks(r)).toBe(false);
  });

  it("reads a quantifier before the workspace's name as counting its data", () => {
    const r = parse('We would like to delete some granary data from 3 June 2027, the payments mostly.', 'ops@granaryco.example');
    expect(r.workspace).toBe('granary');
    expect(asks(r)).toBe(true);
  });

  it('asks which source a word of its name with "stuff" means, without calling the source missing', () => {
    const r = parse('Please delete the crm stuff in tallow-eu for 3 June 2027.');
    expect(r.workspace).toBe('tallow-eu');
    expect(r.sources).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/crm-feed/);
  });

  it('leaves a workspace written only by the ticket it cancels unnamed (control)', () => {
    const r = parse('Please cancel DEL-901 (the Loyalty space deletion). We still need it.');
    expect(r.kind).toBe('cancel');
    expect(r.ticket).toBe('DEL-901');
    expect(r.workspace).toBeNull();
    expect(asks(r)).toBe(false);
  });
});
