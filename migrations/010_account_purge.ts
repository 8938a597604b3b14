/**
 * Account purges open one workspace purge per administered workspace; each remembers the account purge
 * it belongs to. The link lives in the ticket's JSON (`parentId`); this column repeats it so the
 * account purge can find its workspace purges by query. Additive only: a new nullable column.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => {
    t.integer('parent_id').nullable();
    t.index(['parent_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => {
    t.dropIndex(['parent_id']);
    t.dropColumn('parent_id');
  });
}
