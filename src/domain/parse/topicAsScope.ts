/**
 * Whether a reply's topic may stand as the scope a one-line answer leaves out.
 *
 * "Re: [DEL-405] Northwind iOS App" above "Nov 3 2026" is one request: the topic names the scope, the
 * answer the day. But the answer is all the customer wrote now, so only the answer is read for doubt,
 * conditions, holds and questions; words of that kind in the topic would never be seen. A topic fills
 * in only where it is a plain statement of scope: one that doubts part of it ("iOS App, Android App
 * too?"), sets a condition ("only if the reprocessing fails"), holds it back ("on hold", "postponed")
 * or asks something ("what would be deleted?") leaves the request open, and the answer is read alone,
 * where it asks for what it does not give. Nor does a topic about another matter ("iOS App crash
 * report") fill in: its names are not the scope of a deletion.
 *
 * Each check reads the topic with the scope's own names blanked out (withoutNames), so a source called
 * "Draft Posts" or a workspace called "Pending Labs" is no hold.
 */
import { effectQuestionIn } from './effectQuestion';
import { whatIfIn } from './conditionClause';
import { HOLD } from './kindWords';
import { L, R } from './letterEdges';
import { openQuestionIn } from './openQuestions';
import { conditionIn, doubtIn } from './unsure';

/** The topic with the spans its scope was read from blanked, so only the words around the names are read. */
export function withoutNames(topic: string, spans: readonly (readonly [number, number])[]): string {
  // UTF-16 units, as the spans count them.
  return topic.split('').map((c, i) => (spans.some(([a, b]) => i >= a && i < b) ? ' ' : c)).join('');
}

/** A question mark in any script: a topic that asks something states no scope. */
const QUESTION_MARK = /[?？¿؟]/u;

/**
 * "Which source?", "¿Qué fuente y qué días?", "Purga de archivo – ¿qué workspace?": the desk's question
 * kept in the subject, asking which part of the scope is meant. The one-line answer is its answer, and
 * it doubts nothing. A word of choice, at most two words, then a part of a scope ("what would be deleted?"
 * names none: the customer's own question).
 */
const WHICH = `(?:which|what|welche[rsnm]?|quel(?:le)?s?|qu[ée]|cu[áa]l(?:es)?|qua(?:l|is|le|li)|vilke[nt]|vilka|hvilke[nt]?|welke|któr[eayi]|jakie|mitkä|mikä|kter[éýá]|jak[éý]|hangi|kaunsa|kaun)`;
const SCOPE_PART = `(?:workspaces?|sources?|days?|dates?|periods?|time ?frames?|ranges?|spaces?|apps?|quellen?|zeitraum|tage?|p[ée]riodes?|jours|espaces?|fuentes?|per[íi]odos?|d[íi]as|fechas|fontes?|dias|datas|sorgent[ei]|giorni|k[äa]ll(?:a|or)|dagar|źródł[oa]|dni|okres|päivät|lähde|dny|zdroj|kaynak|g[üu]nler)`;
const WHICH_PART_ASKED = new RegExp(`¿?${L}${WHICH}\\s+(?:\\S+\\s+){0,2}?${SCOPE_PART}${R}[^?？\\n]{0,40}[?？]`, 'giu');

/**
 * Words that leave a scope open when written beside it in a title. In a sentence they are often read
 * with what is around them ("if needed, I can send more", "please delete it first thing Monday"); a
 * title has no sentence, so "Web if needed", "maybe Checkout", "Android App TBD" or "cost estimate
 * first" says only that part of the scope, or all of it, is not yet asked for. Grouped by what they say:
 * a hedge, a decision still to make, a need someone else judges, a hold or a draft, a step first.
 */
const OPEN_IN_TITLE = new RegExp(
  `${L}(?:${[
    // A hedge on the scope.
    'maybe', 'perhaps', 'possibly', 'probably', 'potentially', 'tentative(?:ly)?',
    'vielleicht', 'eventuell', 'evtl', 'ggf', 'gegebenenfalls', 'möglicherweise', 'peut-être', 'éventuellement',
    'quiz[áa]s?', 'tal vez', 'posiblemente', 'talvez', 'possivelmente', 'forse', 'eventualmente', 'misschien', 'eventueel',
    // A decision still to make.
    'unclear', 'uncertain', 'undecided', 'unconfirmed', 'tb[cda]', 'to be (?:decided|confirmed|determined|defined|discussed|clarified|agreed)',
    'unklar', 'noch offen', 'à (?:confirmer|définir|décider)', '(?:por|a) (?:confirmar|definir|decidir)', 'da (?:confermare|definire|decidere)', 'nog te bepalen',
    // A need someone else judges.
    '(?:if|as|when|where) (?:needed|necessary|required|applicable|relevant)', 'falls (?:nötig|notwendig|erforderlich)', 'bei bedarf',
    'si (?:besoin|nécessaire|es necesario|hace falta)', 'se (?:necess[áa]rio)', 'indien nodig',
    // Held back: a hold, a wait, a draft, a sign-off not given.
    'postponed', 'deferred', 'delayed', 'paused', 'later', 'not (?:yet|now)', 'draft', 'pending', 'awaiting', 'wait(?:ing)?',
    'not (?:yet )?(?:approved|confirmed|signed off|final)', 'unapproved',
    'verschoben', 'entwurf', 'ausstehend', 'reporté(?:e|s)?', 'brouillon', 'en attente', 'pendiente', 'aplazad[oa]', 'pospuest[oa]', 'borrador',
    'pendente', 'adiad[oa]', 'rascunho', 'in sospeso', 'rinviat[oa]', 'rimandat[oa]', 'bozza', 'uitgesteld',
    // A step before the deletion: "after the audit", "cost estimate first please".
    'after (?:the|our|my|their|we|they|legal|review|approval)', 'nach (?:der|dem|unserer|unserem) \\p{L}+',
    `(?:first|beforehand|zuerst|vorab|vorher|d[’']abord|primero|primeiro|eerst)${R}(?:\\s+(?:please|pls|bitte|svp|por favor|graag))?\\s*(?=$|[,.;:!)\\-–—])`,
  ].join('|')})${R}`,
  'iu',
);

/**
 * Whether a topic (its names blanked) doubts, conditions, holds back or asks about the scope it names,
 * read with the parser's own readers of doubt, conditions, holds and questions and the words of a title
 * above. The desk's question of which part is meant, kept in the subject, is not the customer's.
 */
export function topicLeavesScopeOpen(unnamed: string): boolean {
  const own = unnamed.replace(WHICH_PART_ASKED, ' ');
  if (QUESTION_MARK.test(own) || HOLD.test(own) || OPEN_IN_TITLE.test(own)) return true;
  return [doubtIn, conditionIn, whatIfIn, effectQuestionIn].some((read) => read(own) !== null) || openQuestionIn(own) !== null;
}

/**
 * "iOS App crash report", "Acme invoice March": a topic about another matter than deleting (a bug, a bill,
 * an outage), whose names are not the scope of a deletion. Named matters only: a topic's other words
 * ("Globex Sales") are often how the customer calls the part of their data they mean.
 */
const OTHER_MATTER = new RegExp(
  `${L}(?:crash(?:es|ed)?|bugs?|errors?|issues?|incidents?|outages?|invoices?|billing|refunds?|reports?|feature requests?|login|password|upgrade|onboarding|absturz|fehler|rechnung|plantage|erreur|facture|errore|fattura|fallo|factura|błąd|faktura|krasch|fel)${R}`,
  'iu',
);

/** The topic (its names blanked) speaks of another matter than deleting ("iOS App crash report"). */
export function topicOfAnotherMatter(unnamed: string): boolean {
  return OTHER_MATTER.test(unnamed);
}
