/**
 * An email as the pure code sees it: already decoded by mailparser (adapters/mail/readMessage.ts),
 * charset-converted, with the headers the domain needs. No Buffers, no streams.
 */

export interface MailAddress {
  /** Lower-cased. */
  address: string;
  name: string;
}

export interface InboundMessage {
  /** Message-ID without angle brackets, or null when the message has none. */
  messageId: string | null;
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  replyTo: MailAddress | null;
  subject: string;
  /** The Date header, or null when it is missing or unreadable. */
  date: Date | null;
  /** The text/plain body as decoded; '' when there is none. */
  text: string;
  /** The text/html body, or null. */
  html: string | null;
  inReplyTo: string | null;
  references: string[];
  /** Lower-cased header name → first value as a string, for the headers pure code inspects. */
  headers: Record<string, string>;
  /** Top-level content type, lower-cased (`multipart/report` for DSNs). */
  contentType: string;
  attachments: { filename: string | null; contentType: string; size: number }[];
}

/** A message that did not come by email (a request staff typed in Slack), as the parser reads one. */
export function plainTextMessage(from: string, text: string, date: Date, subject = ''): InboundMessage {
  return {
    messageId: null,
    from: { address: from.toLowerCase(), name: '' },
    to: [],
    cc: [],
    replyTo: null,
    subject,
    date,
    text,
    html: null,
    inReplyTo: null,
    references: [],
    headers: {},
    contentType: 'text/plain',
    attachments: [],
  };
}

/** Headers a helpdesk marks its relays with ("X-JIRA-FingerPrint", "X-Freshdesk-Ticket-Id"): kept by the mail reader, read by the parser. */
export const HELPDESK_HEADER = /^x-(?:zendesk|jira|freshdesk|servicenow)-/i;
