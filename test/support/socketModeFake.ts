/**
 * A local WebSocket server that speaks Slack's Socket Mode envelope protocol
 * (https://api.slack.com/apis/socket-mode): the Web API fake's `apps.connections.open` returns its
 * ws:// URL; on connect it sends `hello`; it sends envelopes (`envelope_id`, `type`, `payload`,
 * `accepts_response_payload`) and resolves each with the app's acknowledgement.
 */
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export interface SocketModeFake {
  url: string;
  /** Connections seen so far. */
  connections: number;
  /** Resolves once a client is connected and has been sent `hello`. */
  connected(): Promise<void>;
  /** Send an envelope to the connected client; resolves with its ack. */
  send(type: 'slash_commands' | 'interactive' | 'events_api', payload: Record<string, unknown>): Promise<SocketAck>;
  close(): Promise<void>;
}

export async function startSocketModeFake(): Promise<SocketModeFake> {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const pending = new Map<string, (ack: SocketAck) => void>();
  let client: WebSocket | null = null;
  let connections = 0;
  let onConnected: (() => void)[] = [];
  server.on('connection', (ws) => {
    client = ws;
    connections += 1;
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as SocketAck;
      pending.get(msg.envelope_id)?.(msg);
      pending.delete(msg.envelope_id);
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-socket-mode', approximate_connection_time: 3600 }, connection_info: { app_id: 'A0FAKE' } }));
    for (const resolve of onConnected) resolve();
    onConnected = [];
  });
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`,
    get connections() {
      return connections;
    },
    connected: () => (client ? Promise.resolve() : new Promise<void>((resolve) => onConnected.push(resolve))),
    send(type, payload) {
      if (!client) return Promise.reject(new Error('no Socket Mode client is connected'));
      const envelope_id = randomUUID();
      const acked = new Promise<SocketAck>((resolve) => pending.set(envelope_id, resolve));
      client.send(JSON.stringify({ envelope_id, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' }));
      return acked;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of server.clients) ws.terminate();
        server.close(() => resolve());
      }),
  };
}
