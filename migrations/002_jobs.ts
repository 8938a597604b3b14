import type { Knex } from 'knex';

/**
 * Durable jobs (STYLE.md habit 5): a job is a row with a lease. `jobs` holds one execution per ticket
 * and the timers (SLA warnings); `job_partitions` is the checkpoint of an execution, one row per
 * partition, each claimed with its own lease so replicas never delete the same partition at once.
 * Times are ISO-8601 UTC text like the rest of the schema. Additive only.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('jobs', (t) => {
    t.increments('id').primary();
    /** Idempotency key: `execute:<ticket>:<runAfter>`, `sla:<ticket>:<days>`. */
    t.string('key', 300).notNullable().unique();
    t.string('kind').notNullable(); // 'execute' | 'sla_warning'
    t.integer('ticket_id').notNullable().references('id').inTable('tickets');
    t.string('state').notNullable(); // 'pending' | 'done' | 'skipped'
    t.string('phase').notNullable(); // execute: 'start' | 'plan' | 'delete'; timers: 'fire'
    t.integer('attempts').notNullable().defaultTo(0);
    t.string('run_after').notNullable();
    t.string('locked_until').nullable();
    t.string('locked_by').nullable();
    t.string('heartbeat_at').nullable();
    t.text('last_error').nullable();
    t.text('detail').nullable();
    t.integer('verify_rounds').notNullable().defaultTo(0);
    t.integer('partitions_total').notNullable().defaultTo(0);
    t.integer('partitions_done').notNullable().defaultTo(0);
    t.integer('partitions_failed').notNullable().defaultTo(0);
    t.bigInteger('objects').notNullable().defaultTo(0);
    t.bigInteger('bytes').notNullable().defaultTo(0);
    t.string('started_at').nullable();
    t.string('finished_at').nullable();
    t.string('created_at').notNullable();
    t.string('updated_at').notNullable();
    t.index(['state', 'run_after']);
    t.index(['ticket_id']);
  });
  await knex.schema.createTable('job_partitions', (t) => {
    t.increments('id').primary();
    t.integer('job_id').notNullable().references('id').inTable('jobs');
    t.string('prefix', 1024).notNullable();
    t.string('source').nullable();
    t.string('day').nullable();
    t.string('space').nullable();
    t.string('state').notNullable(); // 'pending' | 'done' | 'failed'
    t.integer('attempts').notNullable().defaultTo(0);
    t.string('run_after').notNullable();
    t.string('locked_until').nullable();
    t.string('locked_by').nullable();
    t.text('last_error').nullable();
    /** The inventory taken before deleting (what the receipt reports), kept across a resume. */
    t.string('inventory_at').nullable();
    t.bigInteger('objects').notNullable().defaultTo(0);
    t.bigInteger('bytes').notNullable().defaultTo(0);
    t.integer('versions').notNullable().defaultTo(0);
    t.string('sha256').nullable();
    t.string('done_at').nullable();
    t.unique(['job_id', 'prefix']);
    t.index(['state', 'run_after']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('job_partitions');
  await knex.schema.dropTableIfExists('jobs');
}
