/** `deletion-desk preview DEL-n`: what a ticket would delete. */
import { parseArgs } from 'node:util';
import { ticketIdArg, withApp, type Command } from './command';

export const previewCommand: Command = {
  usage: 'preview DEL-n [--json]',
  summary: 'what the ticket would delete: partitions, objects, bytes',
  run: async (args, io) => {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    const id = ticketIdArg(positionals[0], 'preview DEL-n [--json]');
    return withApp(io, async (app) => {
      const t = await app.tickets.get(id);
      const { previewTicket, previewText } = await import('../services/preview');
      const preview = await previewTicket({ archive: app.archive, catalog: (await app.catalog.get()).catalog, layouts: app.layouts }, t);
      io.stdout(values.json ? JSON.stringify({ id: `DEL-${id}`, ...preview }) : previewText(`DEL-${id}`, preview));
      return 0;
    });
  },
};
