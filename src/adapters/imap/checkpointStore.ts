/** IMAP checkpoints (migrations/003_mailbox.ts): one SQL operation per function, the db passed in. */
import type { Knex } from 'knex';
import type { Checkpoint } from './cursor';

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
