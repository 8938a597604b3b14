/**
 * The worker side of offThreadReader.ts: decodes raw messages (mailparser) and runs the request parser,
 * both pure CPU work, so that the intake's main thread spends its time on SQL and IMAP instead.
 * Requests are answered by id; the parser's catalog index is built once per catalog sent.
 */
import { parentPort } from 'node:worker_threads';
import type { Catalog } from '../../domain/catalog';
import type { InboundMessage } from '../../domain/message';
import { indexCatalog, newText, parseRequest, type ParserCatalog } from '../../domain/parse/index';
import type { ParsedMessage } from '../../ports/mail';
import type { ParseResult } from '../../domain/request';
import { readMessage } from './readMessage';
import type { WorkerAnswer, WorkerRequest } from './readingProtocol';

let index: ParserCatalog | null = null;

async function answer(request: Exclude<WorkerRequest, { type: 'catalog' }>): Promise<InboundMessage | ParsedMessage | ParseResult> {
  if (request.type === 'read') return readMessage(bytesOf(request.raw));
  if (!index) throw new Error('the reading worker was sent no catalog');
  const options = { now: request.now, legacyArchiveCutoff: request.legacyArchiveCutoff };
  if (request.type === 'readParse') return parseRequest(await readMessage(bytesOf(request.raw)), index, options);
  return { parse: parseRequest(request.message, index, options), newText: newText(request.message) };
}

function bytesOf(raw: Uint8Array): Buffer {
  return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
}

function onRequest(request: WorkerRequest): void {
  if (request.type === 'catalog') {
    index = indexCatalog(request.catalog satisfies Catalog);
    return;
  }
  answer(request).then(
    (value) => parentPort!.postMessage({ id: request.id, ok: true, value } satisfies WorkerAnswer),
    // Only the message crosses: an Error's own fields do not survive structured cloning reliably.
    (error: unknown) => parentPort!.postMessage({ id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies WorkerAnswer),
  );
}

parentPort?.on('message', onRequest);
