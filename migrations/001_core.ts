import type { Knex } from 'knex';

/**
 * The catalog, tickets, their messages, the audit log and the notification outbox.
 * Times are ISO-8601 UTC strings (same text on SQLite and PostgreSQL; lexical order = time order).
 * Additive only from here on (STYLE.md habit 10).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('workspaces', (t) => {
    t.string('id').primary();
    t.string('slug').notNullable().unique();
    t.string('name').notNullable();
    t.string('deleted_at').nullable();
    t.string('updated_at').notNullable();
  });
  await knex.schema.createTable('sources', (t) => {
    t.string('id').primary();
    t.string('workspace_id').notNullable().references('id').inTable('workspaces');
    t.string('slug').notNullable();
    t.string('name').notNullable();
    t.unique(['workspace_id', 'slug']);
  });
  await knex.schema.createTable('spaces', (t) => {
    t.string('id').primary();
    t.string('workspace_id').notNullable().references('id').inTable('workspaces');
    t.string('name').notNullable();
  });
  await knex.schema.createTable('contacts', (t) => {
    t.string('workspace_id').notNullable().references('id').inTable('workspaces');
    t.string('email').notNullable();
    t.primary(['workspace_id', 'email']);
    t.index(['email']);
  });

  await knex.schema.createTable('tickets', (t) => {
    t.increments('id').primary();
    t.string('kind').notNullable();
    t.string('status').notNullable();
    t.string('workspace').nullable();
    t.string('requester').notNullable();
    t.string('run_after').nullable();
    t.integer('version').notNullable();
    /** The whole Ticket (src/domain/ticket.ts) as JSON; the columns above are for queries. */
    t.text('data').notNullable();
    t.string('created_at').notNullable();
    t.string('updated_at').notNullable();
    t.index(['status', 'run_after']);
    t.index(['workspace']);
  });

  await knex.schema.createTable('messages', (t) => {
    t.increments('id').primary();
    t.integer('ticket_id').nullable().references('id').inTable('tickets');
    t.string('direction').notNullable(); // 'in' | 'out'
    /** Message-ID, or `sha256:<hex of the raw message>` when it has none: the de-duplication key. */
    t.string('message_key', 1000).notNullable().unique();
    t.string('message_id', 1000).nullable();
    t.string('from_addr').nullable();
    t.text('to_addr').nullable();
    t.text('subject').nullable();
    t.string('date').nullable();
    t.string('in_reply_to', 1000).nullable();
    t.text('refs').nullable();
    /** What intake did with it: ticket_created, info, status, cancel, ignored, duplicate, failed, sent. */
    t.string('outcome').notNullable();
    t.text('reason').nullable();
    t.text('auth').nullable();
    t.text('parse').nullable();
    /** The new text of the request (quoted history stripped), for staff. Never logged. */
    t.text('body').nullable();
    t.string('origin').nullable();
    t.string('raw_sha256').nullable();
    t.integer('raw_size').nullable();
    t.string('created_at').notNullable();
    t.index(['ticket_id']);
    t.index(['message_id']);
  });

  await knex.schema.createTable('audit_log', (t) => {
    /** Contiguous from 1: a gap is a deleted entry. */
    t.integer('seq').primary();
    t.integer('ticket_id').nullable();
    t.string('actor').notNullable();
    t.string('action').notNullable();
    t.text('detail').notNullable();
    t.string('at').notNullable();
    t.string('prev_hash').notNullable();
    t.string('hash').notNullable();
    t.index(['ticket_id']);
  });

  await knex.schema.createTable('notifications', (t) => {
    t.increments('id').primary();
    t.integer('ticket_id').nullable();
    t.string('channel').notNullable(); // 'email' | 'slack'
    /** Fixed when queued: an email's Message-ID, so a retry is the same message. */
    t.string('dedupe_key', 1000).nullable().unique();
    t.text('payload').notNullable();
    t.string('status').notNullable(); // pending | sent | failed | held
    t.integer('attempts').notNullable().defaultTo(0);
    t.string('run_after').notNullable();
    t.string('locked_until').nullable();
    t.text('last_error').nullable();
    t.string('created_at').notNullable();
    t.string('sent_at').nullable();
    t.index(['status', 'channel', 'run_after']);
    t.index(['ticket_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['notifications', 'audit_log', 'messages', 'tickets', 'contacts', 'spaces', 'sources', 'workspaces']) {
    await knex.schema.dropTableIfExists(table);
  }
}
