/** Staff decisions from the shell: approve, confirm (waive), reject, cancel. Each delivers the emails it queued. */
import { parseArgs } from 'node:util';
import { approvalsNeeded } from '../domain/policy';
import { flushEmail, requireOption, staff, staffBy, ticketIdArg, withApp, type Command } from './command';

export const approveCommand: Command = {
  usage: 'approve DEL-n --by ID [--override-spoof]',
  summary: 'approve as staff member ID',
  run: async (args, io) => {
    const usage = 'approve DEL-n --by ID [--override-spoof]';
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { by: { type: 'string' }, 'override-spoof': { type: 'boolean' } } });
    const id = ticketIdArg(positionals[0], usage);
    const by = staffBy(values.by, usage, io);
    return withApp(io, async (app) => {
      const t = await app.tickets.apply(id, { type: 'approve', actor: staff(by), isStaff: true, overrideSpoof: values['override-spoof'] });
      await flushEmail(app);
      const ref = positionals[0]!.toUpperCase();
      io.stdout(
        t.status === 'scheduled'
          ? `${ref} approved by ${by}: scheduled, runs after ${t.runAfter}`
          : t.approvals.length >= approvalsNeeded(t.kind)
            ? `${ref} approved by ${by}: approved; waiting for the customer's confirmation (nothing runs until a contact replies "confirm" or staff waive it)`
            : `${ref} approved by ${by}: ${t.approvals.length} approval(s) so far, another staff member must approve too`,
      );
      return 0;
    });
  },
};

export const confirmCommand: Command = {
  usage: 'confirm DEL-n --by ID --waive REASON',
  summary: "waive the customer's written confirmation, with a reason (audited, shown on the card)",
  run: async (args, io) => {
    const usage = 'confirm DEL-n --by ID --waive REASON';
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { by: { type: 'string' }, waive: { type: 'string' } } });
    const id = ticketIdArg(positionals[0], usage);
    const by = staffBy(values.by, usage, io);
    // Only staff can waive; a customer confirms by replying "confirm" to the email, never through the CLI.
    const reason = requireOption(values.waive, '--waive', `${usage}\n(a contact confirms by replying "confirm" to our email; staff can only waive it, with a reason)`);
    return withApp(io, async (app) => {
      const t = await app.tickets.apply(id, { type: 'waive', actor: staff(by), isStaff: true, reason });
      await flushEmail(app);
      io.stdout(t.status === 'scheduled' ? `DEL-${id}: customer confirmation waived by ${by}; scheduled, runs after ${t.runAfter}` : `DEL-${id}: customer confirmation waived by ${by}; it still needs ${t.status === 'awaiting_approval' ? 'staff approval' : 'the missing details'}`);
      return 0;
    });
  },
};

export const rejectCommand: Command = {
  usage: 'reject DEL-n --by ID --reason TEXT',
  summary: 'reject; the reason is sent to the customer',
  run: async (args, io) => {
    const usage = 'reject DEL-n --by ID --reason TEXT';
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { by: { type: 'string' }, reason: { type: 'string' } } });
    const id = ticketIdArg(positionals[0], usage);
    const by = staffBy(values.by, usage, io);
    const reason = requireOption(values.reason, '--reason', usage);
    return withApp(io, async (app) => {
      await app.tickets.apply(id, { type: 'reject', actor: staff(by), isStaff: true, reason });
      await flushEmail(app);
      io.stdout(`DEL-${id} rejected by ${by}; the customer is told why`);
      return 0;
    });
  },
};

export const cancelCommand: Command = {
  usage: 'cancel DEL-n --by ID [--reason TEXT]',
  summary: 'cancel before it runs',
  run: async (args, io) => {
    const usage = 'cancel DEL-n --by ID [--reason TEXT]';
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { by: { type: 'string' }, reason: { type: 'string' } } });
    const id = ticketIdArg(positionals[0], usage);
    const by = staffBy(values.by, usage, io);
    return withApp(io, async (app) => {
      await app.tickets.apply(id, { type: 'cancel', actor: staff(by), isStaff: true, isContact: false, reason: values.reason });
      await flushEmail(app);
      io.stdout(`DEL-${id} cancelled by ${by}; the customer is told`);
      return 0;
    });
  },
};
