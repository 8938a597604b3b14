/**
 * A loopback SMTP server (the `smtp-server` package) that records what arrives. `mode` makes it
 * answer 4xx or 5xx to DATA; `stop()`/`start()` take it off and back on the same port (an outage).
 */
import { SMTPServer } from 'smtp-server';
import { readMessage } from '../../src/adapters/mail/readMessage';
import type { InboundMessage } from '../../src/domain/message';
import { freePort } from './dovecot';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: Buffer;
  message: InboundMessage;
}

export type SmtpMode = 'accept' | 'tempfail' | 'permfail';

export interface TestSmtpServer {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** How DATA is answered from now on. */
  mode: SmtpMode;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startSmtpServer(options: { user?: string; password?: string } = {}): Promise<TestSmtpServer> {
  const port = await freePort();
  const user = options.user ?? 'mailer';
  const password = options.password ?? 'secret';
  let server: SMTPServer | null = null;
  const state: TestSmtpServer = {
    port,
    url: `smtp://${user}:${password}@127.0.0.1:${port}`,
    received: [],
    mode: 'accept',
    stop: async () => {
      const s = server;
      server = null;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
    start: async () => {
      const s = new SMTPServer({
        secure: false,
        authOptional: false,
        allowInsecureAuth: true,
        disabledCommands: ['STARTTLS'],
        logger: false,
        onAuth(auth, _session, callback) {
          if (auth.username === user && auth.password === password) return callback(null, { user });
          return callback(new Error('Invalid username or password'));
        },
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            if (state.mode === 'tempfail') {
              const err = new Error('Try again later') as Error & { responseCode: number };
              err.responseCode = 451;
              return callback(err);
            }
            if (state.mode === 'permfail') {
              const err = new Error('Mailbox unavailable') as Error & { responseCode: number };
              err.responseCode = 550;
              return callback(err);
            }
            const raw = Buffer.concat(chunks);
            readMessage(raw).then(
              (message) => {
                state.received.push({
                  from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                  to: session.envelope.rcptTo.map((r) => r.address),
                  raw,
                  message,
                });
                callback();
              },
              (error: Error) => callback(error),
            );
          });
        },
      });
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(port, '127.0.0.1', () => resolve());
      });
      s.on('error', () => undefined);
      server = s;
    },
    close: async () => state.stop(),
  };
  await state.start();
  return state;
}
