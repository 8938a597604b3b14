/**
 * A question whether a deletion has happened: "did you already delete the Web data for Feb 3?", "les
 * données … ont-elles bien été supprimées ?", "habt ihr … schon entfernt?", "¿se borraron ya …?", "is the
 * deletion of … done?". It asks how things stand, not for a new deletion: read as a status question, it
 * never becomes a complete deletion of the days it names.
 *
 * Read from the shape of the question: a sentence ending in a question mark whose verb of deleting is
 * in a past form (a participle after "been", "été", "sido", "stati"; a preterite; "did you … delete"),
 * or whose deletion noun is said to be done. A passive that asks for the deletion ("can it be deleted?",
 * "können die Daten gelöscht werden?", "peuvent-elles être supprimées ?") is no past form.
 */
import { asksToDelete } from './classify';
import * as words from './kindWords';
import { L, R } from './letterEdges';
import { allMatches } from './allMatches';

/** Words within one sentence; a day's point ("vom 3. Februar") does not end it. */
const GAP = '(?:[^?.!\\n]|(?<=(?<!\\p{N})\\p{N}{1,2})\\.)';
const PAST_FORMS = [
  // English: "did you (already) delete", "have you deleted", "was it / has it been / were they deleted".
  `did (?:you|y[’']all|they|your team|the team) (?:already |actually |really |ever )?(?:delete|remove|purge|erase|wipe)`,
  `(?:have|has) (?:you|they|your team) (?:already |actually )?(?:deleted|removed|purged|erased|wiped)`,
  `(?:been|were|was|got) (?:already |actually |really |successfully |all )?(?:deleted|removed|purged|erased|wiped)(?! (?:by|when|before|on|after)${R})`,
  `(?:deletion|removal|purge|erasure)${R}${GAP}{0,80}${L}(?:done|complete|completed|finished|through|carried out|executed|performed|processed|run)`,
  // German: "habt ihr … schon entfernt?", "wurden … gelöscht?", "ist die Löschung … erledigt?".
  `(?:habt|haben|hast|hat) (?:ihr|sie|du)${R}${GAP}{0,120}${L}(?:gel(?:ö|oe)scht|entfernt)(?=\\s*\\?)`,
  `(?:wurden|wurde|sind|ist)${R}${GAP}{0,120}${L}(?:gel(?:ö|oe)scht|entfernt)(?=\\s*\\?)`,
  `(?:l(?:ö|oe)schung|entfernung)${R}${GAP}{0,120}${L}(?:erledigt|abgeschlossen|durchgeführt|fertig)(?=\\s*\\?)`,
  // French: "ont-elles (bien) été supprimées", "avez-vous (déjà) supprimé", "la suppression … est-elle faite".
  `été (?:bien |déjà |effectivement )?(?:supprim|effac)\\p{L}*`,
  `(?:avez|ont)-(?:vous|ils|elles) (?:déjà |bien )?(?:supprim|effac)\\p{L}*`,
  // Spanish, Portuguese, Italian, Dutch: preterites and participles after their auxiliaries.
  `(?:borraron|eliminaron|borró|eliminó|borrasteis|eliminasteis|apagaram|excluíram|removeram|apagou|excluiu)`,
  `(?:han|ha|habéis|fueron|fue|foram|foi) (?:ya |já |sido |ya sido )*(?:borrad|eliminad|apagad|exclu[íi]d|removid)\\p{L}*`,
  `(?:sono|è|siete|avete|hai|stati|stato) (?:già |stat[ieoa] )*(?:cancellat|eliminat|rimoss)\\p{L}*`,
  `(?:zijn|is|hebben jullie|heb je|hebt u|heeft u)${R}${GAP}{0,120}${L}(?:verwijderd|gewist)(?=\\s*\\?)`,
];
const PAST_DELETION = new RegExp(`${L}(?:${PAST_FORMS.join('|')})${R}`, 'iu');

/** "confirm whether", "let us know if", "bestätigen, ob", "confirmer si": a question put to the desk about what it did. */
const CONFIRM_WHETHER = new RegExp(`${L}(?:confirm|tell (?:me|us)|let (?:me|us) know|check)\\s+(?:whether|if)${R}|${L}(?:bestätigen|mitteilen|sagen),?\\s+ob${R}|${L}(?:confirmer|confirmar|confermare|bevestigen)\\s+(?:si|se|of)${R}`, 'iu');

/** The sentences of the text that end in a question mark, and the others. */
function sentencesOf(text: string): { text: string; question: boolean }[] {
  return allMatches(/(?:[^.!?\n]|(?<=(?<!\p{N})\p{N}{1,2})\.(?=[ \t]*\p{L}))+([.!?]?)/gu, text).map((m) => ({ text: m[0], question: m[1] === '?' }));
}

/**
 * The words of a question whether a deletion was done, as a phrase to quote; null when there is none,
 * or when another sentence asks for a deletion as well ("did you delete Feb 3? Please also delete Feb 4").
 */
export const PAST_DELETION_QUESTION: words.Phrase = {
  test: (text) => PAST_DELETION_QUESTION.exec(text) !== null,
  exec(text) {
    const all = sentencesOf(text);
    // "Could you purge the archive of our workspace, which was deleted in 2023?": the past form is the
    // workspace's; the question itself asks for a deletion ("could you", "please").
    // "Can you confirm whether the archive purge has been executed?" asks to be told, not to delete —
    // unless the same sentence asks for a deletion too ("delete it and confirm whether the deletion was done").
    const toBeTold = (t: string): boolean => CONFIRM_WHETHER.test(t) && !words.DELETE_VERB.test(t.replace(PAST_DELETION, ' '));
    const asked = all.find((s) => s.question && PAST_DELETION.test(s.text) && (!words.ASKS.test(s.text) || toBeTold(s.text)));
    if (!asked || all.some((s) => s !== asked && !PAST_DELETION.test(s.text) && asksToDelete(s.text) && words.ASKS.test(s.text))) return null;
    return PAST_DELETION.exec(asked.text);
  },
};
