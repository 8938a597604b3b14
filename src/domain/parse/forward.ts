/**
 * A forwarded message: whose it was, when it was written, and what the forwarder asks of us.
 *
 * A contact forwarding a customer's request with "please handle" makes it their request; a forward that
 * asks "is this legit?" is a question about a message, never a request to delete anything.
 */
import * as chrono from 'chrono-node';
import { dayOf } from './dayMath';
import { englishChrono } from './englishChrono';
import { ASKS, ONLY_THE_REST } from './kindWords';
import { asksToDelete } from './classify';

export interface ForwardReading {
  intent: 'request' | 'question' | 'unclear';
  /** The forwarder wrote nothing of their own above the forwarded message. */
  silent: boolean;
  from: string | null;
  /**
   * The forwarder's note asks nothing of us: "FYI, see below", "For your records.", "Let's discuss before
   * we send anything.", "Was meint ihr dazu?". Only a note that asks for something ("please handle",
   * "can you delete this") makes the forwarded request the forwarder's own.
   */
  forInformation: boolean;
  /** Its writer's display name ("Atlas Dev"), which signs the forwarded message. */
  writer: string | null;
  /** The forwarded message's own Date, when readable. */
  date: Date | null;
  /** Its offset from UTC in minutes, as written (the day relative dates count from is in it). */
  offsetMinutes: number | null;
  /** The forwarder's words that narrow what they forward ("but only the iOS part"), or null. */
  narrowing: string | null;
  /** The forwarder says the forwarded days are wrong ("but Raj's dates are wrong"): the days are not known. */
  datesDisowned: boolean;
}

/**
 * A note that asks whether the forwarded message is real: "is this legit?", "ist das echt?", "did this
 * really come from us?", "это настоящий запрос?", "これは本物ですか？", "这个请求是真的吗？". Words of
 * unspaced scripts stand outside the letter bounds: "これは本物ですか" has a letter right before "本物".
 * Indonesian asks "apakah ini asli?" and says "kami tidak pernah kirim ini" (we never sent this); Tagalog "totoo ba ito?".
 */
const QUESTION =
  /(?<![^\P{L}]|[\u03B9\p{N}_])(?:legit(?:imate)?|genuine|authentic|real\??|fake|phishing|scam|spam|fraud(?:ulent)?|suspicious|spoofed|is this (?:real|from|valid|ok|okay|safe|true|you)|should (?:we|i) (?:trust|act|do|worry)|did you send|do you know (?:this|who)|did (?:someone|anyone|somebody|any of us|we)\s+(?:\p{L}+\s+){0,4}?(?:ask|request|send|submit)|who (?:asked|requested|sent|submitted)|was this (?:you|us|requested)|seri(?:ö|oe)s|echt\?|betrug|gef(?:ä|ae)lscht|l[ée]gitime|arnaque|hame[çc]onnage|frauduleu|leg[íi]tim[oa]|estafa|fraude|oplichting|nep|truffa|legittim[oa]|golpe|verdadeir[oa]|é verdade|est-ce vrai|c['’]est vrai|es verdad|es real|è vero|is dit echt|ist das echt|(?:don['’]t|do not|não|no|je ne|nie) (?:\p{L}+ )?(?:recogni[sz]e|know|reconhe[çc]o|reconozco|reconnais|kenne) (?:this|este|el|the|cet|den|dieses?n?) (?:sender|remetente|remitente|exp[ée]diteur|absender)|unknown sender|remitente desconocido|remetente desconhecido|exp[ée]diteur inconnu|absender unbekannt|фишинг|мошенни\p{L}*|настоящий запрос|это правда|подлинн\p{L}*|легитимн\p{L}*|мы такого не отправляли|фішинг|справжній запит|шахрай\p{L}*|мы не отправляли|nie wysyłaliśmy|czy to prawdziwe|prawdziw\p{L}*|oszustwo|dolandırıcılık|gerçek mi|sahte|פישינג|אמיתי|احتيال|تصيد|حقيقي|authenti(?:que|sch\p{L}*)|aut[ée]ntic[oa]s?|autentic[oa]|echtheit|(?:ist|sind) (?:das|dies|diese \p{L}+|die \p{L}+) echt|is (?:dit|het|deze \p{L}+|dit \p{L}+) echt|real(?:mente)? (?:de|nuestr[oa]|nuestr[oa]s) (?:nosotros|nuestr\p{L}*)|vraie demande|vraiment de (?:nous|notre|chez nous)|wirklich von (?:uns|euch|unserem|unserer)|(?:really|actually) (?:(?:come|came|sent|written|be|was|is) (?:\p{L}+ ){0,2}?)?from (?:us|our|you|your)|really (?:us|you|ours|yours)\?|from us\?|von uns\?|klopt (?:dit|het)(?: \p{L}+)? wel|echt van ons|realmente (?:de|nosso|nossa)|mesmo (?:de|nosso|nossa|nós)|davvero (?:da|nostr[oa])|действительно (?:от|наш|из)|правда (?:от|наш)|(?:это|этот|ли) (?:\p{L}+ )?настоящ\p{L}*|настоящ\p{L}* ли|справжн\p{L}* (?:запит|лист)|apakah (?:ini|email ini|pesan ini) (?:asli|benar|resmi)|penipuan|palsu|kami tidak pernah (?:kirim|mengirim)|totoo ba(?: ito)?)(?![^\P{L}]|\u03B9)|真的吗|真的嗎|钓鱼|釣魚|诈骗|詐騙|本物ですか|詐欺|フィッシング|진짜인가요|피싱|사기|是真的|是否真实|是否真實|真实吗|真實嗎|是否属实|是否屬實|本物|正当なもの|正規のもの|正規の依頼|なりすまし|偽物|偽装|本当に(?:弊社|私たち|当社)/iu;
const REQUEST =
  /\b(?:please (?:handle|process|action|take care|proceed|go ahead|do (?:this|the needful)|execute|delete|remove|purge|see to)|(?:can|could|would) you (?:please )?(?:handle|take care|process|action|do this|delete|remove|purge|see to)|go ahead|on (?:our|my) behalf|we (?:approve|confirm|authori[sz]e)|approved|bitte (?:erledigen|bearbeiten|umsetzen|durchf(?:ü|ue)hren|l(?:ö|oe)schen|k(?:ü|ue)mmern)|k(?:ö|oe)nnen sie (?:das|dies) (?:bitte )?(?:erledigen|bearbeiten)|merci de (?:traiter|faire le n[ée]cessaire|supprimer|vous en occuper)|pouvez-vous (?:traiter|vous en occuper|supprimer)|por favor (?:gestionar|gestionen|procesar|procesen|tramitar|tramiten|eliminar|eliminen|encargarse)|graag (?:afhandelen|verwerken|verwijderen)|per favore (?:gestire|procedere|eliminare)|por favor (?:tratar|processar|excluir))\b/i;
/** "Please handle" in the languages the list above lacks (no `\b`: it does not see letters like ä, ř, ש). */
const REQUEST_MORE =
  /(?<![^\P{L}]|\u03B9)(?:hoitakaa|hoida(?:tteko)? (?:tämä|tämän)|käsitelkää|hanter[ae] (?:detta|det)|ta hand om (?:detta|det)|håndter(?:e)? (?:dette|det)|tag (?:jer|dere) af|ta (?:dere|jer) av|proszę (?:o realizację|załatwić|obsłużyć)|vyřiďte|prosím o vyřízení|vybavte|v[ăa] rog s[ăa] v[ăa] ocupa[țţt]i|rezolva[țţt]i|опрацюйте|обробіть|обработайте|παρακαλώ (?:χειριστείτε|διεκπεραιώστε)|נא לטפל|תטפלו|xử lý giúp|sila uruskan|tolong (?:urus|proses)|ilgilenir misiniz|favor (?:tratar|atender|gestionar)|podem tratar|da gestire|graag oppakken|wil(?:len)? jullie dit (?:oppakken|afhandelen))(?![^\P{L}]|\u03B9)/iu;

/**
 * "FYI", "for your information", "zur Info", "pour info", "para tu información", "ter info", "til orientering",
 * "转发给你供参考" (unspaced words outside the letter bounds, as in QUESTION).
 */
const FOR_INFORMATION = /(?<![^\P{L}]|\u03B9)(?:fyi|f\.y\.i\.?|for your (?:information|info|reference)|just so you know|zur (?:info|kenntnis|information)|pour info(?:rmation)?|para (?:tu|su|vuestra) (?:información|conocimiento)|para (?:seu|teu) conhecimento|ter (?:info|informatie)|per (?:tua |vostra )?(?:informazione|conoscenza)|til orientering|för kännedom|do wiadomości|tiedoksi|pro informaci|na vědomí|для информации|к сведению|для ознайомлення|до відома)(?![^\P{L}]|\u03B9)|供参考|供參考|ご参考まで|参考まで/iu;

/**
 * "but Raj's dates are wrong", "the days below are not right", "die Daten im Original sind falsch", "las
 * fechas están mal": the forwarder takes the forwarded days back. Taken as written they would delete days
 * the person asking for the deletion has just said are not the ones.
 */
const DATES_DISOWNED =
  /(?<![^\P{L}]|\u03B9)(?:(?:dates?|days?|time ?frames?|range|period)(?:\s+(?:below|in it|in the request|listed|given|mentioned))?\s+(?:is|are|was|were)\s+(?:all\s+)?(?:wrong|incorrect|not (?:right|correct)|off|mistaken)|wrong (?:dates?|days?)|(?:datum|daten|tage|zeitraum)\s+(?:ist|sind|stimm(?:t|en) nicht)\s*(?:falsch)?|(?:fechas?|d[íi]as)\s+(?:est[áa]n?|son|es)\s+(?:mal|incorrect[ao]s?|equivocad[ao]s?)|(?:datas?|dias)\s+(?:est[ãa]o|est[áa]|s[ãa]o|é)\s+(?:errad[ao]s?|incorret[ao]s?)|(?:dates?|jours)\s+(?:sont|est)\s+(?:fausses?|erron[ée]es?|incorrect\p{L}*))(?![^\P{L}]|\u03B9)/iu;

/** "Procedete pure", "go ahead", "allez-y", "bitte erledigen": the forwarder tells us to act on it. */
const GO_AHEAD =
  /(?<![^\P{L}]|\u03B9)(?:proceed|go ahead|go for it|do it|handle|take care|action (?:this|it)|proced\p{L}*|procéde[zr]|allez-y|prosegu\p{L}*|andate avanti|prossig\p{L}*|adelante|adiante|erledig\p{L}*|fortfahren|fahrt fort|macht (?:das|es|weiter)|ga (?:je|uw|jullie) gang|ga (?:maar )?door|graag afhandelen|kör|gör det|kjør|gjør det|gør det|śmiało|działajcie)(?![^\P{L}]|\u03B9)/iu;

export function readForward(own: string, forwarded: { from: string | null; writer?: string | null; date: string | null }, messageDate: Date | null): ForwardReading {
  const intent = QUESTION.test(own) ? 'question' : REQUEST.test(own) || REQUEST_MORE.test(own) ? 'request' : 'unclear';
  const { date, offsetMinutes } = readHeaderDate(forwarded.date, messageDate);
  const narrowed = ONLY_THE_REST.exec(own);
  // The sentence from the narrowing words on: "but only the iOS part".
  const narrowing = narrowed ? own.slice(narrowed.index).replace(/^[,;:.!—–-]\s*/, '').split(/[.!?\n]/)[0].trim() : null;
  const asksSomething = ASKS.test(own) || asksToDelete(own) || GO_AHEAD.test(own);
  return { intent, silent: own.trim() === '', forInformation: FOR_INFORMATION.test(own) || !asksSomething, from: forwarded.from, writer: forwarded.writer ?? null, date, offsetMinutes, narrowing, datesDisowned: DATES_DISOWNED.test(own) };
}

/** A forwarded Date line as mail programs write it ("Mon, Mar 11, 2024 at 9:00 AM", "11. März 2024 um 09:00"). */
function readHeaderDate(value: string | null, messageDate: Date | null): { date: Date | null; offsetMinutes: number | null } {
  // Mail programs always write a four-digit year on that line; words like "letzte Woche" are not a Date line.
  if (!value || !/(?<!\d)(?:19|20)\d{2}(?!\d)/.test(value)) return { date: null, offsetMinutes: null };
  const reference = { instant: messageDate ?? new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
  // "06.11.2026", "06.11.2026 08:12": a dotted date is day first in every mail program that writes one.
  const dotted = /^\s*(?:\p{L}+\.?,?\s+)?(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?:\D|$)/u.exec(value);
  const day = dotted ? dayOf(Number(dotted[3]), Number(dotted[2]), Number(dotted[1])) : null;
  if (day) return { date: new Date(`${day}T12:00:00Z`), offsetMinutes: 0 };
  for (const parser of [englishChrono, chrono.de.casual, chrono.fr.casual, chrono.es.casual, chrono.nl.casual, chrono.pt.casual, chrono.ja.casual]) {
    // "Mo., 18. März 2024 um 09:12": a weekday abbreviation alone is read first; the day comes after it.
    const r = parser.parse(value, reference, { forwardDate: false }).find((x) => x.start.isCertain('day') && x.start.isCertain('month'));
    if (!r) continue;
    const offset = r.start.isCertain('timezoneOffset') ? (r.start.get('timezoneOffset') as number) : null;
    const date = r.start.date();
    // Without an offset the written day is the sender's own day: keep it, read as UTC.
    return { date, offsetMinutes: offset ?? 0 };
  }
  return { date: null, offsetMinutes: null };
}
