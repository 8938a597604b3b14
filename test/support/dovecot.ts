/**
 * A private Dovecot per test file (docs/drills.md lists the real parts the tests run): its own config, base_dir and state_dir in a
 * temp folder, a free loopback port, one passwd-file user, Maildir under the temp folder. Mail runs
 * as the `dovecot` system user because Dovecot refuses uid 0; the temp folder is made traversable
 * for it (mkdtemp makes 0700 folders).
 *
 * Install: `apt-get install -y dovecot-imapd`.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ImapFlow } from 'imapflow';
import { waitFor } from './wait';

export const DOVECOT_BIN = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'].find((p) => fs.existsSync(p)) ?? null;

export interface Dovecot {
  host: string;
  port: number;
  user: string;
  password: string;
  /** IMAP_URL for the bot. */
  url(mailbox?: string): string;
  /** A connected client (caller logs out). */
  client(): Promise<ImapFlow>;
  /** APPEND each message to a mailbox (INBOX by default), over one connection. Returns the UIDs. */
  append(messages: (Buffer | string)[], mailbox?: string): Promise<number[]>;
  /** Number of messages in a mailbox (0 when it does not exist). */
  count(mailbox: string): Promise<number>;
  stop(): Promise<void>;
  start(): Promise<void>;
  restart(): Promise<void>;
  /** Give INBOX a new UIDVALIDITY (stops Dovecot, drops its index and uidlist, starts it again). */
  resetUidValidity(): Promise<void>;
  /**
   * Make a mailbox refuse new messages (its Maildir folders read-only for Dovecot's mail user: COPY,
   * MOVE and APPEND into it fail with NO) or accept them again. Creates the mailbox first.
   */
  refuseInserts(mailbox: string, refuse: boolean): Promise<void>;
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * `oauth2IntrospectionUrl`: also accept XOAUTH2 logins, checking each access token with a POST to that
 * URL (RFC 7662 token introspection, Dovecot's oauth2 passdb), as Microsoft 365 and Gmail accept them.
 */
export async function startDovecot(options: { oauth2IntrospectionUrl?: string } = {}): Promise<Dovecot> {
  if (!DOVECOT_BIN) throw new Error('Dovecot is not installed: apt-get install -y dovecot-imapd');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-dovecot-'));
  fs.chmodSync(dir, 0o755);
  const uid = Number(execFileSync('id', ['-u', 'dovecot']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'dovecot']).toString().trim());
  const user = 'desk';
  const password = randomBytes(6).toString('hex');
  const port = await freePort();
  const mailRoot = path.join(dir, 'mail');
  for (const d of ['run', 'state', 'mail', 'home']) fs.mkdirSync(path.join(dir, d), { mode: 0o755 });
  fs.chownSync(mailRoot, uid, gid);
  fs.chownSync(path.join(dir, 'home'), uid, gid);
  fs.writeFileSync(path.join(dir, 'passwd'), `${user}:{PLAIN}${password}::::::\n`, { mode: 0o644 });
  if (options.oauth2IntrospectionUrl) {
    fs.writeFileSync(path.join(dir, 'oauth2.conf.ext'), `introspection_mode = post\nintrospection_url = ${options.oauth2IntrospectionUrl}\nforce_introspection = yes\nusername_attribute = username\nactive_attribute = active\nactive_value = true\n`, { mode: 0o644 });
  }
  const conf = path.join(dir, 'dovecot.conf');
  fs.writeFileSync(
    conf,
    `
instance_name = dd-${randomBytes(4).toString('hex')}
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login${options.oauth2IntrospectionUrl ? ' xoauth2 oauthbearer' : ''}
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = ${uid}
mail_uid = ${uid}
mail_gid = ${gid}
mail_location = maildir:${mailRoot}/%u
mail_fsync = never
mailbox_idle_check_interval = 1 secs
namespace inbox {
  inbox = yes
  separator = /
}
${options.oauth2IntrospectionUrl ? `passdb {
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = ${dir}/oauth2.conf.ext
}
` : ''}passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${uid} gid=${gid} home=${dir}/home/%u
}
protocol imap {
  mail_max_userip_connections = 200
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
`,
  );

  let child: ChildProcess | null = null;
  const start = async () => {
    const proc = spawn(DOVECOT_BIN, ['-F', '-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child = proc;
    await waitFor(
      async () => {
        if (proc.exitCode !== null) throw new Error(`dovecot exited (${proc.exitCode}): ${stderr}${readLog(dir)}`);
        return greets(port);
      },
      { timeoutMs: 20_000, intervalMs: 50, what: 'Dovecot to accept connections' },
    );
  };
  const stop = async () => {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    // The master exits after its children; make sure the port is free before a restart binds it.
    await waitFor(async () => !(await greets(port)), { timeoutMs: 10_000, what: 'Dovecot to stop listening' });
  };
  await start();

  const connect = async () => {
    const client = new ImapFlow({ host: '127.0.0.1', port, secure: false, auth: { user, pass: password }, logger: false, disableAutoIdle: true });
    await client.connect();
    return client;
  };

  const modes = new Map<string, number>(); // Maildir folders made read-only by refuseInserts, with their modes
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    url: (mailbox = 'INBOX') => `imap://${user}:${password}@127.0.0.1:${port}/${encodeURIComponent(mailbox)}`,
    client: connect,
    async append(messages, mailbox = 'INBOX') {
      const client = await connect();
      const uids: number[] = [];
      try {
        for (const m of messages) {
          const res = await client.append(mailbox, m);
          if (!res) throw new Error(`APPEND to ${mailbox} failed`);
          if (res.uid) uids.push(res.uid);
        }
      } finally {
        await client.logout().catch(() => client.close());
      }
      return uids;
    },
    async count(mailbox) {
      const client = await connect();
      try {
        const status = await client.status(mailbox, { messages: true }).catch(() => false as const);
        return status ? (status.messages ?? 0) : 0;
      } finally {
        await client.logout().catch(() => client.close());
      }
    },
    stop,
    start,
    async restart() {
      await stop();
      await start();
    },
    async resetUidValidity() {
      await stop();
      // Dovecot keeps the next UIDVALIDITY in dovecot-uidvalidity.* at the mail root and increments it,
      // so dropping INBOX's uidlist and index makes it assign a new, different UIDVALIDITY.
      const inbox = path.join(mailRoot, user);
      for (const name of fs.readdirSync(inbox)) {
        if (name === 'dovecot-uidlist' || name.startsWith('dovecot.index') || name === 'dovecot.list.index.log' || name === 'dovecot.list.index') {
          fs.rmSync(path.join(inbox, name), { force: true });
        }
      }
      await start();
    },
    async refuseInserts(mailbox, refuse) {
      const client = await connect();
      try {
        await client.mailboxCreate(mailbox).catch((error: { serverResponseCode?: string }) => {
          if (error?.serverResponseCode !== 'ALREADYEXISTS') throw error;
        });
      } finally {
        await client.logout().catch(() => client.close());
      }
      // Maildir++ keeps a mailbox in a dot-folder next to INBOX's cur/new/tmp.
      const folder = path.join(mailRoot, user, `.${mailbox}`);
      for (const sub of ['cur', 'new', 'tmp']) {
        const dirPath = path.join(folder, sub);
        if (refuse) {
          modes.set(dirPath, fs.statSync(dirPath).mode & 0o777);
          fs.chmodSync(dirPath, 0o555);
        } else {
          fs.chmodSync(dirPath, modes.get(dirPath) ?? 0o700);
        }
      }
    },
    async close() {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function readLog(dir: string): string {
  try {
    return `\n${fs.readFileSync(path.join(dir, 'dovecot.log'), 'utf8').slice(-2000)}`;
  } catch {
    return '';
  }
}

/** True when something on the port sends an IMAP greeting. */
function greets(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('data', (d) => done(d.toString().startsWith('* OK')));
    socket.once('error', () => done(false));
  });
}
