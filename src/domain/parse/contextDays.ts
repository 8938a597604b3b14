/**
 * Words that make a day in a deletion request's own sentence a day of something else: the day of a call,
 * an email or an agreement ("Per our call on Monday, please delete Dec 1-2"), a day already deleted
 * ("Thanks for deleting Nov 30 last week"), a period compared with ("same as last week") or a day the
 * customer still needs ("Den 1.12. brauchen wir aber noch"). A deletion cannot be undone and a question
 * costs a day, so such a day is asked about (or left out, where the words leave no doubt), never added.
 * Pure word lists: the reader in dates.ts decides what to do with a match.
 */

/** Earlier contact or an agreement: "call", "email", "Telefonat", "llamada", "discussed", "agreed". */
const CONTACT_WORDS = [
  // nouns: a call, a meeting, a message
  'call', 'phone call', 'conversation', 'chat', 'meeting', 'discussion', 'talk', 'email', 'e-mail', 'mail', 'message', 'reply',
  'response', 'answer', 'letter', 'note', 'exchange', 'telefonat', 'telefongespräch', 'gespräch', 'anruf', 'termin', 'besprechung',
  'nachricht', 'schreiben', 'rückmeldung', 'antwort', 'appel', 'échange', 'réunion', 'entretien', 'courriel', 'réponse', 'llamada',
  'reunión', 'conversación', 'correo', 'mensaje', 'respuesta', 'charla', 'ligação', 'chamada', 'reunião', 'conversa', 'mensagem',
  'resposta', 'telefonata', 'chiamata', 'riunione', 'conversazione', 'messaggio', 'risposta', 'gesprek', 'telefoongesprek',
  'telefoontje', 'vergadering', 'overleg', 'bericht', 'antwoord', 'samtal', 'telefonsamtal', 'möte', 'mejl', 'samtale', 'møte',
  'møde', 'opkald', 'puhelu', 'palaveri', 'rozmow\\p{L}*', 'spotkani\\p{L}*', 'wiadomoś\\p{L}*', 'odpowied\\p{L}*',
  // verbs: what was said or settled then
  'emailed', 'e-mailed', 'mailed', 'wrote', 'messaged', 'pinged', 'texted', 'phoned', 'replied', 'contacted',
  'discussed', 'agreed', 'talked', 'spoke', 'spoken', 'flagged', 'reported', 'mentioned', 'raised', 'escalated', 'arranged',
  'besprochen', 'vereinbart', 'abgesprochen', 'abgestimmt', 'telefoniert', 'gesprochen', 'gemeldet', 'acordamos', 'acordado',
  'hablamos', 'hablado', 'conversamos', 'discutimos', 'comentamos', 'quedamos', 'combinamos', 'combinado', 'falamos', 'conversado',
  'discutido', 'convenu', 'discuté', 'parlé', 'signalé', 'convenuto', 'concordato', 'discusso', 'parlato', 'segnalato',
  'afgesproken', 'besproken', 'overeengekomen', 'gemeld', 'omówiliśmy', 'ustaliliśmy', 'ustalono', 'rozmawialiśmy', 'zgłosiliśmy',
  'diskuterade', 'pratade', 'överenskommet', 'aftalt', 'drøftet', 'talte', 'avtalt', 'diskuterte', 'snakket', 'sovittiin', 'sovimme',
  'keskustelimme',
].join('|');
/** The preposition that dates it: "call on", "email from", "Telefonat vom", "llamada del", "appel du". */
const DATING_WORDS = 'last|this past|previous|on|from|of|dated|vom|von|am|du|del|de|da|do|della|dell[\'’]|dal|op|van|em|el|le|il|z dnia|z|ze|den|på|fra|från|af';
/**
 * "Per our phone call on ", "Bezugnehmend auf unser Telefonat vom ", "as agreed with Tom on ": contact
 * words, then at most four words of their own (group 1), then the word dating them, up to the day.
 */
const CONTACT_BEFORE = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(?:${CONTACT_WORDS})((?:[^\\S\\n]+[^\\s,;:.!?()]+){0,4}?)[^\\S\\n]+(?:${DATING_WORDS})[^\\S\\n]*(?:the[^\\S\\n]+)?$`,
  'iu',
);
/** "as discussed yesterday", "per our call Monday": a relative day needs no word dating it. */
const CONTACT_JUST_BEFORE = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${CONTACT_WORDS})((?:[^\\S\\n]+[^\\s,;:.!?()]+){0,4}?)[^\\S\\n]*$`, 'iu');
/** "After the incident on ", "since your reply on ": an event the request follows on. */
const AFTER_EVENT_BEFORE =
  /(?<![^\P{L}]|\u03B9)(?:after|following|since|nach|seit|depuis|apr[èe]s|despu[ée]s de|desde|ap[óo]s|dopo|na|sedan|efter|etter|po)\s+(?:the|our|my|your|their|a|dem|der|unserem|unserer|le|la|l['’]|el|nuestra|nuestro|o|a|il|lo|het|de)?\s*(?:[\p{L}-]+\s+){0,2}(?:incident|outage|issue|problem|bug|accident|st[öo]rung|vorfall|panne|incidente|problema|storing|incydent\p{L}*|awari\p{L}*)\s+(?:on|from|of|vom|am|du|del|de|do|da|del|il|op|van|w|z dnia)\s*(?:the\s+)?$/iu;
/** Japanese: "11月30日のお打ち合わせの件で", "11月30日にお電話でお話しした通り": the day of a meeting or a call. */
const CONTACT_AFTER_JA = /^\s*(?:の|に)\s*(?:お|ご)?(?:打ち合わせ|打合せ|会議|ミーティング|電話|メール|連絡|問い合わせ|面談|商談|通話|相談|障害|インシデント)/u;

/**
 * The words before a day (up to the day, and the "on " chrono keeps in the day's own words) that date
 * earlier contact or an event, or null; `relative` for "yesterday" or "Monday". `isRequestWord` rejects a gap that asks for the deletion itself:
 * "as agreed, please delete the data on Dec 1" is no call on Dec 1.
 */
export function contactBefore(before: string, after: string, relative: boolean, isRequestWord: (s: string) => boolean): string | null {
  const m = CONTACT_BEFORE.exec(before) ?? (relative ? CONTACT_JUST_BEFORE.exec(before) : null);
  if (m && !isRequestWord(m[1])) return m[0].trim();
  const event = AFTER_EVENT_BEFORE.exec(before);
  if (event) return event[0].trim();
  const ja = CONTACT_AFTER_JA.exec(after);
  return ja ? ja[0].trim() : null;
}

/** A day already deleted, or deleted last time: "thanks for deleting", "was already deleted", "vocês já apagaram". */
export const DONE_ALREADY =
  /(?<![^\P{L}]|\u03B9)(?:already\s+(?:been\s+)?(?:deleted|removed|purged|erased|wiped|cleaned(?: up)?|done|handled)|(?:done|handled|taken care of|sorted)\s+already|(?:deleted|removed|purged|wiped|erased)(?:\s+[\p{L}()-]+){0,4}\s+already|(?:was|were|has been|have been)\s+(?:already\s+)?(?:deleted|removed|purged|erased|wiped)\s+(?:already|by (?:you|your)|on your (?:side|end))|thanks?(?: you)?\s+(?:so much\s+)?for\s+(?:deleting|removing|purging|wiping|erasing)|last time|(?:you|we|your team|they)\s+(?:already\s+)?(?:deleted|removed|purged|erased|wiped)|(?:schon|bereits)\s+(?:[\p{L}]+\s+){0,3}?gel(?:ö|oe)scht|danke (?:für|fuer) das l(?:ö|oe)schen|letztes mal|(?:haben|hatten) sie\s+(?:[\p{L}]+\s+){0,4}gel(?:ö|oe)scht|d[ée]j[àa]\s+(?:[ée]t[ée]\s+)?(?:supprim|effac)\p{L}*|(?:vous avez|nous avons)\s+(?:d[ée]j[àa]\s+)?(?:supprim|effac)\p{L}*|merci d['’]avoir\s+(?:supprim|effac)\p{L}*|la derni[èe]re fois|ya\s+(?:\p{L}+\s+)?(?:borr|elimin)\p{L}*|gracias por\s+(?:borrar|eliminar)|la [úu]ltima vez|j[áa]\s+(?:\p{L}+\s+)?(?:apag|exclu|remov|elimin)\p{L}*|obrigad[oa]\s+por\s+(?:apagar|excluir|remover)|da [úu]ltima vez|gi[àa]\s+(?:\p{L}+\s+)?(?:cancellat|eliminat|rimoss)\p{L}*|grazie per\s+aver(?:e)?\s+(?:cancellato|eliminato|rimosso)|l['’]ultima volta|al\s+(?:\p{L}+\s+)?verwijderd|bedankt voor het verwijderen|(?:de )?vorige keer|redan\s+(?:\p{L}+\s+)?(?:raderat|raderad\p{L}*|tagit bort)|allerede\s+(?:\p{L}+\s+)?slett?et|f[öo]rra g[åa]ngen|sidste gang|(?:sist|forrige) gang|ju[żz]\s+(?:\p{L}+\s+)?(?:usuni|usunę|skasowa)\p{L}*|ostatnim razem)(?![^\P{L}]|\u03B9)|削除(?:して)?(?:いただき|頂き|もらい)ました|削除(?:して)?いただいた|削除済み?|削除しました|(?:既に|すでに)削除|前回/iu;
/** A clause that still asks for something: "please", "bitte", "ください"; it is the request, not a report. */
export const ASKING = /(?<![^\P{L}]|\u03B9)(?:please|pls|kindly|bitte|s['’]il vous pla[iî]t|merci de|por favor|per favore|graag|alstublieft|proszę|prosimy|var snäll|vennligst|venligst)(?![^\P{L}]|\u03B9)|ください|下さい|お願い/iu;
/** "same as last week", "like last time", "wie letzte Woche": a period compared with, not asked for. */
export const COMPARED_BEFORE =
  /(?<![^\P{L}]|\u03B9)(?:(?:the\s+)?same\s+as|just\s+like|like|similar\s+to|as\s+with|as\s+for|genauso\s+wie|gleich\s+wie|wie|comme|pareil\s+qu['’e]|como|igual\s+(?:que|a)|come|zoals|net\s+als|samma\s+som|som|jak|tak\s+jak)\s*(?:in\s+|im\s+|en\s+|no\s+|na\s+|nella\s+|w\s+)?$/iu;
/**
 * Words after a day saying it is still needed, so it stays: "Den 1.12. brauchen wir aber noch", "Dec 2
 * is still needed", "le 2 on en a encore besoin", "el 2 lo seguimos necesitando", "il 2 ci serve ancora".
 * Each names what is kept (or says "still"), so the day is left out whatever follows.
 */
const STILL_NEEDED_CLEAR =
  /^[\s,]*(?:(?:[\p{L}-]+\s+){0,2}(?:is|are)\s+still\s+needed|(?:brauchen|benötigen)\s+wir\s+(?:(?:aber|doch|jedoch|allerdings)\s+)*noch|wird\s+(?:(?:aber|doch|jedoch)\s+)*noch\s+(?:gebraucht|benötigt)|(?:on|nous)\s+en\s+(?:a|avons)\s+encore\s+besoin|(?:lo|la|los|las)\s+(?:seguimos\s+necesitando|necesitamos\s+todav[íi]a)|ainda\s+precisamos\s+(?:dele|dela|deles|delas)|(?:ci\s+)?serv(?:e|ono)\s+ancora|hebben\s+we\s+nog\s+nodig|(?:is|zijn)\s+nog\s+nodig|behöver\s+vi\s+(?:fortfarande|ännu|än)|trenger\s+vi\s+(?:fortsatt|ennå)|har\s+vi\s+stadig\s+brug\s+for|(?:jest|są)\s+nam\s+(?:jeszcze|nadal)\s+potrzebn\p{L}*)(?![^\P{L}]|\u03B9)|^\s*(?:は|も)?(?:まだ)?必要です/iu;
/**
 * "we still need it", "keep it", "lo necesitamos", "precisamos dele": "it" may be the day or the
 * deletion itself ("we still need it done by Friday", "keep it quick", "lo necesitamos para mañana").
 * Group 1 is the separator before the words, group 2 the rest of the clause after them.
 */
const STILL_NEEDED_PRONOUN =
  /^(\s*[,:;–—-]?)\s*(?:we\s+still\s+need\s+(?:it|that|this|them)|(?:please\s+)?keep\s+(?:it|that|this|them)(?:\s+(?:one|day))?|(?:lo|la|los|las)\s+necesitamos|precisamos\s+(?:dele|dela|deles|delas))(?![^\P{L}]|\u03B9)([^.!?;\n]*)/iu;
/** The rest of the clause that changes nothing: "Dec 2 we still need it, thanks", "…keep that one please". */
const NOTHING_MORE = /^[\s,]*(?:(?:please|pls|thanks?|thank you|though|anyway|for now|still|too|as well|todav[íi]a|ainda|por favor|obrigad[oa]|gracias)[\s,!]*)*$/iu;
/** The rest of the clause is about the request or its deadline: "done by Friday", "quick", "to the Web App only", "para mañana", "hoje". */
const ABOUT_THE_REQUEST =
  /^[\s,]*(?:done|deleted|removed|handled|finished|completed|sorted|quick(?:ly)?|fast|short|simple|brief|coming|moving|going|urgently|asap|soon|today|tomorrow|tonight|by|to\s+(?:the\s+)?[\p{L}\s-]{1,30}?\s+only|on\s+(?:the\s+)?same|para\s+(?:hoy|ma[ñn]ana|ya|ayer|el\s+\p{L}+|esta\s+semana|el\s+viernes)|hoy|ma[ñn]ana|urgente|pronto|cuanto\s+antes|r[áa]pido|hoje|amanh[ãa]|para\s+(?:hoje|amanh[ãa]|ontem|j[áa]|esta\s+semana|sexta)|logo|o\s+quanto\s+antes|j[áa])(?![^\P{L}]|\u03B9)/iu;

/**
 * What the words after a day say about keeping it: `keep` (left out: the words clearly keep that day),
 * `ask` (they may keep it or speak of the deletion: the day stays, with a question) or null (nothing about
 * keeping it, or only about the request and its deadline: the day stays). A day is never dropped on words
 * that may mean the deletion itself: "Dec 1 and Dec 2, we still need it done by Friday" asks for both days.
 */
export function stillNeededAfter(after: string): 'keep' | 'ask' | null {
  if (STILL_NEEDED_CLEAR.test(after)) return 'keep';
  const m = STILL_NEEDED_PRONOUN.exec(after);
  if (!m) return null;
  // "Dec 2 we still need it." keeps Dec 2; "Dec 1 and Dec 2, we still need it." may be the deletion. Set
  // apart by a comma or dash, words on the deadline speak of the request; right after the day ("Dec 2 we
  // still need it today") they may still keep it, and are asked about.
  const apart = /[,:;–—-]/.test(m[1]);
  if (apart && ABOUT_THE_REQUEST.test(m[2])) return null;
  return NOTHING_MORE.test(m[2]) && !apart ? 'keep' : 'ask';
}

/**
 * Verbs and nouns of learning about or dealing with a problem rather than of data arriving: someone
 * noticed, found, reviewed, reported or signed off on it, or met about it ("We noticed the duplicates on
 * 5 Feb", "Our data team reviewed it with legal on 2 Feb", "we held an incident review on 10 Feb"). A day
 * they date is when the story happened, not a day of the data — the data's own day is told with a verb of
 * arriving ("came in", "sent", "went into", "ingested").
 */
export const OBSERVED =
  /(?<![^\P{L}]|\u03B9)(?:notic(?:ed|e)|found|discovered|spotted|saw|detected|reali[sz]ed|caught|checked|verified|confirmed|reviewed|reviewing|reviews?|investigated|analy[sz]ed|audit(?:ed)?|reported|raised|flagged|escalated|paged|alerted|discussed|met|meetings?|held|signed off|sign-off|approved|invoiced?|issued|billed|post-?mortem|retro(?:spective)?|stand-?up|(?:data )?freeze|bemerkt|festgestellt|entdeckt|gesehen|(?:über)?prüft|besprochen|besprechung|remarqué|constaté|découvert|vérifié|réunion|notamos|detectamos|descubrimos|vimos|revisamos|reunión|notato|scoperto|rilevato|riunione|opgemerkt|ontdekt|gezien|vergadering|percebemos|descobrimos|reunião|zauważyli\p{L}*|wykryli\p{L}*|замети\p{L}*|обнаружи\p{L}*|нашли|выявил\p{L}*|встрече|совещани\p{L}*|phát hiện|nhận thấy|שמנו לב|גילינו|הבחנו|זיהינו|פגישה)(?![^\P{L}]|\u03B9)|发现|發現|注意到|周会|週會|会议|會議|気づ|気付|発見|会議|발견|알게|회의|พบ|สังเกต|ประชุม/iu;
