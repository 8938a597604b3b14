/**
 * The reply limit asks, for every answer to incoming mail, how many answers to that address count
 * toward the hour and how many are held (`replyCounts`). With only (to_addr, counted_at) each
 * answer read every earlier outbound row of its address from the table (to see `direction` and
 * `outcome`): a sender who wrote a thousand times made each answer slower than the last. This index
 * holds every column the question reads, so it is answered from the index alone. Additive only.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('messages', (t) => {
    t.index(['to_addr', 'direction', 'outcome', 'counted_at'], 'messages_reply_limit_idx');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('messages', (t) => {
    t.dropIndex(['to_addr', 'direction', 'outcome', 'counted_at'], 'messages_reply_limit_idx');
  });
}
