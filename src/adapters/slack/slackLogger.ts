/** Slack's libraries log through their own Logger interface; this forwards to our pino logger. */
import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../../logger';

export function slackLogger(logger: Logger, name = 'slack'): SlackLogger {
  const child = logger.child({ component: name });
  let level: LogLevel = LogLevel.INFO;
  const text = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(' ');
  return {
    debug: (...msg: unknown[]) => child.debug(text(msg)),
    info: (...msg: unknown[]) => child.debug(text(msg)), // Slack's info chatter is our debug
    warn: (...msg: unknown[]) => child.warn(text(msg)),
    error: (...msg: unknown[]) => child.error(text(msg)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
