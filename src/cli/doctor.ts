/** `deletion-desk doctor`: prints one line per connection check (the checks are in doctorChecks.ts). */
import { config, type Command } from './command';

export const doctorCommand: Command = {
  usage: 'doctor',
  summary: 'check the database, IMAP, SMTP and archive connections and say what is wrong',
  run: async (_args, io) => {
    // Lazily: the checks load the IMAP, SMTP and S3 clients, which no other light command needs.
    const { runDoctor } = await import('./doctorChecks');
    const checks = await runDoctor(config(io));
    const label = { ok: 'ok', warn: 'WARN', fail: 'FAIL', skip: 'skip' } as const;
    for (const c of checks) io.stdout(`${c.name.padEnd(9)} ${label[c.status].padEnd(5)} ${c.detail}`);
    const failed = checks.filter((c) => c.status === 'fail');
    if (failed.length) io.stderr(`doctor: ${failed.map((c) => c.name).join(', ')} not working (see above)`);
    return failed.length ? 1 : 0;
  },
};
