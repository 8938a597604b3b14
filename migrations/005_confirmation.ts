import type { Knex } from 'knex';

/**
 * The customer's confirmation of the exact scope. The whole state lives in the ticket's JSON (`data`);
 * this column repeats its `state` so that tickets waiting for a customer can be listed by query.
 * Rows written before it get the state they are read with (adapters/db/ticketStore.ts): still open →
 * pending (they must be confirmed like any other), already scheduled or decided → not_required.
 * Additive only (STYLE.md habit 10): a new nullable column, nothing rewritten.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => {
    t.string('confirmation').nullable();
  });
  await knex('tickets').whereIn('status', ['needs_info', 'awaiting_approval']).update({ confirmation: 'pending' });
  await knex('tickets').whereNotIn('status', ['needs_info', 'awaiting_approval']).update({ confirmation: 'not_required' });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => {
    t.dropColumn('confirmation');
  });
}
