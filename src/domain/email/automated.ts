/**
 * Is this message written by a machine? We never answer an auto-reply, a bounce, a mailing list or our
 * own mail: answering them is how two robots mail each other forever (RFC 3834 §2, §5). Each rule below
 * names the standard or the vendor habit it relies on; the reason is written for the staff member who
 * reads the audit log or the Slack thread.
 */
import type { InboundMessage } from '../message';

export type AutomatedVerdict =
  | { automated: false }
  | {
      automated: true;
      /** Why, in words a support person understands. */
      reason: string;
      /** Stable name of the rule that matched, for logs and metrics. */
      rule: AutomatedRule;
    };

export const AUTOMATED_RULES = [
  'own_mail',
  'delivery_report',
  'auto_submitted',
  'precedence',
  'auto_response_suppress',
  'autoreply_header',
  'null_return_path',
  'failed_recipients',
  'system_sender',
  'mailing_list',
  'subject',
] as const;
export type AutomatedRule = (typeof AUTOMATED_RULES)[number];

export interface OwnIdentity {
  /** The address customers write to and we send from. */
  supportAddress: string;
  /** The right-hand side of the Message-IDs we generate (`newMessageId`). */
  ownMessageIdDomain: string;
}

/**
 * Headers every message we send carries, so that well-behaved responders stay silent (RFC 3834 §5:
 * do not auto-respond to `Auto-Submitted` other than `no`; Exchange honours X-Auto-Response-Suppress)
 * and so that our own mail looping back is recognised here even if From was rewritten.
 */
export const OUTGOING_AUTOMATION_HEADERS: Readonly<Record<string, string>> = {
  'Auto-Submitted': 'auto-replied',
  'X-Auto-Response-Suppress': 'All',
  'X-Deletion-Desk': '1',
};

/** Exchange's X-Auto-Response-Suppress values that mark a message as machine-generated. */
const SUPPRESS_TOKENS = new Set(['all', 'oof', 'autoreply', 'dr', 'ndr']);
const PRECEDENCE_VALUES = new Set(['bulk', 'junk', 'list', 'auto_reply']);

/** Local parts of system mailboxes that no person reads (RFC 5321 §4.5.1, RFC 2142, common habits). */
const SYSTEM_LOCAL_PART_RE = /^(?:mailer-daemon|mailerdaemon|postmaster|no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|bounces?|mail-?daemon)(?:[+-].*)?$/i;

/** Optional reply/forward prefixes before an automatic subject: `Re: Automatic reply: …`. */
const LEAD = String.raw`^\s*(?:(?:re|aw|fw|fwd|wg|sv|tr)\s*:\s*)*`;
/**
 * Subjects that Outlook, Exchange, Gmail, Notes, Postfix, Exim, Sendmail and Google set on automatic
 * mail. Anchored at the start and followed by a separator, so "Automatic deletion of our data" or a
 * sentence that merely mentions an out-of-office is not caught.
 */
const AUTO_SUBJECT_RE = new RegExp(
  LEAD +
    String.raw`(?:automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|automatische antwort|abwesenheitsnotiz|réponse automatique|reponse automatique|respuesta automática|respuesta automatica|risposta automatica|automatisch antwoord|automatiskt svar|undeliverable|unzustellbar|non remis|undelivered mail returned to sender|mail delivery failed|delivery status notification|delivery failure|returned mail|failure notice|mail delivery system|message not delivered)` +
    String.raw`(?=\s*(?:[:\-–—(\[]|$))`,
  'i',
);
/** Out-of-office subjects are free text ("Out of Office until 12 March"), so only the start is required. */
const OUT_OF_OFFICE_RE = new RegExp(LEAD + String.raw`(?:out of (?:the )?office|ooo\b|i am away|abwesend|absent du bureau|absence du bureau|fuera de la oficina)`, 'i');

/** Decide whether `msg` must not be answered. Rules run from the most to the least certain. */
export function detectAutomated(msg: InboundMessage, own: OwnIdentity): AutomatedVerdict {
  for (const rule of RULES_IN_ORDER) {
    const verdict = rule(msg, own);
    if (verdict) return verdict;
  }
  return { automated: false };
}

/** One rule: a verdict when it recognises automatic mail, `null` to let the next rule look. */
type Rule = (msg: InboundMessage, own: OwnIdentity) => AutomatedVerdict | null;

const yes = (rule: AutomatedRule, reason: string): AutomatedVerdict => ({ automated: true, rule, reason });

// Our own mail first: whatever else it carries, the explanation that matters is "it is ours".
const ownMail: Rule = (msg, own) => {
  const h = msg.headers;
  const support = own.supportAddress.trim().toLowerCase();
  if (msg.from && support && msg.from.address === support) {
    return yes('own_mail', `it was sent from our own support address (${support}), so it is our own message coming back`);
  }
  if (h['x-deletion-desk'] !== undefined) {
    return yes('own_mail', 'it carries our X-Deletion-Desk header, so it is our own message coming back');
  }
  const domain = own.ownMessageIdDomain.trim().toLowerCase();
  if (msg.messageId && domain && msg.messageId.toLowerCase().endsWith(`@${domain}`)) {
    return yes('own_mail', `its Message-ID (${msg.messageId}) was made by us, so it is our own message coming back`);
  }
  if (h['x-loop'] && support && h['x-loop'].toLowerCase().includes(support)) {
    return yes('own_mail', `its X-Loop header names our support address, so it already went through us`);
  }
  return null;
};

// RFC 3462/6522 delivery status notifications: the report itself says it is a bounce.
const deliveryReport: Rule = (msg) => {
  const contentTypeHeader = (msg.headers['content-type'] ?? '').toLowerCase();
  if (msg.contentType === 'multipart/report' || /report-type\s*=\s*"?(?:delivery-status|disposition-notification)/.test(contentTypeHeader)) {
    const what = /disposition-notification/.test(contentTypeHeader) ? 'a read receipt' : 'a delivery failure report (bounce)';
    return yes('delivery_report', `it is ${what} sent by a mail server (Content-Type: multipart/report)`);
  }
  return null;
};

// RFC 3834 §5: any value but "no" means automatic.
const autoSubmittedHeader: Rule = (msg) => {
  const autoSubmitted = firstToken(msg.headers['auto-submitted']);
  if (autoSubmitted && autoSubmitted !== 'no') {
    const kind = autoSubmitted === 'auto-replied' ? 'an automatic reply' : autoSubmitted === 'auto-notified' ? 'an automatic notification' : 'generated automatically';
    return yes('auto_submitted', `the sender's mail system marked it as ${kind} (Auto-Submitted: ${autoSubmitted})`);
  }
  return null;
};

const precedenceHeader: Rule = (msg) => {
  const precedence = firstToken(msg.headers['precedence']);
  if (precedence && PRECEDENCE_VALUES.has(precedence)) {
    return yes('precedence', `it is marked as ${precedence === 'list' ? 'mailing-list' : precedence === 'auto_reply' ? 'automatic-reply' : 'bulk'} mail (Precedence: ${precedence})`);
  }
  return null;
};

const autoResponseSuppress: Rule = (msg) => {
  const h = msg.headers;
  const suppress = (h['x-auto-response-suppress'] ?? '')
    .split(/[,\s]+/)
    .map((t) => t.trim().toLowerCase())
    .filter((t) => SUPPRESS_TOKENS.has(t));
  if (suppress.length > 0) {
    return yes('auto_response_suppress', `Outlook/Exchange marked it as machine-generated (X-Auto-Response-Suppress: ${h['x-auto-response-suppress']})`);
  }
  return null;
};

const autoreplyHeader: Rule = (msg) => {
  for (const header of ['x-autoreply', 'x-autorespond', 'x-autogenerated'] as const) {
    const value = msg.headers[header];
    if (value !== undefined && !/^\s*(?:no|false|0)\s*$/i.test(value)) {
      return yes('autoreply_header', `it carries an auto-responder header (${canonicalName(header)}: ${value.trim() || 'yes'})`);
    }
  }
  return null;
};

// RFC 5321 §4.5.5: notifications are sent with a null reverse-path, which delivery records as `<>`.
// mailparser reads `Return-Path: <>` as an empty value.
const nullReturnPath: Rule = (msg) => {
  const h = msg.headers;
  if (h['return-path'] !== undefined && /^\s*(?:<\s*>)?\s*$/.test(h['return-path'])) {
    return yes('null_return_path', 'it was sent with an empty return address (Return-Path: <>), which is how mail servers send bounces');
  }
  return null;
};

const failedRecipients: Rule = (msg) => {
  const h = msg.headers;
  if (h['x-failed-recipients']) {
    return yes('failed_recipients', `it reports mail that could not be delivered (X-Failed-Recipients: ${h['x-failed-recipients'].trim()})`);
  }
  return null;
};

const systemSender: Rule = (msg) => {
  const local = msg.from?.address.split('@')[0] ?? '';
  if (SYSTEM_LOCAL_PART_RE.test(local)) {
    return yes('system_sender', `it comes from a system mailbox (${msg.from?.address}) that no person reads`);
  }
  return null;
};

// RFC 2369/2919 list headers. mailparser folds all List-* headers into one `list` object, so the
// adapter may hand us `list` instead of `list-id`; its presence is what matters here.
const mailingList: Rule = (msg) => {
  const h = msg.headers;
  const listId = h['list-id'];
  if (listId !== undefined || h['list-unsubscribe'] !== undefined || h['list'] !== undefined) {
    const which = listId && !/\[object /.test(listId) ? ` (List-Id: ${listId.trim()})` : '';
    return yes('mailing_list', `it was sent through a mailing list${which}, not written to us directly`);
  }
  return null;
};

const automaticSubject: Rule = (msg) => {
  const subject = msg.subject.replace(/\s+/g, ' ');
  if (AUTO_SUBJECT_RE.test(subject) || OUT_OF_OFFICE_RE.test(subject)) {
    return yes('subject', `its subject ("${subject.trim()}") is the subject of an automatic reply or a delivery failure`);
  }
  return null;
};

/** Header rules first, from the most to the least certain; the sender and the subject last. */
const RULES_IN_ORDER: readonly Rule[] = [
  ownMail,
  deliveryReport,
  autoSubmittedHeader,
  precedenceHeader,
  autoResponseSuppress,
  autoreplyHeader,
  nullReturnPath,
  failedRecipients,
  systemSender,
  mailingList,
  automaticSubject,
];

/** `auto-replied; owner-email="x"` → `auto-replied`. */
function firstToken(value: string | undefined): string {
  if (!value) return '';
  return value.split(/[;\s]/)[0]?.trim().toLowerCase() ?? '';
}

function canonicalName(header: string): string {
  return header.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());
}
