/**
 * The kind of request, read right, and no question where the request is plain: a subject that says
 * "account" above a body that names the one workspace to go, a Chinese request that places a source in a
 * workspace, a contact's newsletter sent with a campaign tool, a Czech end user's data, a Danish
 * cancellation, a Czech "jedná se o" (it is about), a cancellation by ticket beside the company's name, a
 * company's legal name beside the deleted workspace it closed, and another space kept by its name.
 * What staff would see: the kind, the scope, and whether the desk asks.
 */
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/domain/catalog';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import { contractView } from '../../src/domain/parse/contractView';
import type { ParseResult } from '../../src/domain/request';

type Workspace = Catalog['workspaces'][number];
const ws = (slug: string, name: string, extra: Partial<Workspace> = {}): Workspace => ({
  id: `ws_${slug}`,
  slug,
  name,
  contacts: [],
  admins: [],
  deletedAt: null,
  sources: [],
  spaces: [],
  ...extra,
});
const src = (slug: string, name: string): Workspace['sources'][number] => ({ id: `src_${slug}`, slug, name });
const catalog = indexCatalog({
  workspaces: [
    ws('orchard', 'Orchard', { contacts: ['lena@orchardgoods.example'], admins: ['lena@orchardgoods.example'], sources: [src('orchard-web', 'Web')] }),
    ws('orchard-labs', 'Orchard Labs', { contacts: ['lena@orchardgoods.example'], admins: ['lena@orchardgoods.example'], sources: [src('labs-app', 'Lab App')] }),
    ws('kestrel', 'Kestrel', { contacts: ['wei@kestrel.example'], sources: [src('kestrel-web', 'Website'), src('open-api', 'Open API')] }),
    ws('tarn', 'Tarn', { contacts: ['news@tarn.example', 'ops@tarn.example'], sources: [src('tarn-ios', 'iOS App')] }),
    ws('linden', 'Linden', { contacts: ['petra@linden.example'], sources: [src('linden-app', 'App')] }),
    ws('heron', 'Heron', { contacts: ['ops@heron.example'], sources: [src('heron-web', 'Web Shop'), src('heron-ios', 'iOS')] }),
    ws('heron-old', 'Heron Old', { contacts: ['ops@heron.example'], deletedAt: '2021-03-01', sources: [src('old-crm', 'CRM')] }),
    ws('fenway', 'Fenway', { contacts: ['ann@fenway.example'], spaces: [{ id: 'sp_seg', name: 'Segments' }, { id: 'sp_segt', name: 'Segments Test' }] }),
  ],
} satisfies Catalog);

const NOW = new Date('2027-05-20T12:00:00Z');
const SENT = new Date('2027-05-18T09:00:00Z');
const parse = (text: string, from: string, subject = 'Data deletion', extra: Parameters<typeof textMessage>[2] = {}): ParseResult =>
  contractView(parseRequest(textMessage(text, { from, date: SENT, subject }, extra), catalog, { now: NOW }));
const asks = (r: ParseResult): boolean => r.missing.length > 0 || r.ambiguities.length > 0;

describe('an account said in the subject, one workspace named in the body', () => {
  it('purges the one workspace the body names, not every workspace the sender administers', () => {
    const r = parse('Hello,\n\nWe are closing Orchard Goods\' online store. Please delete our Orchard workspace and all of its data.\n\nLena', 'lena@orchardgoods.example', 'Close our account - remove everything');
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('orchard');
    expect(asks(r)).toBe(false);
  });

  it('stays an account purge when the body itself asks for the account', () => {
    const r = parse('Hello,\n\nPlease close our account and delete the Orchard workspace with it.\n\nLena', 'lena@orchardgoods.example', 'Close our account');
    expect(r.kind).toBe('account_purge');
  });

  it('stays an account purge when the body names no workspace', () => {
    const r = parse('Hello,\n\nPlease delete everything we have with you.\n\nLena', 'lena@orchardgoods.example', 'Close our account');
    expect(r.kind).toBe('account_purge');
  });

  it.each([
    ['"my account" over the workspace account', 'Delete my account', 'Please delete my Orchard workspace account, I do not use it any more.'],
    ['a user of the workspace', 'Close our account', 'Please delete the Orchard workspace user lena@orchardgoods.example.'],
    ['a seat in the workspace', 'Close our account', 'Please remove the Orchard workspace seat assigned to me.'],
  ])('is no ready workspace purge for %s', (_what, subject, body) => {
    const r = parse(`Hello,\n\n${body}\n\nLena`, 'lena@orchardgoods.example', subject);
    expect(r.kind === 'workspace_purge' && !asks(r)).toBe(false);
  });
});

describe('a Chinese request that places a source in a workspace', () => {
  it('reads "工作区 kestrel 中" as where the source lies, not a workspace to delete, and asks nothing', () => {
    const r = parse('你好，\n\n请删除工作区 kestrel 中数据源 Open API 在 2027年5月3日 的数据。\n\n谢谢', 'wei@kestrel.example', '删除数据');
    expect(r.kind).toBe('source_data');
    expect(r.workspace).toBe('kestrel');
    expect(r.sources).toEqual(['open-api']);
    expect(r.ranges).toEqual([{ from: '2027-05-03', to: '2027-05-03' }]);
    expect(asks(r)).toBe(false);
  });

  it('still reads "删除工作区 kestrel" with nothing inside it as the workspace to delete', () => {
    const r = parse('你好，\n\n请删除工作区 kestrel。\n\n谢谢', 'wei@kestrel.example', '删除');
    expect(r.kind).toBe('workspace_purge');
    expect(r.workspace).toBe('kestrel');
  });
});

describe('a newsletter sent by a contact with a campaign tool', () => {
  const campaign = { headers: { precedence: 'bulk', 'list-unsubscribe': '<https://tarn.us5.list-manage.com/unsubscribe?u=1>', 'x-mailer': 'MailChimp Mailer' } };

  it('is no request, whatever it says about deleting', () => {
    const r = parse('NEWS FROM TARN\n\nOur iOS App gets automatic clean-up: delete old events with one click.\n\nRead more', 'news@tarn.example', 'Tarn product news', campaign);
    expect(r.kind).toBe('unknown');
    expect(asks(r)).toBe(false);
  });

  it("still reads a contact's own mail written through a sales add-on of the same tool", () => {
    const sales = { headers: { 'list-unsubscribe': '<mailto:unsubscribe@tarn.example>', 'x-mailer': 'Microsoft Outlook 16.0 (HubSpot Sales extension)' } };
    const r = parse('Please delete the iOS App data in Tarn for 2 May 2027.', 'ops@tarn.example', 'Deletion', sales);
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['tarn-ios']);
  });

  it("still reads a contact's mail through their own team list as their request", () => {
    const r = parse('Please delete the iOS App data in Tarn for 2 May 2027.', 'ops@tarn.example', 'Deletion', { headers: { 'list-id': '<ops.tarn.example>' } });
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['tarn-ios']);
  });
});

describe('one person\'s data, in Czech', () => {
  it('reads a user who asked to erase their own personal data as user_data', () => {
    const r = parse('Dobrý den,\n\nnáš zákazník (jan.dvorak@example.cz) chce smazat všechny svoje osobní údaje. Prosím o smazání.\n\nPetra', 'petra@linden.example');
    expect(r.kind).toBe('user_data');
    expect(r.sources).toEqual([]);
    expect(asks(r)).toBe(false);
  });
});

describe('a cancellation in Danish', () => {
  it('reads "annullér" (with its accent) and "stop … sletning" as a withdrawal of the ticket', () => {
    const a = parse('Annullér venligst sletningen, vi har løst det selv.\n\nMads', 'ops@heron.example', 'SV: [DEL-77] Please confirm the deletion', { inReplyTo: 'x@desk' });
    expect(a.kind).toBe('cancel');
    expect(a.ticket).toBe('DEL-77');
    const b = parse('Stop venligst denne sletning.\n\nMads', 'ops@heron.example', 'SV: [DEL-78] Please confirm the deletion', { inReplyTo: 'x@desk' });
    expect(b.kind).toBe('cancel');
  });
});

describe('Czech "jedná se o" (it is about)', () => {
  it('is no condition: an answer that names source, workspace and days is complete', () => {
    const r = parse('Jedná se o zdroj Website ve workspace Kestrel, od 4. května 2027 do 5. května 2027.\n\nWei', 'wei@kestrel.example', 'Re: [DEL-90] More information needed', { inReplyTo: 'x@desk' });
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(['kestrel-web']);
    expect(r.ranges).toEqual([{ from: '2027-05-04', to: '2027-05-05' }]);
    expect(asks(r)).toBe(false);
  });

  it('still reads Portuguese "se o jurídico aprovar" as a condition', () => {
    const r = parse('Por favor, apaguem os dados do Website em Kestrel de 4 de maio de 2027, se o jurídico aprovar.', 'wei@kestrel.example');
    expect(asks(r)).toBe(true);
  });
});

describe('a cancellation by ticket', () => {
  it('withdraws the ticket without asking which workspace the company\'s name is', () => {
    const r = parse('Hi,\n\nDEL-612 was not requested by anyone at Heron Holdings. Please cancel it right away.\n\nSam', 'ops@heron.example', 'CANCEL DEL-612');
    expect(r.kind).toBe('cancel');
    expect(r.ticket).toBe('DEL-612');
    expect(asks(r)).toBe(false);
  });

  it('withdraws a space deletion named with its ticket without asking whose the space is', () => {
    const r = parse('Hi,\n\nplease cancel DEL-640 (the Segments Test space deletion). We still need it.\n\nAnn', 'ann@fenway.example', 'Cancel DEL-640');
    expect(r.kind).toBe('cancel');
    expect(r.ticket).toBe('DEL-640');
    expect(asks(r)).toBe(false);
  });

  it('still asks when the cancellation names a source: it may take back only part of the ticket', () => {
    const r = parse('Cancel the Web Shop part, but go on with iOS please.', 'ops@heron.example', 'Re: [DEL-613] Please confirm', { inReplyTo: 'x@desk' });
    expect(asks(r) || r.kind !== 'cancel').toBe(true);
  });
});

describe('a company\'s legal name beside the workspace it closed', () => {
  it('reads "Heron AB" as the company and purges the archive of the deleted workspace named', () => {
    const r = parse(
      'Dear Sir or Madam,\n\nHeron AB closed its former workspace Heron Old (ws_heron-old) in March 2021. Please purge any data relating to Heron Old that is still held in your archive.\n\nRecords Office',
      'ops@heron.example',
      'Archive purge - Heron Old',
    );
    expect(r.kind).toBe('archive_purge');
    expect(r.workspace).toBe('heron-old');
    expect(asks(r)).toBe(false);
  });

  it("asks when the company with a legal form is another workspace than the sender's own", () => {
    const r = parse('Our client Kestrel Ltd has ended the contract. Please delete their workspace with all data.\n\nPetra\nLinden', 'petra@linden.example');
    expect(r.workspace).toBeNull();
    expect(asks(r)).toBe(true);
  });

  it('still asks when two workspaces are named with no legal form', () => {
    const r = parse('Please purge any data still held in your archive for Heron and Heron Old.', 'ops@heron.example');
    expect(r.workspace).toBeNull();
    expect(asks(r)).toBe(true);
  });
});

describe('another space kept by its name', () => {
  it('deletes the space asked for and asks nothing when "keep Segments" names the other space', () => {
    const r = parse('Hi,\n\nplease delete the Unify space Segments Test in Fenway (keep Segments).\n\nAnn', 'ann@fenway.example', 'Delete Segments Test space');
    expect(r.kind).toBe('unify_space');
    expect(r.space).toBe('Segments Test');
    expect(asks(r)).toBe(false);
  });

  it('still asks when "keep the audiences" means the space\'s own settings', () => {
    const r = parse('Hi,\n\nplease delete the Unify space Segments Test in Fenway, but keep the audiences.\n\nAnn', 'ann@fenway.example', 'Delete Segments Test space');
    expect(r.kind).toBe('unify_space');
    expect(asks(r)).toBe(true);
  });
});
