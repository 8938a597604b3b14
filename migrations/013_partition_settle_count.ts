/**
 * SQLite: a partition settled (pending → done or failed) is counted on its job by the same statement
 * that settles it. SQLite writes one table a statement, so without this the executor wrapped the
 * settlement and the count in a transaction: BEGIN, two updates and COMMIT for every group of
 * partitions, on the one connection every other partition's write and claim waits behind — about
 * half of a purge's database time on the executor's main thread. The count is the same as before:
 * a row counts once, when it leaves `pending`; done rows add their inventory's objects and bytes.
 *
 * Not on PostgreSQL: there one statement already settles and counts (a data-modifying WITH, see
 * src/adapters/db/partitionWrites.ts), and several replicas of different versions may share the
 * database during an upgrade, where a trigger would count again what an older replica counts itself.
 * A SQLite file has one process. Additive only: a trigger, dropped by `down`.
 */
import type { Knex } from 'knex';

const sqlite = (knex: Knex) => String(knex.client.config.client) === 'sqlite3';

export async function up(knex: Knex): Promise<void> {
  if (!sqlite(knex)) return;
  await knex.raw(`
    CREATE TRIGGER IF NOT EXISTS job_partitions_settled_count
    AFTER UPDATE OF state ON job_partitions
    FOR EACH ROW WHEN OLD.state = 'pending' AND NEW.state <> 'pending'
    BEGIN
      UPDATE jobs SET
        partitions_done = partitions_done + (NEW.state = 'done'),
        partitions_failed = partitions_failed + (NEW.state = 'failed'),
        objects = objects + CASE WHEN NEW.state = 'done' THEN NEW.objects ELSE 0 END,
        bytes = bytes + CASE WHEN NEW.state = 'done' THEN NEW.bytes ELSE 0 END,
        updated_at = coalesce(NEW.done_at, updated_at)
      WHERE id = NEW.job_id;
    END`);
}

export async function down(knex: Knex): Promise<void> {
  if (!sqlite(knex)) return;
  await knex.raw('DROP TRIGGER IF EXISTS job_partitions_settled_count');
}
