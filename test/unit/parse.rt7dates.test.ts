/**
 * Seventh red-team round on days: dates of the story around a request — a review, an invoice, a release
 * and its rollback, a data freeze, the day someone noticed the problem, "last week our team found…" —
 * were read as days to delete whenever their sentence spoke of data. A day the request does not name is
 * asked about (or, where the words leave no doubt, left out), in any language; a request that names the
 * incident's day as the day to delete reads as before.
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
      id: 'ws_b1', slug: 'brightlane', name: 'Brightlane', contacts: ['maya@brightlane.example'], admins: [], deletedAt: null,
      sources: [
        { id: 'src_b1', slug: 'ios-app', name: 'iOS App' },
        { id: 'src_b2', slug: 'android-app', name: 'Android App' },
        { id: 'src_b3', slug: 'checkout-web', name: 'Checkout Web' },
      ],
      spaces: [],
    },
  ],
} satisfies Catalog);

// Wednesday 10 February 2027: last week is 1–7 February, yesterday 9 February.
const SENT = new Date('2027-02-10T09:00:00Z');
/** What the parser read, days in doubt included (the contract shows none of them while a question is open). */
const read = (text: string): ParseResult =>
  parseRequest(textMessage(`Hi,\n\n${text}\n\nMaya`, { from: 'maya@brightlane.example', date: SENT, subject: 'Data cleanup' }), catalog, { now: new Date('2027-02-17T10:00:00Z') });
const parse = (text: string): ParseResult => contractView(read(text));
const day = (from: string, to = from): { from: string; to: string } => ({ from, to });

function expectDays(r: ParseResult, source: string, ranges: { from: string; to: string }[]): void {
  expect(r.kind).toBe('source_data');
  expect(r.workspace).toBe('brightlane');
  expect(r.sources).toEqual([source]);
  expect(r.ranges).toEqual(ranges);
  expect(r.missing).toEqual([]);
  expect(r.ambiguities).toEqual([]);
}
/** Not complete: a question names the story's day, and every day read is one the request named. */
function expectAskedAbout(r: ParseResult, about: RegExp, allowed: string[]): void {
  expect(r.ambiguities.some((a) => about.test(a))).toBe(true);
  for (const range of r.ranges) for (const d of [range.from, range.to]) expect(allowed).toContain(d);
}

describe('a dated request, and a dated story beside it', () => {
  it.each([
    ['an invoice', 'Please delete the iOS App data in brightlane for 1 to 3 February 2027.\n\nFor your records, our data plan invoice INV-2291 was issued on 28 January 2027.', /28 January/, ['2027-01-28']],
    ['a release and its rollback', 'Please delete the iOS App data in brightlane for 5 Feb 2027 and 6 Feb 2027.\n\nBackground: the data pipeline version 4 went to production on 4 Feb 2027 and the rollback was on 7 Feb 2027.', /4 Feb|7 Feb/, ['2027-02-04', '2027-02-07']],
    // (A freeze after the message's date is an appointment: noted, not asked — parse.c39.test.ts.)
    ['a data freeze', 'Please delete the iOS App data in brightlane from 5 to 6 February 2027.\n\nThe data freeze for our quarterly audit was on 7 February 2027, so nothing after that should be touched.', /7 February/, ['2027-02-07']],
    ['a switch-off', 'Please delete the iOS App data in brightlane for 8 February 2027.\n\nOur staging events were switched off on 9 February 2027, so from then on the data is clean.', /9 February/, ['2027-02-09']],
    ['Russian, noticed at a meeting', 'Пожалуйста, удалите данные источника Checkout Web в brightlane за 3 февраля 2027 года.\n\nПроблему в данных мы заметили 5 февраля 2027 года на еженедельной встрече.', /5 февраля/, ['2027-02-05']],
    ['Hebrew', 'נא למחוק את הנתונים של המקור Checkout Web ב-brightlane עבור 3 בפברואר 2027.\n\nשמנו לב לבעיה בנתונים ב-5 בפברואר 2027.', /5 בפברואר/, ['2027-02-05']],
    ['Chinese', '请删除 brightlane 工作区中 Checkout Web 来源 2027年2月3日 的数据。\n\n我们是在2027年2月5日的周会上发现这个数据问题的。', /2月5日/, ['2027-02-05']],
    ['Thai, Buddhist-era year', 'กรุณาลบข้อมูลของแหล่งข้อมูล Checkout Web ใน brightlane ของวันที่ 3 กุมภาพันธ์ 2570\n\nเราพบปัญหาข้อมูลเมื่อวันที่ 5 กุมภาพันธ์ 2570', /5 กุมภาพันธ์/, ['2027-02-05']],
    ['Vietnamese', 'Vui lòng xóa dữ liệu của nguồn Checkout Web trong brightlane ngày 3 tháng 2 năm 2027.\n\nChúng tôi phát hiện lỗi dữ liệu vào ngày 5 tháng 2 năm 2027.', /5 tháng 2/, ['2027-02-05']],
    ['Japanese', 'brightlane の Checkout Web ソースの2027年2月3日のデータを削除してください。\n\nこのデータの問題には2027年2月5日の定例会議で気づきました。', /2月5日/, ['2027-02-05']],
    ['Korean', 'brightlane의 Checkout Web 소스에서 2027년 2월 3일 데이터를 삭제해 주세요.\n\n이 데이터 문제는 2027년 2월 5일에 발견했습니다.', /2월 5일/, ['2027-02-05']],
    ['"yesterday\'s data is fine"', "Please delete the iOS App data in brightlane for 8 February 2027. Yesterday's data is fine, we checked it this morning.", /Yesterday/, ['2027-02-09']],
    ['"this week we also…"', 'Please delete iOS App data in brightlane for 4 Feb 2027. This week we also rotated all our data keys, unrelated.', /This week/, ['2027-02-08', '2027-02-10']],
  ])('%s: the story\'s day is asked about, never deleted', (_, text, about, never) => {
    const r = read(text);
    expect(r.ambiguities.some((a) => about.test(a))).toBe(true);
    for (const range of r.ranges) for (const d of never) expect(range.from <= d && d <= range.to).toBe(false);
  });
});

describe('a request that refers back to the story for its days', () => {
  it.each([
    ['a review after the events', 'The iOS App source in brightlane sent test events on 25 and 26 January 2027. Our data team reviewed it with legal on 2 February 2027.\n\nPlease delete those events.', /2 February/, ['2027-01-25', '2027-01-26']],
    ['the day it was noticed', 'We noticed duplicate iOS App events in brightlane on 5 February 2027 when reviewing the dashboards. The duplicates themselves came in on 3 February 2027. Please delete them.', /5 February/, ['2027-02-03']],
    ['"last week our team found…"', 'Last week our data team found that the iOS App in brightlane had sent duplicate events on 28 January 2027. Please delete that day.', /Last week/, ['2027-01-28']],
    ['"last month we migrated…"', 'Last month we migrated our data warehouse, and while checking it we saw that the iOS App source in brightlane has junk on 3 February 2027. Please delete that day.', /Last month/, ['2027-02-03']],
    ['"noticed today"', 'We only noticed today that the iOS App source in brightlane ingested a replay on 8 February 2027. Please delete that day\'s data.', /today/, ['2027-02-08']],
    ['Russian, last week', 'На прошлой неделе наша команда данных обнаружила дубли в источнике Checkout Web (brightlane) за 28 января 2027 года. Пожалуйста, удалите этот день.', /прошлой неделе/, ['2027-01-28']],
    ['Chinese, last week', '上周我们的数据团队发现 brightlane 的 Checkout Web 来源在2027年1月28日有重复数据。请删除那一天的数据。', /上周/, ['2027-01-28']],
    ['flagged later, in the same sentence', 'The iOS App data in brightlane from 3 Feb 2027 was flagged by our analyst on 5 Feb 2027. Please delete it.', /5 Feb/, ['2027-02-03']],
    ['raised by finance, after a semicolon', 'The iOS App source in brightlane got bad data on 3 Feb 2027; finance raised it on 6 Feb 2027. Please delete the bad data.', /6 Feb/, ['2027-02-03']],
    ['the finding\'s day written first', 'On 5 Feb 2027 we noticed that the iOS App in brightlane sent duplicate events on 3 Feb 2027. Please delete them.', /5 Feb/, ['2027-02-03']],
    ['German, last week', 'letzte Woche hat unser Datenteam festgestellt, dass Checkout Web in brightlane am 28. Januar 2027 doppelte Events geschickt hat. Bitte löschen Sie diesen Tag.', /letzte Woche/, ['2027-01-28']],
  ])('%s: the finding\'s day is asked about', (_, text, about, allowed) => {
    expectAskedAbout(read(text), about, allowed);
  });
});

describe('the incident\'s day named as the day to delete reads as before', () => {
  it.each([
    ['"the import on 3 Feb went wrong, please delete that day"', 'The iOS App import in brightlane on 3 Feb 2027 went wrong, please delete that day.', [day('2027-02-03')]],
    ['noticed, then "please delete that day"', 'We noticed bad iOS App data in brightlane on 3 February 2027. Please delete that day.', [day('2027-02-03')]],
    ['sent on two days, "those events"', 'Our iOS App in brightlane sent duplicate events on 1 and 2 February 2027. Please delete those events.', [day('2027-02-01', '2027-02-02')]],
    ['a second sentence that adds a day', 'Please delete the iOS App data in brightlane for 1 February 2027. Please also delete 3 February 2027.', [day('2027-02-01'), day('2027-02-03')]],
    ['"as well"', 'Please delete the iOS App data in brightlane for 1 February 2027. The data of 3 February 2027 as well.', [day('2027-02-01'), day('2027-02-03')]],
    ['a period told with its days', 'The iOS App events in brightlane of last week (1-7 February 2027) are duplicates. Please delete them.', [day('2027-02-01', '2027-02-07')]],
    ['two windows reported in one clause', 'Two teams reported bad data for the iOS App in brightlane: Feb 1-5, 2027 and Feb 3-8, 2027. Please delete both windows.', [day('2027-02-01', '2027-02-08')]],
    ['found, beside a period with no day of its own', "While reconciling last year's numbers we found the iOS App source in brightlane double-counted sessions from Feb 3 to Feb 5 2027. Please delete those three days.", [day('2027-02-03', '2027-02-05')]],
    ['found, then seen again', 'We found duplicate iOS App events in brightlane on 1 February 2027 and saw more on 2 February 2027. Please delete those days.', [day('2027-02-01', '2027-02-02')]],
  ])('%s', (_, text, ranges) => {
    expectDays(parse(text), 'ios-app', ranges);
  });
});
