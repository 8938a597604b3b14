/**
 * A request that comes with a question the customer wants answered first, or that is no new request
 * at all. Each of these once came out complete and would have deleted at once:
 * - "Could you delete … for Dec 1, or would that break our Amplitude dashboards?": deleting is one of
 *   two choices the customer weighs ("Ou isso vai quebrar…?", "Of is het beter om te wachten…?");
 * - "How much would it cost to delete …?": a question about the price, not yet the order;
 * - "… and replay it from our backup afterwards. Is that supported?": whether we can, not yet that we should;
 * - "Could you run it on Monday, not before?": a source deletion runs right after approval, so a wish
 *   about when it runs would be dropped;
 * - a ticket tool's notice that its ticket is closed ("Status: Won't Do", "Your request (4521) has been
 *   solved … Done, deleted."): the work was declined or done, and nothing new is asked.
 * Each is asked about: the scope read stays for staff to see, and nothing is deleted until the customer
 * answers. A plain polite request ("Could you please delete …?") asks nothing of this kind. Pure.
 */

import { ASKS } from './kindWords';
import { L, R } from './letterEdges';
import { allMatches } from './allMatches';

/**
 * Forms that each start at a word's edge, as one alternation behind that edge written once. Written
 * before each form, V8 compiles one look-behind per form and tries every one of them at every position
 * of the text; the same edge before the group matches the same text (the edge takes no characters).
 */
const atWordStart = (forms: string[]): string => `${L}(?:${forms.join('|')})`;

/**
 * "…, or would that break …?", "Or is it better to wait?", "oder wäre es besser …?", "ou isso vai
 * quebrar …?", "of is het beter om te wachten?": a second choice put as a question, in the same
 * sentence as its question mark. "Dec 1 or Dec 2?" offers no verb and is the dates' question.
 */
const OR_QUESTION = new RegExp(
  atWordStart([
    // "Or do you need anything else from me?", "or is there anything else?": an offer to help, no second choice.
    `or (?:would|will|could|might|does|do|is|are|should|shall|can|won[’']t|wouldn[’']t|isn[’']t)(?: (?:that|this|it|doing so|deleting|the deletion|we|i|you|there|everything))${R}(?!\\s+(?:need|want|require)\\s+(?:anything|something|more|further|additional|other)${R}|\\s+anything\\s+else${R})`,
    `or (?:would|will|could|might|does|is) (?:that|this|it) be${R}`,
    `or (?:is|would) (?:it|that) (?:be )?(?:better|safer|wiser|smarter|preferable)${R}`,
    `oder (?:würde|wird|wäre|ist|sollten|sollen|müssen|könnte|kann|macht|geht|geht dabei|gehen)(?: (?:das|es|dies|man|wir|dabei|dadurch))${R}`,
    `ou (?:est-ce que|est-ce|cela|ça|ce serait|ce sera|vaut-il|faut-il|devrions-nous|doit-on|risque-t-on|est-il|serait-il|va-t-on)${R}`,
    `ou (?:isso|isto|ele|será|seria|é melhor|é preferível|devemos|deveríamos|precisamos|vamos|vai|pode)${R}`,
    `o (?:eso|esto|ser[íi]a|es mejor|es preferible|deber[íi]amos|debemos|va a|vamos a|podr[íi]a|afectar[íi]a|romper[íi]a|rompe|afecta)${R}`,
    `o (?:questo|ciò|sarebbe|è meglio|è preferibile|conviene|dovremmo|rischiamo|potrebbe|romperebbe|si rompe)${R}`,
    `of (?:is het|is dat|zou dat|zou het|gaat dat|gaat het|wordt|moeten we|kunnen we|breekt|raken we|verliezen we)${R}`,
  ]),
  'iu',
);

/** "How much would it cost to delete …?", "was würde es kosten, … zu löschen?", "combien ça coûte ?". */
const COST_QUESTION = new RegExp(
  atWordStart([
    `how much (?:would|will|does|do|did|is|might|could)${R}[^.!?\\n]{0,60}${L}(?:cost|charge|pay)${R}`,
    `what (?:would|will|does|might) (?:it|this|that|the deletion|a deletion|deleting)${R}[^.!?\\n]{0,40}${L}cost${R}`,
    `(?:is there|are there|would there be|will there be) (?:a |any )?(?:fee|charge|cost|price)s?${R}`,
    `(?:what is|what's|what are) the (?:cost|price|fee|charge)s?${R}`,
    `(?:was|wie ?viel)\\s+(?:würde|wird|kostet|kosten|würden)${R}[^.!?\\n]{0,60}${L}kost\\p{L}*`,
    `(?:kostet|kosten) (?:das|es|die löschung|uns das)${R}[^.!?\\n]{0,60}\\?`,
    `combien (?:co[ûu]te|co[ûu]terait|ça co[ûu]te|cela co[ûu]te|cela co[ûu]terait|faut-il payer)${R}`,
    `quel (?:serait|est|sera) (?:le )?(?:co[ûu]t|prix|tarif)${R}`,
    `cu[áa]nto (?:costar[íi]a|cuesta|cobran|cobrar[íi]an|nos costar[íi]a)${R}`,
    `quanto (?:custaria|custa|cobram|cobrariam|costerebbe|costa|ci costerebbe)${R}`,
    `(?:hoeveel|wat) (?:kost|zou)${R}[^.!?\\n]{0,60}${L}kost\\p{L}*`,
  ]),
  'iu',
);

/** A question on a sentence of its own after the request, ending in its question mark. */
const ownQuestion = (forms: string[]): RegExp => new RegExp(forms.map((q) => `(?:^|[.!?]\\s+|\\n\\s*)${q}\\s*[?？]`).join('|'), 'iu');

/**
 * "Is that supported?", "Would that work?", "Wird das unterstützt?", "C'est pris en charge ?": whether we
 * do what the message describes (replay it afterwards, re-import a copy), not yet that we should.
 */
const SUPPORTED_QUESTION = ownQuestion([
  `(?:is|would|will|does) (?:that|this|it|something like (?:that|this)) (?:be )?(?:supported|allowed|permitted|an option|work|something you (?:support|offer|do))`,
  `do you (?:support|offer|allow) (?:that|this|it)`,
  `(?:ist|wäre|wird) (?:das|dies|so etwas) (?:unterstützt|erlaubt)`,
  `(?:est-ce|c[’']est|ce serait|est-ce que c[’']est) (?:support[ée]|pris en charge|autoris[ée])`,
  `¿?(?:es|ser[íi]a|est[áa]) (?:eso |esto )?(?:soportado|compatible|permitido)`,
  `(?:isso|isto) (?:é|seria) (?:suportado|permitido)`,
  `(?:è|sarebbe) (?:supportato|consentito)`,
  `(?:wordt|is) dat (?:ondersteund|toegestaan)`,
]);
/**
 * "Is that possible?", "Ist das möglich?", "¿Se puede?": the same question about a plan ("We'd like to
 * delete … and re-import it"), but only courtesy after an explicit ask ("Please delete … Is that possible?").
 */
const POSSIBLE_QUESTION = ownQuestion([
  `(?:is|would|will) (?:that|this|it|something like (?:that|this)) (?:be )?(?:possible|doable|feasible)`,
  `(?:can|could) (?:that|this|it) be done`,
  `(?:can|could) (?:you|we) do (?:that|this)`,
  `(?:ist|wäre) (?:das|dies|so etwas) (?:möglich|machbar)`,
  `(?:geht|klappt) (?:das|so etwas)`,
  `(?:est-ce|c[’']est|ce serait|serait-ce|est-ce que c[’']est) (?:possible|faisable)`,
  `¿?(?:es|ser[íi]a) (?:eso |esto )?(?:posible|viable|factible)`,
  `¿?se puede(?: hacer)?`,
  `(?:isso|isto) (?:é|seria) (?:possível|viável)`,
  `(?:é|seria) possível`,
  `(?:è|sarebbe) (?:possibile|fattibile)`,
  `si può fare`,
  `(?:is|kan) dat(?: mogelijk)?`,
]);

const WEEKDAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|tomorrow|the weekend|the end of the (?:week|month)|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|nächste[rn]? woche|morgen|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine prochaine|demain|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|la (?:semana|pr[óo]xima semana) que viene|la pr[óo]xima semana|ma[ñn]ana|segunda|ter[çc]a|quarta|quinta|sexta|(?:a )?pr[óo]xima semana|amanh[ãa]|luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica|la settimana prossima|domani|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|volgende week)';

/** "not before", "nicht vor", "pas avant", "no antes de", "не раньше": a wish that the deletion waits. */
const NOT_BEFORE = [
  'not (?:before|until|earlier than|prior to)', 'no earlier than', 'nicht (?:vor|früher als|bevor)', 'pas avant', 'no antes', 'não antes', 'non prima',
  'niet (?:vóór|voordat|eerder dan)', 'inte (?:före|förrän|innan)', 'ikke (?:før|inden)', 'ei ennen', 'nie (?:wcześniej niż|przed)', 'не (?:раньше|ранее|до)',
].join('|');
/** "only after", "erst nach", "seulement après", "solo después de", "dopiero po", "только после". */
const ONLY_AFTER = [
  'only (?:after|once|when)', 'erst (?:nach|wenn|sobald|nachdem)', '(?:seulement|uniquement) (?:après|une fois|quand|lorsque)', 'solo (?:después|cuando|una vez|dopo|quando|una volta)',
  '(?:apenas|somente|só) (?:depois|após|quando)', 'pas (?:na|als|wanneer|zodra)', 'först (?:efter|när)', 'først (?:efter|når|etter)', 'vasta (?:kun|jälkeen)', 'dopiero (?:po|gdy|kiedy)', 'только (?:после|когда)',
].join('|');

/**
 * "Could you run it on Monday, not before?", "bitte erst am Montag ausführen", "pas avant lundi": a wish
 * about when the deletion runs. A source deletion runs right after approval, so the wish would be lost.
 */
const WHEN_TO_RUN = new RegExp(
  [
    atWordStart([
      // "Please process this on priority", "on an urgent basis": how soon, which a run at approval already is.
      `(?:run|do|execute|process|perform|start|carry out|action|schedule|trigger|kick off)\\s+(?:it|this|that|them|the (?:deletion|job|request|purge|removal))(?:\\s+only)?\\s+(?:on|next|after|from|tomorrow|over|during|no earlier than|not before|not until)${R}(?!\\s+(?:(?:a|an)\\s+)?(?:(?:high|top|urgent|immediate|emergency|priority)\\s+)*(?:priority|urgent|urgency|basis|asap)${R})`,
      `(?:not|nothing|no) (?:before|until|earlier than) ${WEEKDAY}${R}`,
      `(?:erst|frühestens) (?:am |ab |nach )?(?:dem )?${WEEKDAY}${R}`,
      `nicht vor ${WEEKDAY}${R}`,
      `pas avant ${WEEKDAY}${R}`,
      `(?:seulement|uniquement|qu['’]à partir de|pas avant) (?:à partir de |après )?${WEEKDAY}${R}`,
      `no antes del? ${WEEKDAY}${R}`,
      `n[ãa]o antes de ${WEEKDAY}${R}`,
      `non prima di ${WEEKDAY}${R}`,
      `(?:niet voor|pas (?:op|na|vanaf)) ${WEEKDAY}${R}`,
      // "only after our audit closes", "erst nach der Prüfung", "dopiero po audycie": a wait for an event, not a day.
      `(?:${ONLY_AFTER})${R}(?!\\s+(?:the\\s+|dem\\s+|le\\s+|el\\s+)?\\p{N})`,
    ]),
    // "…, but not before the end of the quarter", "aber nicht vor Ende des Quartals", "но не раньше конца
    // квартала": any time or event put after "but not before" at the request's end; the comma or the
    // "but" keeps "data from Feb 3, nothing before" (a day's bound) apart, which says no "not before".
    `(?:,|${L}(?:but|aber|doch|mais|pero|ma|mas|maar|men|но|а|ale|ama|mutta))\\s+(?:${NOT_BEFORE})${R}`,
    // "監査が終わった後に削除してください", "审计结束后再删除", "감사가 끝난 후에 삭제": an event's end, then the deletion.
    `(?:終わっ|終了し|完了し|承認され|済ん)た?(?:後|あと)(?:に|で)?[^。！？\\n]{0,20}(?:削除|消去)|(?:終了|完了|承認)後(?:に|で)?[^。！？\\n]{0,20}(?:削除|消去)|(?:结束|結束|完成|批准|通过|通過)(?:之?后|之?後|以后|以後)[^。！？\\n]{0,20}(?:删除|刪除)|(?:끝난|완료된|승인된|끝나고)\\s*(?:후에?|뒤에?|나서)?[^.!?\\n]{0,20}삭제`,
  ].join('|'),
  'iu',
);

/**
 * A ticket tool's notice that its ticket is closed: "Status: Won't Do", "Resolution: Done", "Your
 * request (4521) has been solved", "Ihre Anfrage wurde gelöst". Such mail tells what happened to a
 * request; it asks for nothing new.
 */
const CLOSED_VALUE =
  "(?:won[’']t (?:do|fix)|declined|rejected|done|closed|resolved|solved|cancell?ed|completed|duplicate|invalid|obsolete|abgelehnt|erledigt|geschlossen|gel(?:ö|oe)st|storniert|refus[ée]e?|rejet[ée]e?|ferm[ée]e?|r[ée]solue?|termin[ée]e?|annul[ée]e?|rechazad[oa]|cerrad[oa]|resuelt[oa]|cancelad[oa]|completad[oa]|recusad[oa]|fechad[oa]|resolvid[oa]|conclu[íi]d[oa]|rifiutat[oa]|chius[oa]|risolt[oa]|annullat[oa]|completat[oa]|afgewezen|gesloten|opgelost|geannuleerd|afgerond)";
const CLOSED_FIELD = new RegExp(
  `^[ \\t]*[*_]*(?:status|state|resolution|estado|statut|r[ée]solution|stato|zustand|l(?:ö|oe)sung|resoluci[óo]n|resolu[çc][ãa]o|risoluzione|resolutie)[*_]*[ \\t]*:[ \\t]*[*_]*${CLOSED_VALUE}${R}`,
  'imu',
);
const REQUEST_CLOSED = new RegExp(
  atWordStart([
    `(?:your|this|the) (?:request|ticket|case)(?:\\s*\\(?#?\\d+\\)?)?\\s+(?:has been|was|is now|is|have been) (?:marked as )?(?:solved|resolved|closed|completed|declined|rejected)${R}`,
    `changed the status (?:of \\S+ )?(?:from \\S+(?: \\S+)? )?to ${CLOSED_VALUE}${R}`,
    `ihre (?:anfrage|ticket|anliegen)(?:\\s*\\(?#?\\d+\\)?)?\\s+wurde (?:gel(?:ö|oe)st|geschlossen|erledigt|abgelehnt)${R}`,
    `votre (?:demande|ticket)(?:\\s*\\(?#?\\d+\\)?)?\\s+a été (?:résolue?|clôturée?|fermée?|refusée?)${R}`,
    `su (?:solicitud|petici[óo]n|ticket)(?:\\s*\\(?#?\\d+\\)?)?\\s+(?:ha sido|fue) (?:resuelt[oa]|cerrad[oa]|rechazad[oa])${R}`,
    `(?:sua|a sua) (?:solicita[çc][ãa]o|requisi[çc][ãa]o|pedido)(?:\\s*\\(?#?\\d+\\)?)?\\s+foi (?:resolvid[oa]|fechad[oa]|encerrad[oa])${R}`,
    `la (?:tua|sua) richiesta(?:\\s*\\(?#?\\d+\\)?)?\\s+è stata (?:risolta|chiusa)${R}`,
    `(?:uw|je) (?:verzoek|aanvraag|ticket)(?:\\s*\\(?#?\\d+\\)?)?\\s+is (?:opgelost|gesloten|afgewezen)${R}`,
  ]),
  'iu',
);

/**
 * Not (yet) a request, whatever scope it names:
 * - "please review this deletion plan and let me know if it looks right: delete …": a plan to check;
 * - "Here is a template for our team: Please delete the <source> data in <workspace> …": an example;
 * - "whether a request like "delete the iOS App data …" would be logged": a request quoted as an example;
 * - "please delete … Actually, forget it, we'll fix it in our dashboards": the request taken back;
 * - "please prepare (but don't run yet) a deletion of …", "a test, please don't actually run it";
 * - "we would like to delete the Marketing space at some point next year": a plan for later.
 * The scope read stays for staff to see; nothing is deleted until the customer says it is meant now.
 */
const TO_REVIEW = new RegExp(
  atWordStart([
    `(?:review|check|look over|go over|sanity[- ]check|double[- ]check|proofread)\\s+(?:this|the|my|our|the following)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:plan|draft|proposal|wording|scope)${R}`,
    `let (?:me|us) know (?:if|whether) (?:it|this|that|the plan|the scope) (?:looks|is|sounds) (?:right|correct|good|ok|okay|fine)${R}`,
  ]),
  'iu',
);
const TEMPLATE = new RegExp(
  [
    `<\\s*(?:source|sources|workspace|days?|dates?|space|time ?frame)(?:[ _-]?(?:name|slug|id|s))?\\s*>`,
    `${L}(?:here is|here[’']s|below is|attached is|this is) (?:a|an|our|the) (?:template|sample (?:request|email|message)|draft (?:request|email|message))${R}`,
  ].join('|'),
  'iu',
);
const QUOTED_EXAMPLE = /(?<![^\P{L}]|\u03B9)(?:a|an|the|such a|this kind of) (?:request|message|email|mail|deletion|sentence|ticket|phrase)s? (?:like|such as|saying|that says|worded as|phrased as)(?![^\P{L}]|\u03B9)/iu;
const TAKEN_BACK = /(?<![^\P{L}]|\u03B9)(?:forget (?:it|that|about it|about this|this one)|never ?mind|scratch that|disregard (?:this|it) (?:request|email|message|one)|ignore (?:this|it) (?:request|email|message|one)|vergiss es|vergessen sie es|laissez tomber|oubliez (?:ça|cela)|olv[íi]d(?:alo|enlo|ense)|lascia(?:te)? perdere|laat maar)(?![^\P{L}]|\u03B9)/iu;
const NOT_TO_RUN = new RegExp(
  atWordStart([
    `(?:do not|don[’']t|dont|not)\\s+(?:actually\\s+|yet\\s+)?(?:run|execute|action|carry out|process|perform|start)\\s+(?:it|this|that|them|yet|the (?:deletion|request|purge|job))${R}`,
    `(?:only|just) (?:prepare|draft|set up|stage)${R}`,
    `prepare${R}[^.!?\\n]{0,20}${L}(?:but )?(?:do not|don[’']t|not) (?:run|execute|delete|start)${R}`,
    `(?:this is|it[’']s) (?:only |just )?a (?:test|dry[- ]run|trial)(?: (?:of|for) [^.!?\\n]{0,40})?[,.;:!]?\\s+(?:please\\s+)?(?:do not|don[’']t)${R}`,
  ]),
  'iu',
);
const LATER = new RegExp(
  atWordStart([
    // Said of the deletion, in its sentence: "Production might follow next year" plans nothing of this request.
    `(?:delete|remove|purge|erase|wipe|deletion|removal)${R}[^.!?\\n]{0,100}?${L}(?:(?:at some point|some ?time|eventually)(?: (?:next|later|in|this|soon|after|during))?|(?:next|later this|early next|in the coming|in the next) (?:year|quarter|few months|months))${R}`,
    `schedule\\s+(?:it|this|that|them|the\\s+(?:deletion|job|request|purge|removal))${R}[^.!?\\n]{0,100}?\\s(?:for|on)\\s+(?:next\\s+|this\\s+coming\\s+|the\\s+coming\\s+)?${WEEKDAY}${R}`,
  ]),
  'iu',
);
const WAIT_FOR_WORD = 'should it be deleted as written, or wait until you write again?';

/** What each kind of question asks the customer. */
const CLOSED = "the message is a ticket tool's notice that its ticket is closed — is anything new to be deleted?";
const CAN_IT = 'the message asks whether this can be done — should it be deleted as written?';
const QUESTIONS: readonly { re: RegExp; asks: string; asked?: boolean; courtesyAfterAsk?: boolean }[] = [
  { re: CLOSED_FIELD, asks: CLOSED },
  { re: REQUEST_CLOSED, asks: CLOSED },
  // Only with its question mark: "delete Dec 1, or would you rather we open a form." is no question.
  { re: OR_QUESTION, asks: 'the message weighs deleting against something else — should it be deleted as written?', asked: true },
  { re: COST_QUESTION, asks: 'the message asks what the deletion would cost — should it be deleted as written?' },
  { re: SUPPORTED_QUESTION, asks: CAN_IT },
  { re: POSSIBLE_QUESTION, asks: CAN_IT, courtesyAfterAsk: true },
  { re: WHEN_TO_RUN, asks: 'a source deletion runs as soon as it is approved, not on a chosen day — should it run then, or wait until you write again?' },
  { re: TO_REVIEW, asks: `the message asks to review a plan, not yet to run it — ${WAIT_FOR_WORD}` },
  { re: TEMPLATE, asks: 'the message gives a template or an example, not a request — is anything to be deleted?' },
  { re: QUOTED_EXAMPLE, asks: 'the message quotes a request as an example — is anything to be deleted?' },
  { re: TAKEN_BACK, asks: 'the message takes its request back — is anything to be deleted?' },
  { re: NOT_TO_RUN, asks: `the message says not to run the deletion yet — ${WAIT_FOR_WORD}` },
  { re: LATER, asks: `the message plans the deletion for later, and a deletion runs once it is approved — ${WAIT_FOR_WORD}` },
].map((q) => ({ ...q, re: new RegExp(q.re.source, `${q.re.flags}g`) }));

/** The question the text puts before its request, in its own words with what it asks; null when it puts none. */
export function openQuestionIn(text: string): { words: string; asks: string } | null {
  const explicit = ASKS.test(text);
  for (const { re, asks, asked, courtesyAfterAsk } of QUESTIONS) {
    if (courtesyAfterAsk && explicit) continue;
    for (const m of allMatches(re, text)) {
      const rest = text.slice(m.index + m[0].length);
      if (asked && !/^[^.!\n]*[?？]/.test(rest)) continue;
      // The words up to the end of their clause: "or would that break our Amplitude dashboards?".
      const clause = /^(?:[^.!?？\n]|\.(?=\S)){0,80}[?？]?/.exec(rest)?.[0] ?? '';
      return { words: `${m[0]}${clause}`.replace(/^[\s.!?]+/, '').trim(), asks };
    }
  }
  return null;
}
