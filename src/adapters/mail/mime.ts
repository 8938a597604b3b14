/**
 * OutboundEmail → RFC 5322 bytes, with nodemailer's composer (stream transport, buffered).
 * Both the maildrop outbox and the SMTP sender use it, so a reply looks the same either way.
 */
import nodemailer from 'nodemailer';
import type { OutboundEmail } from '../../ports/mail';

const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

/** Headers every reply carries. */
export function replyHeaders(email: OutboundEmail): Record<string, string> {
  return {
    // RFC 3834 §5: automatic responses are marked so that other robots do not answer them.
    'Auto-Submitted': 'auto-replied',
    // Ask Exchange/Outlook not to send out-of-office or delivery receipts back to us.
    'X-Auto-Response-Suppress': 'All',
    'X-Deletion-Desk': email.ticket ?? 'none',
  };
}

/**
 * `fromName` is the display name of the From (SUPPORT_NAME): `"Data Deletion Desk" <deletions@…>`.
 * nodemailer quotes it and encodes non-ASCII names (RFC 5322 §3.4, RFC 2047), so a name with a comma
 * or an accent cannot break the header.
 */
export function nodemailerMessage(email: OutboundEmail, fromName?: string) {
  return {
    from: fromName ? { name: fromName, address: email.from } : email.from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: `<${email.messageId}>`,
    inReplyTo: email.inReplyTo ? `<${email.inReplyTo}>` : undefined,
    references: email.references.length ? email.references.map((r) => `<${r}>`) : undefined,
    headers: replyHeaders(email),
    attachments: email.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
  };
}

export async function composeMime(email: OutboundEmail, date: Date, fromName?: string): Promise<Buffer> {
  const info = await composer.sendMail({ ...nodemailerMessage(email, fromName), date });
  return info.message as Buffer;
}
