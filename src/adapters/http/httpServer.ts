/**
 * The HTTP endpoint: `GET /healthz`, `GET /metrics` (Prometheus text format), and routes other
 * adapters add (Slack's `POST /slack/events`).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Knex } from 'knex';
import type { Logger } from '../../logger';
import { toError } from '../../errors';
import { countTicketsByStatus } from '../db/ticketStore';
import { outboxCounts } from '../db/outboxStore';

export interface HttpRoute {
  method: string;
  path: string;
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;
}

export interface HttpServer {
  port: number;
  close(): Promise<void>;
}

export async function startHttpServer(options: { port: number; host?: string; db: Knex; logger: Logger; routes?: HttpRoute[] }): Promise<HttpServer> {
  const { db, logger } = options;
  const routes = options.routes ?? [];
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = routes.find((r) => r.method === req.method && r.path === path);
    const handle = async () => {
      if (route) return route.handler(req, res);
      if (req.method === 'GET' && path === '/healthz') {
        try {
          await db.raw('select 1');
          return send(res, 200, 'application/json', JSON.stringify({ ok: true }));
        } catch (error) {
          return send(res, 503, 'application/json', JSON.stringify({ ok: false, error: 'database unreachable' }));
        }
      }
      if (req.method === 'GET' && path === '/metrics') return send(res, 200, 'text/plain; version=0.0.4', await metrics(db));
      send(res, 404, 'text/plain', 'not found\n');
    };
    handle().catch((error) => {
      logger.error({ err: toError(error), path }, 'HTTP handler failed');
      if (!res.headersSent) send(res, 500, 'text/plain', 'internal error\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

async function metrics(db: Knex): Promise<string> {
  const [tickets, outbox] = await Promise.all([countTicketsByStatus(db), outboxCounts(db)]);
  const lines = ['# HELP deletion_desk_tickets Tickets by status.', '# TYPE deletion_desk_tickets gauge'];
  for (const [status, n] of Object.entries(tickets)) lines.push(`deletion_desk_tickets{status="${status}"} ${n}`);
  lines.push('# HELP deletion_desk_notifications Outbox notifications by channel and status.', '# TYPE deletion_desk_notifications gauge');
  for (const [key, n] of Object.entries(outbox)) {
    const [channel, status] = key.split('_');
    lines.push(`deletion_desk_notifications{channel="${channel}",status="${status}"} ${n}`);
  }
  return `${lines.join('\n')}\n`;
}
