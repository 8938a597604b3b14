/**
 * A purge that keeps part of the workspace: "wszystko oprócz przestrzeni Marketing", "кроме пространства
 * Marketing", "Marketing alanı hariç", "Den Shop möchten wir behalten", "lo spazio Marketing vogliamo
 * tenerlo". A purge deletes everything in the workspace, so whatever the customer wants kept would go.
 * Read in two shapes, anywhere in the purge mail:
 * - a word of exception ("except", "außer", "oprócz", "кроме", "hariç", "utom", "undtagen" …);
 * - a verb of keeping that the writer wishes ("we want to keep", "möchten wir behalten", "chcemy
 *   zachować") or says of a thing ("the Marketing space should stay"), not "keep us posted" nor
 *   "no need to keep anything". Pure.
 */

import { DELETE_MORE } from './kindWords';
import { EXCEPTION, STAYS, UNSPACED_EXCEPTION } from './exclusionWords';
import { L, R } from './letterEdges';
import { allMatches } from './allMatches';


/**
 * A word of exception, from the list every reader shares. Some of them also open idioms that except
 * nothing: "al menos" (at least), "bis auf Weiteres" (for now), "poza tym", "besides that", "Besides, …".
 */
const EXCEPT = new RegExp(`${L}${EXCEPTION}${R}(?!(?<=besides)\\s*,|\\s+(?:that|this|tym|weiteres|ça|cela|eso|esto)${R})`, 'giu');
const IDIOM_BEFORE = /(?:(?<![^\P{L}]|\u03B9)(?:al|lo|más\s+o|mais\s+ou|por\s+lo)\s+)$/iu;
/** "除了 Marketing", "マーケティング以外", "마케팅 제외": exceptions in the languages written without spaces. */
const UNSPACED_EXCEPT = new RegExp(`${UNSPACED_EXCEPTION}|以外|を除いて|を除き|제외(?:하고)?|빼고`, 'u');
/** Keeping asked for beside the purge: "but keep", "please keep", "aber behaltet", "mais gardez". */
const KEEP_ASKED =
  /(?<![^\P{L}]|\u03B9)(?:(?:but|and)\s+(?:please\s+)?keep|please\s+keep|aber\s+(?:bitte\s+)?behalte[nt]?|mais\s+gardez|pero\s+(?:mantengan|conserven)|maar\s+houd|men\s+behåll|men\s+behold)(?![^\P{L}]|\u03B9)/iu;
/** Verbs of keeping, in the forms a wish puts them in (infinitive, or with a pronoun: "tenerlo"). */
const KEEP_VERB =
  '(?:keep|retain|preserve|behalten|bewahren|aufbewahren|erhalten|garder|conserver|mantener(?:l[oa]s?)?|conservar(?:l[oa]s?)?|mantenere|conservar(?:e|l[oa])|tener(?:e|l[oa]|li|le)|salvar(?:e|l[oa])|behouden|bewaren|houden|manter|ficar\\s+com|beh[åa]lla|spara|beholde|bevare|zachowa[ćc]|zatrzyma[ćc]|zostawi[ćc]|сохранить|оставить|зберегти|залишити|korumak|saklamak|tutmak|s[äa]ilytt[äa][äa]|megtartani|megőrizni|p[ăa]stra|κρατήσουμε|διατηρήσουμε)';
/** A wish in the first person or a must: "we want to", "möchten wir", "vorremmo", "chcemy". */
const WISH =
  "(?:want(?:s)?|wish|would\\s+like|['’]d\\s+like|need|must|have\\s+to|möchten|wollen|würden\\s+gerne?|voulons|souhaitons|aimerions|voudrions|queremos|quisi[ée]ramos|gustar[íi]a|vorremmo|vogliamo|vorrei|voglio|willen|zouden\\s+graag|gostar[íi]amos|vill|skulle\\s+vilja|[øo]nsker|vil\\s+gerne|chcemy|chcieliby[śs]my|chc[ęe]|хотим|хотели\\s+бы|хочемо|istiyoruz|haluamme|szeretn[ée]nk|dorim|θέλουμε)";
const GAP = '(?:\\s+[\\p{L}\\p{N}’\'-]+){0,3}\\s+';
const KEEP_VERB_ALONE = new RegExp(`${L}${KEEP_VERB}${R}`, 'iu');
const KEEP_WISH = new RegExp(`${L}(?:${WISH}${GAP}${KEEP_VERB}|${KEEP_VERB}${GAP}${WISH})${R}`, 'iu');
/** "the Marketing space should stay", "der Shop soll bleiben": a thing said to remain. */
const STAYS_HERE = new RegExp(
  `${L}(?:should|must|needs?\\s+to|has\\s+to|soll(?:te)?|muss|doit|doivent|debe|deve|dovrebbe|moet|ska|skal|powin(?:ien|na|no)|musi|должн\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}(?:stay|remain|bleiben|rester|quedarse|permanecer|rimanere|restare|blijven|ficar|stanna|f[öo]rbli|forblive|blive|zosta[ćc]|pozosta[ćc]|остаться|оставаться)${R}`,
  'iu',
);
/** "keep us posted", "keep in mind": keeping nothing of the workspace. */
const NOT_KEPT_AFTER = /^\s+(?:(?:me|us|you)\s+(?:posted|informed|updated|in\s+the\s+loop)|in\s+mind|anything|nothing)(?![^\P{L}]|\u03B9)/iu;
/** "we do not need to keep …", "nie chcemy zachować": a wish said not to be. */
const NEGATED_BEFORE = /(?:(?<![^\P{L}]|\u03B9)(?:not|no|never|nicht|kein\p{L}*|pas|ne|no|non|niet|inte|ikke|nie|не|değil|ei)|n[’']t)(?:\s+\p{L}+){0,2}\s*$/iu;
/**
 * A workspace, an account or an environment said to stay beside the purge ("Production (quantix) must
 * stay untouched"): another one, not a part of this one.
 */
const WHOLE_WORD =
  /(?<![^\P{L}]|\u03B9)(?:workspaces?|accounts?|org(?:ani[sz]ation)?s?|arbeitsbereich\p{L}*|konto|compte|cuenta|conta|tenant|prod(?:uction|uktion|ucción|ução|uzione|uctie)?|staging|sandbox|dev(?:elopment)?|environments?|env|instances?|umgebung|entorno|ambiente|omgeving)(?![^\P{L}]|\u03B9)/iu;

/**
 * The words of the part a purge mail wants kept, as written; null when it keeps nothing. `setupKept`:
 * the mail wants the settings kept, which is asked on its own, so only an exception counts here.
 */
export function keptInPurgeIn(body: string, setupKept: boolean): string | null {
  const except = allMatches(EXCEPT, body).find((m) => !IDIOM_BEFORE.test(body.slice(Math.max(0, m.index - 12), m.index))) ?? KEEP_ASKED.exec(body) ?? UNSPACED_EXCEPT.exec(body);
  if (except) return clauseFrom(body, except.index);
  if (setupKept) return null;
  for (const sentence of body.split(/(?<=[.!?;])\s+|\n+/u)) {
    const wish = KEEP_WISH.exec(sentence);
    if (wish && !keptNothing(sentence, wish)) return wish[0].trim();
    const stays = STAYS_HERE.exec(sentence);
    if (stays && !WHOLE_WORD.test(sentence.slice(0, stays.index))) return sentence.slice(0, stays.index + stays[0].length).trim();
  }
  return saidToStay(body);
}

/**
 * "— the Marketing space can stay", "el espacio Marketing que se quede", "o espaço Marketing pode ficar",
 * "Leave Marketing alone please, it can stay": a clause of its own, deleting nothing, that says a space
 * or "it" stays (the keeping phrases of exclusionWords.ts). Not "… and everything that remains" nor "tout le
 * reste" (the rest, with an article before it), nor a workspace or an environment said to stay.
 */
function saidToStay(body: string): string | null {
  for (const sentence of body.split(/[.!?;\n]/u)) {
    for (const clause of sentence.split(/[—–,()]|\s-\s/u)) {
      const stays = SAID_TO_STAY.exec(clause);
      if (!stays || DELETE_MORE.test(clause)) continue;
      // "the acme-inc workspace, which of course must stay": a clause that opens with "which" is said of what came before it.
      const subject = RELATIVE_START.test(clause) ? sentence.slice(0, sentence.indexOf(clause) + stays.index) : clause.slice(0, stays.index);
      // Said of a space ("the Marketing space can stay"), of "it" ("it can stay", "leave it alone"); not of
      // a name alone, which may be another workspace ("Brightwave US stays as it is").
      const said = SPACE_WORD.test(subject) || PRONOUN_ONLY.test(subject) || /(?<![^\P{L}]|\u03B9)(?:it|them|those|this|that)(?![^\P{L}]|\u03B9)/iu.test(stays[0]);
      if (said && !WHOLE_WORD.test(subject) && !ARTICLE_BEFORE.test(clause.slice(0, stays.index))) return clause.slice(0, stays.index + stays[0].length).trim();
    }
  }
  return null;
}
const SAID_TO_STAY = new RegExp(`${L}(?:${STAYS})${R}`, 'iu');
/** "everything that remains", "le reste", "il resto": the rest, not a thing kept. */
const ARTICLE_BEFORE = /(?<![^\P{L}]|\u03B9)(?:that|which|what|le|la|les|el|lo|il|the|du|des|del|o|os|a|as)\s*$/iu;
const SPACE_WORD = /(?<![^\P{L}]|\u03B9)(?:spaces?|espaces?|espacios?|espa[çc]os?|spazio|spazi|raum|ruimte)(?![^\P{L}]|\u03B9)/iu;
const PRONOUN_ONLY = /^\s*(?:it|es|er|il|elle|lo|la|ele|ela|het)\s*$/iu;
const RELATIVE_START = /^\s*(?:which|that|who|welche[rs]?|die|das|der|qui|que|che|dat|wat|som)(?![^\P{L}]|\u03B9)/iu;
/** "we do not need to keep anything", "keep us posted": the wish keeps nothing of the workspace. */
function keptNothing(sentence: string, wish: RegExpExecArray): boolean {
  const verb = KEEP_VERB_ALONE.exec(wish[0]);
  const after = wish.index + (verb ? verb.index + verb[0].length : wish[0].length);
  return NOT_KEPT_AFTER.test(sentence.slice(after)) || NEGATED_BEFORE.test(sentence.slice(Math.max(0, wish.index - 40), wish.index));
}
/** The words from the exception to the end of its clause. */
function clauseFrom(body: string, at: number): string {
  return body.slice(at, at + 48).split(/[.!?\n]/u)[0].trim();
}
