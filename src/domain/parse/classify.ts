/**
 * What kind of request a message is, from its new text (subject included). Phrase lists cover English,
 * German, French and Spanish, with the common Dutch/Portuguese/Japanese verbs. The order of the checks
 * is the safety order: a cancellation or a status question that also mentions deletion words must
 * never be read as a new deletion.
 */
import type { RequestKind } from '../request';

const CANCEL_STRONG =
  /\b(?:cancel|abort|revoke|withdraw|call off|rescind)\b|\b(?:do not|don't|dont|never) (?:delete|purge|wipe|remove|proceed|go ahead)|\b(?:maliciously|without (?:our|my) (?:consent|permission|authori[sz]ation)|was not (?:us|me)|wasn't (?:us|me)|did not (?:request|ask for)|didn't (?:request|ask for)|not authori[sz]ed)\b|\b(?:abbrechen|stornieren|zurückziehen|nicht löschen)\b|\b(?:annuler|annulez|ne supprimez pas|ne pas supprimer)\b|\b(?:cancelar|cancelen|anular|no borren|no eliminen)\b|キャンセル|取り消し|中止/i;
/** "stop"/"halt"/"hold" only with what is being stopped, so "we stopped the iOS app" is no cancellation. */
const CANCEL_STOP = /\b(?:stop|halt|pause|hold off|put on hold|stoppen|arrêter|arrêtez|detener|detengan)\b.{0,30}\b(?:deletion|deleting|purge|purging|request|ticket|del[-\s]?\d+|löschung|suppression|eliminación)/i;
/** Cancelling a subscription or contract is the reason for a purge, not a cancellation of one. */
const CANCEL_OTHER = /\bcancel(?:l?ed|ling)?\b.{0,25}\b(?:subscription|contract|plan|account|membership|service)\b/i;
const STATUS =
  /\b(?:status|progress|update on|updates on|any news|news on|how (?:is|far)|where are we|eta|when will|has (?:it|this|the \w+) been (?:done|completed|deleted|processed)|is it (?:done|finished|complete)|been completed|still pending|heard back|follow(?:ing)?[- ]up)\b|\b(?:stand der|wie ist der stand|statut|état de|où en est|estado de|en qué estado|avance)\b|状況|進捗/i;
const STATUS_STRONG = /\b(?:status|progress|update on|any news|stand der|wie ist der stand|statut|où en est|estado de|en qué estado)\b|進捗|状況/i;
const USER_DATA =
  /\bgdpr\b.{0,80}\b(?:user|person|customer|individual|subject|request)|\b(?:end[- ]?users?|a user|one user|single user|this user|user ?id|userid|user_id|anonymous ?id|customer (?:named|called|with)|data subject|dsar|right to (?:be forgotten|erasure)|article 17|personal data of|data of (?:a|one|this|our) (?:user|customer|person))\b|\b(?:benutzer|nutzer|recht auf vergessenwerden|betroffene person)\b|\b(?:utilisateur|droit à l'oubli|personne concernée)\b|\b(?:usuario|derecho al olvido|interesado)\b|ユーザー/i;
const ARCHIVE =
  /\b(?:archive|archives|archived|archiv|archivo)\b.{0,80}\b(?:old|deleted|former|closed|previous|defunct|gelöscht|alten|ancien|supprimé|antiguo|eliminado)\b|\b(?:old|deleted|former|closed|previous|defunct)\b.{0,40}\bworkspace\b.{0,60}\b(?:archive|archived|leftover|remaining|still stored)\b/i;
const PURGE =
  /\b(?:delete|remove|purge|erase|wipe)\b.{0,20}\beverything\b|\b(?:delete|remove|purge|erase|wipe|close|terminate|destroy)\b.{0,40}\b(?:workspace|account)\b|\b(?:all|every(?:thing)?|entire|complete|full|whole)\b.{0,30}\b(?:data|events|everything|workspace)\b|\b(?:complete|full|total|entire) (?:data )?(?:purge|deletion|wipe|erasure)\b|\bpurge\b.{0,30}\b(?:workspace|everything|all)\b|\b(?:workspace|account)\b.{0,40}\b(?:deleted|removed|purged|wiped)\b.{0,30}\b(?:completely|entirely|permanently)\b|\b(?:alle|sämtliche) (?:unsere[rn]? |meine[rn]? )?daten\b|\b(?:workspace|arbeitsbereich|konto)\b.{0,30}\b(?:löschen|komplett)\b|\btoutes? (?:nos|mes|les) données\b|\bsupprimer (?:notre|mon|le) (?:workspace|espace de travail|compte)\b|\btodos (?:nuestros|mis|los) datos\b|\b(?:eliminar|borrar) (?:nuestro|mi|el) (?:workspace|espacio de trabajo|cuenta)\b|全て?のデータ|すべてのデータ|ワークスペース.{0,10}削除/i;
const SPACE = /\b(?:unify|profiles?)\b.{0,40}\bspace\b|\b(?:delete|remove|purge|erase|wipe|drop)\b.{0,40}\bspace\b|\bspace\b.{0,40}\b(?:deleted|removed|purged)\b|\b(?:raum|espace|espacio)\b.{0,30}\b(?:löschen|supprimer|eliminar|borrar)\b|\b(?:löschen|supprimer|eliminar|borrar)\b.{0,30}\b(?:unify|raum|espace|espacio)\b/i;
const DELETE =
  /\b(?:delete|deleted|deleting|deletion|remove|removal|purge|erase|erasure|wipe|drop|clear|get rid of|scrub|clean up|löschen|lösche|entfernen|löschung|supprimer|supprimez|effacer|suppression|eliminar|eliminen|borrar|borren|eliminación|verwijderen|excluir|apagar|remover)\b|削除|消去/i;
const DATA_WORD = /\b(?:data|events|source|sources|daten|quelle|données|source|datos|fuente|gegevens|dados)\b|データ|ソース/i;

export interface KindEvidence {
  hasTicket: boolean;
  namedSource: boolean;
  namedSpace: boolean;
  hasDates: boolean;
  workspaceDeletedAt: string | null;
}

export function classifyKind(text: string, evidence: KindEvidence): RequestKind {
  if (text.trim() === '') return 'unknown';
  if ((CANCEL_STRONG.test(text) && !CANCEL_OTHER.test(text)) || CANCEL_STOP.test(text)) return 'cancel';
  const deleting = DELETE.test(text);
  // "status of my deletion" mentions deleting; only a clear status question wins over deletion words.
  if (STATUS.test(text) && (evidence.hasTicket || !deleting || STATUS_STRONG.test(text))) return 'status';
  if (USER_DATA.test(text)) return 'user_data';
  if (!deleting && !/\bpurge\b/i.test(text)) return 'unknown';
  if (ARCHIVE.test(text)) return 'archive_purge';
  if (evidence.namedSpace || SPACE.test(text)) {
    if (!evidence.namedSource && !evidence.hasDates) return 'unify_space';
  }
  // Dates usually make it a source deletion ("all our data from March 1-3"); but a purge naming the
  // workspace or account stays a purge ("we cancelled last month, delete all data of workspace x").
  const datesPointToSource = evidence.hasDates && !/\b(?:workspace|account|everything|company)\b|ワークスペース/i.test(text);
  if (!datesPointToSource && !evidence.namedSource && PURGE.test(text)) {
    return evidence.workspaceDeletedAt ? 'archive_purge' : 'workspace_purge';
  }
  if (evidence.namedSource || evidence.hasDates || DATA_WORD.test(text)) return 'source_data';
  return 'unknown';
}
