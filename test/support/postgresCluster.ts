/**
 * A private PostgreSQL cluster for drills that stop and restart the database: `initdb` + `pg_ctl`
 * from /usr/lib/postgresql/<version>/bin, run as the `postgres` OS user (PostgreSQL refuses root),
 * its data directory and socket in a temp folder, on a free loopback port, trust authentication.
 * The shared server on 5432 is never touched: other test files use it at the same time.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './dovecot';

const run = promisify(execFile);

export interface PostgresCluster {
  port: number;
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  start(): Promise<void>;
  /** `pg_ctl stop -m fast` (connections are cut), or `immediate` (a crash: recovery on start). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  restart(mode?: 'fast' | 'immediate'): Promise<void>;
  close(): Promise<void>;
}

/** The newest installed PostgreSQL bin folder, or null. */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, 'bin', 'pg_ctl'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], 'bin') : null;
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (apt-get install -y postgresql)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-pgcluster-'));
  fs.chmodSync(dir, 0o755);
  const data = path.join(dir, 'data');
  await run('chown', ['postgres:postgres', dir]);
  const asPostgres = (cmd: string, args: string[]) => run('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args], { cwd: dir, timeout: 60_000 });
  await asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  const log = path.join(dir, 'postgres.log');
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off -c max_connections=100`;
  const cluster: PostgresCluster = {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async start() {
      await asPostgres('pg_ctl', ['start', '-D', data, '-l', log, '-w', '-t', '60', '-o', options]);
    },
    async stop(mode = 'fast') {
      await asPostgres('pg_ctl', ['stop', '-D', data, '-m', mode, '-w', '-t', '60']);
    },
    async restart(mode = 'fast') {
      await cluster.stop(mode);
      await cluster.start();
    },
    async close() {
      await cluster.stop('immediate').catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}
