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

export function nodemailerMessage(email: OutboundEmail) {
  return {
    from: email.from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: `<${email.messageId}>`,
    inReplyTo: email.inReplyTo ? `<${email.inReplyTo}>` : undefined,
    references: email.references.length ? email.references.map((r) => `<${r}>`) : undefined,
    headers: replyHeaders(email),
  };
}

export async function composeMime(email: OutboundEmail, date: Date): Promise<Buffer> {
  const info = await composer.sendMail({ ...nodemailerMessage(email), date });
  return info.message as Buffer;
}
