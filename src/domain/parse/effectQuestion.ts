/**
 * A question about what a deletion would do, with no request beside it: "Deleting the Android App data
 * for Feb 3 — will that break the funnels?", "betrifft das Löschen … vom 3. Februar auch unsere
 * Dashboards?", "¿borrar los datos … afectaría a nuestros informes?", "повлияет ли удаление данных …?",
 * "…のデータを削除した場合、レポートに影響はありますか？". The scope is named in full, yet the customer
 * asks what would follow, and may well decide against it.
 *
 * Read from the sentence's shape: a question whose deletion is a thing talked about (its subject: a
 * gerund, a noun or an infinitive at its head, "削除した場合"), not an act asked of someone ("can you
 * delete …?"), in a mail where no other sentence asks for the deletion. "What happens to …?" beside a
 * deletion in the same question asks the same. Pure.
 */
import { asksToDelete } from './classify';
import { ASKS } from './kindWords';
import { L, R } from './letterEdges';
import { allMatches } from './allMatches';

/** The deletion said as a thing: the forms a verb of deleting takes as the subject of a sentence. */
const DELETION_AS_SUBJECT = new RegExp(
  [
    // "Deleting … — will that …", "would removing …": a gerund at the clause's head or after an auxiliary.
    `(?:^|[,;:—–]\\s*|${L}(?:would|will|does|did|could|might|can|is)\\s+)(?:deleting|removing|purging|erasing|wiping)${R}`,
    `${L}(?:the|a|this|that|such a)\\s+(?:deletion|removal|purge|erasure)${R}`,
    `${L}(?:das|dem|des)\\s+(?:l(?:ö|oe)schen|entfernen)${R}|${L}(?:die|eine|der|einer|diese)\\s+l(?:ö|oe)schung${R}`,
    `${L}(?:la|une|cette)\\s+(?:suppression|purge)${R}|${L}l['’]effacement${R}`,
    `${L}(?:el|un)\\s+borrado${R}|${L}(?:la|una|esta)\\s+(?:eliminaci[óo]n|supresi[óo]n)${R}`,
    `${L}(?:a|uma|essa|esta)\\s+(?:exclus[ãa]o|remo[çc][ãa]o|elimina[çc][ãa]o)${R}|${L}o\\s+apagamento${R}`,
    `${L}(?:la|una|questa)\\s+(?:cancellazione|rimozione)${R}|${L}l['’]eliminazione${R}`,
    `${L}het\\s+(?:verwijderen|wissen)${R}|${L}de\\s+verwijdering${R}`,
    `${L}(?:usuni[ęe]ci\\p{L}*|skasowani\\p{L}*|wykasowani\\p{L}*|удалени\\p{L}*|видаленн\\p{L}*|odstran[ěe]n[íi]|smaz[áa]n[íi])${R}`,
    `${L}sil(?:mek|mesi|inmesi|menin|me)\\p{L}*`,
    `${L}(?:raderingen|borttagningen|sletningen|slettingen|poistaminen|poisto)${R}`,
    // "¿borrar los datos … afectaría …?", "cancellare i dati … influirà …?": an infinitive opening the question.
    `^[\\s¿¡]*(?:borrar|eliminar|suprimir|apagar|excluir|remover|cancellare|eliminare|rimuovere|supprimer|effacer)${R}`,
    '削除(?:した場合|すると|したら|すれば|によって|により|は)|(?:删除|刪除)[^。？?]{0,40}(?:会|會)[^。？?]{0,20}(?:吗|嗎)|삭제(?:하면|할\\s*경우|시)',
    // "… and what happens to the aggregates?": the question is what follows the deletion.
    `${L}what\\s+(?:happens|will\\s+happen|would\\s+happen)${R}|${L}was\\s+passiert${R}|${L}que\\s+(?:se\\s+passe|va-t-il\\s+se\\s+passer)${R}|${L}qu[ée]\\s+pasa${R}|${L}cosa\\s+succede${R}|${L}o\\s+que\\s+acontece${R}|${L}wat\\s+gebeurt${R}`,
  ].join('|'),
  'iu',
);

/**
 * The sentences of the text with whether each is a question. "vom 3. Februar": a day's point is no
 * sentence end; "？" and "。" end sentences as "?" and "." do.
 */
function sentences(text: string): { text: string; question: boolean }[] {
  return allMatches(/(?:[^.!?？。！\n]|(?<=(?<!\p{N})\p{N}{1,2})\.(?=[ \t]*\p{L}))+[.!?？。！]*/gu, text).map((m) => ({ text: m[0], question: /[?？]\s*$/u.test(m[0]) }));
}

/** A sentence that asks for a deletion: a word of asking and a verb of deleting ("please delete", "bitte … löschen"). */
function requests(sentence: string): boolean {
  return asksToDelete(sentence) && ASKS.test(sentence);
}

/** The question about a deletion's effect, as written; null when the mail asks for the deletion itself. */
export function effectQuestionIn(text: string): string | null {
  const all = sentences(text);
  if (all.some((s) => requests(s.text))) return null;
  const asked = all.find((s) => s.question && asksToDelete(s.text) && DELETION_AS_SUBJECT.test(s.text.trim()));
  return asked ? asked.text.trim().slice(0, 80) : null;
}
