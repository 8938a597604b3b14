/**
 * A name the customer writes with doubt: "… iOS App data for 3 May. Android App too?", "maybe the
 * Android App too", "iOS App + Android App? for 3 May", "Android App if needed", "(not sure about
 * Android)", "vielleicht auch die Android App", "peut-être l'app Android aussi". Read as written, the
 * doubted name would be deleted with the rest; it is asked about instead (resolveScope keeps the names
 * written without doubt).
 *
 * A question that is the request itself is no doubt: "could you delete the Android App?", "can you also
 * delete the Android App?", "Is it possible to delete …?"; nor is a courtesy before the request ("maybe
 * you could delete …": words other than articles and "also" stand between the hedge and the name).
 */
import { DELETE_VERB } from './kindWords';

/** Words that may stand between a name and its question mark or trailing hedge: "Android App data too?". */
const AFTER_NAME =
  "(?:[\\s,]*(?:data|daten|events?|source|quelle|données|datos|dados|dati|gegevens|dane|too|as well|also|auch|ebenfalls|aussi|également|tambi[ée]n|anche|tamb[ée]m|ook|też|również|också|även|med)(?![^\\P{L}]|\\u03B9))*";

/** "Android App too?", "Android App? for 3 May": a question mark right after the name. */
const QUESTION_AFTER = new RegExp(`^${AFTER_NAME}\\s*[?？]`, 'iu');
/** The same with "too" or the like: a name added as a question ("iOS App, Android App too? in acme-inc"). */
const ADDED_QUESTION = new RegExp(`^${AFTER_NAME}[\\s,]*(?:too|as well|also|auch|aussi|tambi[ée]n|anche|tamb[ée]m|ook|też|również|också|även)\\s*[?？]`, 'iu');

/** A hedge right after the name: "Android App if needed", "Android App as well, I think", "auch Android, glaube ich". */
const HEDGE_AFTER = new RegExp(
  `^${AFTER_NAME}[\\s,]*(?:(?:if (?:needed|necessary|required|applicable|affected|relevant)|falls (?:nötig|notwendig|betroffen)|wenn nötig|bei bedarf|si (?:nécessaire|besoin|concernée?s?)|si (?:es necesario|hace falta)|se (?:necessario|serve|necessário|preciso)|indien nodig|zo nodig|w razie potrzeby|jeśli trzeba|om nödvändigt|vid behov)(?![^\\P{L}]|\\u03B9)|(?:i think|i guess|i believe|i suppose|probably|maybe|perhaps|possibly|glaube ich|denke ich|vielleicht|je (?:pense|crois)|peut-être|creo|quizás?|tal vez|credo|penso|forse|acho|talvez|denk ik|geloof ik|misschien|chyba|może|tror jag|kanske)(?=\\s*(?:[.!?,;)\\n]|$)))`,
  'iu',
);

/** Words that may stand between a hedge and the name: articles, "also", a verb of deletion; never "you could". */
const BETWEEN =
  "(?:also|too|the|our|its|their|a|an|delete|remove|erase|purge|wipe|do|das|die|den|der|dem|auch|noch|löschen|le|la|les|l['’]|aussi|supprimer|el|los|las|también|borrar|eliminar|il|lo|gli|anche|cancellare|o|os|as|também|apagar|excluir|de|het|ook|verwijderen|też|również|usunąć|också|även|radera|app|data|daten|source|for|für|pour|para|per|voor|dla|för)";
/** A hedge right before the name: "maybe the Android App", "possibly also Android", "vielleicht auch die Android App". */
const HEDGE_BEFORE = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(?:maybe|perhaps|possibly|probably|potentially|vielleicht|eventuell|möglicherweise|evtl\\.?|ggf\\.?|gegebenenfalls|peut-être|peut-etre|éventuellement|quiz[áa]s?|tal vez|a lo mejor|posiblemente|forse|magari|eventualmente|possibilmente|talvez|possivelmente|misschien|mogelijk|wellicht|eventueel|może|ewentualnie|kanske|eventuellt|möjligen|(?:not (?:100\\s*% )?sure|unsure|nicht sicher|pas s[ûu]re?|no estoy segur[oa]|non sono sicur[oa]|n[ãa]o tenho certeza|niet zeker|nie jestem pewn\\p{L}*|inte s[äa]ker|osäker)\\s+(?:about|of|on|regarding|whether|if|ob|bei|über|wegen|pour|sur|de|quant à|sobre|con|di|su|per|se|over|van|co do|czy|om|på))[\\s,]+(?:${BETWEEN}\\s+)*$`,
  'iu',
);

/**
 * A question that is the request itself: "could you …", "can you also …", "is it possible to …",
 * "könnten Sie …", "pourriez-vous …", "¿pueden …", "potreste …", "vocês podem …", "kunnen jullie …",
 * "czy możecie …", "kan ni …". Or a question about something else: "did you get …", "what happens to …".
 */
const REQUEST_QUESTION =
  /^[\s¿]*(?:(?:hi|hello|hey|and|also|so|ok|okay|please|pls|then|hallo|bonjour|hola|ciao|olá|hej|cześć)[\s,!]+)*(?:(?:can|could|would|will|may)\s+(?:you|u|we|i|someone|your team|the desk)|(?:is|would|will)\s+it\s+(?:be\s+)?possible|(?:do|would) you mind|did|do|does|have|has|what|which|when|how|why|where|who|any update|(?:k(?:ö|oe)nn(?:en|ten)|kannst|könntest|würden|würdest)\s+(?:sie|du|ihr)|ist es möglich|(?:pourriez|pouvez|pourrais|peux)[- ](?:vous|tu)|est-ce que|est-il possible|(?:podr[íi]an|pueden|podr[íi]as|puedes|podr[íi]a|puede|es posible)(?![^\P{L}]|\u03B9)|(?:potreste|potete|potresti|puoi|potrebbe|è possibile)(?![^\P{L}]|\u03B9)|(?:vocês\s+)?(?:poderiam|podem|poderia|pode|podes|é possível)(?![^\P{L}]|\u03B9)|(?:kunnen|kunt|kun|zouden|zou)\s+(?:jullie|u|je)|czy\s+(?:mo(?:ż|z)ecie|mog(?:ą|a)|mo(?:ż|z)na|mogliby)|(?:kan|skulle|kunde)\s+(?:ni|du))(?![^\P{L}]|\u03B9)/iu;

const ABBREVIATED_HEDGE = /(?<![^\P{L}]|\u03B9)(evtl|ggf|eventl|bzw)\./giu;

/** Where the sentence holding `at` starts. */
function sentenceStart(text: string, at: number): number {
  const before = text.slice(0, at);
  const m = /[.!?？。\n][^.!?？。\n]*$/u.exec(before);
  return m ? (m.index ?? 0) + 1 : 0;
}

/** Where the clause holding `at` starts: a sentence, a comma, a bracket or a dash. */
function clauseStart(text: string, at: number): number {
  const m = /[.!?？。\n,;:(（–—][^.!?？。\n,;:(（–—]*$/u.exec(text.slice(0, at));
  return m ? (m.index ?? 0) + 1 : 0;
}

/** The words of doubt about the name written at [start, end) of `text`, as written; null when it is named for sure. */
export function doubtAboutName(text: string, start: number, end: number): string | null {
  const after = text.slice(end, end + 60);
  const name = text.slice(start, end);
  // "(und evtl. iOS)": the dot of an abbreviated hedge ends no clause.
  const window = text.slice(Math.max(0, start - 200), start).replace(ABBREVIATED_HEDGE, '$1 ');
  const from = clauseStart(window, window.length);
  const before = HEDGE_BEFORE.exec(window.slice(from));
  if (before) return text.slice(start - (window.length - from - (before.index ?? 0)), end).trim();
  const hedge = HEDGE_AFTER.exec(after);
  if (hedge) return `${name}${hedge[0]}`.trim();
  const question = QUESTION_AFTER.exec(after);
  if (!question) return null;
  const asked = text.slice(sentenceStart(text, start), start);
  if (REQUEST_QUESTION.test(asked)) return null;
  const onTheLine = /^[^\S\n]*(\S?)/u.exec(text.slice(end + question[0].length))?.[1] ?? '';
  // "Android App too?", "iOS App + Android App? for 3 May", "…, and Android App?": a name asked about,
  // where "Please delete the iOS App and the Android App?" is the request written as a question.
  const midSentence = /^[\p{Ll}\d]/u.test(onTheLine);
  const requestInClause = DELETE_VERB.test(text.slice(clauseStart(text, start), start));
  if (ADDED_QUESTION.test(after) || midSentence || !requestInClause) return `${name}${question[0]}`.trim();
  return null;
}

/**
 * "iOS App and Android App (not sure about Android)": doubt about a word of a source's name written on
 * its own, which is no mention of it. The words of doubt, or null.
 */
export function doubtAboutWordOfName(text: string, name: string): string | null {
  const own = name.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !GENERIC_WORD.test(w));
  for (const m of text.matchAll(NOT_SURE_ABOUT)) {
    if (own.some((w) => w.toLowerCase() === m[1].toLowerCase())) return m[0];
  }
  return null;
}
const GENERIC_WORD = /^(?:app|apps|data|source|web|api|the)$/iu;
const NOT_SURE_ABOUT =
  /(?<![^\P{L}]|\u03B9)(?:not (?:100\s*% )?sure|unsure|nicht sicher|pas s[ûu]re?|no estoy segur[oa]|non sono sicur[oa]|n[ãa]o tenho certeza|niet zeker|nie jestem pewn\p{L}*|inte s[äa]ker|osäker)\s+(?:about|of|on|regarding|whether|if|ob|bei|über|wegen|pour|sur|de|quant à|sobre|con|di|su|per|se|over|van|co do|czy|om|på)\s+(?:the\s+|die\s+|den\s+|der\s+|le\s+|la\s+|l['’]|el\s+|il\s+|o\s+|a\s+|de\s+|het\s+)?([\p{L}\p{N}-]+)/giu;
