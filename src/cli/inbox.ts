/** `deletion-desk inbox` (mail kept without an answer) and `deletion-desk open KEY` (make one a ticket). */
import { parseArgs } from 'node:util';
import { AppError } from '../errors';
import { messagesWithOutcome } from '../adapters/db/messageStore';
import { UNANSWERED } from '../domain/inbox';
import { isVerified } from '../domain/ticket';
import { flushEmail, staffBy, withApp, type Command } from './command';

export const inboxCommand: Command = {
  usage: 'inbox [--json]',
  summary: 'mail kept without an answer (spam, non-requests from non-contacts, forwards asking "is this legit?"), newest first',
  run: async (args, io) => {
    const { values } = parseArgs({ args, options: { json: { type: 'boolean' } } });
    return withApp(io, async (app) => {
      const kept = await messagesWithOutcome(app.db, UNANSWERED);
      if (values.json) {
        for (const m of kept) io.stdout(JSON.stringify({ messageKey: m.messageKey, messageId: m.messageId, from: m.from, subject: m.subject, date: m.date, receivedAt: m.receivedAt, reason: m.reason, ticket: m.ticketId ? `DEL-${m.ticketId}` : null }));
      } else if (kept.length === 0) {
        io.stdout('the inbox is empty: every message was answered or handled');
      } else {
        for (const m of kept) io.stdout(`${m.receivedAt}  ${m.from ?? '?'}  ${JSON.stringify(m.subject ?? '')}  (${m.reason ?? 'unanswered'})${m.ticketId ? ` in the thread of DEL-${m.ticketId}` : ''}\n    key: ${m.messageKey}`);
        io.stdout(`\n${kept.length} message(s). Make one a ticket with: deletion-desk open KEY --by ID`);
      }
      return 0;
    });
  },
};

export const openCommand: Command = {
  usage: 'open MESSAGE-KEY --by ID',
  summary: 'make a ticket of a message in the inbox, as if its sender had asked (the sender is the requester)',
  run: async (args, io) => {
    const usage = 'open MESSAGE-KEY --by ID';
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { by: { type: 'string' } } });
    const key = positionals[0]?.replace(/^<|>$/g, '');
    if (!key || positionals.length > 1) throw new AppError('bad_input', `expected one message key, as \`deletion-desk inbox\` lists it.\nusage: deletion-desk ${usage}`);
    const by = staffBy(values.by, usage, io);
    return withApp(io, async (app) => {
      const t = await app.intake.openUnanswered(key, by);
      await flushEmail(app);
      io.stdout(`opened DEL-${t.id} for ${t.requester} (${t.kind}, ${t.status.replace('_', ' ')}${isVerified(t.verification) ? '' : ', unverified'}); the sender was answered as for any request`);
      return 0;
    });
  },
};
