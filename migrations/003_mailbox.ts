import type { Knex } from 'knex';

/**
 * IMAP checkpoints: per mailbox, the UIDVALIDITY and the highest UID already taken in and moved out
 * (RFC 9051 §2.3.1.1: a UID means the same message only while UIDVALIDITY is unchanged).
 * UIDVALIDITY is a 32-bit unsigned number, kept as text so both dialects store it the same way.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('mailbox_checkpoints', (t) => {
    /** `user@host:port/Mailbox`: one account can be watched by several bots on different mailboxes. */
    t.string('mailbox', 500).primary();
    t.string('uid_validity').notNullable();
    t.bigInteger('last_uid').notNullable();
    t.string('updated_at').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('mailbox_checkpoints');
}
