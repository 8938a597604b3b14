/**
 * Releasing mail held by the per-sender reply limit. An answer over the limit is not dropped: it waits
 * (`held`) and is sent, oldest first, as soon as its recipient's last hour has room again. Run by the
 * email outbox worker before each claim, so held mail leaves as soon as the window allows, on every
 * replica. Two replicas releasing for the same address at the same instant can each release one; the
 * limit is a loop guard, and one extra email per hour does not start a loop.
 */
import type { Knex } from 'knex';
import { countOutboundSince } from './messageStore';
import { enqueueNotification } from './outboxStore';
import type { HeldMail } from '../../ports/stores';

const HOUR_MS = 60 * 60 * 1000;

/** Release what the window allows; returns how many emails were released. */
export async function releaseHeldEmails(db: Knex, now: Date, perHour: number, options: { slackEnabled?: boolean } = {}): Promise<number> {
  const held: { id: number; ticket_id: number | null; payload: string }[] = await db('notifications').select('id', 'ticket_id', 'payload').where({ channel: 'email', status: 'held' }).orderBy('id').limit(500);
  if (held.length === 0) return 0;
  const byAddress = new Map<string, { id: number; ticketId: number | null; messageId: string }[]>();
  for (const row of held) {
    const payload = JSON.parse(row.payload) as { to: string; messageId: string };
    const list = byAddress.get(payload.to) ?? [];
    list.push({ id: row.id, ticketId: row.ticket_id, messageId: payload.messageId });
    byAddress.set(payload.to, list);
  }
  const nowIso = now.toISOString();
  const since = new Date(now.getTime() - HOUR_MS).toISOString();
  let released = 0;
  for (const [to, rows] of byAddress) {
    released += await db.transaction(async (trx) => {
      const room = perHour - (await countOutboundSince(trx, to, since));
      let n = 0;
      for (const row of rows.slice(0, Math.max(0, room))) {
        // Compare-and-set on the status: a row another replica released already is skipped.
        const changed = await trx('notifications').where({ id: row.id, status: 'held' }).update({ status: 'pending', run_after: nowIso, last_error: null });
        if (changed !== 1) continue;
        await trx('messages').where({ message_key: row.messageId, direction: 'out' }).update({ outcome: 'queued', reason: `held by the reply limit, released ${nowIso}`, counted_at: nowIso });
        // The card said the email was held; let it say it no longer is.
        if (options.slackEnabled && row.ticketId !== null) {
          const ticket = await trx('tickets').select('version').where({ id: row.ticketId }).first();
          if (ticket) await enqueueNotification(trx, { ticketId: row.ticketId, channel: 'slack', payload: { ticketId: row.ticketId, action: 'email_released', actor: 'system:mailer', version: ticket.version }, now: nowIso });
        }
        n += 1;
      }
      return n;
    });
  }
  return released;
}

/** The held-mail port (ports/stores.ts). */
export const heldMail: HeldMail = { releaseHeldEmails };
