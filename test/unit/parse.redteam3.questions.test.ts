/**
 * Requests that are not yet requests, or that come with a question the customer wants answered first:
 * "we may need to delete …", "pending approval from legal", "…, or would that break our dashboards?",
 * "how much would it cost?", "is that supported?", "run it on Monday, not before", and a ticket tool's
 * notice that its ticket is closed. Each once came out complete and would have been deleted right after
 * approval. Each now asks, with the scope still shown to staff. A reply that adds to the scope above an
 * unmarked quote of the desk's own confirmation is read from its own words, not from the quote.
 * The counterparts keep plain polite requests complete.
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
      id: 'ws_n1', slug: 'northwind-shop', name: 'Northwind Shop', contacts: ['lena@northwind.example'], admins: ['lena@northwind.example'], deletedAt: null,
      sources: [{ id: 'src_n1', slug: 'ios-app', name: 'iOS App' }, { id: 'src_n2', slug: 'checkout-web', name: 'Checkout Web' }],
      spaces: [],
    },
  ],
} satisfies Catalog);

const LENA = 'lena@northwind.example';
// Thursday 3 December 2026.
const SENT = new Date('2026-12-03T10:00:00Z');
const draft = (text: string, subject = 'Data deletion'): ParseResult =>
  parseRequest(textMessage(text, { from: LENA, date: SENT, subject }), catalog, { now: new Date('2026-12-04T12:00:00Z') });
const parse = (text: string, subject = 'Data deletion'): ParseResult => contractView(draft(text, subject));
const DEC_1 = [{ from: '2026-12-01', to: '2026-12-01' }];

/** The scope is read and shown, and a question about the kind of request stands before anything is deleted. */
function asksFirst(text: string, words: string, subject?: string): void {
  const r = parse(text, subject);
  expect(r.kind).toBe('source_data');
  expect(r.workspace).toBe('northwind-shop');
  expect(r.sources).toEqual(['ios-app']);
  expect(r.ambiguities.join(' / ')).toContain(words);
}

/** Complete: nothing to ask. */
function complete(text: string): void {
  const r = parse(text);
  expect(r.kind).toBe('source_data');
  expect(r.workspace).toBe('northwind-shop');
  expect(r.sources).toEqual(['ios-app']);
  expect(r.ranges).toEqual(DEC_1);
  expect(r.missing).toEqual([]);
  expect(r.ambiguities).toEqual([]);
}

describe('a deletion weighed against something else is asked about', () => {
  it.each([
    ['Hi,\n\nCould you delete the iOS App data in northwind-shop for Dec 1, or would that break our Amplitude dashboards?\n\nLena', 'or would that break our Amplitude dashboards?'],
    ['Can you remove the iOS App data in northwind-shop for Dec 1? Or will it mess up our monthly report?\n\nLena', 'Or will it mess up our monthly report?'],
    ['Please delete the iOS App data in northwind-shop for December 1st, or is it better to wait until the migration is done?', 'or is it better to wait until the migration is done?'],
    ['Olá,\n\nPodem apagar os dados do iOS App em northwind-shop do dia 1 de dezembro? Ou isso vai quebrar os nossos relatórios?\n\nLena', 'Ou isso vai quebrar os nossos relatórios?'],
    ['Hoi,\n\nKunnen jullie de iOS App data in northwind-shop van 1 december verwijderen? Of is het beter om te wachten tot na de migratie?', 'Of is het beter om te wachten tot na de migratie?'],
    ['Hallo,\n\nkönnt ihr die iOS App Daten in northwind-shop vom 1.12.2026 löschen, oder wäre es besser, bis nach dem Release zu warten?', 'oder wäre es besser, bis nach dem Release zu warten?'],
    ['Bonjour,\n\npouvez-vous supprimer les données iOS App de northwind-shop du 1er décembre, ou est-ce que ça va casser nos tableaux de bord ?', 'ou est-ce que ça va casser nos tableaux de bord ?'],
    ['Hola,\n\n¿pueden borrar los datos de iOS App en northwind-shop del 1 de diciembre, o eso rompería nuestros informes?', 'o eso rompería nuestros informes?'],
  ])('%s', (text, words) => asksFirst(text, `"${words}": the message weighs deleting against something else`));
});

describe('a question about the price, or about whether it can be done, is answered first', () => {
  it.each([
    ['Hi,\n\nHow much would it cost to delete the iOS App data in northwind-shop for Dec 1?\n\nLena', 'would cost'],
    ['Hallo,\n\nwas würde es kosten, die iOS App Daten in northwind-shop vom 1.12.2026 zu löschen?\n\nLena', 'would cost'],
    ['Bonjour, combien coûterait la suppression des données iOS App de northwind-shop du 1er décembre ?', 'would cost'],
    ['Is there a fee to delete the iOS App data in northwind-shop for Dec 1?', 'would cost'],
    ["Hi,\n\nWe'd like to delete the iOS App data in northwind-shop for Dec 1 and replay it from our backup afterwards. Is that supported?\n\nLena", 'whether this can be done'],
    ['We want to remove the iOS App data in northwind-shop for Dec 1 and re-import a clean copy. Would that work?', 'whether this can be done'],
    ['Wir möchten die iOS App Daten in northwind-shop vom 1.12.2026 löschen und danach neu einspielen. Wird das unterstützt?', 'whether this can be done'],
  ])('%s', (text, words) => asksFirst(text, words));
});

describe('a wish about when the deletion runs is not dropped', () => {
  it.each([
    'Hi,\n\nPlease delete the iOS App data in northwind-shop for Dec 1. Could you run it on Monday, not before?\n\nLena',
    'Please delete the iOS App data in northwind-shop for Dec 1, but not before Monday please (release freeze).',
    'Please delete the iOS App data in northwind-shop for Dec 1 — please do it next week, after our audit.',
    'Bitte löscht die iOS App Daten in northwind-shop vom 1.12.2026, aber erst am Montag.',
    "Merci de supprimer les données iOS App de northwind-shop du 1er décembre, mais pas avant lundi.",
  ])('%s', (text) => asksFirst(text, 'a source deletion runs as soon as it is approved'));
});

describe('a deletion not decided yet, or waiting for someone else, is asked about', () => {
  it.each([
    ['Hi,\n\nWe may need to delete the iOS App data in northwind-shop for Dec 1. Still investigating.\n\nLena', 'We may need to'],
    ['We might have to remove the iOS App data in northwind-shop for Dec 1; still looking into it.', 'We might have to'],
    ['Wir müssen eventuell die iOS App Daten in northwind-shop vom 1.12.2026 löschen, wir untersuchen das noch.', 'müssen eventuell'],
    ['Il faudra peut-être supprimer les données iOS App de northwind-shop du 1er décembre.', 'Il faudra peut-être'],
    ['Puede que tengamos que borrar los datos de iOS App en northwind-shop del 1 de diciembre.', 'Puede que tengamos que'],
    ['Misschien moeten we de iOS App data in northwind-shop van 1 december verwijderen.', 'Misschien moeten we'],
  ])('%s', (text, words) => asksFirst(text, `"${words}": the request is not settled`));

  it.each([
    ['Hi,\n\nPending approval from legal: please delete the iOS App data in northwind-shop for Dec 1.\n\nLena', 'Pending approval from legal'],
    ['Please delete the iOS App data in northwind-shop for Dec 1 — subject to sign-off by our DPO.', 'subject to sign-off by our DPO'],
    ['Awaiting legal approval, but please delete the iOS App data in northwind-shop for Dec 1.', 'Awaiting legal approval'],
    ['Bitte die iOS App Daten in northwind-shop vom 1.12.2026 löschen. Die Freigabe der Rechtsabteilung steht noch aus.', 'Freigabe der Rechtsabteilung steht noch aus'],
    ["Merci de supprimer les données iOS App de northwind-shop du 1er décembre (en attente d'approbation du juridique).", "en attente d'approbation du juridique"],
  ])('%s', (text, words) => asksFirst(text, `"${words}": the request depends on a condition`));
});

describe("a ticket tool's notice that its ticket is closed asks for nothing new", () => {
  it('a Jira notification with the status "Won\'t Do"', () => {
    const text = [
      'Lena Vogt created DATA-123', '-----------------------', 'Summary: Delete iOS App data Dec 1', 'Project: Data', 'Issue Type: Task',
      'Reporter: Lena Vogt', "Status: Won't Do", '', 'Description:', 'Please delete the iOS App data in northwind-shop for Dec 1.', '', '--', 'This message was sent by Atlassian Jira',
    ].join('\n');
    asksFirst(text, `"Status: Won't Do": the message is a ticket tool's notice that its ticket is closed`, '[JIRA] (DATA-123) Delete iOS App data Dec 1');
  });

  it('a Zendesk notice that the request was solved, with our own "Done, deleted."', () => {
    const text = [
      '##- Please type your reply above this line -##', '', 'Your request (4521) has been solved. To reopen this request, reply to this email.', '',
      'Lena Vogt (Northwind)', 'Dec 2, 2026, 09:00 UTC', 'Please delete the iOS App data in northwind-shop for Dec 1.', '', 'Deletion Desk', 'Dec 2, 2026, 10:00 UTC', 'Done, deleted.',
    ].join('\n');
    asksFirst(text, '"Your request (4521) has been solved": the message is a ticket tool', 'Your request #4521 has been solved');
  });

  it('a Jira notification of a new issue is still the request it carries', () => {
    const text = ['Lena Vogt created DATA-124:', '', 'Summary: Delete iOS App data Dec 1', 'Status: Open', '', 'Description:', 'Please delete the iOS App data in northwind-shop for Dec 1.', '', 'This message was sent by Atlassian Jira'].join('\n');
    const r = parse(text, '[JIRA] (DATA-124) Delete iOS App data Dec 1');
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['ios-app']);
    expect(r.ranges).toEqual(DEC_1);
    expect(r.ambiguities).toEqual([]);
  });
});

describe("a reply above an unmarked quote of the desk's confirmation", () => {
  const quoted = ['', '-- Deletion desk wrote:', 'Workspace: northwind-shop', 'Source: iOS App (ios-app)', 'Days: 2026-12-01 to 2026-12-03'].join('\n');

  it('reads the source the reply adds, not the quoted scope', () => {
    // The workspace and the days are the ticket's: the reply names neither, and the quote gives neither.
    const r = draft(`Confirm, but please also include the Checkout Web source for the same days.\n${quoted}`, 'Re: [DEL-7] Please confirm');
    expect(r.ticket).toBe('DEL-7');
    expect(r.sources).toEqual(['checkout-web']);
    expect(r.workspace).toBeNull();
    expect(r.ranges).toEqual([]);
    expect(r.missing).toEqual(['workspace', 'time frame']);
  });

  it('asks when what the reply adds cannot be read', () => {
    const r = parse(`Confirm, but please also include the marketing site for the same days.\n${quoted}`, 'Re: [DEL-7] Please confirm');
    expect(r.sources).toEqual([]);
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities.join(' / ')).toContain('the reply adds something to the request that could not be read');
  });

  it('a bare "Confirmed." above the quote takes nothing from it', () => {
    const r = parse(`Confirmed.\n${quoted}`, 'Re: [DEL-7] Please confirm');
    expect(r.sources).toEqual([]);
    expect(r.ranges).toEqual([]);
    expect(r.ambiguities).toEqual([]);
  });
});

describe('plain polite requests stay complete', () => {
  it.each([
    'Hi,\n\nCould you please delete the iOS App data in northwind-shop for Dec 1?\n\nThanks, Lena',
    'Can you remove the iOS App data in northwind-shop for Dec 1? Thank you!',
    'Would you delete the iOS App data in northwind-shop for Dec 1, please? Let me know if you need anything else.',
    'Please delete the iOS App data in northwind-shop for Dec 1. Our legal team has approved it.',
    'Please delete the iOS App data in northwind-shop for Dec 1. We will re-send the clean events ourselves afterwards.',
    'Please delete the iOS App data in northwind-shop for Dec 1. We have investigated and it is all test traffic.',
    'Könnt ihr bitte die iOS App Daten in northwind-shop vom 1.12.2026 löschen? Danke!',
    'Podem apagar os dados do iOS App em northwind-shop do dia 1 de dezembro? Obrigada!',
    'Please delete the iOS App data in northwind-shop for Dec 1. Is that possible?',
    'Bitte löscht die iOS App Daten in northwind-shop vom 1.12.2026. Ist das möglich?',
  ])('%s', (text) => complete(text));
});

describe('round 4', () => {
  it.each([
    'Hi,\n\nPlease delete the iOS App data in northwind-shop for Dec 1. Or do you need anything else from me?\n\nThanks, Lena',
    'Please delete the iOS App data in northwind-shop for Dec 1. Or is there anything else you need?',
    'Hi team,\n\nKindly delete the iOS App data in northwind-shop for Dec 1. Please process this on priority.\n\nRegards,\nLena',
    'Please delete the iOS App data in northwind-shop for Dec 1 and action it on an urgent basis.',
  ])('an offer to help or a wish for speed asks nothing: %s', (text) => complete(text));

  it('a second choice after "or" is still asked about', () => {
    asksFirst('Please delete the iOS App data in northwind-shop for Dec 1. Or would that break our dashboards?', 'weighs deleting against something else');
  });

  it('a run day after "process this on" is still asked about', () => {
    asksFirst('Please delete the iOS App data in northwind-shop for Dec 1. Please process this on Monday.', 'not on a chosen day');
  });

  it.each([
    ['"Please handle this" above a colleague\'s request', 'Please handle this, thanks.\n\n-- Our CTO wrote:\nPlease delete the iOS App data in northwind-shop for Dec 1.'],
    ['"my manager" behind a dash', 'See the request below.\n\n— My manager wrote:\nPlease delete the iOS App data in northwind-shop for Dec 1.'],
  ])('a contact passing on a request makes it theirs: %s', (_, text) => complete(text));

  it("the desk's own quoted confirmation stays history under \"please handle this\"", () => {
    const r = parse('Please handle this, thanks.\n\n-- Deletion desk wrote:\nWe will delete the Checkout Web data in northwind-shop for Nov 5.', 'Re: [DEL-9] Please confirm');
    expect(r.sources).toEqual([]);
    expect(r.ranges).toEqual([]);
  });
});
