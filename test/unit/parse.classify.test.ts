import { describe, expect, it } from 'vitest';
import { classifyKind, type KindEvidence } from '../../src/domain/parse/classify';
import type { RequestKind } from '../../src/domain/request';

const none: KindEvidence = { hasTicket: false, namedSource: false, namedSpace: false, hasDates: false, workspaceDeletedAt: null };

describe('classifyKind', () => {
  const cases: [string, RequestKind, Partial<KindEvidence>?][] = [
    ['Please delete the ios-app data for March 3', 'source_data', { namedSource: true, hasDates: true }],
    ['Bitte löschen Sie die Daten der Quelle web', 'source_data', { namedSource: true }],
    ['Merci de supprimer les données de la source android', 'source_data', { namedSource: true }],
    ['Por favor eliminen los datos de la fuente web', 'source_data', { namedSource: true }],
    ['ソースのデータを削除してください', 'source_data', { namedSource: true }],
    ['Please delete the Marketing space', 'unify_space', { namedSpace: true }],
    ['Please delete our Unify space', 'unify_space'],
    ['Bitte löschen Sie den Unify Raum Marketing', 'unify_space', { namedSpace: true }],
    ['Please delete our workspace and all our data', 'workspace_purge'],
    ['We are closing the company, please delete everything', 'workspace_purge'],
    ['Bitte löschen Sie alle unsere Daten', 'workspace_purge'],
    ['Merci de supprimer toutes nos données', 'workspace_purge'],
    ['Por favor eliminen todos nuestros datos', 'workspace_purge'],
    ['Delete all data of the workspace', 'archive_purge', { workspaceDeletedAt: '2021-11-02' }],
    ['Please purge the archive of our old workspace', 'archive_purge'],
    ['We got a GDPR request from a user, please delete their data', 'user_data'],
    ['delete user id 98765', 'user_data'],
    ['Ein Nutzer hat sein Recht auf Vergessenwerden geltend gemacht, bitte löschen', 'user_data'],
    ["Un utilisateur demande le droit à l'oubli, merci de supprimer", 'user_data'],
    ['Un usuario ejerce su derecho al olvido, eliminen sus datos', 'user_data'],
    ['What is the status of DEL-12?', 'status', { hasTicket: true }],
    ['Any update on the deletion of our ios data?', 'status'],
    ['Wie ist der Stand?', 'status'],
    ['Où en est la suppression ?', 'status'],
    ['¿Cuál es el estado de mi solicitud?', 'status'],
    ['Please cancel DEL-42, our workspace was deleted maliciously', 'cancel', { hasTicket: true }],
    ['Do not delete anything, this was not us', 'cancel'],
    ['Stop the deletion immediately', 'cancel'],
    ['Bitte stornieren Sie die Löschung', 'cancel'],
    ['Annulez la suppression', 'cancel'],
    ['Por favor cancelen la eliminación', 'cancel'],
    ['We stopped the iOS app from sending events; please delete March 3', 'source_data', { hasDates: true }],
    ['We cancelled our subscription, please delete all data of our workspace', 'workspace_purge'],
    ['hi', 'unknown'],
    ['Thanks a lot for your help!', 'unknown'],
    ['Join our webinar on March 20!', 'unknown', { hasDates: true }],
    ['', 'unknown'],
  ];
  for (const [text, kind, evidence] of cases) {
    it(`${kind}: ${text || '(empty)'}`, () => {
      expect(classifyKind(text, { ...none, ...evidence })).toBe(kind);
    });
  }
});
