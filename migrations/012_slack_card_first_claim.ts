/**
 * Slack cards: when the first attempt to post a ticket's card began. A failed or interrupted attempt
 * may still have posted the card (Slack answered, then the process died before recording the ts, or
 * the answer was lost); the next attempt looks for it in the channel's history from this time on
 * instead of posting a second card. Additive only: a new nullable column (older rows fall back to
 * `claimed_at`).
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('slack_cards', (t) => {
    t.string('first_claimed_at').nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('slack_cards', (t) => {
    t.dropColumn('first_claimed_at');
  });
}
