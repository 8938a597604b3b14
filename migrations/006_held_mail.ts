import type { Knex } from 'knex';

/**
 * Held mail (the per-sender reply limit): `counted_at` is when an outbound email started counting
 * toward its recipient's hourly limit — when it was queued, or when it was released after being held.
 * Null: it never counts (staff- and executor-caused mail) or it is still held. Additive only
 * (STYLE.md habit 10); rows written before it count from when they were queued, as they did.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('messages', (t) => {
    t.string('counted_at').nullable();
    t.index(['to_addr', 'counted_at'], 'messages_to_counted_idx');
  });
  await knex('messages').where({ direction: 'out' }).whereNot({ outcome: 'held' }).update({ counted_at: knex.ref('created_at') });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('messages', (t) => {
    t.dropIndex(['to_addr', 'counted_at'], 'messages_to_counted_idx');
    t.dropColumn('counted_at');
  });
}
