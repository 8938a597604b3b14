/**
 * A clause that governs the sentence asking for the deletion and ties it to something still to happen:
 * "after legal approves, please delete …", "si aún están a tiempo, borren …", "nach Freigabe durch unsere
 * Rechtsabteilung bitte … löschen", "please delete … when our export to the lake has finished", "…, desde
 * que o jurídico aprove". Whether it has happened is something only the customer can say, so the request
 * is asked about.
 *
 * Read from the shape of the sentence, not from whole phrases: a clause that opens with a word of
 * condition or of time and then gives way to the deletion ("<clause>, delete …"), or follows the deletion
 * in the same sentence ("delete … <clause>"). Two kinds of opening word are told apart:
 * - words of condition ("if", "si", "se", "als", "should legal agree", "in the event that") set one
 *   whatever follows, unless the clause is only a courtesy ("if possible", "si vous le souhaitez");
 * - words of time ("after", "once", "when", "nach", "na", "po", "une fois que", "cuando") also tell
 *   what happened before ("after the deploy on Feb 8, …"), so they set one only when the clause waits
 *   on a step that gates a deletion: an approval, a sign-off, an export or a migration finishing.
 */
import { asksToDelete } from './classify';
import { L, R } from './letterEdges';
import { allMatches } from './allMatches';

/** Words that open a condition at the head of a clause, by language. */
const IF_WORDS = [
  'if', 'unless', 'in the event(?: that)?', 'in case', 'provided(?: that)?', 'assuming(?: that)?', 'as long as',
  // "should legal agree, …", "sollte die Rechtsabteilung zustimmen, …": a condition by inversion.
  'should(?= (?:\\p{L}+ ){0,3}\\p{L}+ *,)', 'sollte(?:n)?(?= (?:\\p{L}+ ){1,5}\\p{L}+ *,)',
  'falls', 'sofern', 'vorausgesetzt(?:, dass)?', 'im falle?(?:, dass)?',
  // "si us plau", "s'il vous plaît": "please", not "if".
  'si(?! (?:us|et|vos) plau)', 's[’\']ils?(?! (?:vous|te) pla[iî]t)', 'au cas où', 'pourvu que', 'à condition que',
  'en caso de que', 'siempre (?:y )?que', 'siempre y cuando', 'a condición de que',
  'se', 'sempre che', 'a patto che', 'purché', 'qualora', 'nel caso in cui',
  'caso', 'desde que', 'contanto que',
  'als', 'indien', 'mits', 'ingeval',
  'om', 'ifall', 'förutsatt att', 'hvis', 'dersom',
  'jeśli', 'jeżeli', 'o ile', 'w razie',
];
/** Words of time that open a clause: a condition only when the clause waits on a gating step. */
const WHEN_WORDS = [
  'when', 'whenever', 'once', 'after', 'as soon as', 'only after',
  'wenn', 'sobald', 'nachdem', 'nach',
  'quand', 'lorsque', 'dès que', 'une fois(?: que)?', 'après(?: que)?', 'apres',
  'cuando', 'una vez(?: que)?', 'después de(?: que)?', 'tras', 'en cuanto', 'tan pronto como',
  'quando', 'una volta(?: che)?', 'dopo(?: che)?', 'non appena', 'appena',
  'assim que', 'logo que', 'depois (?:de|que)', 'após',
  'wanneer', 'zodra', 'nadat', 'na',
  'när', 'så snart', 'efter', 'når', 'etter',
  'gdy', 'kiedy', 'po', 'jak tylko',
];
/**
 * A step that a deletion waits on, in the customer's words: approving, agreeing, signing off, an export
 * or a migration finishing. Stems, so that every form of the verb and its noun is read.
 */
const GATE =
  `${L}(?:approv\\p{L}*|agree\\p{L}*|sign\\p{L}*|sign-?off|clear(?:s|ed|ance)|go-?ahead|ok|okay|review\\p{L}*|valid\\p{L}*|export\\p{L}*|backup|back(?:ed)? up|migrat\\p{L}*|finish\\p{L}*|complet\\p{L}*|` +
  `freigab\\p{L}*|freigegeben|genehmig\\p{L}*|zustimm\\p{L}*|einverstanden|prüfung|fertig|abgeschlossen|` +
  `approbation|accord|autoris\\p{L}*|termin\\p{L}*|fini\\p{L}*|` +
  `aprob\\p{L}*|aprueb\\p{L}*|autoriz\\p{L}*|exportaci\\p{L}*|termine\\p{L}*|` +
  `approva\\p{L}*|approvi\\p{L}*|autorizza\\p{L}*|via libera|esportazion\\p{L}*|` +
  `aprov\\p{L}*|exporta\\p{L}*|` +
  `goedkeur\\p{L}*|goedgekeurd|akkoord|klaar|` +
  `godkän\\p{L}*|godkjen\\p{L}*|godkend\\p{L}*|klar|exporten|` +
  `zatwierdz\\p{L}*|zatwierdzeni\\p{L}*|zgod\\p{L}*|akceptacj\\p{L}*|eksport\\p{L}*)${R}`;
/**
 * What a deletion could harm, said in a condition after the request: "provided it does not affect the
 * reports", "siempre y cuando no afecte", "sofern es die Berichte nicht beeinträchtigt". Stems.
 */
const EFFECT_WORD = new RegExp(
  `${L}(?:affect\\p{L}*|impact\\p{L}*|break\\p{L}*|interfer\\p{L}*|afect\\p{L}*|afet\\p{L}*|` +
    `beeinträchtig\\p{L}*|beeinfluss\\p{L}*|auswirk\\p{L}*|influenz\\p{L}*|intacc\\p{L}*|compromet\\p{L}*|` +
    `wpływ\\p{L}*|naruszy\\p{L}*|invloed|beïnvloed\\p{L}*|påverka\\p{L}*|påvirke\\p{L}*)${R}`,
  'iu',
);
/** Filler a courtesy clause may hold besides its courtesy word: "if it is possible", "si c'est possible". */
const COURTESY_CLAUSE =
  /^(?:(?:it|that|this|is|be|at|all|at all|c[’']est|es|est|ist|es|è|e|for|é|het|is|det|är|er|to|jest|da|le|lo|la|vous|le souhaitez|kan|can|you|möglich|possible|possibl\p{L}*|posible|possibile|possível|mogelijk|möjligt|mulig|możliwe|needed|necessary|nécessaire|necesario|necessario|nötig|nodig|wanted|ok|okay|convenient|easier)\s*)+$/iu;
/** After the deletion was done, not before: "once it is done", "when finished", "une fois terminé". */
const ABOUT_THE_DELETION =
  /^(?:(?:it|this|that|the deletion|the purge|es|das|die löschung|c[’']est|ce|cela|la suppression|esto|eso|la eliminación|il|ciò|la cancellazione|isso|a exclusão|het|dat|de verwijdering|det)\s+)?(?:is |has been |est |ist |está |è |for |is |är |er )?(?:done|complete|completed|finished|deleted|erledigt|fertig|gelöscht|terminé|fait|hecho|listo|fatto|feito|concluído|klaar|gedaan|klart)\b/iu;

const SUBORDINATOR = new RegExp(`${L}(?:(?<if>${IF_WORDS.join('|')})|(?<when>${WHEN_WORDS.join('|')}))${R}`, 'giu');
const OPENING = new RegExp(`^\\s*(?:(?:and|but|also|und|aber|et|mais|y|pero|e|ma|en|maar|och|men|og|i|a|ale)\\s+)?(?:${IF_WORDS.join('|')}|${WHEN_WORDS.join('|')})${R}`, 'iu');
const GATE_WORD = new RegExp(GATE, 'iu');
const CLAUSE_END = /[,;:–—]|\s-\s/u;

/**
 * The sentences of the text, each with where it starts. A run of words longer than any sentence a person
 * writes is no sentence to read clauses in (each clause word would rescan it: hostile mail stays linear).
 */
function sentences(text: string): { at: number; text: string }[] {
  // "vom 8. Februar löschen": a day's point is no sentence end.
  return allMatches(/(?:[^.!?\n]|(?<=(?<!\p{N})\p{N}{1,2})\.(?=[ \t]*\p{L}))+/gu, text).filter((m) => m[0].length <= LONGEST_SENTENCE).map((m) => ({ at: m.index, text: m[0] }));
}
const LONGEST_SENTENCE = 600;

/**
 * What already happened, told with a word of time: "after the migration on Feb 8, …", "when we switched
 * SDKs, …", "nachdem wir gestern …". A date or a past tense makes the clause a story, not a wait.
 */
const TOLD =
  /\p{N}|(?<![^\P{L}]|\u03B9)(?:was|were|had|did|yesterday|ago|last|gestern|letzte\p{L}*|war(?:en)?|hatten|hier|dernière?|ayer|pasad[oa]|ieri|scors[oa]|gisteren|vorige|ontem|passad[oa]|igår|i går|wczoraj)(?![^\P{L}]|\u03B9)|(?<![^\P{L}]|\u03B9)(?:we|i|they|you|it|he|she)\s+\p{L}+ed(?![^\P{L}]|\u03B9)/iu;

/** Whether a clause opened by a word of the given kind sets a condition on the deletion. */
function conditionSet(kind: 'if' | 'when', clause: string, courteous: Courtesy): boolean {
  const rest = clause.trim();
  if (rest === '' || courteous(rest) || COURTESY_CLAUSE.test(rest) || ABOUT_THE_DELETION.test(rest)) return false;
  return kind === 'if' || (GATE_WORD.test(rest) && !TOLD.test(rest));
}
/** Whether the words after a word of condition are a courtesy ("if you …", "if possible"): the caller's lists. */
export type Courtesy = (after: string) => boolean;

/**
 * The words of a clause that ties the deletion asked for in its sentence to something still to happen,
 * as written; null when no such clause governs a request.
 */
export function conditionClauseIn(text: string, courteous: Courtesy): string | null {
  for (const s of sentences(text)) {
    if (!asksToDelete(s.text)) continue;
    const found = openingCondition(s.text, courteous) ?? trailingCondition(s.text, courteous);
    if (found) return found.trim();
  }
  return null;
}

/** "<condition>, delete …", "nach Freigabe … bitte löschen": a clause at the head of the sentence. */
function openingCondition(sentence: string, courteous: Courtesy): string | null {
  const head = OPENING.exec(sentence);
  if (!head) return null;
  const m = allMatches(SUBORDINATOR, sentence).find((x) => x.index >= head.index && x.index < head.index + head[0].length);
  if (!m) return null;
  const after = sentence.slice(m.index + m[0].length);
  const end = CLAUSE_END.exec(after);
  // Without a comma, the clause runs to the deletion's verb: "na goedkeuring van onze jurist graag … verwijderen".
  const clause = end ? after.slice(0, end.index) : after.split(/(?<=\S)\s+/u).slice(0, 5).join(' ');
  if (end && !asksToDelete(after.slice(end.index))) return null;
  // Dutch "als" is "as" too: "Als contactpersoon van harbor-labs: verwijder …" says who writes, under a colon.
  if (end?.[0] === ':' && /^als$/iu.test(m[0])) return null;
  const kind = m.groups?.if ? 'if' : 'when';
  if (!end && kind === 'if') return null;
  return conditionSet(kind, clause, courteous) ? `${m[0]}${clause}` : null;
}

/** "delete … when our export has finished", "…, desde que o jurídico aprove": a clause after the request. */
function trailingCondition(sentence: string, courteous: Courtesy): string | null {
  for (const m of allMatches(SUBORDINATOR, sentence)) {
    if (!asksToDelete(sentence.slice(0, m.index)) || m.index === 0) continue;
    const clause = sentence.slice(m.index + m[0].length).split(CLAUSE_END)[0];
    const kind = m.groups?.if ? 'if' : 'when';
    // After the request a word of condition is read like one of time ("delete it, if that helps" is courtesy
    // the lists cannot all foresee): only a clause waiting on a gating step counts, or one about what the
    // deletion would harm ("as long as it does not affect our reports"), which only someone else can judge.
    const read = kind === 'if' && EFFECT_WORD.test(clause) ? 'if' : 'when';
    if (conditionSet(read, clause, courteous) && (kind === 'when' || read === 'if' || GATE_WORD.test(clause))) return `${m[0]}${clause}`;
  }
  return null;
}

/** Words that set up a case to think through: "angenommen, ihr löscht …", "supposing we delete …", "gdybyście usunęli". */
const SUPPOSING = ['suppose', 'supposing', "let[’']s say", 'say', 'angenommen', 'gesetzt den fall', 'supposons(?: que)?', 'mettons(?: que)?', 'imaginons(?: que)?', 'supongamos(?: que)?', 'digamos(?: que)?', 'imaginemos(?: que)?', 'supponiamo(?: che)?', 'mettiamo(?: che)?', 'ipotizziamo(?: che)?', 'suponhamos(?: que)?', 'digamos que', 'stel(?: dat)?', 'gesteld dat', 'załóżmy(?:, że)?', 'gdyby\\p{L}*', 'anta att', 'antag att', 'sett att'];
const WHAT_IF_OPENER = new RegExp(`${L}(?:${[...IF_WORDS, 'wenn', ...SUPPOSING].join('|')})${R}`, 'giu');

/**
 * A question about what a deletion would do, not a request for it: "que se passerait-il si vous
 * supprimiez …?", "was würde passieren, wenn ihr … löscht?", "co by się stało, gdybyście usunęli …?",
 * "angenommen, ihr löscht … – sind die dann auch in Amplitude weg?". Read from the shape: a sentence
 * that ends in a question mark, whose verb of deleting comes only inside a clause of condition or
 * supposition. The words from that clause's opening, as written; null when there is none.
 */
export function whatIfIn(text: string): string | null {
  for (const s of sentences(text)) {
    if (text[s.at + s.text.length] !== '?' || !deleting(s.text)) continue;
    // The opening nearest the verb: "que se passerait-il si vous supprimiez" is opened by "si".
    const opening = allMatches(WHAT_IF_OPENER, s.text).filter((m) => !deleting(s.text.slice(0, m.index)) && deleting(s.text.slice(m.index + m[0].length)) && !purpose(m[0], s.text.slice(m.index))).at(-1);
    // "if you can, could you delete …?", "si es posible, ¿pueden borrar …?": a courtesy, the request stands.
    if (!opening || COURTESY_CLAUSE.test(s.text.slice(opening.index + opening[0].length).split(CLAUSE_END)[0].trim())) continue;
    return s.text.slice(opening.index, opening.index + 60).split(/[,;:–—]/u)[0].trim() || opening[0];
  }
  return null;
}
/**
 * The verbs of deleting in the forms a question about a deletion puts them in, which a request seldom
 * does: "si borraran", "se cancellaste", "se vocês apagassem", "wenn ihr … löscht".
 */
const DELETE_STEM = /(?<![^\P{L}]|\u03B9)(?:delet|remov|purg|eras|wip|supprim|effa[cç]|l(?:ö|oe)sch|entfern|borr|elimin|suprim|cancell|rimuov|apag|exclu|verwijder|wis|rader|slet|usun|skasow)\p{L}*/iu;
/** Dutch "vragen om de data … te verwijderen": "om … te" is a purpose, where Swedish "om" is "if". */
function purpose(opener: string, from: string): boolean {
  return /^om$/iu.test(opener) && /(?<![^\P{L}]|\u03B9)te\s+\p{L}+/u.test(from);
}
/** Whether the words hold a verb of deleting, in any form. */
function deleting(words: string): boolean {
  return asksToDelete(words) || DELETE_STEM.test(words);
}
