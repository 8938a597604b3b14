/** `deletion-desk audit verify`: checks the audit log's hash chain. */
import { AppError } from '../errors';
import { verifyAudit } from '../adapters/db/auditLog';
import { withApp, type Command } from './command';

export const auditCommand: Command = {
  usage: 'audit verify',
  summary: 'check that no audit entry was edited or deleted',
  run: async (args, io) => {
    if (args[0] !== 'verify' || args.length > 1) throw new AppError('bad_input', 'usage: deletion-desk audit verify');
    return withApp(io, async (app) => {
      const result = await verifyAudit(app.db);
      if (result.ok) {
        io.stdout(`audit log intact: ${result.entries} entries, hash chain verified`);
        return 0;
      }
      io.stderr(`audit log damaged (${result.entries} entries checked):`);
      for (const p of result.problems) io.stderr(`  - ${p}`);
      return 1;
    });
  },
};
