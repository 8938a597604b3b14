/**
 * What a review of this round's own changes found: each change had widened a reading so far that a
 * message asking for something else came out complete. What staff would see: the kind and scope the
 * customer asked for, or a question.
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
      id: 'ws_b1', slug: 'brightwave-eu', name: 'Brightwave EU', contacts: ['ops@brightwave.example'], admins: ['ops@brightwave.example'], deletedAt: null,
      sources: [{ id: 'src_b1', slug: 'ios-app', name: 'iOS App' }, { id: 'src_b2', slug: 'kassa', name: 'Kassa' }],
      spaces: [{ id: 'spa_b1', name: 'Personas EU' }, { id: 'spa_b2', name: 'Default Space' }],
    },
  ],
} satisfies Catalog);

const parse = (text: string): ParseResult =>
  contractView(parseRequest(textMessage(text, { from: 'ops@brightwave.example', date: new Date('2026-12-01T09:00:00Z'), subject: 'Data' }), catalog, { now: new Date('2026-12-02T12:00:00Z') }));

describe('all the data of a space', () => {
  it('deletes the space, not the workspace, when the space is named without the word "space"', () => {
    for (const text of ['Please wipe all the data in Personas EU (Brightwave EU).', 'Bitte löschen Sie alle Daten in Personas EU (Brightwave EU).']) {
      expect(parse(text)).toMatchObject({ kind: 'unify_space', space: 'Personas EU' });
    }
  });

  it('purges the workspace when the space is said to be included', () => {
    expect(parse('Please delete all our data in Brightwave EU, including the Personas EU space.').kind).toBe('workspace_purge');
  });
});

describe('a request disowned', () => {
  it('is a cancellation even when the mail says what it "should be"', () => {
    for (const text of [
      'We did not request this. Nobody on our team asked to delete the iOS App data in brightwave-eu for 3 November 2026. It should be rejected.',
      'Correction to the request you received this morning: it was not us. We did not request a deletion of the iOS App data in brightwave-eu for 3 November 2026, please disregard it.',
      'We no longer need the deletion of the iOS App data in brightwave-eu for 3 November 2026, so it should be fine as it is.',
    ]) expect(parse(text).kind, text).toBe('cancel');
  });
});

describe('a workspace named before "workspace data"', () => {
  it('is some of its data, not the workspace itself', () => {
    const r = parse('Please delete the Brightwave EU workspace data from our load test.');
    expect(r.kind).toBe('source_data');
    expect(r.missing).toEqual(['source', 'time frame']);
  });
});

describe('where the writer was, and when something happened', () => {
  it('keeps "this week" of a sentence that starts with the place where it happened', () => {
    const r = parse('Please delete the Kassa data in brightwave-eu for 2 November 2026.\nAt our Oslo office this week the same terminal sent junk to Kassa again, please delete that as well.');
    expect(r.ranges).toEqual([{ from: '2026-11-02', to: '2026-11-02' }, { from: '2026-11-30', to: '2026-12-01' }]);
  });
});

describe('what a second review of the round found', () => {
  it('asks when the words that replace a source describe the data ("went to X instead of Y")', () => {
    const r = parse('Our events went to the Kassa source instead of the iOS App on 3 November 2026, so the data is wrong in both sources. Please delete it in brightwave-eu.');
    expect(r.ambiguities.join(' ')).toContain('instead of the iOS App');
  });

  it('asks when the excluded end of a range is a moment on that day ("until just before the Nov 5 release")', () => {
    const r = parse('Please delete the Kassa data in brightwave-eu from Nov 3 2026 until just before the Nov 5 release.');
    expect(r.ambiguities.length).toBeGreaterThan(0);
    const plain = parse('Please delete the Kassa data in brightwave-eu from Nov 3 2026 until just before Nov 5 2026.');
    expect(plain).toMatchObject({ ranges: [{ from: '2026-11-03', to: '2026-11-04' }], missing: [], ambiguities: [] });
  });

  it('reads days said to be UTC as UTC days, whatever zone the team works in', () => {
    const r = parse('Please delete the Kassa data in brightwave-eu for 3 November 2026. The dates I give are UTC days, even though our team works on CET.');
    expect(r).toMatchObject({ ranges: [{ from: '2026-11-03', to: '2026-11-03' }], ambiguities: [] });
  });
});
