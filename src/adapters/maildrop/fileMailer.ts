/**
 * Local mode's "SMTP": each outgoing email becomes `<OUTBOX_DIR>/<time>-<ticket>-<template>.eml`.
 * Written to a temporary name and renamed, so a reader never sees half a message; the name is derived
 * from the fixed Message-ID, so a retry after a crash rewrites the same file instead of adding one.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Mailer, OutboundEmail } from '../../ports/mail';
import { composeMime } from '../mail/mime';

export type { Mailer };

export class FileMailer implements Mailer {
  constructor(private readonly dir: string, private readonly clock: () => Date = () => new Date()) {}

  async send(email: OutboundEmail): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
    const id = createHash('sha256').update(email.messageId).digest('hex').slice(0, 12);
    const name = `${email.ticket ?? 'no-ticket'}-${email.template}-${id}.eml`;
    const target = path.join(this.dir, name);
    const tmp = path.join(this.dir, `.${name}.tmp`);
    await fs.writeFile(tmp, await composeMime(email, this.clock()));
    await fs.rename(tmp, target);
  }
}
