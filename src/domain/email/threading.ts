/**
 * Subjects and Message-ID headers that keep our replies in the customer's thread.
 *
 * Storage convention: Message-IDs are stored WITHOUT angle brackets (`abc@desk.example`), exactly as
 * `InboundMessage.messageId` and `references` hold them. Angle brackets are added only when a header
 * is written: `referencesFor` returns header-ready values (`<abc@desk.example>`), which nodemailer
 * passes through unchanged (it adds brackets only when they are missing).
 */
import { AppError } from '../../errors';
import { parseTicketRef, ticketRef } from '../ticket';

/** Reply and forward prefixes mail clients add, in the languages our customers write in. */
const PREFIX_RE = /^\s*(?:re|aw|sv|vs|antw|antwort|ref|rif|res|odp|fw|fwd|wg|tr|rv|enc)(?:\s*\[\d+\]|\s*\(\d+\))?\s*:\s*/i;
const TICKET_TAG_RE = /\s*\[\s*DEL-?\d+\s*\]\s*/gi;
/** RFC 5322 §2.1.1 allows 998 characters per line; long subjects are also unreadable. */
const MAX_SUBJECT_TOPIC = 160;
const DEFAULT_TOPIC = 'Your data deletion request';

/**
 * `Re: [DEL-12] <topic>`: one `Re:`, one ticket tag. Earlier `Re:`/`AW:`/`Fwd:` prefixes and every
 * `[DEL-n]` tag are removed first; a stale tag of another ticket would make the parser file the next
 * reply under the wrong ticket. Line breaks are collapsed (they would otherwise inject headers).
 */
export function replySubject(ticketId: number | string, originalSubject: string): string {
  const id = typeof ticketId === 'number' ? ticketId : parseTicketRef(ticketId);
  if (id === null || !Number.isInteger(id) || id < 0) throw new AppError('bad_input', `Not a ticket id: ${String(ticketId)}`);
  return `Re: ${ticketSubject(id, originalSubject)}`;
}

/**
 * The ticket named by the first `[DEL-n]` tag of a subject (our replies carry one): found with the
 * pattern that strips tags, read by the one ticket-id parser (`parseTicketRef`).
 */
export function ticketTagIn(subject: string): number | null {
  const tag = new RegExp(TICKET_TAG_RE.source, 'i').exec(subject);
  return tag ? parseTicketRef(tag[0].trim().slice(1, -1)) : null;
}

/** `[DEL-12] <topic>` without a reply prefix: the subject of a message that starts a thread. */
export function ticketSubject(ticketId: number, topic: string): string {
  return `[${ticketRef(ticketId)}] ${subjectTopic(topic)}`;
}

/** The subject without reply prefixes and ticket tags, on one line, shortened if very long. */
export function subjectTopic(subject: string): string {
  let topic = subject.replace(/[\r\n\t]+/g, ' ');
  // Prefixes and tags interleave (`Re: [DEL-12] Re: AW: …`): strip until nothing changes.
  for (let previous = ''; previous !== topic; ) {
    previous = topic;
    topic = topic.replace(TICKET_TAG_RE, ' ').replace(PREFIX_RE, '').trim();
  }
  topic = topic.replace(/\s{2,}/g, ' ').trim();
  if (!topic) return DEFAULT_TOPIC;
  if (topic.length > MAX_SUBJECT_TOPIC) topic = `${topic.slice(0, MAX_SUBJECT_TOPIC - 1).trimEnd()}…`;
  return topic;
}

export interface ThreadHeaders {
  /** `<id>` of the message we answer, or undefined when there is none. */
  inReplyTo: string | undefined;
  /** Space-separated `<id>` list, or undefined when there is none. */
  references: string | undefined;
}

/** Enough to thread in every client we know while keeping the header far below 998 characters. */
export const MAX_REFERENCES = 10;

/**
 * In-Reply-To and References for a reply to the last message of `thread` (Message-IDs oldest first,
 * with or without brackets). RFC 5322 §3.6.4: In-Reply-To is the parent's id; References is the
 * parent's References followed by the parent's id. When the thread is long we keep the first id (the
 * thread root, which clients use to group) and the most recent ones, as RFC 5537 §3.4.4 does for
 * netnews. Duplicates and malformed ids are dropped so one bad header does not break threading.
 */
export function referencesFor(thread: readonly string[], max: number = MAX_REFERENCES): ThreadHeaders {
  const ids: string[] = [];
  for (const raw of thread) {
    const id = normalizeMessageId(raw);
    if (id && !ids.includes(id)) ids.push(id);
  }
  if (ids.length === 0) return { inReplyTo: undefined, references: undefined };
  const limit = Math.max(2, Math.floor(max));
  const kept = ids.length > limit ? [ids[0], ...ids.slice(ids.length - (limit - 1))] : ids;
  return { inReplyTo: `<${ids[ids.length - 1]}>`, references: kept.map((id) => `<${id}>`).join(' ') };
}

/** `<abc@x>` or ` abc@x ` → `abc@x`; null when it is not a usable msg-id (RFC 5322 §3.6.4). */
export function normalizeMessageId(raw: string): string | null {
  const id = raw.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
  if (!id || /[\s<>]/.test(id) || !id.includes('@')) return null;
  return id;
}

/**
 * A new Message-ID for `domain`, without brackets: `<time>.<random>@<domain>`. The time part sorts
 * ids in a log; 128 random bits make collisions impossible in practice (RFC 5322 §3.6.4 asks for
 * global uniqueness). Our own domain at the right-hand side is also how `detectAutomated` recognises
 * our mail looping back. `random` is injectable for tests.
 */
export function newMessageId(domain: string, random: () => string = randomToken, now: Date = new Date()): string {
  const d = domain.trim().toLowerCase();
  if (!/^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/.test(d)) throw new AppError('bad_input', `Not a domain usable in a Message-ID: ${JSON.stringify(domain)}`);
  return `${now.getTime().toString(36)}.${random()}@${d}`;
}

/** The domain part of an address, for `newMessageId(domainOf(supportAddress))`. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return (at >= 0 ? address.slice(at + 1) : address).trim().replace(/>$/, '').toLowerCase();
}

function randomToken(): string {
  // globalThis.crypto is the Web Crypto API, present in Node ≥ 19; no import keeps the domain I/O free.
  return globalThis.crypto.randomUUID().replace(/-/g, '');
}
