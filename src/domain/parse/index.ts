/**
 * Email → draft deletion request (the `parse --json` contract). Pure: no I/O.
 *
 * Safety contract: a result with `missing: []` and `ambiguities: []` must be exactly right. Whenever a
 * piece is uncertain (a near-miss slug, a source of another workspace, an ambiguous date, no workspace
 * named, text and HTML parts that disagree) the field stays missing or an ambiguity says what to ask.
 * Every part of a complete scope is traced to the customer's own words (`evidence`).
 */
import { administeredBy, isContact } from '../catalog';
import { isSpamFlagged } from '../inbox';
import { strangersNonRequest } from './strangersMail';
import { LEGACY_ARCHIVE_CUTOFF } from '../legacyArchive';
import { HELPDESK_HEADER, type InboundMessage } from '../message';
import { isDeletionKind, requiredFields, type DayRange, type ForwardInfo, type MissingField, type ParseEvidence, type ParseResult, type RequestKind, type ScopeField } from '../request';
import * as words from './kindWords';
import { ALL_SOURCES, asksAnewBesideCancel, asksExplicitlyToDelete, asksStatusBesideDeletion, asksForSpace, asksForWholeWorkspace, classifyKind, readKind } from './classify';
import { indexCatalog, type ParserCatalog } from './catalogIndex';
import { AGE_QUESTION, extractRanges, type DateExtraction } from './dates';
import { otherNameBetweenDays, RESPECTIVELY } from './daysOfOthers';
import { alsoElsewhere, siblingSaid, workspaceAddedInWords } from './siblingWorkspaces';
import { mergeRanges, utcDay } from './dayMath';
import { dayGridOf, type GridLabels } from './dayGrid';
import { hiddenNamesOtherScope } from './hiddenText';
import { htmlToText } from './htmlToText';
import { bodyText, forwardedBySubject, MAX_BODY_CHARS, newText, partsOf, POSTSCRIPT, type NewTextParts } from './newText';
import { readForward, type ForwardReading } from './forward';
import { LEAVING_OUT, PRODUCTION_WORD, asksForDeletion, resolveScope, type ScopeResolution } from './resolveScope';
import { findTicketRef } from './ticketRef';
import { openQuestionIn } from './openQuestions';
import { groupOfPeopleIn, partOfSpaceIn, placeElsewhereIn } from './placeOfDeletion';
import { partOfDayIn } from './partOfDay';
import { conditionIn, doubtIn, ongoingThrough } from './unsure';
import { whatIfIn } from './conditionClause';
import { keptInPurgeIn } from './keptInPurge';
import { positionalReference } from './positionalReference';
import { REFERRED_DAYS_QUESTION } from './referredDays';
import { effectQuestionIn } from './effectQuestion';
import { othersAccountIn, ownLoginIn } from './personAccount';
import { EXCEPTION } from './exclusionWords';
import { oneNounTwoSourcesQuestion, qualifiedTwinQuestion, twinSourceQuestion } from './twinSources';
import { OTHER_VERSION_QUESTION, versionTwinSourceQuestion, versionTwinWorkspaceQuestion } from './versionTwins';
import { copiedFromHistory, deskListIn } from './deskText';
import { escapeRegExp } from './regexText';
import { SENTENCE_ENDS, sentenceAround } from './sentence';
import { ONLY_SOME_DAYS } from './periodWords';
import { allMatches } from './allMatches';
import { SUBJECT_PREFIX } from './subjectPrefix';
import { customerTopic, topicAsksToDelete } from './ticketTopic';
import { topicLeavesScopeOpen, topicOfAnotherMatter, withoutNames } from './topicAsScope';
import { CORRECTION_LABEL } from './correctionLabels';

export { indexCatalog, newText, findTicketRef, classifyKind };
export type { ParserCatalog };

export interface ParseOptions {
  /**
   * The real current time. A Date header ahead of it is not trusted, and days after it are future days
   * that cannot be deleted. Defaults to the machine's clock, so callers that pass nothing stay safe.
   */
  now?: Date;
  /**
   * LEGACY_ARCHIVE_CUTOFF as configured (YYYY-MM-DD): a source deletion for a workspace deleted on or
   * after it is asked about, its data having gone with the complete purge. The platform's by default.
   */
  legacyArchiveCutoff?: string;
}

const LIST_TAG = /^(\s*(?:(?:re|aw|sv|fwd?|wg)\s*:\s*)*)\[[^\]\n]{1,60}\]\s*/i;
/** The dates module's question about a date in a sentence that is not about the deletion. */
const OUTSIDE_REQUEST = /is mentioned outside the deletion request/;
/**
 * "both sources, both days", "per entrambe le sorgenti", "für beide Quellen": the days are said to apply
 * to every source. "Both sources got duplicates" says nothing of the kind: a preposition or "days" must
 * tie it to the deletion.
 */
const EVERY_SOURCE_EVERY_DAY =
  /(?<![^\P{L}]|\u03B9)(?:(?:for|on|in|from) (?:both|all|each) (?:of )?(?:the |these |those )?(?:sources|of them)|both days|all (?:the )?days for (?:both|all|each)|für (?:beide|alle) quellen|beide tage|pour les deux sources|les deux jours|para (?:ambas|todas) las fuentes|ambos d[íi]as|para as duas fontes|os dois dias|per entrambe le (?:sorgenti|fonti)|entrambi i giorni|voor (?:beide|alle) bronnen|beide dagen|dla obu źródeł|dla obydwu źródeł|oba dni|för båda källorna|båda dagarna|for begge kilder(?:ne)?|begge dage(?:ne)?|molemmille lähteille|molemmat päivät)(?![^\P{L}]|\u03B9)|両方のソース|两个来源都|兩個來源都/iu;
/** A Date header this far ahead of the real clock is a wrong clock, not a message from the future. */
const CLOCK_SKEW_MS = 15 * 60 * 1000;

interface Asked {
  text: string;
  field: ScopeField;
}

/** What the message says before its words are read: the text to read, its ticket and the day it was sent. */
interface Envelope {
  forward: ReturnType<typeof readForward> | null;
  body: string;
  subject: string;
  isReply: boolean;
  readSubject: boolean;
  text: string;
  ticket: string | null;
  notes: string[];
  sent: Date | null;
  localDay: string | null;
  /** The sender's offset from UTC in minutes, from their Date line; null when it has none. */
  senderOffset: number | null;
  /** LEGACY_ARCHIVE_CUTOFF as configured (see ParseOptions). */
  legacyArchiveCutoff: string;
  /** A line of the desk's own confirmation list that the reply changed inline, as written (deskText.ts). */
  deskListEdited: string | null;
  /** A dated line of the reply copied word for word from the history it quotes (deskText.ts). */
  copiedLine: string | null;
  /** A reply's subject under a ticket tag, in the customer's own words (ticketTopic.ts); else null. */
  topic: string | null;
  /** The body is a one-line answer read under that topic (answerUnderTopic): its days and the subject's are read as such. */
  answer: boolean;
  /** The scope of that one-line answer on its own, as answerUnderTopic read it (read once, reused by narrowedBySubject); else null. */
  answerScope: ScopeResolution | null;
  /** The subject and the whole body with what it quotes: the language a month word is written in ("listopad"), where the new text alone does not tell. */
  languageText: string;
}

/** The fields of the request as read so far. */
interface Fields {
  ranges: DayRange[];
  sources: string[];
  space: string | null;
}

type Ask = (field: ScopeField, textOf: string) => void;

/** The words of the question whether every day goes with every source: the days were read right. */
/** "and all our data", "and everything else": more than the space ("and all its data" is the space's own). */
const SPACE_AND_EVERYTHING =
  /(?<![^\P{L}]|\u03B9)(?:and|plus|as well as|und|et|y|e|en)\s+(?:also\s+|auch\s+|aussi\s+)?(?:(?:all|alle|toutes|todos|tutti)\s+(?:of\s+)?(?:our|unsere|nos|nuestros|nostri)\s+(?:data|sources|daten|quellen|données|sources|datos|fuentes|dati)|everything else|the rest|alles andere|tout le reste|todo lo dem[áa]s)(?![^\P{L}]|\u03B9)/iu;

/**
 * "maybe it was staging, not prod — let me double-check": a scope its writer doubts is asked about.
 * "please cancel DEL-2301 or at least move it to Nov 25": the customer leaves the choice to us. "Can you
 * tell me whether deleting … would also remove …": a question about a deletion, not yet a request.
 */
function askAboutUnsettled(kind: RequestKind, body: string, settled: boolean, { withSources, spaceNames }: { withSources: boolean; spaceNames: readonly string[] }, ask: Ask): void {
  // An account purge is a purge of every workspace the sender administers: doubted, conditional or wondered about alike.
  const deletes = isDeletionKind(kind) || kind === 'account_purge';
  const doubt = deletes && settled ? doubtIn(body) : null;
  if (doubt) ask(withSources ? 'sources' : 'workspace', `"${doubt}": the request is not settled — what exactly should be deleted?`);
  const condition = deletes && settled && !doubt ? conditionIn(body) : null;
  if (condition) ask('kind', `"${condition}": the request depends on a condition — should it be deleted now, as written?`);
  if (kind === 'cancel' && CANCEL_OR_CHANGE.test(body)) ask('kind', 'the message asks to cancel the request or to change it — which one?');
  // One ticket cannot carry both: the new deletion is not merged into the cancelled one, nor dropped.
  else if (kind === 'cancel' && asksAnewBesideCancel(body)) ask('kind', 'the message cancels a request and also asks for a new deletion — should the new one be opened as a request of its own?');
  const asked = deletes ? asksStatusBesideDeletion(body) : null;
  if (asked) ask('kind', `the message asks how ${asked} stands and also asks for a deletion — should that be a request of its own, or part of ${asked}?`);
  // "please don't delete anything else, the iOS App data for Dec 1 was the only problem and it is fixed now".
  const nothingElse = deletes ? NOTHING_ELSE.exec(body) : null;
  if (nothingElse) ask('kind', `"${nothingElse[0].trim()}": should only what the message names be deleted, or nothing at all?`);
  // "we do not need anything else besides the archive purge already requested": a request made before.
  const before = deletes && settled ? ALREADY_REQUESTED.exec(body) : null;
  if (before) ask('kind', `"${before[0].trim()}": the message refers to a request made before — is this a new request, or about that one?`);
  if ((kind === 'unknown' ? words.HOLD.test(body) : deletes && (HOLD_ASKED.test(body) || WAIT_WITH.test(body)))) ask('kind', 'the message asks to hold the request — should it be cancelled, or wait until you write again?');
  // "Can you tell me whether deleting the web data for Nov 3 would also remove the dashboards?"
  // "purge tiendas-sol completely … Except keep the invoices": a purge keeps nothing.
  const kept = kind === 'workspace_purge' || kind === 'account_purge' ? keptInPurgeIn(body, KEEP_SETUP.test(body)) : null;
  if (kept) ask('kind', `"${kept}": a purge deletes everything in the workspace — what should be kept, or should it all go?`);
  const setup = !kept && (kind === 'workspace_purge' || kind === 'account_purge' || kind === 'unify_space') ? keptSetupIn(body, spaceNames) : null;
  if (setup) ask('kind', `"${setup}": the deletion removes everything stored, settings included, and recreates nothing — should it all go?`);
  // "Before deleting, please export the Checkout API data to our bucket, then delete it": the desk does not export.
  const copyFirst = deletes ? COPY_FIRST.exec(body) : null;
  if (copyFirst) ask('kind', `"${copyFirst[0].trim()}": the desk deletes data but does not export or copy it first — should it be deleted without that?`);
  // "que se passerait-il si vous supprimiez …?": a deletion inside a question's clause of condition is wondered about.
  const wondering = deletes ? (WHAT_IF.exec(body)?.[0] ?? whatIfIn(body)) : null;
  if (wondering) ask('kind', `"${wondering.trim()}": is this a request to delete, or a question about what a deletion would do?`);
  // "…, or would that break our dashboards?", "How much would it cost?", "Is that supported?", "run it on Monday".
  const question = isDeletionKind(kind) && !wondering ? openQuestionIn(body) : null;
  if (question) ask('kind', `"${question.words}": ${question.asks}`);
  // "Deleting … for Feb 3 — will that break the funnels?": a question about a deletion's effect, with no request.
  const effect = deletes && !wondering && !question ? effectQuestionIn(body) : null;
  if (effect) ask('kind', `"${effect}": is this a request to delete, or a question about what a deletion would do?`);
}
/** "delete yesterday and today, the bad tag is still live": which days is known only once it has stopped. */
/**
 * "purge the archive, but only for the days when we had the breach": a purge kept to days it does not
 * give needs those days; without them it is neither the whole purge nor any days of it.
 */
function askAboutUnnamedDays(kind: RequestKind, body: string, { ranges, mentioned }: { ranges: DayRange[]; mentioned: boolean }, missing: MissingField[], ask: Ask): void {
  if (!PURGE_KINDS.has(kind) || ranges.length > 0 || mentioned) return;
  const only = ONLY_SOME_DAYS.exec(body);
  if (!only) return;
  if (!missing.includes('time frame')) missing.push('time frame');
  ask('ranges', `"${only[0]}": the purge is kept to some days, but which days is not written — which days exactly?`);
}
const PURGE_KINDS = new Set<RequestKind>(['workspace_purge', 'archive_purge', 'unify_space']);

function askAboutOngoing(kind: RequestKind, body: string, ranges: DayRange[], localDay: string | null, ask: Ask): void {
  const ongoing = kind === 'source_data' ? ongoingThrough(body, ranges.at(-1)?.to ?? null, localDay) : null;
  if (ongoing) ask('ranges', `"${ongoing}": the days asked for reach today while it is still going on, and data that arrives after the deletion stays — which days should be deleted, once it has stopped?`);
}
/**
 * "[ES] … del 3 de noviembre de 2026. [EN] … data of November 4, 2026.": one request written twice, in
 * two languages. When the versions name different days, which is meant is asked; the days of both are
 * never deleted together.
 */
function askAboutTranslations(body: string, sent: Date | null, options: { localDay: string | null; senderOffset: number | null; now: Date }, ask: Ask): void {
  const tags = allMatches(LANGUAGE_TAG, body);
  if (tags.length < 2) return;
  const parts = tags.map((t, k) => body.slice(t.index ?? 0, tags[k + 1]?.index ?? body.length));
  const days = parts.map((part) => JSON.stringify(extractRanges(part, sent, { ...options, scopeSpans: [] }).ranges)).filter((d) => d !== '[]');
  if (new Set(days).size > 1) ask('ranges', 'the message gives its request in two languages with different days — which days are meant?');
}
const LANGUAGE_TAG = /^[ \t]*(?:\[(?:en|de|fr|es|it|pt|nl|pl|sv|da|no|nb|fi|cs|hu|ro|el|tr|ja|zh|ko)\]|(?:en|de|fr|es|it|pt|nl|pl|sv|da|no|fi)[ \t]*:)/gimu;

/**
 * "1) a customer wants all her data gone, GDPR. 2) also, please delete POS Terminal for 3 November":
 * one person's data and a source's days are two requests; neither is dropped for the other.
 * ("delete the events of user id 88123 from checkout-web for March 2025" is one request: no "also".)
 * A request written twice, in two languages, is checked for two sets of days too.
 */
function askAboutSecondRequest(kind: RequestKind, body: string, scope: ScopeResolution, dates: DateExtraction, ask: Ask, clock: { sent: Date | null; localDay: string | null; senderOffset: number | null; now: Date }): void {
  if (isDeletionKind(kind)) askAboutTranslations(body, clock.sent, clock, ask);
  if (kind === 'user_data' && scope.named.source && dates.evidence.some((e) => e.clause) && ANOTHER_REQUEST.test(body)) {
    ask('kind', "the message asks to delete one person's data and also a source's days — which one, or both (as two requests)?");
  } else if (kind === 'user_data' && scope.named.source && dates.evidence.some((e) => e.clause) && WHOLE_SOURCE_DAYS.test(body)) {
    // "erase the data of user 4471 — our load test bot … Please delete the whole day", "all end-user data
    // that the Website source collected between …": the source's whole days fit as well as one person's
    // data; the self-serve answer would drop the days, a source deletion would take every user's.
    ask('kind', "the message speaks of end users' data but also asks for a source's whole days — one person's data (deleted through the self-serve flow), or every event of the source on those days?");
  }
}
/** "the whole day", "all the data that the Website source collected": all of a source's days, not one person's part. */
const WHOLE_SOURCE_DAYS =
  /(?<![^\P{L}]|\u03B9)(?:(?:whole|entire|full|complete)\s+(?:days?|dates?)|all\s+(?:of\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,2}data\s+(?:that|which)\s+(?:[\p{L}\p{N}-]+\s+){1,5}(?:collected|received|ingested|captured|tracked|recorded|gathered))(?![^\P{L}]|\u03B9)/iu;
/** "please hold the deletion", "can you hold this one?", "put it on hold": not "whatever you still hold". */
const HOLD_ASKED =
  /(?<![^\P{L}]|\u03B9)(?:(?:please|pls|can you|could you|kindly)\s+(?:\p{L}+\s+){0,2}(?:hold|pause)|hold (?:off|the deletion|the request|this one|this|it|del-\d+)|put (?:\S+\s+){0,3}on hold|pausieren|anhalten|mettre en (?:attente|pause)|poner en (?:espera|pausa))(?![^\P{L}]|\u03B9)/iu;
/** "Please wait with deleting … until Monday", "wartet bitte mit dem Löschen", "esperen antes de borrar". */
const WAIT_WITH = /(?<![^\P{L}]|\u03B9)(?:wait (?:with|before|on) (?:deleting|the deletion|removing|purging|it|this)|wait until|(?:wartet|warten sie) (?:bitte )?mit|attendez avant de|esperen? (?:antes de|a|hasta)|aguardem? (?:antes de|at[ée])|wacht (?:even )?met|aspettate (?:a|prima di))(?![^\P{L}]|\u03B9)/iu;
const NOTHING_ELSE = /(?<![^\P{L}]|\u03B9)(?:do not|don[’']t|dont|never|please don[’']t) (?:delete|purge|wipe|remove) (?:anything|any|something|nothing) (?:else|beyond|besides|other)(?![^\P{L}]|\u03B9)/iu;
const ALREADY_REQUESTED =
  /(?<![^\P{L}]|\u03B9)(?:[\p{L}-]+\s+){0,3}(?:already|previously)\s+(?:requested|asked\s+for|submitted|ordered)(?![^\P{L}]|\u03B9)|(?<![^\P{L}]|\u03B9)(?:bereits|schon)\s+(?:beantragt|angefordert|beauftragt)|d[ée]j[àa]\s+demand[ée]e?s?|ya\s+solicitad[oa]s?|j[áa]\s+solicitad[oa]s?|al\s+aangevraagd/iu;
const ANOTHER_REQUEST = /(?<![^\P{L}]|\u03B9)(?:also|additionally|as well|au(?:ß|ss)erdem|zus(?:ä|ae)tzlich|aussi|tambi[ée]n|inoltre|anche|ook|dessutom|ocks[åa]|ogs[åa]|lis(?:ä|a)ksi|r[óo]wnie[żz])(?![^\P{L}]|\u03B9)/iu;
const COPY = '(?:export\\p{L}*|back(?:\\s|-)?up|download|(?:send|give)\\s+(?:us\\s+)?a\\s+copy|copy|exportier\\p{L}*|sicher(?:n|ung)|sauvegard\\p{L}*|exportar|exporter|exportez|respald\\p{L}*|esporta\\p{L}*|baixar|descargar|t[ée]l[ée]charg\\p{L}*)';
const FIRST = '(?:first|beforehand|before(?:\\s+(?:deleting|the\\s+deletion|you\\s+delete|removing|purging))|then\\s+(?:delete|remove|purge)|vorher|zuerst|zun(?:ä|ae)chst|d[’\']abord|avant\\s+(?:de\\s+supprimer|la\\s+suppression)|primero|antes\\s+de\\s+(?:borrar|eliminar|apagar|excluir)|prima\\s+di\\s+(?:cancellare|eliminare))';
const COPY_FIRST = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?<!(?:we|i|already|have|had|no need to|don[’']t need to)\\s+)${COPY}(?![^\\P{L}]|\\u03B9)[^.!?\\n]{0,100}?(?<![^\\P{L}]|\\u03B9)${FIRST}(?![^\\P{L}]|\\u03B9)|(?<![^\\P{L}]|\\u03B9)${FIRST}(?![^\\P{L}]|\\u03B9)[^.!?\\n]{0,40}?(?<![^\\P{L}]|\\u03B9)${COPY}(?![^\\P{L}]|\\u03B9)`, 'iu');
/**
 * "delete the Marketing space and recreate it empty, we want to keep the settings": the deletion takes the
 * settings with it, and the desk recreates nothing. "delete the space Audiences Test (keep Audiences)" keeps
 * another space, written as the catalog names it: no setting of the one deleted. The words, or null.
 */
function keptSetupIn(body: string, otherSpaces: readonly string[]): string | null {
  for (const m of allMatches(KEEP_SETUP_ALL, body)) {
    const object = m[0].replace(/^\S+\s+(?:the\s+|our\s+)?/u, '');
    const from = body.slice(m.index + m[0].length - object.length);
    const spaceKept = otherSpaces.some((name) => from.startsWith(name) && !/^[\p{L}\p{N}]/u.test(from.slice(name.length)));
    if (!spaceKept) return m[0].trim();
  }
  return null;
}
/**
 * "Please do NOT delete our workspace X": a withdrawal names what it withdraws; nothing is left out of it.
 * "CANCEL DEL-521 – not requested by anyone at Summit Financial", "cancel DEL-221 (the Members EU space
 * deletion)": a withdrawal of a ticket that names no source withdraws that ticket (one ticket holds one
 * space), so which workspace a name belongs to asks nothing. One that names a source ("cancel the Site
 * part") may take back part of it, and its questions stay.
 */
function withdrawalQuestions(scope: ScopeResolution, ticket: string | null): string[] {
  const wholeTicket = ticket !== null && !scope.named.source;
  return scope.ambiguities.filter((a) => !a.includes(LEAVING_OUT) && !(wholeTicket && scopeFieldOf(a) === 'workspace'));
}
/** The workspace's spaces but the one asked for, as the catalog writes them ("keep Audiences" keeps one of them). */
function otherSpaces(catalog: ParserCatalog, workspace: string | null, space: string | null): string[] {
  return (catalog.catalog.workspaces.find((w) => w.slug === workspace)?.spaces ?? []).map((sp) => sp.name).filter((name) => name !== space);
}
/** Settings kept, or the space or workspace made again: "keep the settings", "recreate it empty", "Einstellungen behalten". */
const KEEP_SETUP =
  /(?<![^\P{L}]|\u03B9)(?:(?:keep(?:ing)?|retain(?:ing)?|preserv(?:e|ing)|save)\s+(?:the\s+|its\s+|our\s+|all\s+(?:the\s+)?)?(?:space['’]s\s+|workspace['’]s\s+)?(?:settings|configuration|config|set-?up|structure|audiences?|computed traits|traits|schema|permissions|members|destinations|connections)|(?:einstellungen|konfiguration)\s+(?:\p{L}+\s+){0,2}behalten|behalten\s+(?:\p{L}+\s+){0,2}(?:einstellungen|konfiguration)|(?:garder|conserver)\s+(?:les\s+)?(?:param[èe]tres|r[ée]glages|configuration)|(?:mantener|conservar)\s+(?:la\s+|los\s+)?(?:configuraci[óo]n|ajustes)|(?:mantenere|conservare)\s+(?:le\s+)?(?:impostazioni|configurazion\p{L}*)|(?:instellingen|configuratie)\s+(?:\p{L}+\s+){0,2}(?:behouden|bewaren)|(?:manter|conservar)\s+(?:as\s+)?configura[çc][õo]es)(?![^\P{L}]|\u03B9)/iu;
const KEEP_SETUP_ALL = new RegExp(KEEP_SETUP.source, 'giu');
const WHAT_IF =
  /(?<![^\P{L}]|\u03B9)(?:(?:whether|if)\s+(?:deleting|removing|purging|erasing|we\s+(?:delete|remove|purge)|a\s+deletion\s+of|the\s+deletion\s+of)|would\s+(?:deleting|removing|purging|a\s+deletion)|what\s+(?:would\s+)?happens?\s+(?:if|when)\s+(?:we|you|i)\s+(?:delete|remove|purge)|ob\s+(?:das\s+)?l(?:ö|oe)schen|hvis\s+vi\s+slett\p{L}*|om\s+vi\s+(?:raderar|sletter)|jos\s+poistamme|wenn\s+wir\s+(?:[\p{L}-]+\s+){0,4}l(?:ö|oe)schen|jeśli\s+usuniemy|als\s+we\s+(?:[\p{L}-]+\s+){0,4}verwijderen|si\s+(?:supprimer|la\s+suppression)|si\s+(?:borrar|eliminar)|se\s+(?:cancellare|eliminare)|(?:if|when)\s+(?:i|we)\s+(?:delete|close|remove|cancel|terminate)\s+(?:my|our)|what\s+happens\s+to\s+(?:\p{L}+\s+){0,3}(?:if|when)|wenn\s+ich\s+(?:[\p{L}-]+\s+){0,4}(?:l(?:ö|oe)sche|schlie(?:ß|ss)e|k(?:ü|ue)ndige)|si\s+je\s+(?:supprime|ferme)|si\s+(?:elimino|borro|cierro)\s+mi|se\s+(?:eu\s+)?(?:excluir|apagar|encerrar|fechar)\s+(?:a\s+)?minha|se\s+(?:elimino|cancello|chiudo)\s+il\s+mio|als\s+ik\s+(?:[\p{L}-]+\s+){0,3}(?:verwijder|opzeg|sluit))(?![^\P{L}]|\u03B9)/iu;
/**
 * "only the duplicate events", "except for the checkout events": part of a source's days, which the
 * archive cannot delete apart from the rest. "delete the Clientes space and all our data": the space
 * alone, or the whole workspace?
 */
function askAboutWholeParts(kind: RequestKind, kindText: string, space: string | null, sources: { kept: string[]; chosen: string[] }, ask: Ask): void {
  const found = kind === 'source_data' ? (PART_OF_A_SOURCE.exec(kindText) ?? HEBREW_PART.exec(kindText)) : null;
  // "but keep Booking Portal": a source kept whole, not "bookings" kept out of a day. "only Booking App 2":
  // a source chosen whole, by its whole name ("delete Booking Portal, but keep the bookings" still asks).
  const words = found?.[0].toLowerCase() ?? '';
  const named = (found?.index ?? 0) + (/^\S+\s+(?:the\s+)?/i.exec(words)?.[0].length ?? 0);
  // The part's noun inside the name ("only Booking App 2"), not after it ("only the web traffic").
  const partEnd = (found?.index ?? 0) + words.length;
  const whole = sources.kept.some((w) => words.includes(w.toLowerCase().split(/\s+/)[0])) || sources.chosen.some((w) => named + w.length >= partEnd && kindText.slice(named, named + w.length).toLowerCase() === w.toLowerCase());
  const part = found && !whole ? found : null;
  if (part) ask('sources', `"${part[0].trim()}": only whole days of a source can be deleted, not some of its events — should the whole days be deleted?`);
  if (kind === 'unify_space' && SPACE_AND_EVERYTHING.test(kindText)) {
    ask('kind', `the message asks to delete ${space ? `the space ${space}` : 'a space'} and also all data — the space alone, or the whole workspace?`);
  } else if (kind === 'unify_space' && workspaceAskedApart(kindText, space)) {
    // "Please purge the workspace acme-inc. The Default Space is already empty": the workspace is what is
    // asked for, and the space a remark about it — a space deletion would keep the rest of the workspace.
    ask('kind', `the message asks to delete the workspace and also names ${space ? `the space ${space}` : 'a space'} — the whole workspace, or only the space?`);
  }
}
/**
 * A sentence asking for the whole workspace that says nothing of a space ("Please purge the workspace
 * acme-inc."), where "den Unify Space „Marketing Raum“ im Workspace X löschen" names the space in it.
 */
function workspaceAskedApart(kindText: string, space: string | null): boolean {
  const spaceSaid = (sentence: string): boolean => SPACE_WORD.test(sentence) || (space !== null && sentence.toLowerCase().includes(space.toLowerCase()));
  return (kindText.match(/[^.!?\n]+/g) ?? []).some((sentence) => asksForWholeWorkspace(sentence) && !spaceSaid(sentence));
}
const SPACE_WORD = /(?<![^\P{L}]|\u03B9)(?:spaces?|raum|räume|espaces?|espacios?|spazi?o?|ruimtes?)(?![^\P{L}]|\u03B9)/iu;
/**
 * "delete the 'Churned users' audience in the Marketing space": a thing inside the space, not the space.
 * "delete the iOS App data for Nov 10 from our BigQuery warehouse": another system, not the archive.
 */
function askAboutPlace(kind: RequestKind, kindText: string, names: string[], ask: Ask): void {
  const part = kind === 'unify_space' ? partOfSpaceIn(kindText, names) : null;
  if (part) ask('kind', `"${part}": a space deletion removes the whole space and everything in it — should the whole space be deleted?`);
  const elsewhere = kind === 'source_data' ? placeElsewhereIn(kindText, names) : null;
  if (elsewhere) ask('kind', `"${elsewhere}": the desk deletes only our archive's days, not data in warehouses, destinations, spaces or other tools — should the archive's days be deleted?`);
  // "the events from the test accounts", "for visitors from Germany": some people's events, not the day's.
  const people = kind === 'source_data' ? groupOfPeopleIn(kindText, names) : null;
  if (people) ask('sources', `"${people}": only whole days of a source can be deleted, not the events of some users — should the whole days be deleted for everyone?`);
  // "the duplicated events", "that came from our test devices", "from IP 203.0.113.7": some of a day's events.
  const some = kind === 'source_data' && !people ? partOfDayIn(kindText, names) : null;
  if (some) ask('sources', `"${some}": only whole days of a source can be deleted, not some of its events — should the whole days be deleted?`);
}
// "The only rows we need removed are the test orders" is a part as much as "only the test orders": "the
// only" is not read as "sole" (a whole day deleted for "our only records of the callbacks" is asked).
const PART_OF_A_SOURCE =
  /(?<![^\P{L}]|\u03B9)(?:only|just|except(?:\s+for)?|but\s+not|(?:but\s+|please\s+)?keep|(?:aber\s+)?behalte[nt]?|gardez|garder|mantengan|conserven|behoud|beholde?|behåll|excluding|other\s+than|nur|au(?:ß|ss)er|seulement|uniquement|sauf|solo|s[óo]lo|solamente|[úu]nicamente|excepto|apenas|s[óo]|soltanto|tranne|alleen|behalve|tylko|wy[łl][ąa]cznie|opr[óo]cz|bara|endast|utom|kun|bare|undtagen|vain|paitsi|jen|pouze|krom[ěe])\s+(?:the\s+|those\s+|our\s+|die\s+|der\s+|den\s+|les\s+|des\s+|los\s+|las\s+|gli\s+|le\s+|i\s+|de\s+|os\s+|as\s+|het\s+)?(?:[\p{L}-]+\s+){0,2}(?:events?|records?|rows?|entries|sessions?|orders?|page\s?views?|transactions?|clicks?|logs?|duplicat\p{L}*|duplicad\p{L}*|duplikat\p{L}*|doublons?|doppioni|dubbele|purchases?|bookings?|traffic|visits?|hits|bots?|spam|users?|customers?|devices?|ereignis\p{L}*|eintr[äa]ge|datens[äa]tze|[ée]v[ée]nements?|enregistrements?|entr[ée]es|eventos?|registros?|entradas|eventi|voci|gebeurtenissen|zdarze\p{L}*|rekord\p{L}*|wpis\p{L}*|h[äa]ndelser|hendelser|tapahtum\p{L}*|ud[áa]lost\p{L}*|z[áa]znam\p{L}*)(?![^\P{L}]|\u03B9)/iu;
/** The same in Hebrew: "רק של הלקוחות שלנו מאירופה" (only our customers from Europe), "את שאר הנתונים … יש לשמור" (keep the rest). */
const HEBREW_PART = /רק של ה|רק את ה(?:אירועים|משתמשים|לקוחות|הזמנות)|שאר ה\p{L}+[^.!?\n]{0,40}(?:לשמור|להשאיר)/u;
const CANCEL_OR_CHANGE = /(?<![^\P{L}]|\u03B9)(?:or|oder|ou|o|of|eller)\s+(?:at least\s+|maybe\s+|perhaps\s+|zumindest\s+|au moins\s+|al menos\s+)?(?:move|change|postpone|shift|reschedule|verschieben|ändern|d[ée]placer|modifier|reporter|mover|cambiar|aplazar|spostare|cambiare|verplaatsen|wijzigen)(?![^\P{L}]|\u03B9)/iu;

export const PAIRING_QUESTION = 'and several dates are named';
/** Flagged by the receiving server: the desk never answers it, and no scope of it goes to staff as ready. */
const SPAM_QUESTION = 'the mail server flagged this message as spam — it is kept for staff and not answered: is it a real request?';

/**
 * "Delete the PesaFlow workspace, all data. We're done with the sandbox." with PesaFlow and PesaFlow
 * Sandbox in the catalog: a purge of one workspace whose twin is named by its own word elsewhere in the
 * mail deletes the wrong one if we guess, so which one is asked. "…in chainzo, and the LatAm one too":
 * the twin added to a request makes two workspaces, which is asked as well.
 */
function askAboutTwin(workspace: string, purge: boolean, catalog: ParserCatalog, body: string, ask: Ask): boolean {
  const ws = catalog.catalog.workspaces.find((w) => w.slug === workspace);
  // "das Produktiv-Workspace (nicht staging)", "Órbita (producción) … staging later": said which one.
  if (!ws || PRODUCTION_WORD.test(body)) return false;
  const base = ws.name.toLowerCase();
  for (const twin of catalog.catalog.workspaces) {
    const extra = twin.slug.startsWith(`${ws.slug}-`) ? twin.slug.slice(ws.slug.length + 1).split('-') : twin.name.toLowerCase().startsWith(`${base} `) ? twin.name.toLowerCase().slice(base.length + 1).split(/\s+/) : [];
    const rest = body.replace(new RegExp(twin.slug, 'gi'), ' ');
    const word = extra.find((w) => (w.length >= 3 || TWIN_WORD_ALIASES[w] !== undefined) && twinWordSaid(w, purge).test(rest));
    if (word) return ask('workspace', `the message also names "${word}" — is ${ws.slug}, ${twin.slug} or both meant?`), true;
  }
  return false;
}
/** The twin's word said in the mail: a purge asks at it anywhere; any other request where the twin is added or described as the one meant. */
function twinWordSaid(w: string, purge: boolean): RegExp {
  const escaped = [w, ...(TWIN_WORD_ALIASES[w] ?? [])].map(escapeRegExp);
  const word = `(?:${escaped.join('|')})`;
  // A two-letter word ("EU") only as written in capitals: "eu" is a word of other languages. Only where
  // a request describes the one it means ("our EU region"): "The EU workspace stays" beside a purge is none.
  const flags = w.length < 3 ? 'u' : 'iu';
  const short = w.length < 3 ? `(?:${w.toUpperCase()}|${(TWIN_WORD_ALIASES[w] ?? []).map((a) => `[${a[0]?.toUpperCase()}${a[0]}]${a.slice(1)}`).join('|')})` : word;
  if (purge && w.length >= 3) return new RegExp(`(?<![^\\P{L}]|\\u03B9)${short}(?![^\\P{L}]|\\u03B9)`, flags);
  // "our Globex workspace in Europe" beside Globex EU: a purge placed in the twin's region may be the twin's.
  const placed = purge ? `|(?<![^\\P{L}]|\\u03B9)(?:in|im|en|di|w|v|в|na)\\s+(?:the\\s+|der\\s+|la\\s+)?${short}(?![^\\P{L}]|\\u03B9)` : '';
  // "This is our staging workspace", "our EU region only", "(GDPR, European entity)", "Staging cleanup: …";
  // not "the LatAm workspace is fine" (a sentence about the twin, not a description of the one meant).
  const described = `(?<![^\\P{L}]|\\u03B9)${short}\\s+(?:[\\p{L}-]+\\s+)?(?:workspace|environment|env|instance|region|entity|tenant|org|organi[sz]ation|side|cleanup|clean-up)(?![^\\P{L}]|\\u03B9)(?!\\s+(?:is|are|was|were|can|could|should|must|will|stays?|remains?|looks?|seems?|has|have)(?![^\\P{L}]|\\u03B9))|^[ \\t]*${short}(?![^\\P{L}]|\\u03B9)[^\\n:]{0,30}:|(?<![^\\P{L}]|\\u03B9)${short}\\s+only(?![^\\P{L}]|\\u03B9)`;
  const added = `(?<![^\\P{L}]|\\u03B9)(?:and|plus|also|&|und|et|y|e)\\s+(?:the\\s+)?${short}(?:\\s+(?:one|workspace))?(?![^\\P{L}]|\\u03B9)|(?<![^\\P{L}]|\\u03B9)${short}(?:\\s+(?:one|workspace))?\\s+(?:too|as well|also)(?![^\\P{L}]|\\u03B9)`;
  return new RegExp(`${added}|${described}${placed}`, `${flags}m`);
}
/** Words a twin's name is said by in other words: "Brightlane EU" is "our European entity". */
const TWIN_WORD_ALIASES: Record<string, string[] | undefined> = { eu: ['europe', 'european'], us: ['american'], uk: ['british'] };

/**
 * Subject "Driver App data", body "please delete Driver App Legacy …": the subject's shorter name is the
 * body's source said in brief, not a second source. A source only the subject names, whose words lie
 * within a source the body names, is left out.
 */
function narrowedBySubject(scope: ScopeResolution, envelope: Envelope, catalog: ParserCatalog, sender: string | null): ScopeResolution {
  if (!envelope.readSubject || scope.sources.length < 2) return scope;
  const own = envelope.answerScope ?? resolveScope(envelope.body, catalog, sender);
  const extra = scope.sources.filter((s) => !own.sources.includes(s));
  if (own.sources.length === 0 || extra.length === 0) return scope;
  const words = (slug: string, from: ScopeResolution): string => (from.evidence.sources.get(slug) ?? slug).toLowerCase();
  const within = extra.every((e) => own.sources.some((o) => words(o, own).includes(words(e, scope)) && words(o, own) !== words(e, scope)));
  // "* Website: 20 October\n* Website Blog: 20 October": the shorter name is written on its own too.
  let rest = envelope.body.toLowerCase();
  for (const o of own.sources) rest = rest.split(words(o, own)).join(' ');
  if (extra.some((e) => rest.includes(words(e, scope)))) return scope;
  const narrowed = { ...scope, sources: own.sources, evidence: { ...scope.evidence, sources: new Map([...scope.evidence.sources].filter(([slug]) => own.sources.includes(slug))) } };
  if (within) return narrowed;
  // Subject "Android App", body "please delete the iOS App data …": a subject that asks no deletion of its
  // own names the topic; its other source is asked about, never added to the body's request.
  // Subject "Delete iOS App data Nov 10", body "please delete the Android App data …": a subject that asks
  // for a deletion of its own adds to the body only where the body says so ("also the Android App");
  // otherwise it may be the subject of an earlier mail, reused, and which is meant is asked.
  if (asksForDeletion(envelope.subject)) {
    if (ANOTHER_REQUEST.test(envelope.body)) return scope;
    return { ...scope, ambiguities: [...scope.ambiguities, `the subject "${envelope.subject}" asks for ${extra.join(' and ')}, the message for ${own.sources.join(' and ')} — should ${extra.join(' and ')} be deleted too?`] };
  }
  return { ...narrowed, ambiguities: [...scope.ambiguities, `the subject "${envelope.subject}" names ${extra.join(' and ')}, the message asks for ${own.sources.join(' and ')} — should ${extra.join(' and ')} be deleted too?`] };
}

export function parseRequest(written: InboundMessage, catalog: ParserCatalog, options: ParseOptions = {}): ParseResult {
  const now = options.now ?? new Date();
  const message = withAsciiDigits(written);
  const envelope = { ...readEnvelope(message, now), legacyArchiveCutoff: options.legacyArchiveCutoff ?? LEGACY_ARCHIVE_CUTOFF };
  const answered = answerUnderTopic(message, catalog, envelope, now);
  const underTopic = answered ? parseEnvelope(message, catalog, answered, now) : null;
  // Read with its subject, the answer settles the request or says nothing of it: an answer that leaves
  // the request open even so ("Polana" under a subject naming no source or day) is read alone, as the
  // part of the ticket's scope it gives, and the ticket's merge asks the rest.
  if (underTopic && underTopic.kind !== 'unknown' && underTopic.missing.length === 0 && underTopic.ambiguities.length === 0) return underTopic;
  return parseEnvelope(message, catalog, envelope, now);
}

/**
 * "Re: [DEL-405] Solna Frukt Webshop" above "igår", "RE: [DEL-407] Лавка" above "Сайт, 13 мая.": a
 * one-line answer that names part of a scope and is no request on its own (no workspace, or no kind)
 * is read under the subject the customer wrote, as if the two were one message: the subject's
 * workspace, source, day and kind count with the answer's, and where they disagree the usual questions
 * about subject and body are asked; only a reading that settles the whole request is kept (parseRequest).
 * A subject's relative day counts from when it was first written, so it is asked about. A longer reply is a message of its own that must name its scope
 * (answers written between the quoted questions say nothing of the workspace the subject names), and a
 * status question, a cancellation or a confirmation is read as written, its subject only giving the ticket.
 */
function answerUnderTopic(message: InboundMessage, catalog: ParserCatalog, envelope: Envelope, now: Date): Envelope | null {
  const { topic, body, sent, localDay, senderOffset } = envelope;
  const line = body.trim();
  if (topic === null || line === '' || line.includes('\n')) return null;
  // "Anche l'App iOS, per favore.", "Sorry, I meant the 4th": more than, or other than, the ticket's
  // scope. Read with the subject the change would pass for the whole request; the ticket's merge reads it.
  if (ANOTHER_REQUEST.test(body) || ADDS_TO_SCOPE.test(body) || words.CORRECTION.test(body) || CORRECTION_LABEL.test(body)) return null;
  const scope = resolveScope(body, catalog, message.from?.address ?? null, { answerFrom: 0 });
  const dates = readDates('', body, 0, sent, { localDay, senderOffset, now, scopeSpans: scope.spans, answer: true, languageText: envelope.languageText });
  const named = scope.sources.length > 0 || scope.workspace !== null || scope.space !== null || dates.ranges.length > 0;
  const { kind } = kindOf(message, catalog, envelope, scope, dates).reading;
  if (!named || (kind !== 'source_data' && kind !== 'unknown')) return null;
  const whole = kind === 'source_data' && scope.workspace !== null && scope.sources.length > 0 && dates.ranges.length > 0;
  if (whole || !topicMayFillIn(topic, scope, catalog, { sent, localDay, senderOffset, now, sender: message.from?.address ?? null })) return null;
  return { ...envelope, subject: topic, isReply: false, readSubject: true, text: `${topic}\n\n${body}`, answer: true, answerScope: scope };
}

/**
 * Whether the subject may fill in what a one-line answer leaves out. "Re: [DEL-12] iOS App crash report
 * Nov 1" above "Acme Inc": the subject's day is the crash's, not a day to delete; a subject's days are
 * taken only when the subject itself asks to delete. "Re: [DEL-12] Acme Inc Website Nov 1-5" above "iOS
 * App": the answer names another source than the subject, which may replace the subject's or add to it;
 * read alone, the answer is asked about.
 */
function topicMayFillIn(topic: string, answer: ScopeResolution, catalog: ParserCatalog, at: { sent: Date | null; localDay: string | null; senderOffset: number | null; now: Date; sender: string | null }): boolean {
  const { sent, localDay, senderOffset, now, sender } = at;
  const own = resolveScope(topic, catalog, sender);
  if (answer.sources.length > 0 && own.sources.some((s) => !answer.sources.includes(s))) return false;
  // "Northwind iOS App, Android App too?", "… (only if the reprocessing fails)": only the answer is read
  // for doubt, conditions and holds, so a topic holding any is no scope to fill in (topicAsScope.ts).
  const unnamed = withoutNames(topic, own.spans);
  if (topicLeavesScopeOpen(unnamed)) return false;
  if (topicAsksToDelete(topic)) return true;
  if (topicOfAnotherMatter(unnamed)) return false;
  return !extractRanges(topic, sent, { localDay, senderOffset, now, scopeSpans: own.spans, title: true }).mentioned;
}

/** The request of a message whose envelope (the text to read, its subject, ticket and day) is known. */
function parseEnvelope(message: InboundMessage, catalog: ParserCatalog, envelope: Envelope, now: Date): ParseResult {
  const { forward, body, subject, isReply, readSubject, text, ticket, notes, sent, localDay, senderOffset } = envelope;
  const bodyOffset = readSubject ? subject.length + 2 : 0;
  const scope = narrowedBySubject(resolveScope(text, catalog, message.from?.address ?? null, envelope.answer ? { answerFrom: bodyOffset } : {}), envelope, catalog, message.from?.address ?? null);
  const dates = readDates(readSubject ? subject : '', body, bodyOffset, sent, { localDay, senderOffset, now, scopeSpans: scope.spans, answer: envelope.answer, languageText: envelope.languageText });
  const { reading, notARequest, kindText, alsoSourceDays } = kindOf(message, catalog, envelope, scope, dates);
  const kind = reading.kind;

  // An account purge takes its workspaces from the catalog's admins, never from the text: a name in it
  // (a signature that looks like two workspaces) is nothing to ask about.
  // A withdrawal asks what withdrawalQuestions keeps. With days written ("for Oct 2-4: do not delete the
  // iPadOS App") it may still be a request, and asks.
  const withdrawal = kind === 'cancel' && !dates.mentioned;
  // Nor does one person's data: which source or workspace they are in is for staff to look up.
  // A status question about a ticket is answered from the ticket: the names around it choose nothing.
  const scopeAsked = kind === 'account_purge' || kind === 'user_data' || (kind === 'status' && ticket !== null) ? [] : withdrawal ? withdrawalQuestions(scope, ticket) : scope.ambiguities;
  const asked: Asked[] = scopeAsked.map((a) => ({ text: a, field: scopeFieldOf(a) }));
  const ask = (field: ScopeField, textOf: string): void => void asked.push({ text: textOf, field });
  if (envelope.deskListEdited) ask('kind', `"${envelope.deskListEdited}": the reply changes our confirmation list inline — what exactly should be deleted now?`);
  if (envelope.copiedLine) ask('kind', `"${envelope.copiedLine}" is copied from the message you replied to and was not read as your request — should it be part of it?`);
  const requested = requestedFields(catalog, envelope, { kind, alsoSourceDays }, kindText, scope, dates, ask);
  // An exclusion read as "every source but these" is no longer a question.
  for (const q of requested.settled) {
    const at = asked.findIndex((a) => a.text === q);
    if (at >= 0) asked.splice(at, 1);
  }
  const { ranges, sources, space, workspace } = resolvedFields(message, catalog, envelope, now, kind, scope, requested, ask);
  const missing = missingFields(message, catalog, kind, ticket, { ranges, sources, space }, workspace, notes, ask, { body, mentioned: dates.mentioned });
  const evidence = evidenceOf(kind, reading.words, scope, dates, requested.sourceWords, { ranges, sources, space }, workspace, ask);
  askAboutForwardAndTwin(kind, forward, workspace, catalog, { body, dates }, ask);
  if (isDeletionKind(kind) && isSpamFlagged(message.headers)) ask('kind', SPAM_QUESTION);
  askAboutUnsettled(kind, body, asked.length === 0 && missing.length === 0, { withSources: sources.length > 0, spaceNames: otherSpaces(catalog, workspace, space) }, ask);
  askAboutSecondRequest(kind, body, scope, dates, ask, { sent, localDay, senderOffset, now });
  askAboutOngoing(kind, body, ranges, localDay, ask);

  const seat = !notARequest && askAboutLogins(kind, kindText, scope.spans.map(([from, to]) => text.slice(from, to)), ask);
  const vague = seat || askedVaguely(kind, notARequest, body, isReply || ticket !== null, ask) || askedToGoAhead(kind, notARequest, { body, isReply, ticket }, ask);
  // Mail that is not a request has no scope and nothing to ask: the desk does not answer it.
  if (kind === 'unknown' && !vague && (notARequest || !(isReply || ticket !== null))) return noRequest(ticket, forward);
  const seen = new Set<string>();
  const unique = asked.filter((a) => (seen.has(a.text) ? false : (seen.add(a.text), true)));
  return {
    kind,
    workspace,
    sources,
    space,
    ranges,
    ticket,
    missing,
    unsettled: unsettledFields(scope, dates, unique),
    ambiguities: unique.map((a) => a.text.replace(/\s*\n\s*/g, ' ')),
    ambiguityFields: unique.map((a) => a.field),
    notes: [...new Set(notes)].map((n) => n.replace(/\s*\n\s*/g, ' ')),
    evidence,
    forwarded: forward ? { originalFrom: forward.from, originalDate: forward.date?.toISOString() ?? null, intent: forward.intent } satisfies ForwardInfo : null,
  };
}

/** "FYI, see below": a forward whose sender asks nothing of us is not yet their request; and a twin workspace named too. */
function askAboutForwardAndTwin(kind: RequestKind, forward: Envelope['forward'], workspace: string | null, catalog: ParserCatalog, { body, dates }: { body: string; dates: DateExtraction }, ask: Ask): void {
  if (isDeletionKind(kind) && forward?.intent === 'unclear' && forward.forInformation) ask('workspace', 'the forward does not say what should be done with it — should this be deleted?');
  // "Please handle, but only the iOS part.": the forwarder narrows what they forward; the part they mean
  // is in their words, not the forwarded request's, so which part is asked (never all of it).
  if (isDeletionKind(kind) && forward?.narrowing) ask('sources', `"${forward.narrowing}": the forward asks for only part of the forwarded request — which sources and days exactly?`);
  if (isDeletionKind(kind) && workspace && !askAboutTwin(workspace, kind === 'workspace_purge', catalog, body, ask)) askAboutSibling(kind, workspace, catalog, { body, dates }, ask);
}

/**
 * "Please delete Checkout Web in nordpeak-eu for 1 February, and for the US one 2 February", "the same
 * source in our staging copy for 4 February": another workspace of the customer's, described instead of
 * named. Its day was merged into the named workspace's. One ticket holds one workspace, so whose days are
 * whose is asked, when it is described as a place ("the US one", "our QA environment", "our design
 * studio's Web App") and there are days that may be its own (several written). (A purge that describes
 * the other one, "we are consolidating into the US workspace", is askAboutTwin's to read.)
 */
function askAboutSibling(kind: RequestKind, workspace: string, catalog: ParserCatalog, { body, dates }: { body: string; dates: DateExtraction }, ask: Ask): void {
  const elsewhere = alsoElsewhere(body, workspace);
  if (elsewhere) {
    ask('workspace', `"${elsewhere}" asks for the same somewhere other than ${workspace} — which workspace is each part of the request for?`);
    return;
  }
  const added = workspaceAddedInWords(catalog.catalog, workspace, body);
  if (added) {
    ask('workspace', `"${added}" adds another workspace than ${workspace} to the request — which workspaces should this be deleted from? (one ticket holds one workspace)`);
    return;
  }
  // "Órbita (producción)", "the quantix production workspace": said which one. One day only is no day of another workspace.
  if (PRODUCTION_WORD.test(body) || kind !== 'source_data' || dates.expressions < 2) return;
  const said = siblingSaid(catalog.catalog, workspace, body);
  if (!said?.described) return;
  ask('workspace', `"${said.words}" may describe ${said.slug} rather than ${workspace} — which workspace is each part of the request for?`);
}

/** The text to read (the subject with the body, unless it is a reply), the ticket and the sender's own day. */
function readEnvelope(received: InboundMessage, now: Date): Omit<Envelope, 'legacyArchiveCutoff'> {
  // "[kestrel-liveops] Re: Game Server cleanup": a list's tag names the list, not a workspace.
  const message = received.headers['list-id'] ? { ...received, subject: received.subject.replace(LIST_TAG, '$1').replace(LIST_TAG, '$1') } : received;
  const parts = newTextPartsOf(message);
  const forward = parts.forwarded ? readForward(parts.own, parts.forwarded, message.date) : null;
  // The desk's own confirmation list kept unquoted in a reply is not the customer's words (deskText.ts).
  const replying = SUBJECT_PREFIX.test(message.subject) || message.inReplyTo !== null;
  const desk = deskListIn(withoutSignOff(parts.text, message, forward), replying);
  const pasted = copiedFromHistory(desk.text, bodyText(message).slice(0, MAX_BODY_CHARS), replying && forward === null);
  const body = pasted.text;
  // A subject is one header line (RFC 5322: at most 998 characters); more is not read (see MAX_BODY_CHARS).
  // A forwarded request's own subject is its subject ("Fwd: x" says nothing of the scope).
  // The forwarder's own subject stands when they wrote one of their own ("FW: … and tvOS data"): it is
  // then read with the body, and asked about where it names other things.
  const ownSubject = message.subject.replace(SUBJECT_PREFIX, '').trim();
  const keptSubject = (s: string | null | undefined): boolean => !!s && (ownSubject === '' || ownSubject === s.replace(SUBJECT_PREFIX, '').trim());
  const forwardedSubject = forward && forward.intent !== 'question' && keptSubject(parts.forwarded?.subject) ? parts.forwarded?.subject ?? null : null;
  const subject = (forwardedSubject ?? message.subject).slice(0, 1_000).replace(SUBJECT_PREFIX, '').trim();
  // The subject is read with the body ("Delete iOS data for March 3" is often all there is), but a
  // reply's subject repeats the original request, so for replies only the body gives dates and scope
  // (but a one-line answer under the customer's own subject: see answerUnderTopic).
  const forwardPrefix = (s: string): boolean => /^\s*(?:fwd?|fw|wg|tr|rv|enc|vl)\s*:/i.test(s);
  const ownForwardSubject = forward !== null && forward.intent !== 'question' && forwardedSubject === null && forwardPrefix(message.subject);
  const isReply =
    forwardedSubject !== null ? SUBJECT_PREFIX.test(forwardedSubject) && !forwardPrefix(forwardedSubject) : !ownForwardSubject && (SUBJECT_PREFIX.test(message.subject) || message.inReplyTo !== null);
  const readSubject = !isReply && subject !== '';
  const text = readSubject ? `${subject}\n\n${body}` : body;
  const ticket = findTicketRef(message.subject) ?? findTicketRef(body);
  const notes: string[] = [];

  // The day relative dates count from: the sender's own calendar day, unless their clock is ahead of ours.
  // A forwarded request's "yesterday" is the day before it was written; when its Date line cannot be
  // read, that day is unknown, so relative days are asked about rather than counted from the forward.
  const forwardDateUnread = forward !== null && forward.intent !== 'question' && forward.date === null;
  const sent = forwardDateUnread ? null : forward?.date ?? message.date;
  let offsetMinutes = forward?.date ? forward.offsetMinutes : headerOffset(message.headers.date);
  const senderOffset = offsetMinutes;
  // A Date header ahead of the real clock is read as written, and every day after the real clock is
  // asked about: its "yesterday" may be a day that has not happened yet.
  if (sent && sent.getTime() > now.getTime() + CLOCK_SKEW_MS) notes.push(`the message is dated ${sent.toISOString()}, after the current time`);
  if (forward?.date && forward.intent !== 'question') notes.push(`relative dates count from the forwarded message's date (${forward.date.toISOString()})`);
  offsetMinutes ??= 0;
  const localDay = sent ? utcDay(new Date(sent.getTime() + offsetMinutes * 60_000)) : null;
  const topic = isReply && forward === null ? customerTopic(message.subject) : null;
  return { forward, body, subject, isReply, readSubject, text, ticket, notes, sent, localDay, senderOffset, deskListEdited: desk.edited, copiedLine: pasted.copied, topic, answer: false, answerScope: null, languageText: `${message.subject}\n${bodyText(message).slice(0, MAX_BODY_CHARS)}` };
}

/**
 * "من ٢٥ إلى ٢٧ نوفمبر ٢٠٢٦", "२०२६-११-२१", "２０２６年": digits of other scripts read as the ASCII digits
 * every reader after this one knows. One character for one, so the words quoted keep their places.
 */
/** Digits of other scripts read as ASCII digits everywhere, so the text and HTML parts agree. */
function withAsciiDigits(message: InboundMessage): InboundMessage {
  const plain = (text: string): string => boundedWhitespace(asciiDigits(text));
  return { ...message, subject: plain(message.subject), text: plain(message.text), html: message.html === null ? null : plain(message.html) };
}
/**
 * Long runs of blanks shortened: a gap wider than sixteen spaces reads as sixteen, more than three
 * blank lines as three. Patterns that look back over blanks ("March 3,   twenty twenty-seven") test
 * every position of a run and look back over all of it; a few thousand blanks from a mangled message
 * held intake for minutes. Nothing a writer means is lost: a wide gap is still a column's gap.
 */
function boundedWhitespace(text: string): string {
  return LONG_BLANKS.test(text) ? text.replace(WIDE_GAP, ' '.repeat(16)).replace(MANY_BLANK_LINES, '\n\n\n\n') : text;
}
const LONG_BLANKS = /[^\S\n]{17}|(?:[^\S\n]*\n){5}/;
const WIDE_GAP = /[^\S\n]{17,}/g;
const MANY_BLANK_LINES = /\n(?:[^\S\n]*\n){4,}/g;
function asciiDigits(text: string): string {
  return OTHER_DIGIT.test(text) ? text.replace(OTHER_DIGITS, (d) => String((d.codePointAt(0) ?? 0) - (DIGIT_ZERO.find((z) => (d.codePointAt(0) ?? 0) >= z) ?? 0))) : text;
}
/**
 * The zero of each script's digits, highest first: Fullwidth, Khmer, Myanmar, Thai, Sinhala, Tamil,
 * Bengali, Devanagari, Extended Arabic-Indic, Arabic-Indic.
 */
const DIGIT_ZERO = [0xff10, 0x17e0, 0x1040, 0x0e50, 0x0de6, 0x0be6, 0x09e6, 0x0966, 0x06f0, 0x0660];
const OTHER_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0be6-\u0bef\u0de6-\u0def\u0e50-\u0e59\u1040-\u1049\u17e0-\u17e9\uff10-\uff19]/;
const OTHER_DIGITS = new RegExp(OTHER_DIGIT.source, 'g');

/**
 * The sender's name: their display name, else the one their address spells ("erik.lund@kvarn.example"
 * signs "Erik Lund"), which is how a sign-off is found in mail sent without a display name.
 */
function senderName(message: InboundMessage): string | null {
  const display = message.from?.name?.trim();
  if (display) return display;
  const local = /^([\p{L}]{2,})[._-]([\p{L}]{2,})@/u.exec(message.from?.address ?? '');
  return local ? `${local[1]} ${local[2]}` : null;
}

/**
 * The new text without its writer's sign-off: the sender's name on a line of its own and what is below
 * it. A forwarded request is signed by its own writer ("Atlas Dev", "田中 由美" and the holiday notice
 * below), the forwarder's note by the sender.
 */
function withoutSignOff(text: string, message: InboundMessage, forward: ForwardReading | null): string {
  const sender = senderName(message);
  const named = withoutSenderWordsLine(withoutSenderName(text, sender), sender);
  if (!forward) return withoutSignatureBelowName(named, text, sender);
  const writer = forward.writer;
  return withoutSignatureBelowName(withoutSenderName(named, writer), named, writer);
}

/**
 * A line that is only the sender's display name is their signature ("Atlas Dev" under a request from
 * "Atlas Dev <dev@…>"): blanked in place, so a name that looks like a workspace is never read as one.
 */
function withoutSenderName(body: string, name: string | null): string {
  const own = name?.trim().replace(/^["']|["']$/g, '');
  if (!own || own.length < 3) return body;
  const escaped = escapeRegExp(own);
  // Only below other words: a reply that is nothing but the name ("Acme Inc", from "Acme Inc") answers.
  // The first name alone signs too ("/Anna", "– Tom"), when the name has a last name after it.
  const first = escapeRegExp(own.split(/\s+/)[0]);
  const signed = first.length >= 3 && first !== escaped ? `(?:${escaped}|[/~–—-]?\\s*${first})` : escaped;
  const lines = body.replace(new RegExp(`^[ \\t>-]*${signed}[ \\t.,!]*$`, 'gimu'), (line, at: number) => (body.slice(0, at).trim() === '' ? line : ' '.repeat(line.length)));
  // "…for 2026-11-20. Erik Lund, Kvarn": the name and company that end the last line sign it too.
  return lines.replace(new RegExp(`(?<=[.!?]\\s+)${escaped}(?:\\s*,\\s*[^\\n.!?,]{1,40})?[ \\t.!]*\\s*$`, 'iu'), (tail) => ' '.repeat(tail.length));
}

/**
 * The last line, made only of words of the sender's display name in another order or fewer of them
 * ("Globex IT" under a request from "IT Admin Globex"), is their sign-off: blanked in place, so the
 * company's name in it is not read as a second workspace beside the one the request names. Two words at
 * least (one word could be a workspace's name answered alone), and only below other words.
 */
function withoutSenderWordsLine(body: string, name: string | null): string {
  const own = new Set((name ?? '').toLowerCase().split(/[\s,]+/u).filter((w) => w.length > 0));
  const last = lastLine(body);
  if (!last || own.size < 2) return body;
  const ownWords = (line: string): boolean => {
    const signed = line.trim().replace(/[.,!]+$/u, '').toLowerCase().split(/\s+/u);
    return signed.length >= 2 && signed.every((w) => own.has(w));
  };
  if (ownWords(last.line) && body.slice(0, last.at).trim() !== '') return body.slice(0, last.at) + ' '.repeat(last.line.length) + body.slice(last.at + last.line.length);
  return withoutSenderWordsAboveCompany(body, ownWords);
}

/**
 * "Treasury IT\nBrightwater Mutual | +61 2 5550 1200" under a request from "Brightwater Treasury IT": the
 * display name's words on a line of their own, with only the company and contact line below, sign off as
 * well; read, "Treasury" named the workspace the request itself never named.
 */
function withoutSenderWordsAboveCompany(body: string, ownWords: (line: string) => boolean): string {
  const lines = body.trimEnd().split('\n');
  const k = lines.length - 2;
  if (k < 1 || !ownWords(lines[k]) || !/[|·]|\+?\d[\d ()-]{6,}/u.test(lines[k + 1]) || lines.slice(0, k).join('\n').trim().length < 40) return body;
  const at = lines.slice(0, k).join('\n').length + 1;
  return body.slice(0, at) + body.slice(at).replace(/[^\n]/g, ' ');
}

/**
 * The last line with words on it, and where it starts. Found from the end: a pattern anchored at the
 * end of the text tried every start position, and on a body written as one long line that took a third
 * of a second over a thousand messages.
 */
function lastLine(body: string): { line: string; at: number } | null {
  const words = body.trimEnd();
  if (words === '') return null;
  const at = words.lastIndexOf('\n') + 1;
  const end = body.indexOf('\n', at);
  return { line: body.slice(at, end < 0 ? body.length : end), at };
}

/**
 * Below the sender's own name on a line of its own ("Carmen Muñoz", "田中 由美", "Ana Souza | Head of Data")
 * is their signature: titles, addresses, phone numbers, holiday notices and legal footers whose dates
 * are no request ("※11月23日は休業", "LOPDGDD 3/2018, de 5 de diciembre"). Blanked, except a "P.S."
 * and what follows it. `original`: the text before the name line itself was blanked.
 */
function withoutSignatureBelowName(body: string, original: string, name: string | null): string {
  const own = name?.trim().replace(/^["']|["']$/g, '');
  if (!own || own.length < 3 || !/\s/.test(own)) return body;
  const named = `^[ \\t>-]*${signedName(own)}`;
  const line = new RegExp(`${named}(?:\\s*(?:[/|·–—]|\\s-\\s).*)?[ \\t.,!]*$`, 'imu').exec(original);
  // Only below a request: a name line under a bare greeting ("Hello,\nMaria Keller | Data team\n…")
  // introduces the writer, and what follows is the message.
  if (!line || original.slice(0, line.index).trim().length < 40) return body;
  // "Priya Nair | Android App Lead", "P. Nair – Web App 2 Product Owner": the title after the name is the
  // signature too; a source in it is the writer's job, not what is to be deleted.
  const from = line.index + (new RegExp(named, 'iu').exec(line[0])?.[0].length ?? line[0].length);
  const ps = /^\s*P\.?\s?S\.?(?![^\P{L}]|\u03B9)/imu.exec(body.slice(from));
  const to = ps ? from + ps.index : body.length;
  return body.slice(0, from) + body.slice(from, to).replace(/[^\n]/g, ' ') + body.slice(to);
}

/** The sender's name as a signature writes it: in full, or with the first name as its initial ("P. Nair"). */
function signedName(own: string): string {
  const parts = own.split(/\s+/);
  const last = parts[parts.length - 1];
  return parts.length > 1 && last.length >= 2 ? `(?:${escapeRegExp(own)}|${escapeRegExp(parts[0][0])}\\.?[ \\t]*${escapeRegExp(last)})` : escapeRegExp(own);
}

/** The kind of request, and whether the mail is one at all. */
function kindOf(
  message: InboundMessage,
  catalog: ParserCatalog,
  envelope: Envelope,
  scope: ScopeResolution,
  dates: DateExtraction,
): { reading: ReturnType<typeof readKind>; notARequest: boolean; kindText: string; alsoSourceDays: boolean } {
  const { forward, body, subject, isReply, ticket } = envelope;
  // A reply's subject is a copy of ours ("Completed: your data has been deleted"): it gives the ticket
  // id, never the kind.
  const kindText = isReply ? body : `${subject}\n\n${body}`;
  let reading = readKindBesideContract(kindText, dates, {
    hasTicket: ticket !== null,
    namedSource: scope.named.source,
    sourceElsewhere: scope.workspace !== null && scope.sources.length === 0,
    namedSpace: scope.named.space,
    hasDates: dates.mentioned,
    // Days written as the scope but unreadable ("from 5 March to 2 March 2024", "before 2 March") are
    // still days: they keep "wipe everything … for those days" from reading as a whole-workspace purge.
    // Days that all lie ahead of the message ("we switch provider on 1 March") are a deadline: no days of data.
    hasRanges: dates.evidence.some((e) => e.clause) || dates.ambiguities.some((a) => !OUTSIDE_REQUEST.test(a) && !(dates.ahead ?? []).includes(a)),
    isReply,
    namedWorkspace: scope.named.workspace,
    workspaceDeletedAt: scope.workspaceDeletedAt,
    rangeEnds: dates.evidence.map((e) => e.to),
    // Not for a forward: "delete my account and all my data" there is someone else's.
    senderAdministers: forward === null && administeredBy(catalog.catalog, message.from?.address ?? '').length > 0,
    names: scope.spans.map(([from, to]) => envelope.text.slice(from, to)),
    subject: isReply ? '' : subject,
  });
  // A forward that asks whether something is genuine is a question about it, never a request, and a
  // forward with no word of the forwarder's own asks nothing of us (a contact's forward is their request
  // only when they ask for it); mail written by a machine (bounces, auto-replies, notifications,
  // newsletters) is no request either.
  // A privacy platform's erasure task (OneTrust, Transcend) is machine-sent too, and still one person's data.
  const machine = automated(message, catalog) && !(reading.kind === 'user_data' && /^\s*auto-generated/i.test(message.headers['auto-submitted'] ?? ''));
  const notARequest = forward?.intent === 'question' || forward?.silent === true || machine || outOfOffice(body) || strangersNonRequest(message, catalog, { kindText, ticket, workspace: scope.workspace, namesWorkspace: scope.named.workspace });
  if (notARequest) reading = { kind: 'unknown', words: null };
  // "Delete the Risk space and also the iOS data for Oct 20": a space named as what to delete makes the
  // request a space deletion, which asks about the sources' days beside it; neither part is taken alone.
  const alsoSourceDays = reading.kind === 'source_data' && scope.space !== null && asksForSpace(kindText);
  if (alsoSourceDays) reading = { ...reading, kind: 'unify_space' };
  return { reading, notARequest, kindText, alsoSourceDays };
}

/**
 * "Remove Hank from the workspace and delete his account": a person's seat, which the desk does not
 * delete (nothing of it is read as the request). "I'm leaving the company, please delete my account": an
 * account purge that may be meant as the sender's own login. Both are asked about; true when the first is.
 */
function askAboutLogins(kind: RequestKind, kindText: string, names: string[], ask: Ask): boolean {
  const seat = kind === 'user_data' ? null : othersAccountIn(kindText, names);
  const rest = kind === 'unknown' ? 'is any data to be deleted, and which?' : 'should only the data named be deleted?';
  if (seat) ask('kind', `"${seat}": the desk deletes data, not a person's login or seat (an admin removes those in the workspace settings) — ${rest}`);
  const own = kind === 'account_purge' ? ownLoginIn(kindText) : null;
  if (own) ask('kind', `"${own}": this reads as closing the sender's own login — should every workspace they administer be purged with all its data, or only the login removed (done in the workspace settings)?`);
  return seat !== null;
}

/** "As discussed, please remove the stuff we talked about": asked to delete, but not what. Asks what. */
function askedVaguely(kind: RequestKind, notARequest: boolean, body: string, threaded: boolean, ask: Ask): boolean {
  const vague = kind === 'unknown' && !notARequest && asksExplicitlyToDelete(body) && !words.HOW_TO.test(body) && !words.HOW_TO_ASKED.test(body);
  if (vague) ask('kind', 'the message asks to delete something but does not say what — which workspace, source and days?');
  // "Confirm, but please also include the Website for the same days.": a reply that adds to the scope
  // what could not be read must not pass for a reply that changes nothing (which confirms).
  const adds = kind === 'unknown' && !notARequest && !vague && threaded ? ADDS_TO_SCOPE.exec(body) : null;
  if (adds) ask('kind', `"${adds[0].trim()}": the reply adds something to the request that could not be read — which source, space or days should be added?`);
  return vague || adds !== null;
}
/**
 * "Sì, procedete pure." above the customer's own quoted request, with no ticket of ours: a go-ahead for
 * what the quoted mail says. The quoted history is never read as the request, and there is no ticket to
 * confirm, so what should be deleted is asked. (On a ticket, the same words are a confirmation of it.)
 */
function askedToGoAhead(kind: RequestKind, notARequest: boolean, reply: { body: string; isReply: boolean; ticket: string | null }, ask: Ask): boolean {
  if (kind !== 'unknown' || notARequest || !reply.isReply || reply.ticket !== null || !GO_AHEAD.test(reply.body)) return false;
  ask('kind', 'the reply agrees to the quoted message, which is not read as the request — which workspace, source and days should be deleted?');
  return true;
}
const GO_AHEAD =
  /(?<![^\P{L}]|\u03B9)(?:yes,?\s+please|go ahead|please (?:proceed|do so|go ahead)|proceed|ja,?\s+bitte|bitte (?:fortfahren|durchführen|so umsetzen)|oui,?\s+(?:merci|svp|s'il vous plaît)|allez-y|procédez|s[íi],?\s+por favor|adelante|procedan|proceda|s[ìi],?\s+(?:grazie|per favore)|procedete|procedi|tak,?\s+prosz[ęe]|prosz[ęe] (?:kontynuowa[ćc]|wykona[ćc])|ano,?\s+pros[íi]m|да,?\s+пожалуйста|выполняйте|はい、?お願いします|进行吧|是的，?请)(?![^\P{L}]|\u03B9)/iu;

/** "please also include …", "add the Website too", "bitte auch … aufnehmen", "ajoutez aussi …". */
const ADDS_TO_SCOPE =
  /(?<![^\P{L}]|\u03B9)(?:(?:please\s+)?(?:also\s+)?(?:include|add)\s+(?:also\s+)?(?:the|our|my)\s+[^.!?\n]{1,60}|(?:please\s+)?also\s+(?:include|add)(?![^\P{L}]|\u03B9)[^.!?\n]{0,60}|(?:bitte\s+)?auch\s+[^.!?\n]{1,60}(?:aufnehmen|hinzufügen|mitnehmen|einschließen)|ajoute[rz]?\s+(?:aussi|également)[^.!?\n]{0,60}|incluez\s+(?:aussi|également)[^.!?\n]{0,60}|(?:incluyan|incluya|añadan|agreguen)\s+(?:también\s+)?[^.!?\n]{1,60}|(?:incluam|adicionem|acrescentem)\s+(?:também\s+)?[^.!?\n]{1,60}|(?:aggiungete|includete)\s+(?:anche\s+)?[^.!?\n]{1,60}|(?:voeg|neem)\s+[^.!?\n]{1,60}\s+(?:ook\s+)?(?:toe|mee))/iu;

/** The result for mail that is no request: no scope, nothing asked. */
function noRequest(ticket: string | null, forward: ForwardReading | null): ParseResult {
  return {
    kind: 'unknown', workspace: null, sources: [], space: null, ranges: [], ticket, missing: [], ambiguities: [], ambiguityFields: [], notes: [],
    evidence: { kind: null, workspace: null, sources: [], space: null, ranges: [] },
    forwarded: forward ? { originalFrom: forward.from, originalDate: forward.date?.toISOString() ?? null, intent: forward.intent } : null,
  };
}

/** "March 3, 4 and 5 — not the last one", "iOS App, Android App and Website, all but the last": asked (positionalReference.ts). */
function askAboutPlaceInList(text: string, sources: readonly string[], ranges: readonly DayRange[], ask: Ask): void {
  const severalDays = ranges.length > 1 || ranges.some((r) => r.from !== r.to);
  const placed = sources.length > 1 || severalDays ? positionalReference(text) : null;
  if (placed) ask(severalDays ? 'ranges' : 'sources', `"${placed}" picks one of the days or sources listed by its place in the list — which exactly should be deleted?`);
}

/** The questions the days raise, and their notes for staff. */
function askAboutDates(dates: DateExtraction, notes: string[], ask: Ask): void {
  dates.ambiguities.forEach((a) => ask('ranges', a));
  for (const day of dates.takenBackAlone ?? []) ask('kind', `"${day}" is taken back from the request, but the days it is taken from are not written here — should the request change, and which days should still be deleted?`);
  notes.push(...dates.notes);
}

/** The days, sources and space a request of this kind names, asking where they do not fit together. */
function requestedFields(
  catalog: ParserCatalog,
  envelope: Envelope,
  { kind, alsoSourceDays }: { kind: ParseResult['kind']; alsoSourceDays: boolean },
  kindText: string,
  scope: ScopeResolution,
  dates: DateExtraction,
  ask: Ask,
): Fields & { sourceWords: Map<string, string>; settled: string[] } {
  const { isReply, ticket, notes, text } = envelope;
  const isSourceData = kind === 'source_data';
  const keepsFields = isSourceData || kind === 'unknown';
  // Dates only matter to source deletions; for other kinds a date is context ("we closed on March 3").
  // A reply that answers with days alone ("October 3rd and 4th") is asked about like a request would be.
  if (isSourceData || (kind === 'unknown' && (isReply || ticket !== null))) askAboutDates(dates, notes, ask);
  let ranges = keepsFields ? dates.ranges : [];
  let sources = keepsFields ? scope.sources : [];
  const sourceWords = new Map(scope.evidence.sources);
  const grid = isSourceData ? gridFields(catalog, envelope, { workspace: scope.workspace, sourceWords }, ask) : null;
  if (grid) ({ sources, ranges } = grid);
  const allSources = ALL_SOURCES.exec(text);
  const every = !isSourceData ? null : sources.length === 0 ? everySourceReading(catalog, text, scope, ask) : null;
  if (every) {
    sources = every.sources;
    for (const s of sources) sourceWords.set(s, every.words);
    notes.push(every.note);
  }
  if (isSourceData) askAboutSourcesAndDays(catalog, text, scope, { sources, sourceWords, dates, allSources, every: every !== null }, ask);
  if (isSourceData) askAboutPlaceInList(kindText, sources, ranges, ask);
  // "Wipe workspace X for the 5th and 6th — every source got polluted": every source is written, so the
  // days are of all of them, not a doubt between the workspace and the days.
  if (isSourceData && asksForWholeWorkspace(kindText) && ranges.length > 0 && !(every && allSources)) {
    ask('kind', 'the message asks to delete the workspace but also names days — the whole workspace, or only those days?');
  }
  if (isSourceData && sources.length === 0) askAboutSourceWords(catalog, scope, { kindText, alsoSourceDays }, ask);
  if (isSourceData && daysDisputed(text, ranges, ask)) ranges = [];
  if (isSourceData && words.ANOTHER_REQUEST.test(kindText)) {
    ask('kind', 'the message also hints at another request we cannot read — what else should be deleted, and should this part go ahead alone?');
  }
  if (alsoSourceDays) {
    ask('kind', `the message asks to delete the space ${scope.space} and also data of sources — the space, the sources' days, or both (as two requests)?`);
  }
  askAboutWholeParts(kind, kindText, scope.space, { kept: scope.excluded.map((x) => x.words), chosen: [...scope.evidence.sources.values()] }, ask);
  askAboutPlace(kind, kindText, scope.spans.map(([from, to]) => text.slice(from, to)), ask);
  askAboutDaysThatCannotBe(kind, scope, { dates, ranges, cutoff: envelope.legacyArchiveCutoff, text: kindText }, ask);
  const space = kind === 'unify_space' ? scope.space : null;
  // "Web App and the source we added last month": a source described, not named — which one?
  const described = kind === 'source_data' ? DESCRIBED_SOURCE.exec(kindText) : null;
  if (described) ask('sources', `"${described[0].trim()}" does not name the source — which one is meant?`);
  const twin = kind === 'source_data' ? (twinSourceQuestion(catalog.catalog, scope.workspace, sources, kindText) ?? qualifiedTwinQuestion(catalog.catalog, scope.workspace, sources, kindText) ?? versionTwinSourceQuestion(catalog.catalog, scope.workspace, sources, kindText) ?? oneNounTwoSourcesQuestion(new Map([...sourceWords].filter(([s]) => sources.includes(s))), kindText)) : null;
  if (twin) ask('sources', twin);
  if (kind === 'unify_space' && space === null && !scope.named.space) askAboutUnknownSpace(catalog, kindText, scope.workspace, ask);
  if (kind === 'archive_purge' && scope.workspace && !scope.workspaceDeletedAt) {
    ask('kind', `workspace ${scope.workspace} is not deleted in the catalog, but the message asks for the archive of a deleted workspace — which is meant?`);
  }
  if (kind === 'workspace_purge' || kind === 'unify_space') {
    if (scope.named.source && !alsoSourceDays) ask('kind', 'the message names sources, but asks for a whole workspace or space — which is meant?');
  }
  return { ranges, sources, space, sourceWords, settled: every?.settled ?? [] };
}

/**
 * A table of days by sources with a mark in each cell: the days and sources it marks for deletion. One
 * ticket deletes every day for every source, so unless the marks make that whole block, it is asked; a
 * cell that is neither yes nor no is asked about and the grid is left unread. Null: no grid.
 */
function gridFields(
  catalog: ParserCatalog,
  envelope: Envelope,
  { workspace, sourceWords }: { workspace: string | null; sourceWords: Map<string, string> },
  ask: Ask,
): { sources: string[]; ranges: DayRange[] } | null {
  const listed = catalog.catalog.workspaces.find((w) => w.slug === workspace)?.sources ?? [];
  const names = new Map<string, string>();
  for (const s of listed) for (const w of [s.slug, s.name]) names.set(w.toLowerCase(), s.slug);
  for (const [slug, w] of sourceWords) names.set(w.toLowerCase(), slug);
  const labels: GridLabels = {
    sourceOf: (cell) => names.get(cell.toLowerCase()) ?? null,
    daysOf: (cell) => {
      if (!/\d/.test(cell)) return null;
      const read = extractRanges(cell, envelope.sent, { localDay: envelope.localDay });
      return read.ranges.length === 1 && read.ambiguities.length === 0 ? read.ranges[0] : null;
    },
  };
  const grid = dayGridOf(envelope.text, labels);
  if (!grid) return null;
  const table = `the table under "${grid.words}" marks days and sources cell by cell`;
  if (grid.unread !== null) {
    ask('ranges', `${table}, and "${grid.unread}" is neither a yes nor a no — which days should be deleted for which source?`);
    return null;
  }
  if (grid.sources.length === 0) {
    ask('sources', `${table}, but no cell is marked for deletion — what should be deleted?`);
    return null;
  }
  if (!grid.whole) {
    // Not a whole block means several sources and several days: the pairing question, with the days kept.
    ask('ranges', `${table}: several sources (${grid.sources.join(', ')}) ${PAIRING_QUESTION}, not every day for every source — should every day be deleted for every source, or only the pairs marked?`);
  }
  return { sources: grid.sources, ranges: mergeRanges(grid.days) };
}

/**
 * Whether the sources read and the days fit together: "all sources" beside a named one, several sources
 * with several days that may pair up, a day written for something other than the source read.
 */
function askAboutSourcesAndDays(
  catalog: ParserCatalog,
  text: string,
  scope: ScopeResolution,
  { sources, sourceWords, dates, allSources, every }: { sources: string[]; sourceWords: Map<string, string>; dates: DateExtraction; allSources: RegExpExecArray | null; every: boolean },
  ask: Ask,
): void {
  if (!every) askAboutAllAndNamed(catalog, scope, allSources, sources, ask);
  // A ParseResult applies every range to every source. "ios-app for March 1-3 and android for March 5"
  // would widen both, so with several sources and several dates we ask how they pair up.
  // "for both sources …, but Nov 10 only for iOS, Nov 11 only for Android": days tied to one source each
  // undo "both"; one ticket holds every day for every source, so how they pair is asked.
  const perSource = sources.length > 1 && dates.expressions > 1 && dates.evidence.some((e) => dayForOneOnly(text, e.text));
  const pairing = sources.length > 1 && dates.expressions > 1 && !allSources && (perSource || (!EVERY_SOURCE_EVERY_DAY.test(text) && daysMayPairWithSources(text, sources.map((s) => sourceWords.get(s) ?? s), dates)));
  if (pairing) ask('ranges', `several sources (${sources.join(', ')}) ${PAIRING_QUESTION} — should every day be deleted for every source?`);
  // "the iOS App data for Dec 1, and the Shopify source for Dec 2": a day of something else, never the iOS App's.
  const known = [...sourceWords.values(), scope.evidence.workspace ?? '', scope.workspace ?? ''].filter((w) => w !== '');
  const other = !pairing && sources.length > 0 && !EVERY_SOURCE_EVERY_DAY.test(text) ? otherNameBetweenDays(text, known, dates) : null;
  if (other) ask('sources', `"${other}" is named between the days — which days are for ${sources.join(' and ')}, and should "${other}" be deleted too?`);
}

/** "Nov 10 only for iOS": the day's words are followed by "only" and what they are for. */
function dayForOneOnly(text: string, dateWords: string): boolean {
  const at = text.indexOf(dateWords);
  return at >= 0 && words.ONLY_THE_REST.test(text.slice(at + dateWords.length).replace(/^[^\S\n]+/, ''));
}

/**
 * "the data of all sources in acme-inc for Dec 1. The Android App was the worst": every source is asked
 * for, and one is named besides. The name alone is not the scope (that deleted only the source talked
 * about, none of the others), nor is every source when the name may narrow it: which is meant is asked.
 */
function askAboutAllAndNamed(catalog: ParserCatalog, scope: ScopeResolution, allSources: RegExpExecArray | null, sources: string[], ask: Ask): void {
  const ws = scope.workspace ? catalog.catalog.workspaces.find((w) => w.slug === scope.workspace) : undefined;
  if (!allSources || !ws || sources.length === 0) return;
  // "All sources except App iOS": the sources named and the ones left out are every source between them.
  const accounted = new Set([...sources, ...scope.excluded.flatMap((x) => x.sources)]);
  if (ws.sources.every((s) => accounted.has(s.slug))) return;
  ask('sources', `"${allSources[0]}" is written, and the message also names ${sources.join(', ')} — every source of ${ws.slug}, or only ${sources.join(' and ')}?`);
}

/**
 * Days no deletion can be for: a deleted workspace's days after its deletion (it has no data then: its
 * archive, or another workspace, is meant), and a purge asked for on a day still to come ("purge the
 * archive on January 5, not before"; "we close on December 31, delete everything"): a purge runs after
 * its wait, not on a chosen day, and data still in use would go with it.
 */
function askAboutDaysThatCannotBe(kind: RequestKind, scope: ScopeResolution, { dates, ranges, cutoff, text }: { dates: DateExtraction; ranges: DayRange[]; cutoff: string; text: string }, ask: Ask): void {
  const deletedAt = scope.workspaceDeletedAt?.slice(0, 10) ?? null;
  if (kind === 'source_data' && deletedAt && ranges.some((r) => r.to > deletedAt)) {
    ask('workspace', `workspace ${scope.workspace} was deleted on ${deletedAt} and holds no data for days after that — is its archive meant, or another workspace?`);
  } else if ((kind === 'source_data' || kind === 'unify_space') && deletedAt && deletedAt >= cutoff) {
    // Deleted on or after the cutoff: the complete data purge removed its data then.
    ask('workspace', `workspace ${scope.workspace} was deleted on ${deletedAt} and its data went through the complete data purge then, so none of it should be left — is another workspace meant?`);
  }
  // "purge the archive of umbrella-old for Nov 3 2021 only": the whole archive, or that day's data? (Not
  // "the archive of workspace X, deleted in May 2021": the day it was deleted says which workspace.)
  if (kind === 'archive_purge' && dates.evidence.some((e) => e.clause && daysOfData(text, e.text))) {
    ask('kind', 'the message asks to purge the archive but also names days — the whole archive, or only those days?');
  }
  // "Please delete all the data in brightpath. Only Feb 3 and Feb 4 are affected.": days said beside a
  // purge, in a sentence of their own that ties them to data, may be all that is meant; a purge cannot be
  // undone, so it asks. ("We ended the evaluation on 30 November" is the purge's story, and does not.)
  const dayOfData = (kind === 'workspace_purge' || kind === 'account_purge') ? daysBesidePurge(text, [...dates.ambiguities, ...dates.notes]) : null;
  if (dayOfData) ask('kind', `the message asks to delete everything but also names ${dayOfData} as the data concerned — the whole workspace, or only that data?`);
  const purge = kind === 'workspace_purge' || kind === 'archive_purge' || kind === 'unify_space' || kind === 'account_purge';
  if (purge && dates.ambiguities.some((a) => FUTURE_DAYS.test(a))) {
    ask('kind', 'the message names a day still to come — a purge runs once its 5-day wait is over, not on a chosen day: should it start now, or should we wait for a new request from you then?');
  }
}
/** Words before a date that make it the days of data to delete ("for Nov 3 2021", "vom 3.11."), not when something happened ("deleted on …"). */
const FOR_DAYS = /(?<![^\P{L}]|\u03B9)(?:for|from|between|only|just|für|vom|nur|pour|du|seulement|para|del|solo|s[óo]lo|per|dal|voor|van|alleen|apenas)\s+(?:the\s+|den\s+|le\s+|el\s+|il\s+|o\s+|de\s+)?(?:day\s+|tag\s+|jour\s+|d[íi]a\s+)?$/iu;
/** The date's words follow words of days to delete, or are followed by "only". */
function daysOfData(text: string, dateWords: string): boolean {
  const at = text.indexOf(dateWords);
  if (at < 0) return false;
  return FOR_DAYS.test(text.slice(Math.max(0, at - 30), at)) || /^\s*(?:only|nur|seulement|solamente|solo|s[óo]lo|soltanto|alleen|apenas)(?![^\P{L}]|\u03B9)/iu.test(text.slice(at + dateWords.length));
}
const FUTURE_DAYS = /is after the message date|is not over by the message date/;
/** The dates module's words for a day read outside the request: asked about, or noted as ahead of the message. */
const DAY_OUTSIDE = /^"([^"]+)" (?:is mentioned outside the deletion request|is after the message date: an appointment)/;
/** A sentence that ties its day to data: a limit ("only", "just") or the data itself ("affected", "the import"). */
const DATA_SENTENCE =
  /(?<![^\P{L}]|\u03B9)(?:only|just|affected|impacted|broken|corrupt\p{L}*|duplicat\p{L}*|import\p{L}*|data|events|nur|betroffen\p{L}*|daten|seulement|uniquement|concern\p{L}*|donn[ée]es|s[óo]lo|solamente|afectad\p{L}*|datos|apenas|afetad\p{L}*|dados|soltanto|dati|alleen|getroffen|gegevens|endast|bara|berörd\p{L}*|kun|ber[øo]rt\p{L}*|tylko|dane|danych)(?![^\P{L}]|\u03B9)/iu;
/** What ends the sentence around a day ("Further to my email yesterday: please delete …" is two). */
const CLAUSE_ENDS = [...SENTENCE_ENDS, ':', ';'];
/** The first day read outside the request (or ahead of it) whose sentence ties it to data, quoted; null when none. */
function daysBesidePurge(text: string, said: string[]): string | null {
  for (const line of said) {
    const words = DAY_OUTSIDE.exec(line)?.[1];
    const at = words ? text.indexOf(words) : -1;
    if (at < 0) continue;
    if (DATA_SENTENCE.test(sentenceAround(text, at, at + words!.length, CLAUSE_ENDS))) return `"${words}"`;
  }
  return null;
}
const DESCRIBED_SOURCE =
  /(?<![^\P{L}]|\u03B9)(?:the|our|that|this)\s+(?:new|newer|newest|other|second|third|latest|extra|additional)\s+source(?![^\P{L}]|\u03B9)|(?<![^\P{L}]|\u03B9)the\s+(?:source|app|integration)\s+(?:that\s+|which\s+)?(?:we|i|you|they)\s+(?:added|created|connected|set up|installed|launched|mentioned|told you about)(?![^\P{L}]|\u03B9)/iu;
const UNKNOWN_SPACE_QUESTION = 'is not a known space';
/** The words of the question about a space written nearly as the workspace's own ("Audience" for Audiences). */
const SPACE_WRITTEN_LIKE = 'is written like the space';

/**
 * "the Customers Space" where no space is called so: asked. "the Audience space" beside Audiences and
 * Audiences Test is written like spaces the workspace has: the question names them. (The space stays
 * listed as missing, as earlier corpora expect for a space that fits several.)
 */
function askAboutUnknownSpace(catalog: ParserCatalog, kindText: string, workspace: string | null, ask: Ask): void {
  const unknownSpace = unknownSpaceName(kindText);
  if (!unknownSpace) return;
  const stem = unknownSpace.replace(/\s+space$/i, '').toLowerCase();
  const spaces = catalog.catalog.workspaces.find((w) => w.slug === workspace)?.spaces ?? [];
  const like = stem.length < 3 ? [] : spaces.map((x) => x.name).filter((name) => name.toLowerCase().startsWith(stem) || stem.startsWith(name.toLowerCase()));
  const where = workspace ? ` of ${workspace}` : '';
  if (like.length > 0) ask('space', `"${unknownSpace}" ${UNKNOWN_SPACE_QUESTION}${where}; it ${SPACE_WRITTEN_LIKE} ${like.join(' or ')} — which space is meant?`);
  else ask('space', `"${unknownSpace}" ${UNKNOWN_SPACE_QUESTION}${where} — which space is meant?`);
}
/** Words before a space's name that are not part of it ("Delete Archive Space", "Bitte Marketing Space"). */
const SPACE_NAME_LEAD = /^(?:(?:please|kindly|delete|remove|purge|erase|wipe|drop|clear|bitte|l(?:ö|oe)sch\p{L}*|supprim\p{L}*|borr\p{L}*|elimin\p{L}*|slet\p{L}*|verwijder\p{L}*|usu\p{L}*|the|our|my|this|that|unify|profiles?|a|de|die|der|het|la|le|el)\s+)+/iu;
/** "Customers Space'i silin", "the Marketing space": a space's name the catalog does not have (not "the Unify space"). */
const SPACE_NAME_WRITTEN = /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,2}\s+[Ss]pace(?![^\P{L}]|\u03B9)/gu;
/** The first space's name written that is a name ("Customers Space"), not "Delete the Unify space"; null when none. */
function unknownSpaceName(text: string): string | null {
  for (const m of allMatches(SPACE_NAME_WRITTEN, text)) {
    const name = m[0].trim().replace(SPACE_NAME_LEAD, '');
    if (/^\p{Lu}/u.test(name) && !/^space$/i.test(name)) return name;
  }
  return null;
}

/**
 * "the data from all sources of workspace hooli for March 1-3": every source of that workspace; "all
 * sources except Web" / "everything but iOS App": every other one (without days, the days are asked for). "all sources except"
 * something nobody can read is asked about, never every source.
 */
function everySourceReading(catalog: ParserCatalog, text: string, scope: ScopeResolution, ask: Ask): { sources: string[]; words: string; note: string; settled: string[] } | null {
  const allSources = ALL_SOURCES.exec(text);
  const excepted = allSources !== null && EXCEPT_AFTER.test(text.slice(allSources.index + allSources[0].length, allSources.index + allSources[0].length + 60));
  if (excepted && !scope.named.source) ask('sources', `"${allSources[0]}" is followed by an exception we could not read — which sources exactly?`);
  const ws = scope.workspace ? catalog.catalog.workspaces.find((w) => w.slug === scope.workspace) : undefined;
  // Without days the exception still says which sources; the days are then missing and asked for. An
  // exception written anywhere else ("all sources …, not iOS though") leaves its source out as well.
  const allBut = everySourceBut(catalog, text, scope);
  if (allSources && !excepted && !allBut && !scope.named.source && ws && ws.sources.length > 0) {
    const sources = ws.sources.map((s) => s.slug).sort();
    return { sources, words: allSources[0], note: `"${allSources[0]}" read as every source of ${ws.slug}: ${sources.join(', ')}`, settled: [] };
  }
  if (!allBut) return null;
  return { ...allBut, note: `"${allBut.words}" read as every source of ${scope.workspace} but ${allBut.left.join(', ')}: ${allBut.sources.join(', ')}` };
}

/**
 * "everything except Android for November 6", "alle data … behalve de App": every source of the named
 * workspace but the ones written as exclusions — only with words for all of it, a workspace, and
 * exclusions that are all its sources. `settled`: the questions the exclusions had raised.
 */
function everySourceBut(catalog: ParserCatalog, text: string, scope: ScopeResolution): { sources: string[]; left: string[]; words: string; settled: string[] } | null {
  const all = EVERYTHING.exec(text) ?? ALL_SOURCES.exec(text);
  const ws = scope.workspace ? catalog.catalog.workspaces.find((w) => w.slug === scope.workspace) : undefined;
  if (!all || !ws || scope.excluded.length === 0 || scope.named.space) return null;
  const own = new Set(ws.sources.map((s) => s.slug));
  const left = [...new Set(scope.excluded.flatMap((x) => x.sources.filter((s) => own.has(s))))];
  if (left.length === 0 || scope.excluded.some((x) => !x.sources.some((s) => own.has(s)))) return null;
  const sources = ws.sources.map((s) => s.slug).filter((s) => !left.includes(s)).sort();
  if (sources.length === 0) return null;
  return { sources, left, words: all[0], settled: scope.excluded.map((x) => x.question).filter((q): q is string => q !== null) };
}
/** An exception after "all sources": "except", "but not", "other than", "außer", "sauf", "excepto"… */
const EXCEPT_AFTER = new RegExp(`^[^.?!\\n]{0,40}?(?<![^\\P{L}]|\\u03B9)(?:${EXCEPTION}|but not)(?![^\\P{L}]|\\u03B9)`, 'iu');
/** Words for all of a workspace's data, before an exception. */
const EVERYTHING =
  /(?<![^\P{L}]|\u03B9)(?:everything|all (?:of )?(?:the |our |its )?(?:data|sources)|all data|all(?=(?:\s+else)?,?\s+(?:but|bar|barring|except|excepting)(?![^\P{L}]|\u03B9))|alles|alle (?:unsere )?(?:daten|quellen)|tout|toutes (?:les|nos) (?:données|sources)|todo|todos los datos|todas las fuentes|tutto|tutti i dati|tutte le fonti|alle (?:data|gegevens|bronnen)|tudo|todos os dados|todas as fontes|allt|alla data|alle data|wszystko|wszystkie dane)(?![^\P{L}]|\u03B9)/iu;

/**
 * Whether the days may belong to the sources one by one: "iOS for March 1 and Android for March 3" puts a
 * date between the sources (or a source between the dates). "Web e Roku per il 30 e 31 ottobre" names
 * the sources, then the days: every day for every source. Words not found: it may, so we ask.
 */
function daysMayPairWithSources(text: string, sourceWords: string[], dates: DateExtraction): boolean {
  if (dates.evidence.length < dates.expressions) return true;
  // "iOS on 19 October, Android on 19 October": one same span wherever it is written pairs with every
  // source whichever way it is read.
  if (new Set(dates.evidence.map((e) => `${e.from}/${e.to}`)).size === 1) return false;
  // "iOS App and Website data for Dec 1 and Dec 2 respectively": one day each, never every day for both.
  if (RESPECTIVELY.test(text)) return true;
  // A table or list whose every line carries the same days ("Web Shop LT | 2026-11-02 | 2026-11-03").
  const dated = text.split('\n').filter((line) => dates.evidence.some((e) => line.includes(e.text)));
  const perLine = dated.map((line) => dates.evidence.filter((e) => line.includes(e.text)).map((e) => `${e.from}/${e.to}`).sort().join());
  const oneSourceEach = dated.every((line) => sourceWords.filter((w) => line.toLowerCase().includes(w.toLowerCase())).length === 1);
  if (perLine.length > 1 && oneSourceEach && new Set(perLine).size === 1) return false;
  const lower = text.toLowerCase();
  // Every place each is written: "Shop IT and Shop FR on 1 April and Shop IT on 8 April" names Shop IT twice.
  const places = (words: string): number[] => {
    const found: number[] = [];
    const w = words.toLowerCase().replace(/\s+/g, ' ');
    for (let at = lower.indexOf(w); at >= 0 && w !== ''; at = lower.indexOf(w, at + w.length)) found.push(at);
    return found;
  };
  const sourcePlaces = sourceWords.map(places);
  const datePlaces = dates.evidence.map((e) => places(e.text));
  if ([...sourcePlaces, ...datePlaces].some((p) => p.length === 0)) return true;
  const marks = [...sourcePlaces.flat().map((at) => ({ at, kind: 's' })), ...datePlaces.flat().map((at) => ({ at, kind: 'd' }))];
  const order = marks.sort((a, b) => a.at - b.at).map((m) => m.kind).join('');
  return order.replace(/(.)\1+/g, '$1').length > 2;
}

/**
 * "Please cancel DEL-1275. We do NOT want acme-inc deleted.", "Do not delete quillpay.": in a withdrawal the
 * workspace written as what must stay is the one the cancellation protects, not a name left out of a scope.
 */
function withdrawnFrom(kind: ParseResult['kind'], scope: ScopeResolution): string | null {
  return kind === 'cancel' && scope.keptWorkspaces.length === 1 ? scope.keptWorkspaces[0].slug : null;
}

/** The fields left once the HTML part and the workspace are checked: none is taken from a part or a workspace in doubt. */
function resolvedFields(
  message: InboundMessage,
  catalog: ParserCatalog,
  envelope: Envelope,
  now: Date,
  kind: ParseResult['kind'],
  scope: ScopeResolution,
  requested: Fields,
  ask: Ask,
): Fields & { workspace: string | null } {
  const { body, sent, localDay } = envelope;
  let { ranges, sources, space } = requested;
  // The HTML part is read as the text part was: without its sign-off, and without the lines copied from the history.
  const readAsText = (html: string): string => {
    const own = withoutSignOff(html, message, envelope.forward);
    return envelope.copiedLine ? copiedFromHistory(own, bodyText(message).slice(0, MAX_BODY_CHARS), true).text : own;
  };
  const htmlDisagrees = partsDisagree(message, body, readAsText, catalog, sent, { localDay, now });
  // The field the two parts disagree on is not known: it is asked about, never taken from one part.
  if (htmlDisagrees === 'ranges') ranges = [];
  if (htmlDisagrees === 'sources') sources = [];
  if (htmlDisagrees) ask(htmlDisagrees, PARTS_DISAGREE_QUESTION);
  // "Please handle the request below, but Raj's dates are wrong": the forwarder's word on the days wins
  // over the forwarded message's; the days are then not known, and asked for as missing.
  if (envelope.forward?.intent === 'request' && envelope.forward.datesDisowned && ranges.length > 0) {
    ranges = [];
    envelope.notes.push("the forwarder says the forwarded message's days are wrong; they were not read");
  }
  const visible = { kind, workspace: scope.workspace, sources, space: scope.space, ranges };
  // Hidden text is not what the customer asked for, whatever it says: the scope is what a person sees.
  // Staff are told it was there (text made to be unseen that asks for more is worth a look).
  if (message.html !== null && hiddenNamesOtherScope(message.html, catalog, visible, sent, { localDay, now })) {
    envelope.notes.push('the HTML version has hidden text naming other things to delete; it was not read — only what the customer sees counts');
  }

  // Sources and spaces exist inside a workspace: when the workspace written could not be resolved (two
  // fit, a near miss, another workspace's name), neither are its sources. When no workspace is written
  // at all ("our iOS App source"), the names stay, for the answer that gives the workspace. An account
  // purge names no workspace: it covers every workspace the sender administers.
  let workspace = kind === 'account_purge' ? null : scope.workspace ?? withdrawnFrom(kind, scope);
  const workspaceUnresolved = scope.named.workspace || scope.ambiguities.some((a) => /not a known workspace/.test(a));
  if (kind === 'account_purge') askAboutAccount(catalog, message.from?.address ?? '', scope, envelope.body, ask);
  // "Nordlys … den nye version, ikke den gamle" beside Nordlys v2: the words point at the other version,
  // so neither the workspace nor its sources are known.
  const otherVersion = isDeletionKind(kind) ? versionTwinWorkspaceQuestion(catalog.catalog, workspace, envelope.body) : null;
  if (otherVersion) ask('workspace', otherVersion);
  if (htmlDisagrees === 'workspace' || otherVersion) workspace = null;
  if (workspace === null && (workspaceUnresolved || kind === 'account_purge' || htmlDisagrees === 'workspace' || otherVersion)) {
    sources = [];
    space = null;
  }
  if (htmlDisagrees === 'space') space = null;
  return { ranges, sources, space, workspace };
}

/**
 * An account purge covers every workspace the sender administers. "Please delete my account on Brightlane
 * Ads", from the admin of Brightlane Analytics only, names another workspace: which is meant is asked,
 * never settled by the catalog.
 */
function askAboutAccount(catalog: ParserCatalog, sender: string, scope: ScopeResolution, body: string, ask: Ask): void {
  const administered = administeredBy(catalog.catalog, sender).map((w) => w.slug);
  if (administered.length === 0) {
    ask('request', 'the sender administers no workspace, so there is no account to delete — which workspace is meant?');
    return;
  }
  const named = scope.workspace;
  const holds = `the account holds ${administered.join(', ')}`;
  // A workspace of the account named ("Tandem Pay is moving to another vendor") is the company's name.
  if (named !== null && !administered.includes(named)) ask('request', `the message names workspace ${named}, which the sender does not administer; ${holds} — which is meant?`);
  // "…and all of the workspaces I administer": the whole account, whatever company name the signature gives.
  if (EVERY_WORKSPACE.test(body)) return;
  // When the account holds other workspaces too, one of them named ("my account (acme-inc)", "close my
  // account for Acme Inc") may be all the customer means: purging the others on the word "account" would
  // delete workspaces nobody named, so which is meant is asked.
  if (named !== null && administered.includes(named) && administered.length > 1) {
    ask('request', `the message names workspace ${named}, but ${holds} — delete only ${named}, or the whole account?`);
  }
  if (named !== null) return;
  if (askAboutPartOfAccount(catalog, administered, body, ask)) return;
  // "my account in Brightlane Ads and Brightlane Analytics", "on the Brightlane Advertising workspace",
  // "for our ads workspace": a workspace written that the catalog does not settle.
  const namedIn = (question: string): string[] => /several workspaces are named \(([^)]*)\)/.exec(question)?.[1]?.split(', ') ?? [];
  const outside = (question: string): boolean => namedIn(question).length === 0 || namedIn(question).some((slug) => !administered.includes(slug));
  const unsettled = scope.ambiguities.find((a) => scopeFieldOf(a) === 'workspace' && outside(a));
  const written = A_WORKSPACE.exec(body);
  if (unsettled) ask('request', `${unsettled.replace(/\s*—.*$/, '')}; ${holds} — delete the whole account, or which workspace?`);
  else if (written) ask('request', `"${written[0].trim()}" is not a workspace the sender administers; ${holds} — delete the whole account, or which workspace?`);
}
/**
 * "We're shutting down our staging. Please delete my account there", "…but only the test one —
 * production must stay", "This is about our US business only", "I only mean the European side": the
 * account limited to one of the customer's workspaces, described in words. Read as the whole account it
 * purged every workspace administered, or (when the sender administers only the other one) the wrong one.
 */
function askAboutPartOfAccount(catalog: ParserCatalog, administered: string[], body: string, ask: Ask): boolean {
  for (const slug of administered) {
    const said = siblingSaid(catalog.catalog, slug, body);
    if (!said) continue;
    const held = administered.includes(said.slug) ? '' : ' (not administered by the sender)';
    ask('request', `"${said.words}" may mean ${said.slug}${held}; the account holds ${administered.join(', ')} — delete the whole account, or which workspace?`);
    return true;
  }
  return false;
}
const EVERY_WORKSPACE = /(?<![^\P{L}]|\u03B9)(?:all (?:of )?(?:the |my |our )?workspaces|every workspace|each workspace|both (?:of )?(?:our |my |the )?workspaces|alle (?:meine |unsere )?(?:workspaces|arbeitsbereiche)|tous (?:les |nos |mes )?(?:workspaces|espaces)|todos (?:los |nuestros |mis )?(?:workspaces|espacios))(?![^\P{L}]|\u03B9)/iu;
/** "on the Ads workspace", "our ads workspace": one workspace written with words of its own (not "all workspaces"). */
const A_WORKSPACE = /(?<![^\P{L}]|\u03B9)(?:the|our|my|this|that)\s+(?:(?!(?:all|every|each|both|account|and|or)\s)[\p{L}\p{N}.-]+\s+){1,3}workspace(?![^\P{L}]|\u03B9)/iu;

/** The fields this kind of request needs and does not have. */
function missingFields(
  message: InboundMessage,
  catalog: ParserCatalog,
  kind: ParseResult['kind'],
  ticket: string | null,
  { ranges, sources, space }: Fields,
  workspace: string | null,
  notes: string[],
  ask: Ask,
  said: { body: string; mentioned: boolean },
): MissingField[] {
  const found: Record<MissingField, boolean> = {
    workspace: workspace !== null,
    source: sources.length > 0,
    'time frame': ranges.length > 0,
    space: space !== null,
  };
  const missing = requiredFields(kind).filter((f) => !found[f]);
  if ((kind === 'status' || kind === 'cancel') && !ticket && !workspace) {
    ask('request', `no ticket (DEL-n) or workspace is named — which request is meant?`);
    missing.push('workspace');
  }
  const picked = kind === 'cancel' && !ticket && workspace ? ONE_OF_SEVERAL.exec(said.body) : null;
  if (picked) ask('request', `"${picked[0]}" picks one of several requests without its ticket (DEL-n) — which request is meant?`);
  if (missing.includes('workspace') && message.from) {
    const owners = catalog.catalog.workspaces.filter((w) => w.contacts.includes(message.from?.address ?? ''));
    if (owners.length === 1) notes.push(`the sender is a contact of workspace ${owners[0].slug}`);
  }
  askAboutUnnamedDays(kind, said.body, { ranges, mentioned: said.mentioned }, missing, ask);
  return missing;
}

/**
 * "cancel one of our pending deletions for Harbor Foods - the older one": a workspace with several
 * requests, one picked by words we cannot match to a ticket. Cancelled as the workspace's request, the
 * wrong one could stop.
 */
const ONE_OF_SEVERAL = /(?<![\p{L}])(?:one of (?:our|the|my|these|those|its) (?:\p{L}+ )?(?:deletions|requests|tickets|deletion requests|jobs)|the (?:older|oldest|newer|newest|earlier|later|first|second|other) (?:one|request|deletion|ticket))(?![\p{L}])/iu;

/**
 * "I don't agree with Tom: we need 3-5 May, not only 3 May. Hold it until we agree internally.":
 * colleagues still disagree on the days, so none of them is the request yet.
 */
function daysDisputed(text: string, ranges: DayRange[], ask: Ask): boolean {
  const disputed = ranges.length > 0 ? DAYS_DISPUTED.exec(text) : null;
  if (disputed) ask('ranges', `"${disputed[0].trim()}": the days are still disputed among you — which days should be deleted, once you agree?`);
  return disputed !== null;
}
/** Words for a source that name none: a space written where a source would stand, or a word of a source's name. */
function askAboutSourceWords(catalog: ParserCatalog, scope: ScopeResolution, { kindText, alsoSourceDays }: { kindText: string; alsoSourceDays: boolean }, ask: Ask): void {
  if (!alsoSourceDays) askAboutSpaceAsSource(scope, ask);
  askAboutLooselyNamedSource(catalog, scope.workspace, kindText, ask);
}
/**
 * "remove the Members data from acme for 3 March": Members is the workspace's Unify space, no source.
 * Days of a space cannot be deleted; the whole space, or some source's days — which is the customer's to say.
 */
function askAboutSpaceAsSource(scope: ScopeResolution, ask: Ask): void {
  if (scope.space === null || scope.workspace === null) return;
  ask('sources', `"${scope.evidence.space ?? scope.space}" is a Unify space of ${scope.workspace}, not a source — delete the whole space, or which source's days?`);
}
/**
 * "some of our data from early March, the invoice stuff mostly": one word of a source's name with a vague
 * noun ("stuff", "things") points at that source without naming it, and "mostly" may mean more. Which
 * source is asked; the name was written, so the source is in question rather than missing.
 */
function askAboutLooselyNamedSource(catalog: ParserCatalog, workspace: string | null, text: string, ask: Ask): void {
  const loose = LOOSE_SOURCE.exec(text);
  const ws = catalog.catalog.workspaces.find((w) => w.slug === workspace);
  if (!loose || !ws) return;
  const fits = ws.sources.filter((src) => src.name.toLowerCase().split(/\s+/).includes(loose[1].toLowerCase()));
  if (fits.length > 0) ask('sources', `"${loose[0].trim()}" does not name a source (${fits.map((src) => src.slug).join(', ')}?) — which sources exactly?`);
}
const LOOSE_SOURCE = /(?<![^\P{L}]|\u03B9)(?:the|our|some|that|those)\s+(\p{L}{3,})\s+(?:stuff|things|bits|whatever)(?![^\P{L}]|\u03B9)/iu;
const LOOSE_SOURCE_QUESTION = /^"[^"]+" does not name a source \(/;
/** Colleagues not yet agreed on the request: "I disagree with …", "until we agree internally", "Legal has not decided". */
const DAYS_DISPUTED =
  /(?<![^\P{L}]|\u03B9)(?:i\s+disagree|we\s+disagree|(?:do|does)\s+not\s+agree|don['’]t\s+agree|until\s+we\s+(?:have\s+)?(?:agree|agreed|decide|decided|align|aligned)(?:\s+internally)?|(?:has|have)\s+not\s+(?:yet\s+)?decided)(?![^\P{L}]|\u03B9)/iu;
const SPACE_AS_SOURCE = /^"[^"]+" is a Unify space of \S+, not a source/;
const PARTS_DISAGREE_QUESTION = 'the text and HTML versions of the message name different things to delete — which is meant?';

/** The required fields the words give but a question is about (see `ParseResult.unsettled`). */
function unsettledFields(scope: ScopeResolution, dates: DateExtraction, asked: Asked[]): MissingField[] {
  const out = new Set<MissingField>();
  // "Nordlys … den nye version": the workspace is written; which version of it is the question.
  if (scope.several.has('workspace') || asked.some((a) => a.field === 'workspace' && a.text.includes(OTHER_VERSION_QUESTION))) {
    out.add('workspace');
    // Sources and spaces live inside the workspace in question: named, they wait for its answer.
    if (scope.named.source) out.add('source');
    if (scope.named.space) out.add('space');
  }
  if (scope.several.has('source')) out.add('source');
  if (scope.several.has('space')) out.add('space');
  // "the same days as the CRM Sync deletion in April": days held elsewhere are not written, so with no
  // other days the time frame stays missing.
  if (dates.mentioned && asked.some((a) => a.field === 'ranges' && !a.text.includes(REFERRED_DAYS_QUESTION) && !a.text.endsWith(AGE_QUESTION))) out.add('time frame');
  // The text and HTML parts name different sources: sources were written, which ones is the question.
  if (asked.some((a) => a.field === 'sources' && a.text === PARTS_DISAGREE_QUESTION)) out.add('source');
  // "remove the Members data": a space written where a source would stand — a name was written, what it
  // should be is the question.
  if (asked.some((a) => SPACE_AS_SOURCE.test(a.text) || LOOSE_SOURCE_QUESTION.test(a.text))) out.add('source');
  return [...out];
}

/** The customer's words for each field; a deletion field without words in the new text is asked about. */
function evidenceOf(
  kind: ParseResult['kind'],
  kindWords: string | null,
  scope: ScopeResolution,
  dates: DateExtraction,
  sourceWords: Map<string, string>,
  { ranges, sources, space }: Fields,
  workspace: string | null,
  ask: Ask,
): ParseEvidence {
  const evidence: ParseEvidence = {
    kind: kindWords,
    workspace: workspace ? scope.evidence.workspace ?? scope.keptWorkspaces.find((w) => w.slug === workspace)?.text ?? null : null,
    sources: sources.map((slug) => ({ slug, text: sourceWords.get(slug) ?? '' })),
    space: space ? scope.evidence.space : null,
    ranges: rangeEvidence(ranges, dates),
  };
  // A deletion field with no words in the new text is not complete: it came from somewhere else.
  if (requiredFields(kind).length > 0) {
    if (workspace && !evidence.workspace) ask('workspace', `the workspace ${workspace} is not written in the new text — please confirm it`);
    for (const s of evidence.sources) if (!s.text) ask('sources', `the source ${s.slug} is not written in the new text — please confirm it`);
    for (const r of evidence.ranges) if (!r.text) ask('ranges', `${r.from} to ${r.to} is not written in the new text — please confirm the days`);
  }
  return evidence;
}

function newTextPartsOf(message: InboundMessage): NewTextParts {
  const body = bodyText(message).slice(0, MAX_BODY_CHARS);
  return partsOf(body, forwardedBySubject(message.subject, body));
}

const AUTO_SUBJECT =
  /^\s*(?:automatic reply|auto(?:matische)? ?(?:reply|antwort|antwoord)|autosvar|autosvar|automaattinen vastaus|r[ée]ponse automatique|respuesta autom[áa]tica|risposta automatica|resposta autom[áa]tica|out of (?:the )?office|abwesen\w*|fr[åa]nvaro|undeliverable|unzustellbar|non remis|no entregado|delivery status notification|mail delivery (?:failed|failure)|returned mail|message not delivered)\b/i;

const INVITATION_SUBJECT =
  /^\s*(?:(?:updated |new )?invitation|einladung|aktualisierte einladung|invitaci[óo]n|invitation mise à jour|convite|uitnodiging|invito|zaproszenie|inbjudan|invitasjon|invitation|kutsu|pozvánka|招待|邀请|초대)\s*[:：]/iu;
/**
 * Written by a machine: bounces, auto-replies, newsletters and notifications (RFC 3834 Auto-Submitted,
 * RFC 2369 List-*). A contact's mail through their own team's list (Mailman, Google Groups) is theirs.
 */
function automated(message: InboundMessage, catalog: ParserCatalog): boolean {
  const h = message.headers;
  if (message.contentType.startsWith('multipart/report')) return true;
  if (h['auto-submitted'] && !/^\s*no\b/i.test(h['auto-submitted'])) return !helpdeskRelayOfContact(message, catalog);
  if (h['x-autoreply'] || h['x-autorespond'] || AUTO_SUBJECT.test(message.subject)) return true;
  // A calendar's invitation ("Invitation: Data deletion sync @ Tue Jan 12") carries an agenda, not a request.
  if (message.attachments.some((a) => a.contentType === 'text/calendar') && INVITATION_SUBJECT.test(message.subject)) return true;
  const listMail = /^\s*(?:bulk|list|junk)\b/i.test(h.precedence ?? '') || Boolean(h['list-id'] || h['list-unsubscribe']);
  const sender = message.from?.address ?? '';
  // A contact's newsletter sent with a campaign tool (Mailchimp, HubSpot …) and marked as bulk mail is
  // still a newsletter. A contact's own mail through a tool's sales or tracking extension ("Outlook …
  // HubSpot Sales") is one person writing: it is read.
  const campaign = /^\s*(?:bulk|list)\b/i.test(h.precedence ?? '') && !ONE_TO_ONE_EXTENSION.test(h['x-mailer'] ?? '') && (CAMPAIGN_MAILER.test(h['x-mailer'] ?? '') || CAMPAIGN_MAILER.test(h['list-unsubscribe'] ?? ''));
  return listMail && (campaign || !catalog.catalog.workspaces.some((w) => isContact(w, sender)));
}
/** A mail client with a sales or tracking add-on: mail written to one person, whatever tool it names. */
const ONE_TO_ONE_EXTENSION = /outlook|gmail|apple mail|thunderbird|\bsales\b/i;
/** The bulk-mail services that send newsletters and campaigns: their X-Mailer, or the host of their unsubscribe link. */
const CAMPAIGN_MAILER = /(?<![\p{L}\p{N}])(?:mailchimp|list-manage\.com|hubspot|hs-?email|sendinblue|brevo|mailjet|campaign ?monitor|createsend|klaviyo|constant ?contact|marketo|mkto|pardot|mailerlite|customer\.io|acoustic|exacttarget)(?![\p{L}\p{N}])/iu;


/**
 * "Priya Raman created GLOBEXSD-7781 … Description: please delete …": a contact's own helpdesk (Zendesk,
 * Jira, ServiceNow, Freshdesk) relays their request from their own address, marked auto-generated
 * (RFC 3834: not a reply to anything). That is the contact's request, read like every other; an auto-reply
 * ("auto-replied") is never one, nor a relay from an address that is no contact.
 */
function helpdeskRelayOfContact(message: InboundMessage, catalog: ParserCatalog): boolean {
  const h = message.headers;
  const relay = Object.keys(h).some((k) => HELPDESK_HEADER.test(k)) || /zendesk|freshdesk|servicenow|jira/i.test(h['x-mailer'] ?? '');
  const sender = message.from?.address ?? '';
  return relay && /^\s*auto-generated/i.test(h['auto-submitted'] ?? '') && catalog.catalog.workspaces.some((w) => isContact(w, sender));
}

type KindContext = Parameters<typeof readKind>[1];
/**
 * "Further to our notice of termination dated 2 November 2026 (… effective as of 2 February 2027), we ask
 * you to delete our account": days that date a contract, its notice or its effect say when the customer
 * leaves, not which days of data to delete. Read as days, they turned "delete our account" into a source
 * deletion with no source. When every day written is such a day, and without them the mail asks for the
 * account, it is an account purge.
 */
function readKindBesideContract(kindText: string, dates: DateExtraction, context: KindContext): ReturnType<typeof readKind> {
  const reading = readKind(kindText, context);
  if (reading.kind !== 'source_data' || !dates.mentioned || !onlyContractDays(kindText, dates)) return reading;
  const without = readKind(kindText, { ...context, hasDates: false, hasRanges: false, rangeEnds: [] });
  return without.kind === 'account_purge' ? without : reading;
}
function onlyContractDays(text: string, dates: DateExtraction): boolean {
  // Only words found in the text: a question may quote days as the reader rewrote them ("November 30, 2026, efficace dal …").
  const written = [...dates.evidence.map((e) => e.text), ...dates.ambiguities.map((a) => /^"([^"]+)"/.exec(a)?.[1] ?? '')].filter((w) => w !== '' && text.includes(w));
  return written.length > 0 && written.every((w) => CONTRACT_WORD.test(text.slice(0, text.indexOf(w)).split(/[.!?\n]\s/).pop() ?? ''));
}
const CONTRACT_WORD =
  /(?<![^\P{L}]|\u03B9)(?:contract\p{L}*|terminat\p{L}*|notice|agreement|effective|k(?:ü|ue)ndigung|gek(?:ü|ue)ndigt|vertrag\p{L}*|wirksam|disdett\p{L}*|disdetto|contratt\p{L}*|efficace|rescisi[óo]n|contrato|r[ée]siliation|r[ée]sili\p{L}*|contrat|pr[ée]avis|wypowiedzeni\p{L}*|umow\p{L}*|v[ýy]pov[ěe]d\p{L}*|smlouv\p{L}*|расторжени\p{L}*|договор\p{L}*)(?![^\P{L}]|\u03B9)|解約|契約|合同|终止|終止/iu;

/** "I am out of the office until …" with no request in it. */
function outOfOffice(body: string): boolean {
  const away = /\b(?:out of (?:the )?office|on (?:annual )?leave until|away from (?:my )?(?:desk|email)|abwesend|nicht im b(?:ü|ue)ro|absent(?:e)? du bureau|fuera de la oficina|fr[åa]nvarande|afwezig|fuori ufficio|fora do escrit[óo]rio)\b/i.exec(body);
  // "my colleague is on leave until 9 April … Could you delete the Website data": a request in the writer's
  // own words is no auto-reply, whoever is away.
  if (!away || /\b(?:please|bitte|merci de|por favor|graag|(?:could|can|would) you)\b.{0,40}\b(?:delete|remove|purge|löschen|supprimer|eliminar|borrar|verwijderen)\b/i.test(body)) return false;
  // An auto-reply says so first; "P.S. Ich bin … nicht im Büro" under a request is the writer's aside.
  const before = body.slice(0, away.index).split('\n');
  if (POSTSCRIPT.test(before[before.length - 1] ?? '') || before.filter((l) => l.trim() !== '').length > 3) return false;
  // "Delete ios-wallet in pesaflow for 10 Nov.\n…\nOut of office 14/12 - 05/01": a signature's line, under a request.
  return !/(?:^|\n)\s*(?:delete|remove|purge|erase|wipe|löschen|lösche|supprimez|borren|elimin(?:en|e)|verwijder)\b/i.test(body.slice(0, away.index));
}

/** "+0900" at the end of a Date header → minutes east of UTC; null when the header gives none. */
export function headerOffset(raw: string | undefined): number | null {
  const m = raw ? /([+-])(\d{2}):?(\d{2})\s*(?:\([^)]*\))?\s*$/.exec(raw.trim()) : null;
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * Dates of the subject and the body, read apart: "Delete Android data Jan 3-5" above "Jan 3 to Jan 5
 * 2024" is one range, not a second one in another year. A subject date the body does not repeat (by
 * month and day) is a disagreement to ask about; with no dates in the body the subject's count.
 */
function readDates(subject: string, body: string, bodyOffset: number, sent: Date | null, options: { localDay: string | null; senderOffset: number | null; now: Date; scopeSpans: [number, number][]; answer?: boolean; languageText?: string }): DateExtraction {
  const shift = (spans: [number, number][], by: number): [number, number][] => spans.map(([a, b]) => [a - by, b - by]);
  const fromBody = extractRanges(body, sent, { ...options, scopeSpans: shift(options.scopeSpans, bodyOffset) });
  if (subject === '') return fromBody;
  const subjectOptions = { ...options, answer: false, scopeSpans: options.scopeSpans.filter(([a]: [number, number]) => a < subject.length) };
  const fromSubject = extractRanges(subject, sent, subjectOptions);
  if (!fromSubject.mentioned) return fromBody;
  // "R: [DEL-266] Cancellare ieri CRM Sync" above an answer: the subject's "ieri" is the day before the
  // first mail was written, not before this reply; counted from the reply it is another day.
  if (options.answer && fromSubject.relative) {
    const words = fromSubject.evidence.map((e) => e.text).join(', ');
    return { ...fromBody, ambiguities: [...fromBody.ambiguities, `the subject's "${words}" counts from the day the subject was first written, not from this reply — which days are meant?`] };
  }
  if (!fromBody.mentioned) return fromSubject;
  // Compared, every date of the subject counts ("Suppression iOS 14 octobre" above "du 15 octobre").
  const titled = extractRanges(subject, sent, { ...subjectOptions, title: true });
  const monthDay = (d: string): string => d.slice(5);
  // Within a day either way, but only when the body's days were moved by hours or a time zone (its UTC
  // day is then off the day the subject names): "Oct 3" above "October 4, 2026" is another day.
  const shifted = fromBody.notes.some((n) => /time zone|time of day|night window/.test(n));
  const near = (a: string, b: string): boolean => shifted && Math.abs(Date.parse(`2000-${monthDay(a)}`) - Date.parse(`2000-${monthDay(b)}`)) <= 86_400_000;
  // Compared with the span of the body's days: "1–10 March" above "1–10 March except 5 March" agrees.
  const first = fromBody.evidence.map((b) => monthDay(b.from)).sort()[0];
  const last = fromBody.evidence.map((b) => monthDay(b.to)).sort().pop();
  const within = first !== undefined && last !== undefined && titled.evidence.every((s) => (first <= monthDay(s.from) || near(`2000-${first}`, s.from)) && (monthDay(s.to) <= last || near(s.to, `2000-${last}`)));
  // "Old website data Nov 2025" above "November 3-4, 2025", "letzte Woche" above "Dienstag bis Donnerstag":
  // the body says which days of the month or week the subject names ("20-22 Nov" above "21 to 22
  // November" is days that disagree, not a week narrowed).
  const weekOrMore = (s: DayRange): boolean => Date.parse(s.to) - Date.parse(s.from) >= 6 * 86_400_000;
  const narrowed = fromBody.evidence.length > 0 && fromBody.evidence.every((b) => titled.evidence.some((s) => s.from <= b.from && b.to <= s.to && (weekOrMore(s) || (s.from === b.from && s.to === b.to))));
  // "Delete iOS App data Jan 5-6, 2025" above "January 5-6, 2026": the same days of another year, each
  // written with its year, is one of them wrong; which one is asked.
  const otherYear = titled.evidence.some((s) => /(?<!\d)(?:19|20)\d{2}(?!\d)/.test(s.text) && !fromBody.evidence.some((b) => b.from <= s.to && s.from <= b.to));
  const corrected = SUBJECT_CORRECTED.test(body) && fromBody.evidence.length > 0 && fromBody.evidence.every((b) => titled.evidence.some((s) => s.from <= b.from && b.to <= s.to));
  const repeated = (within || narrowed || corrected) && !otherYear;
  const out: DateExtraction = { ...fromBody, ambiguities: [...fromBody.ambiguities], notes: [...fromBody.notes] };
  // "Lotus Play Web 3/12" above "4 December 2026": a slashed day of the subject, either way round, that
  // is none of the body's days disagrees with them as much as a written one.
  // (With the body's days moved by hours or a time zone, a day either side of them agrees too.)
  const widen = (d: string, by: number): string => (shifted ? new Date(Date.parse(`2000-${d}T00:00:00Z`) + by * 86_400_000).toISOString().slice(5, 10) : d);
  const slashed = first !== undefined && last !== undefined && titled.evidence.length === 0 ? unmatchedSlashedDay(subject, widen(first, -1), widen(last, 1)) : null;
  if (slashed) {
    out.ambiguities.push(`the subject names "${slashed}", the message other days — which days are meant?`);
    out.ranges = [];
    out.evidence = [];
    return out;
  }
  if (!repeated && titled.evidence.length > 0) {
    const said = titled.evidence.map((e) => `"${e.text}"`).join(', ');
    out.ambiguities.push(`the subject names ${said}, the message other days — which days are meant?`);
    out.ranges = [];
    out.evidence = [];
  }
  return out;
}

/**
 * "Korrektur zu unserer Betreffzeile: bitte nur den 2. März", "correction to the subject: only March 2",
 * "the subject line is wrong": the body says in so many words that it corrects the subject's days. Days
 * of the body inside the subject's then are the days meant (a narrower scope, never a wider one); days
 * outside them are still asked about.
 */
const SUBJECT_CORRECTED = new RegExp(
  String.raw`(?<![^\P{L}]|\u03B9)(?:(?:correction|korrektur|berichtigung|correcci[óo]n|correzione|correctie|rectificatif|poprawka|korekta)\s+(?:to|of|zu|zur|zum|de|di|del|della|van|op|do)\s+(?:(?:our|the|my|unserer|unseres|der|dem|des|meiner|notre|l['’]|la|el|nuestro|il|nostro|ons|onze|het|naszego)\s*)?(?:subject(?:\s+line)?|betreff(?:zeile)?|objet|asunto|oggetto|onderwerp(?:regel)?|tematu)|(?:the\s+)?(?:subject(?:\s+line)?|betreff(?:zeile)?)\s+(?:is|was|ist|war)\s+(?:wrong|incorrect|falsch|fehlerhaft))(?![^\P{L}]|\u03B9)`,
  'iu',
);

/** The first "d/m" of a subject that, read either way round, is no month-day between `first` and `last` ("MM-DD"). */
function unmatchedSlashedDay(subject: string, first: string, last: string): string | null {
  for (const m of allMatches(/(?<![\d/.])(\d{1,2})\/(\d{1,2})(?![\d/])/g, subject)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const readings = [[b, a], [a, b]].filter(([month, day]) => month >= 1 && month <= 12 && day >= 1 && day <= 31);
    if (readings.length === 0) continue;
    const pad = (n: number): string => String(n).padStart(2, '0');
    if (!readings.some(([month, day]) => `${pad(month)}-${pad(day)}` >= first && `${pad(month)}-${pad(day)}` <= last)) return m[0];
  }
  return null;
}

function rangeEvidence(ranges: DayRange[], dates: DateExtraction): ParseEvidence['ranges'] {
  return ranges.map((r) => {
    const words = [...new Set(dates.evidence.filter((e) => e.from <= r.to && e.to >= r.from).map((e) => e.text))];
    return { ...r, text: words.join('; ') };
  });
}

/**
 * A message with a text part and an HTML part is shown as HTML by most mail programs, while we read the
 * text part. If the two name different scopes (a hidden or stale part), we cannot tell what the sender
 * saw, so we ask.
 */
/**
 * Which field the text part and the HTML part disagree on, or null. Most mail programs show the HTML
 * part while we read the text part; if they name different scopes we cannot tell what the sender saw.
 */
function partsDisagree(
  message: InboundMessage,
  textBody: string,
  signedOff: (body: string) => string,
  catalog: ParserCatalog,
  sent: Date | null,
  options: { localDay: string | null; now: Date },
): ScopeField | null {
  if (message.html === null || message.text.trim() === '' || message.contentType.startsWith('text/html')) return null;
  // Read as the text part is: a forward's header block starts the forwarded request in both, and the
  // writer's sign-off ("Jonas Weber, Nordlicht Media") is theirs in both.
  const htmlText = htmlToText(message.html).replace(/\u00a0/g, ' ').slice(0, MAX_BODY_CHARS);
  const htmlBody = signedOff(partsOf(htmlText, forwardedBySubject(message.subject, htmlText)).text);
  const squash = (s: string): string => s.replace(/[\s>*_]+/g, ' ').trim().toLowerCase();
  if (squash(htmlBody) === squash(textBody)) return null;
  const scopeOf = (body: string): string[] => {
    const scope = resolveScope(body, catalog);
    const dates = extractRanges(body, sent, { ...options, scopeSpans: scope.spans });
    return [JSON.stringify(scope.workspace), JSON.stringify(scope.sources), JSON.stringify(scope.space), JSON.stringify(dates.ranges)];
  };
  const [a, b] = [scopeOf(htmlBody), scopeOf(textBody)];
  const fields: ScopeField[] = ['workspace', 'sources', 'space', 'ranges'];
  return fields.find((_, i) => a[i] !== b[i]) ?? null;
}

/** Which field a question of the scope resolver is about (its wording is ours, so this is stable). */
function scopeFieldOf(question: string): ScopeField {
  if (/no workspace is named|which workspace is meant|which workspace exactly|several workspaces|not a known workspace|^workspace /.test(question)) return 'workspace';
  if (/^space |several spaces|not a known space|which space exactly/.test(question)) return 'space';
  return 'sources';
}

export type { ScopeResolution };
