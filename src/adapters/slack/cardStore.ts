/**
 * Where each ticket's Slack card lives (`slack_cards`) and which changes were noted in its thread
 * (`slack_notes`). One SQL operation per function.
 *
 * A row with a null ts is a claim: one worker is posting the card. A claim is never deleted after a
 * failed attempt, because the attempt may have posted the card all the same (Slack answered and the
 * process died, or the answer was lost): it is released instead, and the row keeps
 * `first_claimed_at`, from which the next attempt looks for the card in the channel.
 */
import type { Knex } from 'knex';
import type { CardRecord, CardStore } from '../../ports/stores';
export type { CardRecord };

interface CardRow {
  ticket_id: number;
  channel: string;
  ts: string | null;
  claimed_at: string;
  first_claimed_at: string | null;
}

/**
 * The claim time of a released claim: older than any stale limit, so the next attempt takes it over
 * at once (compare-and-set, like any takeover) instead of waiting for it to go stale.
 */
const RELEASED_CLAIM = new Date(0).toISOString();

export async function getCard(db: Knex, ticketId: number): Promise<CardRecord | undefined> {
  const row = await db<CardRow>('slack_cards').where({ ticket_id: ticketId }).first();
  // Rows claimed before first_claimed_at existed: their claim time is when that attempt began.
  return row ? { ticketId: row.ticket_id, channel: row.channel, ts: row.ts, claimedAt: row.claimed_at, firstClaimedAt: row.first_claimed_at ?? row.claimed_at } : undefined;
}

/** Claim the posting of a card; false when another worker holds the claim or the card exists. */
export async function claimCard(db: Knex, ticketId: number, channel: string, now: string): Promise<boolean> {
  try {
    await db('slack_cards').insert({ ticket_id: ticketId, channel, ts: null, claimed_at: now, first_claimed_at: now, updated_at: now });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * Take over a claim whose worker died or gave it back (compare-and-set on the old claim time). Its
 * first_claimed_at stays: the card may have been posted by any attempt since.
 */
export async function takeOverClaim(db: Knex, ticketId: number, previousClaim: string, now: string): Promise<boolean> {
  const n = await db('slack_cards').where({ ticket_id: ticketId, claimed_at: previousClaim }).whereNull('ts').update({ claimed_at: now, updated_at: now });
  return n === 1;
}

export async function setCardTs(db: Knex, ticketId: number, ts: string, now: string): Promise<void> {
  await db('slack_cards').where({ ticket_id: ticketId }).update({ ts, updated_at: now });
}

/** Give our claim back after a failed attempt, so that the retry takes it over at once. */
export async function releaseClaim(db: Knex, ticketId: number, claimedAt: string): Promise<void> {
  await db('slack_cards').where({ ticket_id: ticketId, claimed_at: claimedAt }).whereNull('ts').update({ claimed_at: RELEASED_CLAIM });
}

/** Forget a card that was deleted in Slack; the next delivery posts a new one. */
export async function forgetCard(db: Knex, ticketId: number): Promise<void> {
  await db('slack_cards').where({ ticket_id: ticketId }).delete();
}

export async function hasNote(db: Knex, ticketId: number, version: number): Promise<boolean> {
  return (await db('slack_notes').where({ ticket_id: ticketId, version }).first()) !== undefined;
}

export async function recordNote(db: Knex, ticketId: number, version: number, ts: string | null, now: string): Promise<void> {
  await db('slack_notes').insert({ ticket_id: ticketId, version, ts, created_at: now }).onConflict(['ticket_id', 'version']).ignore();
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; errno?: number };
  // PostgreSQL unique_violation (SQLSTATE 23505); SQLite SQLITE_CONSTRAINT (19).
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT' || e?.errno === 19;
}

/** The card store port (ports/stores.ts). */
export const cardStore: CardStore = { getCard, claimCard, takeOverClaim, setCardTs, releaseClaim, forgetCard, hasNote, recordNote };
