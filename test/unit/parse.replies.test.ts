/**
 * A reply answers the bot's question: in the exact form the bot's example gave, or in a few words with
 * no deletion verb ("I mean 4 March 2024", "it's android-prod in acme-inc, the 2nd of March"). Such an
 * answer is the scope, not a date "mentioned outside the deletion request".
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import type { InboundMessage } from '../../src/domain/message';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'acme-inc', name: 'Acme Inc', contacts: ['ops@acme.example'], deletedAt: null,
      sources: [{ id: 'src_a', slug: 'android-prod', name: 'Android Prod' }, { id: 'src_i', slug: 'ios-app', name: 'iOS App' }],
      spaces: [{ id: 'spa_1', name: 'Kundenprofile' }],
    },
    { id: 'ws_2', slug: 'hooli', name: 'Hooli', contacts: ['it@hooli.example'], deletedAt: null, sources: [{ id: 'src_w', slug: 'web', name: 'Web Site' }], spaces: [] },
  ],
} satisfies Catalog);

function reply(text: string): ParseResult {
  const message: InboundMessage = {
    messageId: 'r1@acme.example', from: { address: 'ops@acme.example', name: 'Ops' }, to: [], cc: [], replyTo: null,
    subject: 'Re: [DEL-7] One detail is missing', date: new Date('2024-03-12T10:15:00Z'), text, html: null,
    inReplyTo: '<q1@desk>', references: ['<q1@desk>'], headers: { date: 'Tue, 12 Mar 2024 11:15:00 +0100' }, contentType: 'text/plain', attachments: [],
  };
  return parseRequest(message, catalog, { now: new Date('2024-03-20T00:00:00Z') });
}

describe("the bot's own example, answered word for word", () => {
  it('a range in the example form gives the days and asks nothing about them', () => {
    const r = reply('From 1 March 2024 to 3 March 2024.');
    expect(r.ranges).toEqual([{ from: '2024-03-01', to: '2024-03-03' }]);
    expect(r.ambiguities).toEqual([]);
  });
  it('the example form under our quoted question (whose example has other days) gives only the new days', () => {
    const r = reply('From 5 March 2024 to 6 March 2024.\n\nOn Tue, 12 Mar 2024 at 10:00, Deletion desk <deletions@desk.example> wrote:\n> Which days? Please answer like this:\n> From 1 March 2024 to 3 March 2024.');
    expect(r.ranges).toEqual([{ from: '2024-03-05', to: '2024-03-06' }]);
    expect(r.ambiguities).toEqual([]);
  });
  it('the workspace example gives the workspace', () => {
    expect(reply('The workspace is acme-inc.').workspace).toBe('acme-inc');
  });
});

describe('a correction or a bare answer without a deletion verb is the answer', () => {
  const cases: [string, string][] = [
    ['I mean 4 March 2024', '2024-03-04'],
    ['Sorry, I meant 4 March 2024.', '2024-03-04'],
    ['Actually it should be 4 March 2024.', '2024-03-04'],
    ['Only the 4th of March 2024, thanks!', '2024-03-04'],
    ['Ich meinte den 4. März 2024.', '2024-03-04'],
    ['Je voulais dire le 4 mars 2024.', '2024-03-04'],
    ['Quise decir el 4 de marzo de 2024.', '2024-03-04'],
  ];
  for (const [text, day] of cases) {
    it(text, () => {
      const r = reply(text);
      expect(r.ranges).toEqual([{ from: day, to: day }]);
      expect(r.ambiguities).toEqual([]);
    });
  }
  it("\"it's android-prod in acme-inc, the 2nd of March\" is a complete source deletion", () => {
    const r = reply("it's android-prod in acme-inc, the 2nd of March");
    expect({ kind: r.kind, workspace: r.workspace, sources: r.sources, ranges: r.ranges, missing: r.missing, ambiguities: r.ambiguities }).toEqual({
      kind: 'source_data', workspace: 'acme-inc', sources: ['android-prod'], ranges: [{ from: '2024-03-02', to: '2024-03-02' }], missing: [], ambiguities: [],
    });
  });
  it('a date in a story is still asked about, even in a reply', () => {
    const r = reply('We launched the new app on 4 March 2024.');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/4 March 2024/);
  });
});
