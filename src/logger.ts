import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs (pino), object first, with ids (`{ ticket: 'DEL-4', job: 7 }`). Never log message
 * bodies or secrets. Written to stderr so that CLI output on stdout stays machine-readable.
 */
export function createLogger(level: string, name = 'deletion-desk'): Logger {
  return pino({ name, level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ fd: 2, sync: true }));
}

export const silentLogger: Logger = pino({ level: 'silent' });
