/** What the intake's main thread and its reading worker say to each other (readerPool.ts, readingWorker.ts). */
import type { Catalog } from '../../domain/catalog';
import type { InboundMessage } from '../../domain/message';
import type { ParsedMessage } from '../../ports/mail';
import type { ParseResult } from '../../domain/request';

export type WorkerRequest =
  | { type: 'catalog'; catalog: Catalog }
  | { type: 'read'; id: number; raw: Uint8Array }
  | { type: 'parse'; id: number; message: InboundMessage; now: Date; legacyArchiveCutoff?: string }
  /** `parse` on the command line: the raw message decoded and parsed in one trip. */
  | { type: 'readParse'; id: number; raw: Uint8Array; now: Date; legacyArchiveCutoff?: string };

export type WorkerAnswer = { id: number; ok: true; value: InboundMessage | ParsedMessage | ParseResult } | { id: number; ok: false; error: string };
