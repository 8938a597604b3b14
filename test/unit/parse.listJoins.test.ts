/**
 * Three complete-but-wrong results of corpus 35, read after its held-out part was scored, in new words:
 * a name joined to an unknown one by a Japanese or Korean particle ("iOS AppとwatchOS"), two workspaces
 * joined by "bzw." ("Workspace Main bzw. Staging"), and a subject whose year is not the body's. What staff
 * would see: the desk asks instead of sending a part of the request, or one of two years, to approval.
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
      id: 'ws_m1', slug: 'main', name: 'Main', contacts: ['jens@kiwi.example'], admins: [], deletedAt: null, spaces: [],
      sources: [{ id: 'src_m1', slug: 'events', name: 'Events' }, { id: 'src_m2', slug: 'ios-app', name: 'iOS App' }, { id: 'src_m3', slug: 'android-app', name: 'Android App' }],
    },
    { id: 'ws_m2', slug: 'main-staging', name: 'Main Staging', contacts: ['jens@kiwi.example'], admins: [], deletedAt: null, spaces: [], sources: [{ id: 'src_m4', slug: 'events', name: 'Events' }] },
  ],
} satisfies Catalog);

const parse = (text: string, subject = 'Löschung'): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'jens@kiwi.example', date: new Date('2027-01-10T09:00:00Z'), subject }), catalog, { now: new Date('2027-01-12T12:00:00Z') }));

describe('a known name joined to an unknown one', () => {
  it('asks when a Japanese or Korean particle joins the unknown name', () => {
    for (const text of ['mainワークスペースのiOS AppとwatchOSのデータを2027年1月5日に削除してください。', 'main 워크스페이스의 iOS App과 watchOS 데이터를 2027년 1월 5일 삭제해 주세요.']) {
      const r = parse(text, '削除依頼');
      expect(r.ambiguities.join(' ')).toContain('"watchOS" is listed with iOS App');
    }
  });

  it('still reads two known sources joined by a particle as both', () => {
    const r = parse('mainワークスペースのiOS AppとAndroid Appのデータを2027年1月5日に削除してください。', '削除依頼');
    expect(r).toMatchObject({ kind: 'source_data', workspace: 'main', sources: ['android-app', 'ios-app'], ranges: [{ from: '2027-01-05', to: '2027-01-05' }], ambiguities: [] });
  });

  it('asks which workspace is meant when "bzw." joins a second one', () => {
    const r = parse('Hallo,\n\nbitte die Events-Daten vom 2. Januar 2027 löschen, Workspace Main bzw. Staging - je nachdem, wo sie gelandet sind.\n\nDanke\nJens');
    expect(r.ambiguities.join(' ')).toContain('"Staging" is listed with Main');
  });
});

describe('a subject and a body with the same days in different years', () => {
  it('asks which days are meant', () => {
    const r = parse('Hi, please delete the iOS App data in main for January 5-6, 2026. Thanks!', 'Delete iOS App data Jan 5-6, 2025');
    expect(r.kind).toBe('source_data');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toContain('the subject names "Jan 5-6, 2025"');
  });

  it('reads one range when the subject repeats the body, with or without the year', () => {
    for (const subject of ['Delete iOS App data Jan 5-6, 2026', 'Delete iOS App data Jan 5-6']) {
      const r = parse('Hi, please delete the iOS App data in main for January 5-6, 2026. Thanks!', subject);
      expect(r).toMatchObject({ ranges: [{ from: '2026-01-05', to: '2026-01-06' }], missing: [], ambiguities: [] });
    }
  });
});
