/**
 * Decoding (mailparser) and the request parser on a worker thread (readingWorker.ts), so that a
 * backlog's CPU work runs beside the intake's SQL and IMAP instead of between them: on a machine with
 * two cores the main thread then spends its time on the transaction while the next messages are read.
 *
 * Nothing may be lost or crash the process because of the worker: when it fails or exits, every
 * request it still held is done again in this thread (exactly what intake did before the worker),
 * and the next request starts a new worker. After MAX_FAILURES failures in a row with no answer in
 * between (the worker cannot even start), reading stays in this thread for good.
 */
import { Worker } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Logger } from '../../logger';
import type { Catalog } from '../../domain/catalog';
import type { InboundMessage } from '../../domain/message';
import { newText, parseRequest, type ParseOptions, type ParserCatalog } from '../../domain/parse/index';
import type { MessageReader, ParsedMessage } from '../../ports/mail';
import type { ParseResult } from '../../domain/request';
import { readMessage } from './readMessage';
import type { WorkerAnswer, WorkerRequest } from './readingProtocol';

const MAX_FAILURES = 3;

/** What a worker is started with: an ES module's code (`eval`) and its Node options. */
export interface WorkerSource {
  script: string;
  execArgv: string[];
}

interface Pending {
  resolve: (value: never) => void;
  reject: (error: Error) => void;
  /** The same work in this thread, should the worker fail before answering. */
  inThisThread: () => Promise<unknown>;
}

export class OffThreadReader implements MessageReader {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** The catalog the current worker has indexed. */
  private sentCatalog: Catalog | null = null;
  private failures = 0;
  private closed = false;

  /** `workerSource`: what the worker runs (tests give one that fails); readingWorker.ts by default. */
  constructor(
    private readonly logger: Logger,
    private readonly workerSource: () => WorkerSource = workerScript,
  ) {}

  read(raw: Buffer): Promise<InboundMessage> {
    // A copy of just this message's bytes, moved (not copied again) to the worker: a Buffer from a
    // socket is often a view on a larger block, which structured cloning would copy whole.
    return this.ask<InboundMessage>(() => readMessage(raw), (id) => {
      const bytes = new Uint8Array(raw);
      return [{ type: 'read', id, raw: bytes }, [bytes.buffer]];
    });
  }

  parse(message: InboundMessage, cached: { catalog: Catalog; index: ParserCatalog }, options: ParseOptions & { now: Date }): Promise<ParsedMessage> {
    return this.ask<ParsedMessage>(
      async () => ({ parse: parseRequest(message, cached.index, options), newText: newText(message) }),
      (id, worker) => {
        this.sendCatalog(worker, cached.catalog);
        return [{ type: 'parse', id, message, now: options.now, legacyArchiveCutoff: options.legacyArchiveCutoff }, []];
      },
    );
  }

  /** A raw message decoded and parsed in one trip (`parse` on the command line needs nothing else). */
  readAndParse(raw: Buffer, cached: { catalog: Catalog; index: ParserCatalog }, options: ParseOptions & { now: Date }): Promise<ParseResult> {
    return this.ask<ParseResult>(
      async () => parseRequest(await readMessage(raw), cached.index, options),
      (id, worker) => {
        this.sendCatalog(worker, cached.catalog);
        const bytes = new Uint8Array(raw);
        return [{ type: 'readParse', id, raw: bytes, now: options.now, legacyArchiveCutoff: options.legacyArchiveCutoff }, [bytes.buffer]];
      },
    );
  }

  private sendCatalog(worker: Worker, catalog: Catalog): void {
    if (this.sentCatalog === catalog) return;
    worker.postMessage({ type: 'catalog', catalog } satisfies WorkerRequest);
    this.sentCatalog = catalog;
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private ask<T>(inThisThread: () => Promise<T>, request: (id: number, worker: Worker) => [WorkerRequest, ArrayBuffer[]]): Promise<T> {
    const worker = this.started();
    if (!worker) return inThisThread();
    const id = this.nextId++;
    // Held by the process only while it has work: an idle worker must not keep a finished command alive.
    if (this.pending.size === 0) worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: never) => void, reject, inThisThread });
      const [message, transfer] = request(id, worker);
      worker.postMessage(message, transfer);
    });
  }

  /** The worker, started on first use; null once reading has fallen back to this thread. */
  private started(): Worker | null {
    if (this.worker) return this.worker;
    if (this.closed || this.failures >= MAX_FAILURES) return null;
    const { script, execArgv } = this.workerSource();
    const worker = new Worker(script, { eval: true, execArgv });
    worker.unref();
    worker.on('message', (answer: WorkerAnswer) => this.settle(answer));
    worker.on('error', (error: Error) => this.lost(worker, error.message));
    worker.on('exit', (code) => this.lost(worker, `exited with code ${code}`));
    this.worker = worker;
    this.sentCatalog = null;
    return worker;
  }

  private settle(answer: WorkerAnswer): void {
    const pending = this.pending.get(answer.id);
    if (!pending) return;
    this.pending.delete(answer.id);
    if (this.pending.size === 0) this.worker?.unref();
    this.failures = 0;
    if (answer.ok) pending.resolve(answer.value as never);
    else pending.reject(new Error(answer.error));
  }

  /** The worker is gone: what it held is done here, and the next request starts another. */
  private lost(worker: Worker, reason: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    if (this.closed) return;
    this.failures += 1;
    this.logger.warn({ err: reason, inFlight: this.pending.size }, 'the message reading worker stopped; reading its messages in the main thread');
    const held = [...this.pending.values()];
    this.pending.clear();
    for (const p of held) p.inThisThread().then(p.resolve as (value: unknown) => void, p.reject);
  }
}

let shared: OffThreadReader | null = null;

/**
 * The process's reader: one worker per process, however many apps a process builds (a benchmark
 * builds one per round), so its compiled code stays warm as the main thread's does. It holds the
 * process only while it has work, so nothing needs to close it.
 */
export function processReader(logger: Logger): OffThreadReader {
  shared ??= new OffThreadReader(logger);
  return shared;
}

/**
 * How to start readingWorker.ts: from the TypeScript sources (tests, `bin/run-ts.js`) through tsx,
 * registered inside the worker (a worker's `--import` does not reach its entry module on Node 20);
 * from the esbuild bundle, its own entry `dist/readingWorker.js` (scripts/build.js).
 */
function workerScript(): WorkerSource {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const tsx = tsxEsmApi(here);
    const entry = new URL('./readingWorker.ts', here).href;
    return { script: `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`, execArgv: [] };
  }
  // The composition root is a chunk of the bundle (dist/chunks/), the CLI its entry (dist/).
  const entry = new URL(/\/chunks\/[^/]*$/.test(here) ? '../readingWorker.js' : './readingWorker.js', here).href;
  return { script: `import(${JSON.stringify(entry)})`, execArgv: [] };
}

/**
 * The ESM entry of `tsx/esm/api`, from tsx's own package.json: `require.resolve` would give its
 * CommonJS entry, whose `register()` cannot find its files when imported from a worker.
 */
function tsxEsmApi(from: string): string {
  const manifest = createRequire(from).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  return new URL(exports['./esm/api']!.import.default, pathToFileURL(manifest)).href;
}
