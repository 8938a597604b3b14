import type { Knex } from 'knex';

/**
 * Slack: where each ticket's card lives (so every change updates it in place with chat.update) and
 * which changes were already noted in the card's thread (so an outbox retry does not post twice).
 * Additive only (STYLE.md habit 10).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('slack_cards', (t) => {
    t.integer('ticket_id').primary();
    t.string('channel').notNullable();
    /** The message ts; null while a worker is posting it (the row is that worker's claim). */
    t.string('ts').nullable();
    t.string('claimed_at').notNullable();
    t.string('updated_at').notNullable();
  });
  await knex.schema.createTable('slack_notes', (t) => {
    t.integer('ticket_id').notNullable();
    /** The ticket version whose change was posted in the thread. */
    t.integer('version').notNullable();
    t.string('ts').nullable();
    t.string('created_at').notNullable();
    t.primary(['ticket_id', 'version']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('slack_notes');
  await knex.schema.dropTableIfExists('slack_cards');
}
