/**
 * A lean reader for the two listing responses a purge reads a thousand keys at a time
 * (ListObjectsV2, ListObjectVersions). Profiling a purge of a million objects (bench/s3.ts) showed the
 * SDK's generic XML and schema deserializer taking about half of the process's CPU, and most of its
 * garbage: it builds a tree of every element, then a typed object with dates and ETags the executor
 * never reads. This reader takes only what the archive port needs (keys, sizes, version ids, folders,
 * the paging markers) in one pass over the bytes.
 *
 * It stays behind the SDK: the request is still built, signed and sent by the SDK (endpoint, region,
 * credentials, proxy, retries), and any response it does not fully understand (an error status, a CDATA
 * section or comment, an attribute on an inner element, a carriage return, which XML would normalize,
 * `EncodingType`) is left to the SDK's own deserializer untouched.
 */
import type { ListObjectsV2Command, ListObjectsV2CommandOutput, ListObjectVersionsCommand, ListObjectVersionsCommandOutput } from '@aws-sdk/client-s3';

/** The fields of a ListObjectsV2 page the archive reads. */
export type ObjectsPage = Pick<ListObjectsV2CommandOutput, 'Contents' | 'CommonPrefixes' | 'IsTruncated' | 'NextContinuationToken'>;
/** The fields of a ListObjectVersions page the archive reads. */
export type VersionsPage = Pick<ListObjectVersionsCommandOutput, 'Versions' | 'DeleteMarkers' | 'CommonPrefixes' | 'IsTruncated' | 'NextKeyMarker' | 'NextVersionIdMarker'>;

type Item = Record<string, string>;
interface Parsed {
  root: string;
  top: Item;
  items: { kind: string; fields: Item }[];
}

const ITEMS = new Set(['Contents', 'Version', 'DeleteMarker', 'CommonPrefixes']);
/** The only fields decoded and kept (an ETag, a date, a storage class are skipped unread). */
const READ = new Set(['Key', 'Size', 'VersionId', 'Prefix', 'IsTruncated', 'NextContinuationToken', 'NextKeyMarker', 'NextVersionIdMarker', 'EncodingType']);

/**
 * The root's direct text children (`top`) and, for each listed item (Contents, Version, DeleteMarker,
 * CommonPrefixes), its direct text children; deeper elements (Owner, RestoreStatus) are skipped.
 * Null when the document uses anything this reader does not handle: the SDK then parses it.
 */
export function scanListing(xml: Buffer): Parsed | null {
  if (xml.includes(13) || xml.includes('<!')) return null;
  const top: Item = {};
  const items: Parsed['items'] = [];
  const stack: string[] = [];
  let root = '';
  let item: Item | null = null;
  // Bytes, not one string of the body: a key decoded from its bytes is a string of its own, where a
  // slice of a 150 KB page would keep the whole page alive while its batch is in flight. Markup is
  // ASCII and no byte of a multi-byte UTF-8 character is "<", ">" or "/".
  const ascii = (from: number, to: number) => xml.toString('latin1', from, to);
  let i = xml.indexOf(LT);
  while (i >= 0) {
    const c = xml[i + 1];
    const close = xml.indexOf(GT, i);
    if (close < 0) return null;
    if (c === 63 /* ? */) {
      i = xml.indexOf(LT, close + 1);
      continue;
    }
    if (c === SLASH) {
      if (!closes(xml, i, close, stack.pop())) return null;
      if (stack.length === 1) item = null;
      i = xml.indexOf(LT, close + 1);
      continue;
    }
    const selfClosing = xml[close - 1] === SLASH;
    let nameEnd = i + 1;
    while (nameEnd < close && !isSpace(xml[nameEnd]!) && xml[nameEnd] !== SLASH) nameEnd += 1;
    // Attributes are expected on the root only (its xmlns).
    if (nameEnd < (selfClosing ? close - 1 : close) && stack.length > 0) return null;
    const name = ascii(i + 1, nameEnd);
    const next = selfClosing ? -1 : xml.indexOf(LT, close + 1);
    if (!selfClosing && next < 0) return null;
    if (stack.length > 0 && (selfClosing || xml[next + 1] === SLASH)) {
      // A text element: <Name>text</Name> (or <Name/>).
      const into = stack.length === 1 ? top : stack.length === 2 ? item : null;
      if (selfClosing && into && READ.has(name)) into[name] = '';
      const end = selfClosing ? close : textElement(xml, name, close, next, into);
      if (end < 0) return null;
      i = xml.indexOf(LT, end + 1);
      continue;
    }
    if (selfClosing) return null;
    if (stack.length === 0) {
      if (root) return null;
      root = name;
    }
    if (stack.length === 1 && ITEMS.has(name)) {
      item = {};
      items.push({ kind: name, fields: item });
    }
    stack.push(name);
    i = next;
  }
  return stack.length === 0 && root ? { root, top, items } : null;
}

/** Keep the text of `<name>` (from `close`, its ">", to `next`, its "</") if read; the end of its closing tag, or -1. */
function textElement(xml: Buffer, name: string, close: number, next: number, into: Item | null): number {
  if (into && READ.has(name)) {
    const text = decodeText(xml.toString('utf8', close + 1, next));
    if (text === null) return -1;
    into[name] = text;
  }
  const end = xml.indexOf(GT, next);
  return end >= 0 && closes(xml, next, end, name) ? end : -1;
}

/** Whether `</…>` from `lt` to `gt` closes `name` (compared byte by byte: no string made). */
function closes(xml: Buffer, lt: number, gt: number, name: string | undefined): boolean {
  if (name === undefined) return false;
  let to = gt;
  while (to > lt + 2 && isSpace(xml[to - 1]!)) to -= 1;
  if (to - (lt + 2) !== name.length) return false;
  for (let k = 0; k < name.length; k += 1) if (xml[lt + 2 + k] !== name.charCodeAt(k)) return false;
  return true;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character data to text; null on an entity XML does not define (the SDK decides then). */
function decodeText(raw: string): string | null {
  if (!raw.includes('&')) return raw;
  let bad = false;
  const out = raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) bad = true;
    if (ref.startsWith('#x')) return codePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return codePoint(parseInt(ref.slice(1), 10));
    if (ENTITIES[ref] === undefined) bad = true;
    return ENTITIES[ref] ?? whole;
  });
  function codePoint(n: number): string {
    if (!(n >= 0 && n <= 0x10ffff)) {
      bad = true;
      return '';
    }
    return String.fromCodePoint(n);
  }
  return bad ? null : out;
}

const size = (s: string | undefined) => (s === undefined || s === '' ? undefined : Number(s));
const truncated = (s: string | undefined) => s === 'true';

/** A ListObjectsV2 result as the SDK would give the fields the archive reads; null: let the SDK parse. */
export function parseObjectsPage(xml: Buffer): ObjectsPage | null {
  const doc = scanListing(xml);
  if (!doc || doc.root !== 'ListBucketResult' || doc.top.EncodingType !== undefined) return null;
  const page: ObjectsPage = { IsTruncated: truncated(doc.top.IsTruncated), NextContinuationToken: doc.top.NextContinuationToken };
  for (const { kind, fields } of doc.items) {
    if (kind === 'Contents') (page.Contents ??= []).push({ Key: fields.Key, Size: size(fields.Size) });
    else if (kind === 'CommonPrefixes') (page.CommonPrefixes ??= []).push({ Prefix: fields.Prefix });
  }
  return page;
}

/** A ListObjectVersions result, the fields the archive reads; null: let the SDK parse. */
export function parseVersionsPage(xml: Buffer): VersionsPage | null {
  const doc = scanListing(xml);
  if (!doc || doc.root !== 'ListVersionsResult' || doc.top.EncodingType !== undefined) return null;
  const page: VersionsPage = { IsTruncated: truncated(doc.top.IsTruncated), NextKeyMarker: doc.top.NextKeyMarker, NextVersionIdMarker: doc.top.NextVersionIdMarker };
  for (const { kind, fields } of doc.items) {
    if (kind === 'Version') (page.Versions ??= []).push({ Key: fields.Key, VersionId: fields.VersionId, Size: size(fields.Size) });
    else if (kind === 'DeleteMarker') (page.DeleteMarkers ??= []).push({ Key: fields.Key, VersionId: fields.VersionId });
    else if (kind === 'CommonPrefixes') (page.CommonPrefixes ??= []).push({ Prefix: fields.Prefix });
  }
  return page;
}

/** What the SDK's deserializer is handed instead of a body this reader already read. */
const EMPTY = new Uint8Array(0);

/**
 * Read the 200 response of `command` with `parse` instead of the SDK's deserializer: returns a
 * function giving the page once `client.send(command)` resolved (null: the SDK parsed it, use its
 * output). A middleware in the deserialize step, after the SDK's deserializer (low priority), sees
 * the raw response first; when it read the page it hands the SDK an empty body, which costs it nothing.
 */
export function readListingWith<T>(command: ListObjectsV2Command | ListObjectVersionsCommand, parse: (xml: Buffer) => T | null): () => T | null {
  let page: T | null = null;
  (command.middlewareStack as ListObjectsV2Command['middlewareStack']).add(
    (next) => async (args) => {
      const result = await next(args);
      const response = result.response as { statusCode?: number; body?: unknown };
      if (response.statusCode !== 200 || !response.body || typeof (response.body as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function') return result;
      const chunks: Buffer[] = [];
      for await (const chunk of response.body as AsyncIterable<Uint8Array | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      const body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      page = parse(body);
      response.body = page === null ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength) : EMPTY;
      return result;
    },
    { step: 'deserialize', priority: 'low', name: 'deletionDeskListingReader' },
  );
  return () => page;
}
