/** A plain-text InboundMessage for parser tests: the text, the defaults a test states, and overrides. */
import type { InboundMessage } from '../../src/domain/message';

export interface TextMessageDefaults {
  from: string;
  date: Date;
  subject?: string;
  /** The Date header as written (its offset gives the sender's own day). */
  dateHeader?: string;
}

export function textMessage(text: string, defaults: TextMessageDefaults, extra: Partial<InboundMessage> = {}): InboundMessage {
  return {
    messageId: 'm@x', from: { address: defaults.from, name: 'Ops' }, to: [], cc: [], replyTo: null, subject: defaults.subject ?? 'Data deletion',
    date: defaults.date, text, html: null, inReplyTo: null, references: [], headers: defaults.dateHeader ? { date: defaults.dateHeader } : {},
    contentType: 'text/plain', attachments: [], ...extra,
  };
}
