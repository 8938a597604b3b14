/**
 * A name with a qualifier ("Kundenprofile (alt)", "iOS App (legacy)", "Android App [beta]", "Kundenprofile
 * alt") names another thing or a version the catalog does not know: the bot asks, never deleting the base
 * name. Brackets that restate or explain ("iOS App (ios-app)", "(prod-eu)", "(urgently)") change nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import type { InboundMessage } from '../../src/domain/message';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_1', slug: 'nordhafen', name: 'Nordhafen Logistik', contacts: ['it@nordhafen.example'], deletedAt: null,
      sources: [{ id: 'src_i', slug: 'ios-app', name: 'iOS App' }, { id: 'src_a', slug: 'android-app', name: 'Android App' }],
      spaces: [{ id: 'spa_1', name: 'Kundenprofile' }],
    },
    { id: 'ws_2', slug: 'prod', name: 'Prod', contacts: ['it@prod.example'], deletedAt: null, sources: [{ id: 'src_w', slug: 'web', name: 'Website' }], spaces: [] },
  ],
} satisfies Catalog);

function parse(text: string): ParseResult {
  const message: InboundMessage = {
    messageId: 'q1@nordhafen.example', from: { address: 'it@nordhafen.example', name: 'IT' }, to: [], cc: [], replyTo: null,
    subject: 'Data deletion', date: new Date('2024-05-10T08:00:00Z'), text, html: null, inReplyTo: null, references: [],
    headers: { date: 'Fri, 10 May 2024 10:00:00 +0200' }, contentType: 'text/plain', attachments: [],
  };
  return parseRequest(message, catalog, { now: new Date('2024-06-01T00:00:00Z') });
}
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('a qualifier after a name is asked about', () => {
  for (const text of [
    'Bitte löschen Sie den Unify-Space Kundenprofile (alt) im Workspace nordhafen.',
    'Please delete the space "Kundenprofile" (old) in workspace nordhafen.',
    'Bitte löschen Sie den Raum Kundenprofile alt in nordhafen.',
    'Please delete the iOS App (legacy) data in nordhafen for 2 May 2024.',
    'Please delete the Android App [beta] source in nordhafen for 2 May 2024.',
    'Please delete our iOS source (the old one) in nordhafen for 2 May 2024.',
    'Merci de supprimer les données de la source iOS App (ancienne version) dans nordhafen pour le 2 mai 2024.',
    'Please delete the iOS App (v2) data in nordhafen for 2 May 2024.',
  ]) {
    it(text, () => {
      const r = parse(text);
      expect(complete(r)).toBe(false);
      expect(r.sources).toEqual([]);
      expect(r.space).toBeNull();
      expect(r.ambiguities.join(' ')).toMatch(/is not a known (?:source|space)/);
    });
  }
});

describe('brackets that restate, date or explain change nothing', () => {
  const cases: [string, string[]][] = [
    ['Please delete the iOS App (ios-app) data in nordhafen for 2 May 2024.', ['ios-app']],
    ['Please delete the iOS App (urgently) data in nordhafen for 2 May 2024.', ['ios-app']],
    ['Please delete the iOS App data in nordhafen (2 May 2024).', ['ios-app']],
    ['Please delete the Website source (Prod workspace) for 2 May 2024.', ['web']],
  ];
  for (const [text, sources] of cases) {
    it(text, () => {
      const r = parse(text);
      expect(r.sources).toEqual(sources);
      expect(r.ranges).toEqual([{ from: '2024-05-02', to: '2024-05-02' }]);
      expect(complete(r)).toBe(true);
    });
  }
});

describe('a day with no first day before it ("before", "up to", "bis") is asked about, never read as that one day', () => {
  for (const text of [
    'Please delete the iOS App data in nordhafen before 2 May 2024.',
    'Please delete the iOS App data in nordhafen up to 2 May 2024.',
    'Bitte löschen Sie die Daten der Quelle iOS App in nordhafen bis zum 2. Mai 2024.',
    'Merci de supprimer les données de la source iOS App dans nordhafen jusqu’au 2 mai 2024.',
  ]) {
    it(text, () => {
      const r = parse(text);
      expect(r.ranges).toEqual([]);
      expect(complete(r)).toBe(false);
    });
  }
  it('"ab 2. Mai 2024" names no last day, as "since" does not: asked, proposing the message date', () => {
    const r = parse('Bitte löschen Sie die Daten der Quelle iOS App in nordhafen ab dem 2. Mai 2024.');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toContain('from 2024-05-02 up to the message date 2024-05-10');
  });
  it('a range with both ends stays a range', () => {
    expect(parse('Please delete the iOS App data in nordhafen from 1 May until 2 May 2024.').ranges).toEqual([{ from: '2024-05-01', to: '2024-05-02' }]);
  });
});

describe('more readings that were complete but wrong on unseen mail', () => {
  it('a reversed range keeps "wipe everything … for those days" a source deletion that asks, never a workspace purge', () => {
    const r = parse('Please wipe everything in workspace nordhafen from 9 May 2024 to 6 May 2024.');
    expect(r.kind).toBe('source_data');
    expect(complete(r)).toBe(false);
  });
  it('a near-miss slug in brackets after the right name is asked about', () => {
    const r = parse('Please delete the iOS App (ios-ap) data in nordhafen for 2 May 2024.');
    expect(complete(r)).toBe(false);
  });
  it('"the last 3 days" asks whether today counts', () => {
    const r = parse('Please delete the last 3 days of the iOS App source in nordhafen.');
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' ')).toMatch(/the last 3 days/);
  });
  it('"dal 1° al 4 maggio" is the range 1–4 May', () => {
    expect(parse('Vi chiediamo di cancellare i dati della sorgente iOS App del workspace nordhafen dal 1° al 4 maggio 2024.').ranges).toEqual([{ from: '2024-05-01', to: '2024-05-04' }]);
  });
  it('"c\'est" is not the EST time zone', () => {
    const r = parse("Oui, c'est bien la source iOS App de nordhafen, pour le 2 mai 2024.");
    expect(r.ranges).toEqual([{ from: '2024-05-02', to: '2024-05-02' }]);
    expect(complete(r)).toBe(true);
  });
  it('a person asking about their own personal data is an end-user request', () => {
    expect(parse('Bonjour, je suis cliente de Nordhafen et je souhaite que vous supprimiez toutes mes données personnelles.').kind).toBe('user_data');
  });
  it('a workspace name after a source says where it lives, it does not add a second source', () => {
    const r = parse('Please delete Android App nordhafen data for 2 May 2024.');
    expect(r.sources).toEqual(['android-app']);
  });
  it('an unknown name listed with the workspace is asked about', () => {
    expect(complete(parse('Please delete the data from all sources of workspace nordhafen and Tvos for 2 May 2024.'))).toBe(false);
  });
});
