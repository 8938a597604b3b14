/**
 * The parser on replies inside desk threads, in our own words: an environment's word that is also a
 * workspace's name, a common-word source listed beside one already called a source, a weekday of next
 * week in Chinese, Japanese and Korean, a purge kept to days it does not give, status questions and
 * withdrawals in more languages, and "last Tuesday through Thursday".
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'production', name: 'Production', contacts: ['dev@loop.example'], admins: ['dev@loop.example'], deletedAt: null,
      sources: [{ id: 'src_1', slug: 'website', name: 'Website' }, { id: 'src_2', slug: 'backend-api', name: 'Backend API' }],
      spaces: [],
    },
    {
      id: 'ws_2', slug: 'test', name: 'Test', contacts: ['qa@lumen.example'], admins: ['qa@lumen.example'], deletedAt: null,
      sources: [{ id: 'src_3', slug: 'web', name: 'Web' }, { id: 'src_4', slug: 'server', name: 'Server' }],
      spaces: [],
    },
    {
      id: 'ws_3', slug: 'kestrel', name: 'Kestrel Travel', contacts: ['it@kestrel.example'], admins: ['it@kestrel.example'], deletedAt: null,
      sources: [{ id: 'src_5', slug: 'website', name: 'Website' }, { id: 'src_6', slug: 'web', name: 'Web' }, { id: 'src_7', slug: 'ios-app', name: 'iOS App' }],
      spaces: [],
    },
    {
      id: 'ws_4', slug: 'old-shop', name: 'Old Shop', contacts: ['g@oldshop.example'], admins: ['g@oldshop.example'], deletedAt: '2020-11-30',
      sources: [{ id: 'src_8', slug: 'web', name: 'Web' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const NOW = new Date('2027-03-24T16:00:00Z');
const parse = (text: string, from: string, sent = '2027-03-18T09:00:00Z', subject = 'Re: [DEL-42] Deletion request'): ParseResult =>
  parseRequest(textMessage(text, { from, date: new Date(sent), subject }, { inReplyTo: '<DEL-42@desk.example>' }), catalog, { now: NOW });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('an environment word that is also a workspace name', () => {
  it('"the site that we run in production, not staging" asks which workspace', () => {
    const r = parse('Please delete the website source data for March 4 2027. This is the site that we run in production, not staging.', 'dev@loop.example');
    expect(r.workspace).toBeNull();
    expect(complete(r)).toBe(false);
  });
  it('"the web data from our load test" asks which workspace', () => {
    const r = parse('Please delete the web data from our load test on 3 March 2027.', 'qa@lumen.example');
    expect(r.workspace).toBeNull();
    expect(complete(r)).toBe(false);
  });
  it('"backend-api in production" from its contact still names the workspace Production', () => {
    const r = parse("It's backend-api in production, the 2nd of March 2027.", 'dev@loop.example');
    expect(r.workspace).toBe('production');
    expect(r.sources).toEqual(['backend-api']);
  });
});

describe('a common-word source listed beside one the message already called a source', () => {
  it('"the Web source of Test … for both Server and Web" deletes both', () => {
    const r = parse('Please also include the Web source of Test, and extend to 1-3 March 2027 for both Server and Web.', 'qa@lumen.example');
    expect(r.sources).toEqual(['server', 'web']);
    expect(r.ranges).toEqual([{ from: '2027-03-01', to: '2027-03-03' }]);
  });
  it('a lower-case "server" in the list is not read as a source', () => {
    const r = parse('Please delete the Web source of Test for 1 March 2027; we moved the server and web traffic last year.', 'qa@lumen.example');
    expect(r.sources).toEqual(['web']);
  });
});

describe('a weekday of another week in Chinese, Japanese and Korean', () => {
  it('"来週の月曜日" is next week\'s Monday, in the future, and asked — never this week\'s Monday', () => {
    const r = parse('Kestrel TravelのiOS Appで、来週の月曜日のデータを削除してください。', 'it@kestrel.example', '2027-03-18T00:00:00Z');
    expect(r.ranges).toEqual([]);
    expect(complete(r)).toBe(false);
  });
  it('"다음 주 월요일까지" is a deadline, not a day: the day written is what is deleted', () => {
    const r = parse('다음 주 월요일까지 복구가 되지 않으면 Kestrel Travel의 iOS App 소스에서 2027년 3월 10일 데이터를 삭제해 주세요.', 'it@kestrel.example', '2027-03-18T00:00:00Z');
    expect(r.ranges).toEqual([{ from: '2027-03-10', to: '2027-03-10' }]);
  });
  it('"上周五" is still last week\'s Friday', () => {
    const r = parse('请删除 Kestrel Travel 的 iOS App 上周五 的数据。', 'it@kestrel.example', '2027-03-18T00:00:00Z');
    expect(r.ranges).toEqual([{ from: '2027-03-12', to: '2027-03-12' }]);
  });
});

describe('a purge kept to days it does not give', () => {
  it('"purge the archive, but only for the days in 2020 when we had the breach" asks for the days', () => {
    const r = parse('Please purge the Old Shop archive, but only for the days in 2020 when we had the breach.', 'g@oldshop.example');
    expect(r.kind).toBe('archive_purge');
    expect(r.missing).toEqual(['time frame']);
  });
  it('a purge of all of it asks nothing about days', () => {
    const r = parse('Please purge the Old Shop archive.', 'g@oldshop.example');
    expect(r.kind).toBe('archive_purge');
    expect(r.missing).toEqual([]);
  });
});

describe('status questions and withdrawals', () => {
  it.each([
    ['Dear team, could you tell me where the archive purge for Old Shop stands?', 'g@oldshop.example'],
    ['When does the purge actually run? Your mail said we can still cancel.', 'g@oldshop.example'],
    ['هل من جديد بخصوص الطلب؟', 'it@kestrel.example'],
    ['Есть новости по заявке?', 'it@kestrel.example'],
    ['Dzień dobry, czy są jakieś nowości w tej sprawie?', 'it@kestrel.example'],
  ])('"%s" asks how far the request is', (text, from) => {
    expect(parse(text, from).kind).toBe('status');
  });
  it('"توقفوا من فضلكم، لا تحذفوا شيئاً. نلغي الطلب." withdraws the request', () => {
    expect(parse('توقفوا من فضلكم، لا تحذفوا شيئاً. نلغي الطلب.', 'it@kestrel.example').kind).toBe('cancel');
  });
});

describe('"last" said once for a span of weekdays', () => {
  it('"last Tuesday through Thursday" on a Monday is Tuesday to Thursday of the week before', () => {
    const r = parse('Website in production, last Tuesday through Thursday.', 'dev@loop.example', '2027-03-22T14:00:00Z');
    expect(r.ranges).toEqual([{ from: '2027-03-16', to: '2027-03-18' }]);
    expect(complete(r)).toBe(true);
  });
});
