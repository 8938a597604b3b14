/**
 * Workspace admins (catalog `admins`): who may ask for their account to be deleted, which removes every
 * workspace they administer. A table of its own, like contacts: an admin need not be a contact.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('workspace_admins', (t) => {
    t.string('workspace_id').notNullable().references('id').inTable('workspaces');
    t.string('email').notNullable();
    t.primary(['workspace_id', 'email']);
    t.index(['email']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('workspace_admins');
}
