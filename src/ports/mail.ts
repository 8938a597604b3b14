/**
 * Mail in and out: what the intake adapters hand a raw message to and get back, reading a raw
 * message (MIME), checking its sender (DKIM/SPF/DMARC), and the outgoing email the outbox hands to a
 * mailer. Implemented by adapters/mail (mailparser, mailauth), adapters/smtp and adapters/maildrop;
 * wired in main.ts.
 */
import type { InboundMessage } from '../domain/message';
import type { Catalog } from '../domain/catalog';
import type { ParseOptions, ParserCatalog } from '../domain/parse/index';
import type { ParseResult } from '../domain/request';

import type { Arrival, IntakeOutcome } from '../domain/intake';

/**
 * What became of one received message; the intake adapters (IMAP, maildrop) file it accordingly
 * (`intakeDisposition` in domain/intake.ts, where the type is defined with that rule).
 */
export type { Arrival, IntakeOutcome, IntakeOutcomeType } from '../domain/intake';

/** Takes one raw message in (services/intake.ts); the maildrop adapter calls it. */
export type ReceiveMail = (raw: Buffer, origin: string) => Promise<IntakeOutcome>;

/** Takes a batch in, in order, one transaction for all (services/intake.ts); the IMAP adapter calls it. */
export type ReceiveMailBatch = (arrivals: Arrival[]) => Promise<IntakeOutcome[]>;

/** Parses raw RFC 5322 bytes into what the domain reads (adapters/mail/readMessage.ts). */
export type ReadMessage = (raw: Buffer | string) => Promise<InboundMessage>;

/**
 * Reading and parsing away from the thread that runs the transactions (adapters/mail/offThreadReader.ts):
 * the same results as `ReadMessage` and the request parser over the catalog's index, asynchronously.
 */
export interface MessageReader {
  read(raw: Buffer): Promise<InboundMessage>;
  /** `cached`: the catalog and the index the catalog cache built for it (the worker builds its own once). */
  parse(message: InboundMessage, cached: { catalog: Catalog; index: ParserCatalog }, options: ParseOptions & { now: Date }): Promise<ParsedMessage>;
}

/**
 * What the parser made of a message, with the message's new text (quoted history and signature left
 * out), which intake stores and reads again: worked out where the parse runs, not twice.
 */
export interface ParsedMessage {
  parse: ParseResult;
  newText: string;
}

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
  /** Files sent with it (the complete deletion receipt as CSV). */
  attachments?: EmailAttachment[];
}

export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface Mailer {
  /** Throws AppError('transient') for failures worth retrying; anything else is permanent. */
  send(email: OutboundEmail): Promise<void>;
  close?(): Promise<void>;
}
