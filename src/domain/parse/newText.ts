/**
 * The new text of a message: what the sender wrote now, without quoted history, signatures, legal
 * disclaimers or forwarded headers. Only this text is read as the request (docs/design.md, "`parse --json`": a
 * quoted old date must not become the range).
 *
 * email-reply-parser (crisp-oss) handles the common cases (`>` lines, "On … wrote:" followed by quoted
 * lines, "Sent from my iPhone", "Regards"), but on its own it misses Outlook blocks whose quoted part is
 * not `>`-prefixed, headers without a blank line before them, German "Am … schrieb" without an address,
 * Dutch/Portuguese variants, disclaimers and most non-English sign-offs. So we first cut at the first
 * history marker we recognise ourselves, then let email-reply-parser drop signatures, then cut at
 * sign-offs and disclaimers it does not know.
 *
 * Forwards: a forwarded message IS read. Support agents and colleagues commonly forward a customer's
 * request to the desk ("FYI, see below"); the forwarded body is then the request. We read the
 * forwarder's own note plus the forwarded body, with the forwarded header block (From/Date/Subject/To)
 * removed so its date is never taken as a range, and with the forwarded message's own history stripped.
 */
import EmailReplyParser from 'email-reply-parser';
import type { InboundMessage } from '../message';
import { htmlToText } from './htmlToText';

const replyParser = new EmailReplyParser();

/** Words for "forwarded" in the separator lines of Gmail, Outlook and Apple Mail, in their languages. */
const FORWARD_WORDS =
  /forward|weitergeleitet|transf[ée]r|r[ée]exp[ée]di|reenviad|inoltrat|doorgestuurd|encaminhad|reencaminhad|vidarebefordra|videresend|v[äa]litetty|przekazan|p[řr]eposlan|tov[áa]bb[íi]tott|iletilen|пересыла|переслан|转发|轉寄|전달|転送/i;
const FORWARD_MARKER =
  /^\s*(?:-{2,}\s*(?:[^-\n]{3,60})\s*-*|begin forwarded message:|d[ée]but du message r[ée]exp[ée]di[ée]\s*:|anfang der weitergeleiteten nachricht:|inicio del mensaje reenviado:|inizio messaggio inoltrato:|begin doorgestuurd bericht:|in[íi]cio da mensagem reencaminhada:)\s*$/im;
/**
 * Lotus Notes marks a forward with who forwarded it and when: "----- Forwarded by Ana Ribeiro/ACME on
 * 04/28/2027 10:00 AM -----", "----- Weitergeleitet von … am … -----". Below the words of a reply (the
 * subject says no forward) it is history the reply carries along, not a request passed on.
 */
const FORWARDED_BY = /^\s*-{2,}\s*(?:forwarded by|weitergeleitet von|transf[ée]r[ée] par|reenviado por|inoltrato da|doorgestuurd door|encaminhado por)\s+\S.{0,80}?\s(?:on|am|le|el|il|op|em)\s+\d.{0,40}?-{2,}\s*$/i;
/** "-----Original Message-----" and its translations: any short dashed title that is not a forward. */
const DASHED_TITLE = /^\s*-{2,}\s*[\p{L}\p{M}' ]{3,40}\s*-{2,}\s*$/u;
/** The subject says Fwd/FW (in the languages mail programs write it). */
export const FORWARD_SUBJECT = /^\s*(?:\[[^\]]*\]\s*)?(?:fwd?|fw|wg|tr|rv|enc|doorst|vs|vl|vb|pd|i|rif|továbbítás|ilt|пересл|転送|转发)\s*:/i;
/**
 * Whether the subject says the mail is forwarded. "VS:" forwards in Danish and Norwegian but answers in
 * Finnish and Hungarian: under the desk's own ticket ("VS: [DEL-341] …") it is a reply to our question.
 */
export function forwardSubject(subject: string): boolean {
  return FORWARD_SUBJECT.test(subject) && !(/^\s*(?:\[[^\]]*\]\s*)?vs\s*:/i.test(subject) && /\bDEL-\d+/i.test(subject));
}

/**
 * Header names of quoted and forwarded mail as Outlook, Gmail, Apple Mail and Thunderbird write them in
 * their localisations (English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish,
 * Norwegian, Finnish, Polish, Czech, Slovak, Hungarian, Turkish, Russian, Ukrainian, Greek, Romanian,
 * Croatian, Slovenian, Estonian, Latvian, Lithuanian, Bulgarian, Catalan, Indonesian, Vietnamese,
 * Japanese, Chinese, Korean, Arabic, Urdu, Persian, Hebrew, Hindi; Thunderbird in French heads a forward
 * "Sujet : / Date : / De : / Pour :"). A quoted header block must never be read as the request: the bot's own
 * question quoted under a Polish "Od:/Wysłane:" block once deleted a day nobody asked for.
 */
const FROM_NAMES =
  'from|von|de|van|da|fr[åa]n|fra|od|l[äa]hett[äa]j[äa]|felad[óo]|kimden|от|від|差出人|发件人|寄件者|寄件人|보낸 사람|보낸사람|από|de la|[šs]alje|saatja|nuo|t[ừu]|จาก|dari|daripada|afzender|mittente|remitente|exp[ée]diteur|absender|avs[äa]ndare|afsender|avsender|nadawca|odes[íi]latel|من|از|מאת|प्रेषक|से';
const DATE_NAMES =
  'sent|date|gesendet|datum|envoy[ée]|enviado(?: el)?|enviada em|enviado em|fecha|verzonden|data|inviato|skickat|sendt|wys[łl]ane|l[äa]hetetty|odesl[áa]no|odoslan[ée]|elk[üu]ldve|d[áa]tum|g[öo]nderildi|tarih|отправлено|дата|надіслано|送信日時|日付|发送时间|發送時間|傳送時間|日期|时间|時間|보낸 날짜|날짜|στάλθηκε|ημερομηνία|trimis|poslano|poslato|saadetud|nos[ūu]t[īi]ts|i[šs]si[ųu]sta|изпратено|enviat|dikirim|dihantar|tanggal|đã gửi|ngày|تم الإرسال|تم الارسال|أرسلت|أرسل|التاريخ|بھیجا گیا|بھیجا|ارسال شده|תאריך|נשלח|भेजा गया|दिनांक';
const TO_NAMES =
  'to|an|à|a|pour|para|aan|till|til|do|vastaanottaja|c[íi]mzett|kime|кому|宛先|收件人|收件者|받는 사람|받는사람|προς|c[ăa]tre|prima|adressaat|kam|до|za|per a|kepada|đến|ถึง|komu|mottagare|modtager|mottaker|إلى|الى|بنام|به|אל|प्रति|को';
const SUBJECT_NAMES =
  'subject|betreff|objet|sujet|asunto|onderwerp|assunto|oggetto|[äa]mne|emne|temat|aihe|p[řr]edm[ěe]t|predmet|t[áa]rgy|konu|тема|件名|主题|主旨|제목|θέμα|subiect|zadeva|teema|t[ēe]ma|tema|assumpte|perihal|subjek|chủ đề|เรื่อง|الموضوع|موضوع|مضمون|נושא|विषय';
const CC_NAMES = 'cc|bcc|kopia|kopi|dw|kopio|kopie|m[áa]solat(?:ot kap)?|bilgi|копия|抄送|副本|참조|κοιν|reply-to|antwort an|r[ée]pondre [àa]|نسخة|نسخه|העתק';
const NAME = (names: string): string => `^\\s*\\*?(?:${names})\\s*\\*?\\s*[:：]`;
const HEADER_FROM = new RegExp(`${NAME(FROM_NAMES)}\\s*\\S`, 'iu');
const HEADER_NEXT = new RegExp(NAME(`${DATE_NAMES}|${TO_NAMES}|${SUBJECT_NAMES}`), 'iu');
const HEADER_DATE = new RegExp(NAME(DATE_NAMES), 'iu');
const HEADER_SUBJECT = new RegExp(NAME(SUBJECT_NAMES), 'iu');
const HEADER_LINE = new RegExp(NAME(`${FROM_NAMES}|${DATE_NAMES}|${TO_NAMES}|${SUBJECT_NAMES}|${CC_NAMES}`), 'iu');

/** "wrote" in the attribution lines of Gmail, Apple Mail and Thunderbird, in their languages. */
const WROTE =
  /(?<![^\P{L}]|\u03B9)(?:wrote|writes|schrieb|schreef|a [ée]crit|escribi[óo]|ha scritto|scrisse|escreveu|escribiu|skrev|skriver|napisa[łl](?:a|\(a\))?|kirjoitti|naps(?:al|ala)|nap[íi]sal|[íi]rta|yazd[ıi]|написал[аи]?|написа|пишет|пише|писав|написав|написала|έγραψε|a scris|ra[šs][ėe]|rakst[īi]ja|kirjutas|je napisao|je napisala|menulis|va escriure|geskryf|aliandika|nag-?sulat)(?:\(а\)|\(a\))?(?![^\P{L}]|\u03B9)|写道|寫道|작성|書きました|のメッセージ|viết|เขียน/iu;
/** "wrote" in scripts where it is also part of other words ("المكتب", the office): whole words, and an address on the line. */
const WROTE_WHOLE = /(?<![\p{L}\p{M}])(?:كتب|كتبت|כתב|כתבה|लिखा|نے لکھا)(?![\p{L}\p{M}])/u;
/**
 * Gmail in Hebrew attributes a quote with "from", not "wrote": "בתאריך יום ד׳, 28 באפר׳ 2027 ב-10:00 מאת
 * Ana <ana@x>:". The word also heads Outlook's From line ("מאת: …"), which is read as a header block.
 */
const ATTRIBUTED_FROM = /(?<![\p{L}\p{M}])מאת(?![\p{L}\p{M}])(?!\s*[:：])/u;
const wroteIn = (line: string): boolean => WROTE.test(line) || ((WROTE_WHOLE.test(line) || ATTRIBUTED_FROM.test(line)) && line.includes('@'));
/** The marks that set the direction of Hebrew and Arabic text, which Gmail writes around names and after the final colon. */
const withoutBidiMarks = (line: string): string => line.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
const ATTRIBUTION_START = /^\s*(?:on|le|el|il|em|op|den|w dniu|pe|am|dne|d[ne]\.|в|у|στις|el día|il giorno|\d{1,4}[./年-]|\p{L}{1,4}[.,]?\s+\d{1,2}[. ])/iu;
const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|oorspronkelijk bericht|mensagem original|ursprungligt meddelande|oprindelig meddelelse|opprinnelig melding|alkuperäinen viesti|wiadomość oryginalna|oryginalna wiadomość|původní zpráva|eredeti üzenet|orijinal (?:ileti|mesaj)|исходное сообщение|原始邮件|原始郵件|元のメッセージ|원본 메시지)\s*-{2,}\s*$/i;

const SIGN_OFF =
  /^\s*(?:(?:best|kind|warm|warmest|many|with|all the|my|kindest|sincere|respectful|warm(?:est)?|best)?\s*(?:regards|wishes|greetings)(?: from \S+)?|all the best|all best|best|cheers|sincerely(?: yours)?|yours(?: truly| sincerely| faithfully)?|respectfully|cordially|take care|talk soon|speak soon|have a (?:great|good|nice) (?:day|week|weekend)|thanks?(?: you)?(?: so much| a lot| again| in advance| and regards| for your help)?(?:,? (?:and )?(?:best|regards|cheers))?|thank you and (?:best )?regards|many thanks|thx|ty|br|kr|rgds|tia|mfg|vg|lg|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|(?:viele|beste|liebe|freundliche|herzliche|sch(?:ö|oe)ne) gr(?:ü|ue)(?:ß|ss)e(?: aus \S+)?|mit (?:besten|herzlichen|freundlichen) gr(?:ü|ue)(?:ß|ss)en|gr(?:ü|ue)(?:ß|ss)e|gru(?:ß|ss)|danke(?: schön| sehr| im voraus)?|vielen dank(?: im voraus)?|(?:bien )?cordialement|bien (?:à|a) vous|salutations(?: distinguées)?|bonne (?:journée|soirée)|merci(?: beaucoup| d'avance| par avance)?|(?:un )?saludos?(?: cordiales)?|un abrazo|atentamente|muchas gracias|gracias(?: de antemano)?|cordiali saluti|distinti saluti|saluti|grazie(?: mille)?|buona giornata|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|hartelijke groet(?:en)?|groet(?:en|jes)?|mvg|bedankt|dank je wel|atenciosamente|abraços?|cumprimentos|obrigad[oa]|med vänliga hälsningar|vänliga hälsningar|hälsningar|mvh|tack(?: på förhand| så mycket| för hjälpen)?|takk(?: på forhånd| for hjelpen)?|med venlig hilsen|venlig hilsen|vennlig hilsen|med vennlig hilsen|hilsen|tak(?: på forhånd| for hjælpen)?|ystävällisin terveisin|terveisin|kiitos|pozdrawiam|z poważaniem|dziękuję|s pozdravem|děkuji|üdvözlettel|köszönöm|saygılarımla|teşekkürler|с уважением|спасибо|敬具|よろしくお願いします|よろしくお願いいたします|以上です|此致|祝好|谢谢|감사합니다)[\s,.!。]*$/i;
/**
 * "The Orchard & Vine team", "Das Acme-Team", "L'équipe Acme", "El equipo de Acme": a team signing off.
 * "Dear team," and "Hi Data team," greet the team: no sign-off, even below a date or a subject line.
 */
const TEAM_SIGN_OFF =
  /^\s*(?!(?:dear|hi|hello|hey|hallo|hall[åo]|liebes?|bonjour|bonsoir|hola|buenos d[íi]as|ciao|buongiorno|ol[áa]|oi|bom dia|hej|hei|moi|beste|geachte|witam|dzie[ńn] dobry|good (?:morning|afternoon|evening)|morning|greetings)(?![^\P{L}]|\u03B9))(?:(?:(?:the|your|das|dein|ihr|euer|het|ons)\s+)?[\p{L}\p{N}&.'’ -]{2,40}?[- ](?:team|teamet|tiimi)|(?:l['’]\s?équipe|l['’]\s?equipe|el equipo|la squadra|il team|a equipe|o time|het team|das team|team|zespół|ekipa|tiimi)\s+(?:de\s+|di\s+|da\s+|do\s+|van\s+|von\s+)?[\p{L}\p{N}&.'’ -]{2,40})[\s,.!]*$/iu;
const MOBILE_FOOTER =
  /^\s*(?:sent from (?:my |the )?\S|get outlook for|von meinem \S+ gesendet|gesendet von meinem|envoy[ée] (?:de|depuis) mon|enviado desde mi|inviato da(?:l mio)? |verzonden (?:vanaf|met) mijn|enviado do meu|skickat från min|sendt fra min|wysłane z mojego|wysłane z (?:iphone|telefonu)|iphoneから送信|\S+['’]?(?:umdan|imden|ımdan|imdan) gönderildi|dikirim dari|отправлено с|надіслано з|发自我的|從我的 \S+ 傳送|\S+에서 보냄|gửi từ|enviado de meu|lähetetty \S+ puhelimesta|odesláno z|wysłane z aplikacji|(?:scarica|pobierz|dapatkan|télécharger|telecharger|obtenir|obtener|obter(?: o)?|holen sie sich|download|hent|skaffa) outlook|(?:android|ios) için outlook|(?:android|ios)용 outlook|outlook (?:voor|für|for) (?:android|ios))/iu;
const DISCLAIMER =
  /^\s*(?:\*?(?:confidentiality notice|disclaimer|legal notice|aviso de confidencialidad|aviso de confidencialidade|avis de confidentialit[ée]|avviso di riservatezza|vertraulichkeitshinweis)\b|this (?:e-?mail|message|communication)\b.{0,80}\b(?:confidential|privileged|intended (?:solely|only))|the information (?:contained )?in this (?:e-?mail|message)|diese (?:e-?mail|nachricht) (?:enthält|ist|kann) .{0,40}vertraulich|ce (?:message|courriel|mail)\b.{0,60}confidenti|este (?:mensaje|correo)\b.{0,60}confidencial)/i;
const SIG_SEPARATOR = /^(?:--\s?|—|_{5,}|-{5,}|={5,})\s*$/;

/** What the forwarder wrote, what they forwarded, and the forwarded message's own From and Date. */
export interface NewTextParts {
  /** The whole new text: the forwarder's note and the forwarded request (as read before forwards were told apart). */
  text: string;
  own: string;
  /** `writer`: the forwarded message's From display name ("Atlas Dev"), which signs it. */
  forwarded: { body: string; from: string | null; writer: string | null; date: string | null; subject: string | null } | null;
}

/** The text body a person would read: the text part, or the HTML part converted when there is no text part. */
/**
 * A text/plain part that only says to read the HTML one ("Your email client does not support HTML
 * messages", "This is an HTML message", "Diese Nachricht ist im HTML-Format"): the request is in the HTML.
 */
const PLAIN_PLACEHOLDER =
  /^\s*(?:your (?:e-?mail )?(?:client|program|reader) (?:does not|doesn't|cannot|can't) (?:support|display|show)|this (?:is an? )?(?:html|multipart)|this message (?:is in html|contains html|requires html|is best viewed)|to view this (?:message|e-?mail)|if you (?:cannot|can't|are unable to) (?:see|read|view) this|ihr e-?mail-?(?:programm|client) (?:unterstützt|kann) kein|diese (?:nachricht|e-?mail) (?:ist|wird) im html|votre (?:client|logiciel) de (?:messagerie|courrier) ne (?:supporte|prend)|ce message est au format html|su (?:cliente|programa) de correo no (?:admite|soporta)|este (?:mensaje|correo) (?:está|es) en (?:formato )?html)/i;

export function bodyText(message: Pick<InboundMessage, 'text' | 'html' | 'contentType'>): string {
  const placeholder = message.text.length < 400 && PLAIN_PLACEHOLDER.test(message.text);
  const htmlOnly = message.html !== null && (message.text.trim() === '' || placeholder || message.contentType.startsWith('text/html'));
  const raw = htmlOnly ? htmlToText(message.html ?? '') : message.text;
  return raw.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
}

/**
 * The parser reads at most this much of a body. A request is a few kilobytes and its new text is at the
 * top; some patterns here and in dates.ts are super-linear on pathological lines (60 KB of digits or of
 * "ab-" took seconds, 300 KB minutes — found by the hostile-input tests), so one email cannot stall intake.
 */
export const MAX_BODY_CHARS = 20_000;

export function newText(message: InboundMessage): string {
  return newTextParts(message).text;
}

export function newTextParts(message: Pick<InboundMessage, 'text' | 'html' | 'contentType' | 'subject'>): NewTextParts {
  const body = bodyText(message).slice(0, MAX_BODY_CHARS);
  return partsOf(body, forwardedBySubject(message.subject, body));
}

/** Whether the subject marks the body as a forward (see forwardSubject), read with the body it heads. */
export function forwardedBySubject(subject: string, body: string): boolean {
  return forwardSubject(subject) && !finnishOrHungarianReply(subject, body);
}

/** "VS:" above a Finnish ("Lähettäjä:") or Hungarian ("Feladó:") header block is their "Re:", not a forward. */
function finnishOrHungarianReply(subject: string, body: string): boolean {
  return /^\s*(?:\[[^\]]*\]\s*)?vs\s*:/i.test(subject) && /^\s*\*?(?:l[äa]hett[äa]j[äa]|felad[óo])\s*\*?\s*:/imu.test(body);
}

/** The new text of a plain-text body. `isForward`: the subject says Fwd/FW, so an Outlook header block starts the forwarded part. */
export function newTextOf(body: string, isForward = false): string {
  return partsOf(body, isForward).text;
}

export function partsOf(body: string, isForward = false): NewTextParts {
  const lines = relayed(body.split('\n'));
  let at = lines.findIndex((l) => FORWARD_MARKER.test(l) && (!/^\s*-/.test(l) || FORWARD_WORDS.test(l)));
  let skip = 1;
  if (at >= 0 && historyStart(lines.slice(0, at)) >= 0) at = -1; // the forward is inside quoted history
  if (at >= 0 && !isForward && FORWARDED_BY.test(lines[at]) && lines.slice(0, at).some((l) => l.trim() !== '')) {
    const own = stripReply(lines.slice(0, at));
    return { text: own, own, forwarded: null };
  }
  if (at < 0 && isForward) {
    at = findHeaderBlock(lines);
    skip = 0;
  }
  if (at < 0) {
    const own = stripReply(lines);
    return { text: own, own, forwarded: null };
  }
  const own = stripReply(lines.slice(0, at));
  const { block, notes } = innermost(dropHeaderBlock(unquoted(lines.slice(at + skip))));
  const body2 = stripReply(block.rest);
  return { text: [own, ...notes, body2].filter((p) => p !== '').join('\n\n'), own, forwarded: { body: body2, from: block.from, writer: block.writer, date: block.date, subject: block.subject } };
}

/**
 * The marker a helpdesk puts above the message it relays: Zendesk's "##- Please type your reply above
 * this line -##", Jira Service Management's "—— Reply above this line.", Freshdesk's and others' dashes.
 */
const RELAY_MARKER = /^\s*(?:##-\s*please type your reply above this line\s*-##|[-—–=_#]{2,}\s*(?:please\s+)?(?:type\s+(?:your\s+)?)?reply above this line\.?\s*[-—–=_#]*)\s*$/i;

/**
 * A helpdesk's relay: "##- Please type your reply above this line -##", then "Mary Kelly (St Brigid's)
 * wrote:" and the message, not quoted. With nothing written above the marker, that message is the new
 * text, not history. (A relay forwarded with a note above it is read like every other forward.)
 */
function relayed(lines: string[]): string[] {
  const at = lines.findIndex((l) => RELAY_MARKER.test(l));
  if (at < 0 || lines.slice(0, at).some((l) => l.trim() !== '')) return lines;
  const rest = lines.slice(at + 1);
  const first = rest.findIndex((l) => l.trim() !== '');
  if (first < 0) return lines;
  // "Rachel Okafor shared a request with you / ITSD-442 … / Description: …": a notification that relays
  // the request in its own words, with no "wrote:" line, is all new text.
  if (!wroteIn(rest[first]) || !/:\s*$/.test(rest[first])) return rest.some((l) => /^\s*>/.test(l)) ? lines : rest;
  const after = rest.slice(first + 1);
  return after.some((l) => l.trim() !== '' && !/^\s*>/.test(l)) ? after : lines;
}

/**
 * A forward of a forward ("Please handle." above "Kan dere ta dere av dette?" above an Outlook "Fra: …
 * Sendt: … Emne:" block above the request): each forwarder's short note, and the innermost message,
 * whose From and Date are the request's own. A longer text above a header block is an answer above its
 * history, and ends the descent.
 */
function innermost(first: ReturnType<typeof dropHeaderBlock>): { block: ReturnType<typeof dropHeaderBlock>; notes: string[] } {
  let block = first;
  const notes: string[] = [];
  for (let depth = 0; depth < 3; depth++) {
    const at = findHeaderBlock(block.rest);
    if (at < 0) break;
    const note = stripReply(block.rest.slice(0, at));
    const inner = dropHeaderBlock(unquoted(block.rest.slice(at)));
    // Only a forward ("VS: Sletting av data"): above a reply's history ("RE: …") is an answer, not a note.
    if (!forwardSubject(block.subject ?? '') || note.length > 200 || stripReply(inner.rest) === '') break;
    if (note !== '') notes.push(note);
    block = inner;
  }
  return { block, notes };
}

/**
 * Apple Mail and some clients quote the whole forwarded message ("> From: …", "> I want my data
 * erased"): below a forward marker that is the forwarded message itself, not history, so one level of
 * quoting is removed when every line of it is quoted.
 */
function unquoted(lines: string[]): string[] {
  const written = lines.filter((l) => l.trim() !== '');
  if (written.length === 0 || !written.every((l) => /^\s*>/.test(l))) return lines;
  return lines.map((l) => l.replace(/^\s*> ?/, ''));
}

/** Removes the From/Date/Subject/To lines at the top of a forwarded or quoted message, keeping From and Date. */
function dropHeaderBlock(lines: string[]): { rest: string[]; from: string | null; writer: string | null; date: string | null; subject: string | null } {
  let i = 0;
  let from: string | null = null;
  let writer: string | null = null;
  let date: string | null = null;
  let subject: string | null = null;
  while (i < lines.length && lines[i].trim() === '') i++;
  let sawHeader = false;
  while (i < lines.length) {
    const line = lines[i];
    if (HEADER_LINE.test(line)) {
      sawHeader = true;
      const value = line.slice(line.search(/[:：]/) + 1).trim();
      if (HEADER_FROM.test(line) && from === null) {
        from = value.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0].toLowerCase() ?? null;
        const name = value.replace(/<[^>]*>|\[mailto:[^\]]*\]/g, '').replace(/["']/g, '').trim();
        writer = name !== '' && !name.includes('@') ? name : null;
      }
      if (HEADER_DATE.test(line) && date === null) date = value;
      if (HEADER_SUBJECT.test(line) && subject === null) subject = value;
      i++;
      // A wrapped header value (e.g. a long To: list) continues on indented lines.
      while (i < lines.length && /^\s+\S/.test(lines[i]) && !HEADER_LINE.test(lines[i])) i++;
      continue;
    }
    if (sawHeader && line.trim() === '') { i++; break; }
    break;
  }
  return { rest: lines.slice(i), from, writer, date, subject };
}

/**
 * A header block: a From line followed within four lines by a Date/To/Subject line. A From value that
 * is a date ("From: 1 March 2024 / To: 3 March 2024") is a customer's range, not a header.
 */
function isHeaderBlockAt(lines: string[], i: number): boolean {
  if (!HEADER_FROM.test(lines[i])) return false;
  const value = lines[i].slice(lines[i].search(/[:：]/) + 1).trim();
  if (/^\d/.test(value) && !/@/.test(value)) return false;
  let more = 0;
  for (let j = i + 1; j <= i + 4 && j < lines.length; j++) if (HEADER_NEXT.test(lines[j])) more++;
  return more >= 2 || (more === 1 && /@|\[mailto:/.test(value));
}

function findHeaderBlock(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) if (isHeaderBlockAt(lines, i)) return i;
  return -1;
}

/**
 * "-- Deletion desk wrote:", "— Ana wrote:", "Data deletion desk wrote:": an attribution with no address or
 * time, on a line of its own below new words. Some clients quote this way without `>`, and what follows
 * is the quoted mail: our own confirmation read as new text once took the quoted days and lost the
 * source the reply added. Only behind a dash, or with the desk's own name: "My manager wrote:" above
 * the request a contact passes on is still read.
 */
const BARE_ATTRIBUTION = /^\s*(?:[-–—]{1,3}\s*\S[^\n:：]{1,60}|(?:the\s+)?(?:data\s+)?deletions?\s+desk\s+[^\n:：]{1,20})[:：]\s*$/iu;
/**
 * "Please handle this, thanks.⏎-- Our CTO wrote:": a contact passing on a colleague's request ("my",
 * "our" before the name, or new words that only hand it over) makes it their own; it is read, not history.
 * The desk's own quoted mail stays history whatever the words above it.
 */
function passedOn(lines: string[], i: number): boolean {
  if (/deletions?\s+desk/i.test(lines[i])) return false;
  if (/^\s*[-–—]{1,3}\s*(?:my|our|mein\p{L}*|unser\p{L}*|notre|nos|mon|ma|nuestr[oa]s?|mi|il nostro|la nostra|ons|onze|min|mitt|vår|vores)\s/iu.test(lines[i])) return true;
  const note = lines.slice(0, i).join(' ').replace(/\s+/g, ' ').trim();
  return note.length <= 80 && /^(?:hi\b[^.!]{0,20}[,.!]?\s*)?(?:can you |could you |would you )?(?:please,? )?(?:handle|action|process|take care of|deal with|look (?:at|into)) (?:this|it|the below|the request below)\b/i.test(note);
}

/** An address or a time of day or a year: what an attribution line carries besides the name. */
const ADDRESS_OR_TIME = /<[^>\s]+@[^>\s]+>|\(<?[^)\s]+@[^)\s]+>?\)|[\w.+-]+@[\w-]+\.\w+|\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d\d\b/;

/**
 * GroupWise heads the message it quotes with one line and leaves the message itself unquoted: ">>> Ana
 * <ana@x> 28.04.2027 10:00 >>>" or ">>> On 4/28/2027 at 10:00 AM, in message <…>, Ana wrote:". Read as
 * one more quoted line, the unquoted message below it became new text. Inside a block of quoted lines
 * ">>>" is only a quote three levels deep.
 */
function groupWiseHeader(lines: string[], i: number): boolean {
  const header = /^\s*>>>\s*(\S.*?)\s*$/.exec(lines[i])?.[1];
  const before = lines.slice(0, i).reverse().find((l) => l.trim() !== '');
  if (header === undefined || before === undefined || /^\s*>/.test(before) || !ADDRESS_OR_TIME.test(header)) return false;
  return /\s>>>$/.test(header) || (wroteIn(header) && /[:：]$/.test(header));
}

/**
 * Some clients quote with "| " or ": " where others write "> " ("| Please delete …", ": Desk wrote:"). A
 * run of two or more such lines set apart from the new words above by a blank line, and running to the
 * end of the message, is quoted history. Not a table ("| Source | Day |": a bar inside or closing a line),
 * nor lines that a line ending in ":" introduces ("Sources:⏎⏎: iOS App⏎: Web"), nor a run with words after it.
 */
function quotedRun(lines: string[], i: number): boolean {
  const prefix = /^\s*([|:])(?:\s|$)/.exec(lines[i])?.[1];
  if (prefix === undefined || (lines[i - 1] ?? '').trim() !== '') return false;
  const intro = lines.slice(0, i).reverse().find((l) => l.trim() !== '') ?? '';
  if (/[:：]\s*$/.test(intro)) return false;
  const quoted = (l: string): boolean => l.trim().startsWith(prefix) && /^(?:\s|$)/.test(l.trim().slice(1)) && !(prefix === '|' && l.trim().slice(1).includes('|'));
  const rest = lines.slice(i).filter((l) => l.trim() !== '');
  return rest.length >= 2 && rest.every(quoted);
}

function historyStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = withoutBidiMarks(lines[i]);
    if (line.trim() === '') continue;
    const above = lines.slice(0, i).some((l) => l.trim() !== '');
    if (/^\s*>/.test(line)) {
      // A block of `>` lines counts as history from here on only when nothing new follows it;
      // interleaved answers are rare in deletion requests and the lines are dropped below anyway.
      if (groupWiseHeader(lines, i)) return i;
      continue;
    }
    // A dashed title that opens the mail ("--- Data Deletion Request Form ---") heads what follows; only
    // one below new words can start the history.
    if (ORIGINAL_MESSAGE.test(line) || (above && DASHED_TITLE.test(line) && !FORWARD_WORDS.test(line))) return i;
    if (above && quotedRun(lines, i)) return i;
    // Attributions wrap ("On Mon, … Ana <\nana@x> wrote:"): join up to three non-blank lines, but never
    // across a finished sentence, so a reply line starting with "Il"/"Le"/"On" is not taken for one.
    const joinable = line.length < 200 && !/[.!?]\s*$/.test(line);
    const two = joinable && (lines[i + 1] ?? '').trim() !== '' ? `${line} ${withoutBidiMarks(lines[i + 1])}` : line;
    const three = two !== line && (lines[i + 2] ?? '').trim() !== '' ? `${two} ${withoutBidiMarks(lines[i + 2])}` : two;
    for (const [candidate, used] of [[line, 1], [two, 2], [three, 3]] as const) {
      if (candidate.length > 320 || !/[:：]\s*$/.test(candidate)) continue;
      if (used > 1 && !ATTRIBUTION_START.test(line) && !wroteIn(line)) continue;
      const nextLine = lines.slice(i + used).find((l) => l.trim() !== '') ?? '';
      const hasAddressOrTime = ADDRESS_OR_TIME.test(candidate);
      // "On … wrote:" in any language; or, without a known verb, a dated line with an address ending in
      // ":" above quoted lines (Gmail's Russian "пн, 4 мар. 2024 г. в 10:12, Ana <a@x>:").
      if ((wroteIn(candidate) && hasAddressOrTime) || (hasAddressOrTime && /@/.test(candidate) && /^\s*>/.test(nextLine))) return i;
    }
    if (isHeaderBlockAt(lines, i)) return i;
    if (above && BARE_ATTRIBUTION.test(line) && wroteIn(line) && !passedOn(lines, i)) return i;
    if (/^_{10,}\s*$/.test(line) && i + 1 < lines.length && HEADER_FROM.test(lines[i + 1])) return i;
  }
  return -1;
}

function stripReply(input: string[]): string {
  let lines = input;
  const cut = historyStart(lines);
  if (cut >= 0) {
    // Answers written between the quoted questions (Apple Mail, Thunderbird): the unquoted lines below
    // the attribution are new text when quoted lines follow them.
    const after = lines.slice(cut + 1);
    const lastQuoted = after.map((l) => /^\s*>/.test(l)).lastIndexOf(true);
    const firstAfter = after.find((l) => l.trim() !== '') ?? '';
    const attribution = /[:：]\s*$/.test(lines[cut]) && !HEADER_FROM.test(lines[cut]) && /^\s*>/.test(firstAfter);
    const interleaved = attribution && lastQuoted > 0 && after.slice(0, lastQuoted).some((l) => l.trim() !== '' && !/^\s*>/.test(l));
    // Bottom-posted: nothing above the attribution, the answer below the quote.
    const bottomPosted = attribution && lines.slice(0, cut).every((l) => l.trim() === '') && after.slice(lastQuoted + 1).some((l) => l.trim() !== '');
    lines = interleaved || bottomPosted ? [...lines.slice(0, cut), ...after] : lines.slice(0, cut);
  }
  lines = lines.filter((l) => !/^\s*>/.test(l));
  const visible = replyParser.read(lines.join('\n')).getVisibleText();
  const out: string[] = [];
  const all = visible.split('\n');
  for (const [i, line] of all.entries()) {
    // A blank line may part the rule from the fields it heads ("Priya created X-7781\n-----\n\nSummary: …").
    const end = (SIG_SEPARATOR.test(line) && !underlines(line, all[i - 1], all.slice(i + 1, i + 3).find((l) => l.trim() !== ''))) || MOBILE_FOOTER.test(line) || DISCLAIMER.test(line) ||
      // A sign-off ends the message only after some content: "Thanks!" opening a mail is not a signature.
      (line.length <= 60 && (SIGN_OFF.test(line) || TEAM_SIGN_OFF.test(line)) && out.some((l) => l.trim() !== ''));
    if (!end) {
      out.push(line.replace(/\s+$/, ''));
      continue;
    }
    // "Best,\nKadri\n\nP.S. Could you also delete …": a postscript below the signature is the writer's own words.
    const ps = all.slice(i + 1, i + 8).findIndex((l) => POSTSCRIPT.test(l));
    if (ps >= 0) out.push('', ...postscriptOf(all.slice(i + 1 + ps)));
    break;
  }
  return withoutDepartmentLine(out).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * "…Obrigado!\n\nEquipe de Voluntários – Esperança Recife", "Phòng Tuyển sinh – Lingua Hà Nội\nHotline: …":
 * a last block that is a team or post, a dash, and the organisation — with nothing below it but ways to
 * call — signs the mail even without a sign-off. Read as the request, the organisation's name became the
 * workspace of a mail that names none (a status or a cancel must then ask which one). Only below words
 * that end a sentence or thank: "Please delete:\n\nClínica Sol – Citas" is a list, not a signature.
 */
function withoutDepartmentLine(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === '') end--;
  let start = end;
  while (start > 0 && lines[start - 1].trim() !== '') start--;
  if (start < 2 || start === end || !DEPARTMENT_LINE.test(lines[start])) return lines;
  const below = lines.slice(start + 1, end);
  if (!below.every((l) => CONTACT_LINE.test(l))) return lines;
  // "Correction – only Web, not Webhooks", "Sorry – wrong workspace, it's Lagos Light", "Days – third and
  // fourth of November": a note set off by a dash is the request's last word, not a signature. A team
  // signs with the organisation's name (every word capitalised) and either a way to call below it or a
  // post of several capitalised words ("Equipe de Voluntários"): "Correction – Lagos Light" stays read.
  const [post, org] = lines[start].split(/[^\S\n][–—][^\S\n]/u);
  if (!TITLE_WORDS.test(org ?? '') || (below.length === 0 && !(TITLE_WORDS.test(post) && (post.match(/\p{Lu}/gu) ?? []).length > 1))) return lines;
  let above = start - 1;
  while (above >= 0 && lines[above].trim() === '') above--;
  const last = above >= 0 ? lines[above].trim() : '';
  if (!/[.!?。]$/u.test(last) && !SIGN_OFF.test(last.split(/[.!?]\s+/u).pop() ?? '')) return lines;
  return lines.slice(0, start);
}
/** "Recepción – Clínica Sol", "Giám đốc Học vụ – Lingua Hà Nội": words, a spaced dash, words; no number. */
const DEPARTMENT_LINE = /^[^\S\n]*\p{L}[\p{L}\p{M}'’.& ]{1,40}[^\S\n][–—][^\S\n]\p{L}[\p{L}\p{M}'’.&, ]{1,60}$/u;
/** "Esperança Recife", "Equipe de Voluntários": capitalised words, with the small words of a name between them. */
const TITLE_WORDS = /^[^\S\n]*\p{Lu}[\p{L}\p{M}'’.&]*(?:[^\S\n]+(?:(?:de|da|do|dos|das|del|la|le|des|du|di|van|von|der|y|e|of|the)(?=[^\S\n])|\p{Lu}[\p{L}\p{M}'’.&]*))*[^\S\n]*$/u;
/** "Hotline: 1900 6868", "Tel. +52 33 3615 2040", "www.example.org": a way to reach the sender. */
const CONTACT_LINE = /^[^\S\n]*(?:(?:tel|phone|hotline|fax|mob(?:ile)?|cel(?:ular)?|tlf|đt|тел)\.?[^\S\n]*:?[^\S\n]*\+?\d[\d ().\/-]{5,30}|\+?\d[\d ().\/-]{6,30}|\S+@\S+|(?:www\.|https?:\/\/)\S+)[^\S\n]*$/iu;

/**
 * "Form: Data deletion" over "--------------------" over "Requester: …": a rule as long as the title just
 * above it, with a form's fields below it, underlines that title (web forms, ticket notifications), and
 * the fields are the message. A sentence above a rule ("Yes, 3 Dec only.") is a reply above its quote.
 */
function underlines(rule: string, above: string | undefined, below: string | undefined): boolean {
  const title = above?.trim() ?? '';
  const length = rule.trim().length;
  const ruleOfTitle = /^(?:-{5,}|={5,})$/.test(rule.trim()) && title.length >= 4 && !/[.!?]$/.test(title) && !SIG_SEPARATOR.test(title);
  // Below it, a form's field, or (under a title with no number, as a reply's "Yes, 3 Dec only" has) the prose it heads.
  const heads = (FORM_FIELD.test(below ?? '') && !MAIL_HEADER_LABEL.test(below ?? '')) || (!/\d/.test(title) && /\p{L}/u.test(below ?? '') && !MAIL_HEADER_LABEL.test(below ?? ''));
  // A form drawn to its own width ("CHANGE REQUEST CR-8812" over 50 dashes over "Type: …") heads its fields all the same.
  const formBelow = FORM_FIELD.test(below ?? '') && !MAIL_HEADER_LABEL.test(below ?? '');
  return ruleOfTitle && length >= title.length * 0.75 && (length <= title.length * 1.34 || formBelow) && heads;
}
/** "Requester: ana@…", "Summary: Delete staging iOS data": a form's label and its value. */
const FORM_FIELD = /^\s*\p{L}[\p{L} ()/-]{0,30}:\s*\S/u;
/** A quoted mail's header line, under the rule a mail program draws above it ("From:", "Von:", "De :"). */
const MAIL_HEADER_LABEL = /^\s*\*?(?:from|sent|to|cc|subject|date|von|gesendet|an|betreff|datum|de|envoy[ée]|[àa]|objet|enviado|para|asunto|assunto|da|inviato|oggetto|van|verzonden|aan|onderwerp|från|skickat|till|ämne|fra|sendt|til|emne|od|wysłane|do|temat)\s*\*?\s*:/iu;

/** A postscript's mark at the start of its line: "P.S.", "PS:", Spanish "PD"/"P.D.", "N.B.". */
export const POSTSCRIPT = /^\s*(?:P\.?\s?S\.?|PD|P\.D\.|N\.B\.)(?:[:.\s]|$)/u;
/** A postscript's lines, up to a blank line or the next signature mark. */
function postscriptOf(lines: string[]): string[] {
  const end = lines.findIndex((l, k) => k > 0 && (l.trim() === '' || SIG_SEPARATOR.test(l) || DISCLAIMER.test(l)));
  return (end < 0 ? lines : lines.slice(0, end)).map((l) => l.replace(/\s+$/, ''));
}
