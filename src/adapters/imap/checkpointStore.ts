/** IMAP checkpoints (migrations/003_mailbox.ts): one SQL operation per function, the db passed in. */
import type { Knex } from 'knex';
import { dialectOf } from '../db/connect';
import type { Checkpoint } from './cursor';

/** An arbitrary constant naming "a mailbox being taken in" among advisory locks. */
const MAILBOX_LOCK_KEY = 74_726_152;

export async function getCheckpoint(db: Knex, mailbox: string): Promise<Checkpoint | null> {
  const row = await db('mailbox_checkpoints').where({ mailbox }).first();
  return row ? { uidValidity: String(row.uid_validity), lastUid: Number(row.last_uid) } : null;
}

export async function saveCheckpoint(db: Knex, mailbox: string, checkpoint: Checkpoint, now: Date): Promise<void> {
  await db('mailbox_checkpoints')
    .insert({ mailbox, uid_validity: checkpoint.uidValidity, last_uid: checkpoint.lastUid, updated_at: now.toISOString() })
    .onConflict('mailbox')
    .merge(['uid_validity', 'last_uid', 'updated_at']);
}

/**
 * Run `pass` unless another process is taking in the same mailbox (replicas on one PostgreSQL
 * database): two at once would both fetch, parse and MOVE the same messages, and a server can copy a
 * message into Processed twice before either session expunges it. The lock is a transaction-scoped
 * advisory lock on one pooled connection (the pass itself uses others), released when the pass ends
 * or its process dies. SQLite serves one process. Returns false when the pass was skipped.
 */
export async function aloneOnMailbox(db: Knex, mailbox: string, pass: () => Promise<void>): Promise<boolean> {
  if (dialectOf(db) !== 'postgres') {
    await pass();
    return true;
  }
  const trx = await db.transaction();
  try {
    const { rows } = (await trx.raw("SELECT pg_try_advisory_xact_lock(?, hashtext(current_schema() || ':' || ?)) AS ok", [MAILBOX_LOCK_KEY, mailbox])) as { rows: { ok: boolean }[] };
    if (!rows[0]?.ok) return false;
    await pass();
    return true;
  } finally {
    await trx.commit().catch(() => undefined); // nothing was written in it; this ends the lock
  }
}
