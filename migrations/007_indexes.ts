/**
 * Indexes for a desk after years of use (tens of thousands of tickets, millions of audit entries):
 * - tickets by status and by workspace, newest first (`tickets --status`, `--workspace`, the Slack
 *   App Home): the listing reads the newest rows of the index instead of sorting every match;
 * - a ticket's history in order (`show`): its audit entries without a sort.
 * Additive only.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tickets', (t) => {
    t.index(['status', 'id'], 'tickets_status_id_index');
    t.index(['workspace', 'id'], 'tickets_workspace_id_index');
  });
  await knex.schema.alterTable('audit_log', (t) => {
    t.index(['ticket_id', 'seq'], 'audit_log_ticket_id_seq_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('audit_log', (t) => {
    t.dropIndex(['ticket_id', 'seq'], 'audit_log_ticket_id_seq_index');
  });
  await knex.schema.alterTable('tickets', (t) => {
    t.dropIndex(['workspace', 'id'], 'tickets_workspace_id_index');
    t.dropIndex(['status', 'id'], 'tickets_status_id_index');
  });
}
