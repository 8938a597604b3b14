/**
 * Mail in and out: what the intake adapters hand a raw message to and get back, reading a raw
 * message (MIME), checking its sender (DKIM/SPF/DMARC), and the outgoing email the outbox hands to a
 * mailer. Implemented by adapters/mail (mailparser, mailauth), adapters/smtp and adapters/maildrop;
 * wired in main.ts.
 */
import type { InboundMessage } from '../domain/message';

/** What became of one received message; the intake adapters (IMAP, maildrop) file it accordingly. */
export type IntakeOutcomeType = 'created' | 'info' | 'note' | 'status' | 'cancelled' | 'refused' | 'ignored' | 'unanswered' | 'duplicate' | 'failed';

export interface IntakeOutcome {
  outcome: IntakeOutcomeType;
  messageKey: string;
  ticket?: string;
  reason?: string;
  /** Nothing was recorded because the database is unavailable: leave the message and try again later. */
  retry?: boolean;
}

/** Takes one raw message in (services/intake.ts); the IMAP and maildrop adapters call it. */
export type ReceiveMail = (raw: Buffer, origin: string) => Promise<IntakeOutcome>;

/** Parses raw RFC 5322 bytes into what the domain reads (adapters/mail/readMessage.ts). */
export type ReadMessage = (raw: Buffer | string) => Promise<InboundMessage>;

export interface SenderAuth {
  auth: 'pass' | 'fail' | 'none';
  spoofSuspected: boolean;
  details: Record<string, unknown>;
}

/** Sender checks of one message (adapters/mail/senderAuth.ts). */
export type CheckSender = (raw: Buffer, message: InboundMessage) => Promise<SenderAuth>;

/** What the email outbox worker sends: fixed when queued, so a retry sends the very same message. */
export interface OutboundEmail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  ticket: string | null;
  template: string;
}

export interface Mailer {
  /** Throws AppError('transient') for failures worth retrying; anything else is permanent. */
  send(email: OutboundEmail): Promise<void>;
  close?(): Promise<void>;
}
