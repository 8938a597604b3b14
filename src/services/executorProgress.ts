/** How far the execution of a ticket is, for `show` (text and `--json` `progress`) and the Slack card. */
import type { Knex } from 'knex';
import type { JobStore } from '../ports/jobs';
import { progressOf, type ExecutionProgress } from '../domain/execution/receipt';

export async function executionProgress(app: { db: Knex; clock: () => Date; jobs: Pick<JobStore, 'executionJobOf'> }, ticketId: number): Promise<ExecutionProgress | null> {
  const job = await app.jobs.executionJobOf(app.db, ticketId);
  return job ? progressOf(job, app.clock()) : null;
}

export function progressText(p: ExecutionProgress): string {
  const settled = p.partitionsDone + p.partitionsFailed;
  const pct = p.partitionsTotal ? Math.floor((settled / p.partitionsTotal) * 100) : 0;
  const eta = p.etaSeconds === null ? 'unknown' : p.etaSeconds < 90 ? `${p.etaSeconds}s` : `${Math.round(p.etaSeconds / 60)} min`;
  const lines = [
    `  execution:   ${p.state}${p.state === 'running' ? ` (${p.phase})` : ''}`,
    `  partitions:  ${settled}/${p.partitionsTotal} (${pct}%)${p.partitionsFailed ? `, ${p.partitionsFailed} failed` : ''}`,
    `  deleted:     ${p.objects} objects, ${p.bytes} bytes`,
  ];
  if (p.state === 'running') lines.push(`  time left:   ${eta} (estimate)`);
  if (p.startedAt) lines.push(`  started:     ${p.startedAt}${p.finishedAt ? `, finished ${p.finishedAt}` : ''}`);
  if (p.lastError) lines.push(`  last error:  ${p.lastError}`);
  return lines.join('\n');
}
