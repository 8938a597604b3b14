/**
 * The new text of a message: what the sender wrote now, without quoted history, signatures, legal
 * disclaimers or forwarded headers. Only this text is read as the request (DESIGN.md section 3: a
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

const FORWARD_MARKER =
  /^\s*(?:-{2,}\s*(?:forwarded message|original message follows|weitergeleitete nachricht|message transf[ée]r[ée]|mensaje reenviado|doorgestuurd bericht|mensagem encaminhada|転送されたメッセージ)\s*-*|begin forwarded message:|d[ée]but du message r[ée]exp[ée]di[ée]\s*:|anfang der weitergeleiteten nachricht:|inicio del mensaje reenviado:)\s*$/im;
const FORWARD_SUBJECT = /^\s*(?:\[[^\]]*\]\s*)?(?:fwd?|fw|wg|tr|rv|enc|doorst)\s*:/i;

/** A line that starts a header block of quoted or forwarded mail (Outlook, Apple, Thunderbird). */
const HEADER_FROM = /^\s*\*?(?:from|von|de|van|da|från|差出人|发件人)\s*\*?\s*:\s*\S/i;
const HEADER_NEXT = /^\s*\*?(?:sent|date|gesendet|datum|envoy[ée]|enviado|fecha|verzonden|data|enviada em|送信日時|日付|to|an|à|para|aan|subject|betreff|objet|asunto|onderwerp|assunto|件名)\s*\*?\s*:/i;
const HEADER_LINE = /^\s*\*?(?:from|von|de|van|da|sent|date|gesendet|datum|envoy[ée]|enviado|fecha|verzonden|to|an|à|para|aan|cc|subject|betreff|objet|asunto|onderwerp|assunto|reply-to|差出人|送信日時|宛先|件名)\s*\*?\s*:/i;

const ATTRIBUTION = [
  // On Mon, Mar 4, 2024 at 10:12 AM Ana <ana@…> wrote:   (Gmail, Apple Mail, Thunderbird; also wrapped)
  /^\s*(?:on|le|el|il|em|op|den|w dniu|pe|am)\s.{3,240}?\b(?:wrote|a [ée]crit|escribi[óo]|ha scritto|escreveu|schreef|skrev|napisa[łl]|kirjoitti|schrieb)\b[^:]{0,160}:\s*$/i,
  /^\s*.{1,120}\s(?:wrote|schrieb|a [ée]crit|escribi[óo]|escreveu|schreef):\s*$/i,
  /^\s*20\d\d[年/.-].{0,200}(?:のメッセージ|書きました|wrote)\s*[:：]\s*$/,
  /^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|oorspronkelijk bericht|mensagem original|元のメッセージ)\s*-{2,}\s*$/i,
];

const SIGN_OFF =
  /^\s*(?:(?:best|kind|warm|warmest|many|with)?\s*(?:regards|wishes)|best|cheers|sincerely|yours(?: truly| sincerely)?|thanks?(?: you)?(?: so much| a lot| again| in advance)?|many thanks|thx|ty|mit freundlichen gr(?:ü|ue)(?:ß|ss)en|(?:viele|beste|liebe|freundliche) gr(?:ü|ue)(?:ß|ss)e|gru(?:ß|ss)|danke(?: schön| sehr)?|(?:bien )?cordialement|bien (?:à|a) vous|merci(?: beaucoup| d'avance)?|salutations|(?:un )?saludos?(?: cordiales)?|atentamente|gracias|met vriendelijke groet(?:en)?|groeten|atenciosamente|obrigad[oa]|cumprimentos|よろしくお願いします|よろしくお願いいたします|以上です)[\s,.!。]*$/i;
const MOBILE_FOOTER =
  /^\s*(?:sent from (?:my |the )?\S|get outlook for|von meinem \S+ gesendet|gesendet von meinem|envoy[ée] (?:de|depuis) mon|enviado desde mi|verzonden (?:vanaf|met) mijn|enviado do meu|iphoneから送信)/i;
const DISCLAIMER =
  /^\s*(?:\*?(?:confidentiality notice|disclaimer|legal notice)\b|this (?:e-?mail|message|communication)\b.{0,80}\b(?:confidential|privileged|intended (?:solely|only))|the information (?:contained )?in this (?:e-?mail|message)|diese (?:e-?mail|nachricht) (?:enthält|ist|kann) .{0,40}vertraulich|ce (?:message|courriel|mail)\b.{0,60}confidenti|este (?:mensaje|correo)\b.{0,60}confidencial)/i;
const SIG_SEPARATOR = /^(?:--\s?|—|_{5,}|-{5,}|={5,})\s*$/;

/** The text body a person would read: the text part, or the HTML part converted when there is no text part. */
export function bodyText(message: Pick<InboundMessage, 'text' | 'html' | 'contentType'>): string {
  const htmlOnly = message.html !== null && (message.text.trim() === '' || message.contentType.startsWith('text/html'));
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
  return newTextOf(bodyText(message).slice(0, MAX_BODY_CHARS), FORWARD_SUBJECT.test(message.subject));
}

/** The new text of a plain-text body. `isForward`: the subject says Fwd/FW, so an Outlook header block starts the forwarded part. */
export function newTextOf(body: string, isForward = false): string {
  const lines = body.split('\n');
  const fwdAt = lines.findIndex((l) => FORWARD_MARKER.test(l));
  if (fwdAt >= 0) return joinParts(stripReply(lines.slice(0, fwdAt)), stripReply(dropHeaderBlock(lines.slice(fwdAt + 1))));
  if (isForward) {
    const at = findHeaderBlock(lines);
    if (at >= 0) return joinParts(stripReply(lines.slice(0, at)), stripReply(dropHeaderBlock(lines.slice(at))));
  }
  return stripReply(lines);
}

function joinParts(own: string, forwarded: string): string {
  return [own, forwarded].filter((p) => p !== '').join('\n\n');
}

/** Removes the From/Date/Subject/To lines at the top of a forwarded or quoted message. */
function dropHeaderBlock(lines: string[]): string[] {
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  let sawHeader = false;
  while (i < lines.length) {
    const line = lines[i];
    if (HEADER_LINE.test(line)) {
      sawHeader = true;
      i++;
      // A wrapped header value (e.g. a long To: list) continues on indented lines.
      while (i < lines.length && /^\s+\S/.test(lines[i]) && !HEADER_LINE.test(lines[i])) i++;
      continue;
    }
    if (sawHeader && line.trim() === '') { i++; break; }
    break;
  }
  return lines.slice(i);
}

function findHeaderBlock(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    if (!HEADER_FROM.test(lines[i])) continue;
    for (let j = i + 1; j <= i + 4 && j < lines.length; j++) if (HEADER_NEXT.test(lines[j])) return i;
  }
  return -1;
}

function historyStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    if (/^\s*>/.test(line)) {
      // A block of `>` lines counts as history from here on only when nothing new follows it;
      // interleaved answers are rare in deletion requests and the lines are dropped below anyway.
      continue;
    }
    // Attributions wrap ("On Mon, … Ana <\nana@x> wrote:"): join up to three non-blank lines, but never
    // across a finished sentence, so a reply line starting with "Il"/"Le"/"On" is not taken for one.
    const joinable = line.length < 200 && !/[.!?]\s*$/.test(line);
    const two = joinable && (lines[i + 1] ?? '').trim() !== '' ? `${line} ${lines[i + 1]}` : line;
    const three = two !== line && (lines[i + 2] ?? '').trim() !== '' ? `${two} ${lines[i + 2]}` : two;
    for (const re of ATTRIBUTION) if (re.test(line) || (line.length < 200 && (re.test(two) || re.test(three)))) {
      // "On … wrote:" wrapped over lines: only when the first line starts the attribution.
      if (re.test(line) || /^\s*(?:on|le|el|il|em|op|am|den)\s/i.test(line)) return i;
    }
    if (HEADER_FROM.test(line)) {
      for (let j = i + 1; j <= i + 4 && j < lines.length; j++) if (HEADER_NEXT.test(lines[j])) return i;
    }
    if (/^_{10,}\s*$/.test(line) && i + 1 < lines.length && HEADER_FROM.test(lines[i + 1])) return i;
  }
  return -1;
}

function stripReply(input: string[]): string {
  let lines = input;
  const cut = historyStart(lines);
  if (cut >= 0) lines = lines.slice(0, cut);
  lines = lines.filter((l) => !/^\s*>/.test(l));
  const visible = replyParser.read(lines.join('\n')).getVisibleText();
  const out: string[] = [];
  for (const line of visible.split('\n')) {
    if (SIG_SEPARATOR.test(line) || MOBILE_FOOTER.test(line) || DISCLAIMER.test(line)) break;
    // A sign-off ends the message only after some content: "Thanks!" opening a mail is not a signature.
    if (line.length <= 60 && SIGN_OFF.test(line) && out.some((l) => l.trim() !== '')) break;
    out.push(line.replace(/\s+$/, ''));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
