/**
 * Mail a scope review found read worse after corpora 61 and 62 were tuned in, in our own test: what a
 * careful desk makes of each. A wrong deletion cannot be undone, so where the tuned reading went too far
 * the parser asks, or reads as it did before.
 */
import { describe, expect, it } from 'vitest';
import { textMessage } from '../support/textMessage';
import { indexCatalog, parseRequest } from '../../src/domain/parse/index';
import type { ParseResult } from '../../src/domain/request';

const catalog = indexCatalog({
  workspaces: [
    {
      id: 'ws_a1', slug: 'clinica-sol', name: 'Clínica Sol', contacts: ['ana@sol.example'], admins: ['ana@sol.example'], deletedAt: null,
      sources: [
        { id: 's1', slug: 'citas', name: 'Citas' },
        { id: 's2', slug: 'citas-v2', name: 'Citas v2' },
        { id: 's3', slug: 'web', name: 'Web' },
        { id: 's4', slug: 'webhooks', name: 'Webhooks' },
      ],
      spaces: [{ id: 'sp1', name: 'Pacientes' }],
    },
    {
      id: 'ws_a2', slug: 'lingua', name: 'Lingua Academy', contacts: ['bob@lingua.example'], admins: ['bob@lingua.example'], deletedAt: null,
      sources: [
        { id: 's5', slug: 'moodle', name: 'Moodle' },
        { id: 's6', slug: 'moodle-old', name: 'Moodle 3.9' },
        { id: 's7', slug: 'ios-app', name: 'iOS App' },
        { id: 's8', slug: 'ios-app-2', name: 'iOS App 2' },
        { id: 's9', slug: 'android', name: 'Android' },
        { id: 's10', slug: 'platforma', name: 'Platforma e-learning' },
        { id: 's11', slug: 'platforma-2', name: 'Platforma e-learning 2' },
      ],
      spaces: [{ id: 'sp2', name: 'Students' }],
    },
    {
      id: 'ws_a4', slug: 'lagos-light', name: 'Lagos Light', contacts: ['dee@lagos.example'], admins: ['dee@lagos.example'], deletedAt: null,
      sources: [{ id: 's15', slug: 'web', name: 'Web' }, { id: 's16', slug: 'sms', name: 'SMS' }],
      spaces: [{ id: 'sp4', name: 'Families' }],
    },
    {
      id: 'ws_a6', slug: 'moonbase', name: 'Moonbase', contacts: ['mo@moon.example'], admins: ['mo@moon.example'], deletedAt: '2021-05-10',
      sources: [{ id: 's21', slug: 'mb-web', name: 'Web' }],
      spaces: [{ id: 'sp6', name: 'Crew' }],
    },
  ],
});

const SENT = new Date('2026-12-07T09:00:00Z');
const parse = (text: string, from: string, subject: string): ParseResult =>
  parseRequest(textMessage(text, { from, date: SENT, subject }), catalog, { now: new Date('2026-12-07T18:00:00Z') });
const complete = (r: ParseResult): boolean => r.missing.length === 0 && r.ambiguities.length === 0;

describe('"our Test account" is no company\'s account', () => {
  it.each([
    ["Please delete our Test account, we created it by mistake.\nBob", "bob@lingua.example", "Deletion"],
    ["Please close our Trial account.\nBob", "bob@lingua.example", "Deletion"],
    ["Please delete our Staging account, it was only for testing.\nAna", "ana@sol.example", "Deletion"],
    ["Could you please delete our Demo account? We set it up for a sales call.\nBob", "bob@lingua.example", "Deletion"],
    ["Please remove our Sandbox account.", "bob@lingua.example", "Deletion"],
  ])('%j: one workspace, asked which', (text, from, subject) => {
    const r = parse(text, from, subject);
    expect(r.kind).toBe('workspace_purge');
    expect(complete(r)).toBe(false);
  });
});

describe('a last note set off by a dash is the request, not a signature', () => {
  it.each([
    ["Please delete the Web and Webhooks data in Clínica Sol for 3 November 2026.\n\nCorrection – only Web, not Webhooks", "ana@sol.example", "Deletion Clínica Sol"],
    ["Please delete the Web and Webhooks data in Clínica Sol for 3 November 2026. Thanks!\n\nUpdate – Webhooks should stay", "ana@sol.example", "Deletion Clínica Sol"],
    ["Por favor borren los datos de Web y Webhooks en Clínica Sol del 3 de noviembre de 2026. Gracias.\n\nCorrección – solo Web, Webhooks no", "ana@sol.example", "Borrado Clínica Sol"],
    ["Hi,\n\nPlease delete all data from every source in Clínica Sol for 3 November 2026.\n\nException – Webhooks, please keep it", "ana@sol.example", "Deletion Clínica Sol"],
    ["Please delete the Web and Webhooks data in Clínica Sol for 3 November 2026.\n\nNote – Webhooks is not affected", "ana@sol.example", "Deletion Clínica Sol"],
    ["Bitte löschen Sie die Daten von Web und Webhooks in Clínica Sol für den 3. November 2026. Danke!\n\nAusnahme – Webhooks bleibt", "ana@sol.example", "Löschung Clínica Sol"],
    ["Please delete the Web data in Clínica Sol for 3 November 2026.\n\nPS – only the bot events, keep the rest", "ana@sol.example", "Deletion Clínica Sol"],
    ["Please delete the Web data in Clínica Sol for 3 November 2026.\n\nCondition – wait until our export is confirmed", "ana@sol.example", "Deletion Clínica Sol"],
    ["Please delete the Web data in Clínica Sol for 3 November 2026.\n\nIgnore the above – wrong workspace, it's Lagos Light", "ana@sol.example", "Deletion Clínica Sol"],
    ["Please delete the Web data in Clínica Sol for 3 November 2026.\n\nSorry – wrong workspace, it's Lagos Light", "ana@sol.example", "Deletion Clínica Sol"],
  ])('%j: asked', (text, from, subject) => {
    expect(complete(parse(text, from, subject))).toBe(false);
  });
  it('"Also – Web and Webhooks" adds the sources', () => {
    const [text, from, subject] = ["Please delete the Citas data in Clínica Sol for 3 November 2026. Thanks!\n\nAlso – Web and Webhooks", "ana@sol.example", "Deletion Clínica Sol"];
    const r = parse(text, from, subject);
    expect(r.sources).toEqual(['citas', 'web', 'webhooks']);
    expect(complete(r)).toBe(true);
  });
  it('"Days – third and fourth of November" gives the days', () => {
    const [text, from, subject] = ["Please delete the Web data in Clínica Sol. Thanks!\n\nDays – third and fourth of November", "ana@sol.example", "Deletion Clínica Sol"];
    const r = parse(text, from, subject);
    expect(r.ranges.map((d) => [d.from, d.to])).toEqual([['2026-11-03', '2026-11-04']]);
    expect(complete(r)).toBe(true);
  });
});

describe('"except the old Moodle" beside Moodle 3.9 leaves the old one out, never the current one', () => {
  it.each([
    ["Please delete every source in Lingua Academy for 3 November 2026 except the old Moodle.", "bob@lingua.example", "Deletion Lingua Academy"],
    ["Please delete all sources in Lingua Academy for 3 November 2026 except the older Moodle.", "bob@lingua.example", "Deletion Lingua Academy"],
    ["Please delete all sources in Lingua Academy for 3 November 2026, keep the previous Moodle.", "bob@lingua.example", "Deletion Lingua Academy"],
    ["Bitte löschen Sie alle Quellen in Lingua Academy für den 3. November 2026, außer dem alten Moodle.", "bob@lingua.example", "Löschung Lingua Academy"],
    ["Please delete all sources in Lingua Academy for 3 November 2026 except our old Moodle.", "bob@lingua.example", "Deletion Lingua Academy"],
  ])('%j', (text, from, subject) => {
    expect(parse(text, from, subject).sources).not.toContain('moodle-old');
  });
  it.each([
    ["Please delete the Moodle data in Lingua Academy for 3 November 2026, but not the old Moodle.", "bob@lingua.example", "Deletion Lingua Academy"],
    ["Please delete the Moodle data in Lingua Academy for 3 November 2026, not the old Moodle.", "bob@lingua.example", "Deletion Lingua Academy"],
  ])('%j: Moodle, with nothing to ask', (text, from, subject) => {
    const r = parse(text, from, subject);
    expect(r.sources).toEqual(['moodle']);
    expect(complete(r)).toBe(true);
  });
  it('"not the first Android outage" leaves nothing out', () => {
    const [text, from, subject] = ["Please delete the Android data in Lingua Academy for 3 November 2026. Sadly this is not the first Android outage we have had.", "bob@lingua.example", "Deletion Lingua Academy"];
    const r = parse(text, from, subject);
    expect(r.sources).toEqual(['android']);
    expect(complete(r)).toBe(true);
  });
});

describe('"nothing left of Web" in an archive is one source, not the whole archive', () => {
  it.each([
    ["Our workspace Moonbase was deleted in 2021. In the old archive, please delete only the Web source, so there is nothing left of Web.", "mo@moon.example", "Moonbase archive"],
    ["Moonbase was closed years ago. From its archive please delete just the Web source so nothing remaining of Web is kept.", "mo@moon.example", "Moonbase archive"],
  ])('%j', (text, from, subject) => {
    const r = parse(text, from, subject);
    expect(r.kind).not.toBe('archive_purge');
    expect(r.sources).toEqual(['mb-web']);
  });
});

describe('"the only rows to remove are …" is part of a source\'s days: asked', () => {
  it.each([
    ["Please clean up Web in Clínica Sol for 3 November 2026. The only events that should go are the bot hits.", "ana@sol.example", "Deletion Clínica Sol"],
    ["Please delete the Web data in Clínica Sol for 3 November 2026. The only rows we need removed are the test orders.", "ana@sol.example", "Deletion Clínica Sol"],
    ["Please delete Web in Clínica Sol for 3 November 2026. Those are our only records of the callbacks, so we know it's all gone.", "ana@sol.example", "Deletion Clínica Sol"],
    ["Please delete Web data in Clínica Sol for 3 November 2026 — the just the spam entries, please.", "ana@sol.example", "Deletion Clínica Sol"],
    ["Please delete Web data in Clínica Sol for 3 November 2026. Their only test users should go, everything else must stay.", "ana@sol.example", "Deletion Clínica Sol"],
    ["Please delete the Web data in Clínica Sol for 3 November 2026 — those bot hits are the only records we want gone, the real visits stay.", "ana@sol.example", "Deletion Clínica Sol"],
    ["Please delete the Web data in Clínica Sol for 3 November 2026. The just-imported duplicate events are the problem; the only entries to remove are those duplicates.", "ana@sol.example", "Deletion Clínica Sol"],
  ])('%j', (text, from, subject) => {
    const r = parse(text, from, subject);
    expect(r.sources).toEqual(['web']);
    expect(complete(r)).toBe(false);
  });
});

describe('Greek "τα δεδομένα Web" is no source named for deletion', () => {
  it.each([
    ["Παρακαλώ διαγράψτε τα δεδομένα Citas της Clínica Sol για τις 3 Νοεμβρίου 2026, όχι τα δεδομένα Web.", "ana@sol.example", "Διαγραφή"],
    ["Παρακαλώ διαγράψτε την πηγή Citas της Clínica Sol για τις 3 Νοεμβρίου 2026. Τα δεδομένα Web να μείνουν.", "ana@sol.example", "Διαγραφή"],
    ["Παρακαλώ διαγράψτε την πηγή Citas της Clínica Sol για τις 3 Νοεμβρίου 2026. Τα δεδομένα Web είναι σωστά.", "ana@sol.example", "Διαγραφή"],
    ["Παρακαλώ διαγράψτε την πηγή Citas της Clínica Sol για τις 3 Νοεμβρίου 2026. Τα δεδομένα Web τα κρατάμε.", "ana@sol.example", "Διαγραφή"],
    ["Παρακαλώ διαγράψτε την πηγή Citas της Clínica Sol για τις 3 Νοεμβρίου 2026. Μην αγγίξετε τα δεδομένα Web.", "ana@sol.example", "Διαγραφή"],
    ["Παρακαλώ διαγράψτε τα δεδομένα Citas της Clínica Sol για τις 3 Νοεμβρίου 2026. Τα δεδομένα Web παραμένουν.", "ana@sol.example", "Διαγραφή"],
  ])('%j: Citas only', (text, from, subject) => {
    const r = parse(text, from, subject);
    expect(r.sources).toEqual(['citas']);
    expect(complete(r)).toBe(true);
  });
});

describe('kinds', () => {
  it('Turkish "Android kalsın mı" is a question, asked back', () => {
    const [text, from, subject] = ["Merhaba, Lingua Academy'de 3 Kasım 2026 için Moodle verilerini silin. Android kalsın mı, siz karar verin.", "bob@lingua.example", "Silme Lingua Academy"];
    const r = parse(text, from, subject);
    expect(r.sources).toEqual(['moodle']);
    expect(complete(r)).toBe(false);
  });
  it('a former patient closing her account is no account purge, even from an admin\'s address', () => {
    const [text, from, subject] = ["Em là bệnh nhân cũ của Clínica Sol. Xin xóa tài khoản của em và dữ liệu cá nhân của em.", "ana@sol.example", "Xóa"];
    expect(parse(text, from, subject).kind).not.toBe('account_purge');
  });
  it.each([
    ["Hola, soy socia fundadora de Clínica Sol. Por favor borren mis datos de Citas del 3 de noviembre de 2026 en Clínica Sol; eran pruebas.", "ana@sol.example", "Borrado Clínica Sol", ['citas']] as [string, string, string, string[]],
    ["Hi, I am a former student who now runs Lingua Academy. Please delete my data from the Android source for 3 November 2026, it was test traffic from my phone.", "bob@lingua.example", "Deletion Lingua Academy", ['android']] as [string, string, string, string[]],
  ])('%j: a source\'s days, whoever the sender once was', (text, from, subject, sources) => {
    const r = parse(text, from, subject);
    expect(r.kind).toBe('source_data');
    expect(r.sources).toEqual(sources);
    expect(complete(r)).toBe(true);
  });
  it('"another platform" is no declined Platforma', () => {
    const [text, from, subject] = ["Please delete the Lingua Academy workspace entirely. We moved to another platform.\nBob", "bob@lingua.example", "Deletion"];
    const r = parse(text, from, subject);
    expect(r.kind).toBe('workspace_purge');
    expect(complete(r)).toBe(true);
  });
});
