/**
 * A one-line answer under a reply's subject the customer wrote ("Re: [DEL-88] Kestrel Foods Till App"
 * above "12 March 2027") is read with that subject as its scope. Only the answer is read for doubt,
 * conditions, holds and questions, so a subject that doubts part of the scope, makes it conditional,
 * holds it back or asks something must not fill in: the answer is read alone and asks. A subject that
 * states its scope plainly still fills in.
 */
import { describe, expect, it } from 'vitest';
import { catalogWorkspace } from '../support/catalogWorkspace';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    catalogWorkspace('kestrel-foods', 'Kestrel Foods', [['till-app', 'Till App'], ['online-shop', 'Online Shop'], ['loyalty-feed', 'Loyalty Feed'], ['draft-posts', 'Draft Posts']], [], ['ops@kestrel.example']),
  ],
});

const NOW = new Date('2027-04-20T12:00:00Z');
const answerUnder = (subject: string, answer = '12 March 2027'): ParseResult =>
  contractView(
    parseRequest(textMessage(answer, { from: 'ops@kestrel.example', date: new Date('2027-04-19T08:30:00Z'), subject: `Re: [DEL-88] ${subject}` }, { inReplyTo: '<del-88@desk.example>' }), catalog, { now: NOW }),
  );
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;
const MARCH_12 = [{ from: '2027-03-12', to: '2027-03-12' }];

describe('a subject that states its scope plainly fills in the answer', () => {
  it('takes the workspace and sources from the subject and the day from the answer', () => {
    for (const [subject, sources] of [
      ['Kestrel Foods Till App', ['till-app']],
      ['Kestrel Foods Till App and Loyalty Feed', ['loyalty-feed', 'till-app']],
      ['Kestrel Foods Till App - urgent please', ['till-app']],
      // The desk's question of which part is meant, kept in the subject: the answer answers it.
      ['Kestrel Foods Till App – which days?', ['till-app']],
    ] as const) {
      const r = answerUnder(subject);
      expect(r.kind, subject).toBe('source_data');
      expect(r.workspace, subject).toBe('kestrel-foods');
      expect(r.sources, subject).toEqual(sources);
      expect(r.ranges, subject).toEqual(MARCH_12);
      expect(asks(r), subject).toBe(false);
    }
  });
  it('reads a hold word that is part of a source name as the name', () => {
    const r = answerUnder('Kestrel Foods Draft Posts');
    expect(r.sources).toEqual(['draft-posts']);
    expect(asks(r)).toBe(false);
  });
});

describe('a subject that leaves its scope open makes the answer ask', () => {
  const neverComplete = (subject: string): void => {
    const r = answerUnder(subject);
    expect(asks(r), subject).toBe(true);
    expect(r.ticket, subject).toBe('DEL-88');
  };
  it('asks when the subject doubts a source it names', () => {
    for (const subject of [
      'Kestrel Foods Till App, Online Shop too?',
      'Kestrel Foods Till App, perhaps the Loyalty Feed',
      'Kestrel Foods Till App + Online Shop (tbc)',
      'Kestrel Foods Till App, Loyalty Feed still undecided',
      'Kestrel Foods Till App and Online Shop where applicable',
      'Kestrel Foods Till App, vielleicht Online Shop',
    ]) {
      neverComplete(subject);
      expect(answerUnder(subject).sources, subject).not.toContain('online-shop');
    }
  });
  it('asks when the subject sets a condition, holds the request back or asks a question', () => {
    for (const subject of [
      'Kestrel Foods Till App - only if the re-import fails again',
      'Kestrel Foods Till App, deferred until the quarter closes',
      'Kestrel Foods Till App (put on hold)',
      'Kestrel Foods Till App - awaiting our DPO',
      'Kestrel Foods Till App clean-up after the migration',
      'Kestrel Foods Till App - send us a backup first',
      'Kestrel Foods Till App: would the reports still work?',
    ]) neverComplete(subject);
  });
  it('asks even when the subject itself asks to delete', () => {
    neverComplete('Please delete Kestrel Foods Till App, maybe Loyalty Feed');
  });
});
