/**
 * A lean reader for the two listing responses a purge reads a thousand keys at a time
 * (ListObjectsV2, ListObjectVersions). Profiling a purge of a million objects (bench/s3.ts) showed the
 * SDK's generic XML and schema deserializer taking about half of the process's CPU, and most of its
 * garbage: it builds a tree of every element, then a typed object with dates and ETags the executor
 * never reads. This reader takes only what the archive port needs (keys, sizes, version ids, folders,
 * the paging markers) in one pass over the bytes.
 *
 * The same reader reads the per-key Errors of a DeleteObjects response and an error document's code.
 * Any response it does not fully understand (an error status, a CDATA section or comment, an attribute
 * on an inner element, a carriage return, which XML would normalize, `EncodingType`) is left to the
 * SDK's own deserializer untouched: behind the SDK (readListingWith) it hands the body on; for a lean
 * request (s3Wire.ts) the request is sent again through the SDK.
 */
import type { ListObjectsV2Command, ListObjectsV2CommandOutput, ListObjectVersionsCommand, ListObjectVersionsCommandOutput } from '@aws-sdk/client-s3';

/** The fields of a ListObjectsV2 page the archive reads. */
export type ObjectsPage = Pick<ListObjectsV2CommandOutput, 'Contents' | 'CommonPrefixes' | 'IsTruncated' | 'NextContinuationToken'>;
/** The fields of a ListObjectVersions page the archive reads. */
export type VersionsPage = Pick<ListObjectVersionsCommandOutput, 'Versions' | 'DeleteMarkers' | 'CommonPrefixes' | 'IsTruncated' | 'NextKeyMarker' | 'NextVersionIdMarker'>;

/** The listed items of a page, as the SDK's output types would hold the fields the archive reads. */
interface Parsed {
  root: string;
  /** The root's direct text children that the archive reads (IsTruncated, the paging markers…). */
  top: Record<string, string>;
  contents: { Key?: string; Size?: number }[];
  versions: { Key?: string; VersionId?: string; Size?: number }[];
  deleteMarkers: { Key?: string; VersionId?: string }[];
  prefixes: { Prefix?: string }[];
  /** DeleteObjects: the keys that failed (a Quiet response lists nothing else). */
  errors: DeleteError[];
}

/** A per-key failure in a DeleteObjects response, as the SDK's output type holds it. */
export interface DeleteError {
  Key?: string;
  VersionId?: string;
  Code?: string;
  Message?: string;
}

/** The only fields decoded and kept (an ETag, a date, a storage class are skipped unread). */
const READ = ['Key', 'Size', 'VersionId', 'Prefix', 'IsTruncated', 'NextContinuationToken', 'NextKeyMarker', 'NextVersionIdMarker', 'EncodingType', 'Code', 'Message'];
const ITEMS = ['Contents', 'Version', 'DeleteMarker', 'CommonPrefixes', 'Error', 'Deleted'];
/**
 * Names by length (`table[n]`: the names of n characters): a tag's name is matched against these
 * bytes, never made a string. An array indexed by length and plain loops, not a Map and `for…of`:
 * a fresh process reads its first pages before this code is optimised, and there every iterator
 * and lookup per tag showed (a third of reading the first page).
 */
function byLength(names: readonly string[]): (readonly string[] | undefined)[] {
  const table: string[][] = [];
  for (const name of names) (table[name.length] ??= []).push(name);
  return table;
}
const READ_BY_LENGTH = byLength(READ);
const ITEMS_BY_LENGTH = byLength(ITEMS);

/** The fields of the item being read (one listed object, version, marker or folder). */
type ItemFields = {
  /** Contents, Version, DeleteMarker, CommonPrefixes, Error or Deleted; '' outside an item. */
  kind: string;
  Key?: string;
  /** A size of plain digits is read as a number at once (digitsAt); anything else as text. */
  Size?: string | number;
  VersionId?: string;
  Prefix?: string;
  Code?: string;
  Message?: string;
};

/**
 * The root's direct text children (`top`) and, for each listed item (Contents, Version, DeleteMarker,
 * CommonPrefixes), its direct text children; deeper elements (Owner, RestoreStatus) are skipped.
 * Null when the document uses anything this reader does not handle: the SDK then parses it.
 *
 * One pass over the bytes in plain loops: a purge reads a thousand 150-byte items per page, and in a
 * profile of a million-object purge the calls into native code per tag (Buffer.indexOf, a string per
 * tag name) were most of this reader's cost. Open elements are kept as offsets of their names, and
 * a name is compared byte by byte, so only the values the archive keeps become strings.
 */
export function scanListing(body: Buffer): Parsed | null {
  // A carriage return is looked for natively (one memchr over the page); "<!" (a comment, CDATA, a
  // DOCTYPE) where the loop meets it: as a string search over the page it was a quarter of this reader.
  if (body.includes(13)) return null;
  // Read through a plain Uint8Array: indexing a Buffer (a subclass) in these loops was twice as slow.
  const xml = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
  const doc: Parsed = { root: '', top: {}, contents: [], versions: [], deleteMarkers: [], prefixes: [], errors: [] };
  // Open elements: offset and length of each one's name in `xml`.
  const starts: number[] = [];
  const lengths: number[] = [];
  let depth = 0;
  const item: ItemFields = { kind: '' };
  let i = find(xml, LT, 0);
  while (i >= 0) {
    const c = xml[i + 1];
    // Markup this reader does not read (every "<" of the document is met here or as a closing tag's).
    if (c === 33 /* ! */) return null;
    if (c === 63 /* ? */ || c === SLASH) {
      const close = c !== SLASH ? find(xml, GT, i) : depth === 0 ? -1 : closingTag(xml, i, starts[depth - 1]!, lengths[depth - 1]!);
      if (close < 0) return null;
      if (c === SLASH) depth -= 1;
      if (c === SLASH && depth === 1 && item.kind) endItem(doc, item);
      i = find(xml, LT, close + 1);
      continue;
    }
    const nameEnd = nameEndAt(xml, i + 1);
    const close = xml[nameEnd] === GT ? nameEnd : find(xml, GT, nameEnd);
    if (close < 0) return null;
    const selfClosing = xml[close - 1] === SLASH;
    // Attributes are expected on the root only (its xmlns).
    if (nameEnd < (selfClosing ? close - 1 : close) && depth > 0) return null;
    const next = selfClosing ? -1 : find(xml, LT, close + 1);
    if (!selfClosing && next < 0) return null;
    if (depth > 0 && (selfClosing || xml[next + 1] === SLASH)) {
      // A text element: <Name>text</Name> (or <Name/>).
      const end = textElement(body, xml, i + 1, nameEnd, close, next, depth === 1 ? doc.top : depth === 2 && item.kind ? item : null);
      if (end < 0) return null;
      i = find(xml, LT, end + 1);
      continue;
    }
    if (selfClosing) return null;
    if (depth === 0) {
      if (doc.root) return null;
      doc.root = body.toString('latin1', i + 1, nameEnd);
    }
    if (depth === 1) {
      const name = known(xml, i + 1, nameEnd, ITEMS_BY_LENGTH);
      if (name) startItem(item, name);
    }
    starts[depth] = i + 1;
    lengths[depth] = nameEnd - (i + 1);
    depth += 1;
    i = next;
  }
  return depth === 0 && doc.root ? doc : null;
}

function startItem(item: ItemFields, kind: string): void {
  item.kind = kind;
  item.Key = item.Size = item.VersionId = item.Prefix = item.Code = item.Message = undefined;
}

/** The item just closed, as the SDK's output type holds it (only the fields the archive reads). */
function endItem(doc: Parsed, item: ItemFields): void {
  const { Key, VersionId } = item;
  if (item.kind === 'Contents') doc.contents.push({ Key, Size: size(item.Size) });
  else if (item.kind === 'Version') doc.versions.push({ Key, VersionId, Size: size(item.Size) });
  else if (item.kind === 'DeleteMarker') doc.deleteMarkers.push({ Key, VersionId });
  else if (item.kind === 'CommonPrefixes') doc.prefixes.push({ Prefix: item.Prefix });
  else if (item.kind === 'Error') doc.errors.push({ Key, VersionId, Code: item.Code, Message: item.Message });
  item.kind = '';
}

/**
 * A text element whose name runs from `from` to `to`, its ">" at `close` and its "</" at `next`: keep
 * its text in `into` if the archive reads it. The end of its closing tag, or -1.
 */
function textElement(body: Buffer, xml: Uint8Array, from: number, to: number, close: number, next: number, into: Record<string, string | number | undefined> | null): number {
  const name = into ? known(xml, from, to, READ_BY_LENGTH) : null;
  // A thousand sizes a page: plain digits become a number without a string in between.
  const digits = name === 'Size' && next >= 0 ? digitsAt(xml, close + 1, next) : -1;
  if (digits >= 0) into![name!] = digits;
  else if (name) {
    const text = next < 0 ? '' : decodeText(body.toString('utf8', close + 1, next));
    if (text === null) return -1;
    into![name] = text;
  }
  if (next < 0) return close;
  return closingTag(xml, next, from, to - from);
}

/** The value of the ASCII digits from `from` to `to` (at most 15: exact as a number), else -1. */
function digitsAt(xml: Uint8Array, from: number, to: number): number {
  if (to <= from || to - from > 15) return -1;
  let value = 0;
  for (let k = from; k < to; k += 1) {
    const digit = xml[k]! - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Where the tag name starting at `from` ends: at a space, a "/" or the tag's ">" (most tags: their ">", read once). */
function nameEndAt(xml: Uint8Array, from: number): number {
  let k = from;
  while (k < xml.length && xml[k] !== GT && xml[k] !== SLASH && !isSpace(xml[k]!)) k += 1;
  return k;
}

/** The name of `table` spelled by the bytes from `from` to `to`, else null. */
function known(xml: Uint8Array, from: number, to: number, table: (readonly string[] | undefined)[]): string | null {
  const candidates = table[to - from];
  if (candidates === undefined) return null;
  for (let c = 0; c < candidates.length; c += 1) {
    const name = candidates[c]!;
    let k = 0;
    while (k < name.length && xml[from + k] === name.charCodeAt(k)) k += 1;
    if (k === name.length) return name;
  }
  return null;
}

/** The first `byte` at or after `from`, or -1 (a loop: markup is short, and a native call per tag costs more). */
function find(xml: Uint8Array, byte: number, from: number): number {
  for (let k = from; k < xml.length; k += 1) if (xml[k] === byte) return k;
  return -1;
}

/**
 * The ">" of the closing tag at `lt` if it closes the element whose name is at `nameAt` (`nameLength`
 * bytes), else -1. Most closing tags are the name and ">" (compared in place); one with spaces
 * before its ">" is read the general way.
 */
function closingTag(xml: Uint8Array, lt: number, nameAt: number, nameLength: number): number {
  const gt = lt + 2 + nameLength;
  if (xml[gt] === GT) {
    let k = 0;
    while (k < nameLength && xml[lt + 2 + k] === xml[nameAt + k]) k += 1;
    if (k === nameLength) return gt;
  }
  const end = find(xml, GT, lt);
  return end >= 0 && closes(xml, lt, end, nameAt, nameLength) ? end : -1;
}

/** Whether `</…>` from `lt` to `gt` closes the element whose name is at `nameAt` (`nameLength` bytes). */
function closes(xml: Uint8Array, lt: number, gt: number, nameAt: number, nameLength: number): boolean {
  let to = gt;
  while (to > lt + 2 && isSpace(xml[to - 1]!)) to -= 1;
  if (to - (lt + 2) !== nameLength) return false;
  for (let k = 0; k < nameLength; k += 1) if (xml[lt + 2 + k] !== xml[nameAt + k]) return false;
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

const size = (s: string | number | undefined) => (typeof s === 'number' ? s : s === undefined || s === '' ? undefined : Number(s));
const truncated = (s: string | undefined) => s === 'true';

/** A ListObjectsV2 result as the SDK would give the fields the archive reads; null: let the SDK parse. */
export function parseObjectsPage(xml: Buffer): ObjectsPage | null {
  const doc = scanListing(xml);
  if (!doc || doc.root !== 'ListBucketResult' || doc.top.EncodingType !== undefined) return null;
  const page: ObjectsPage = { IsTruncated: truncated(doc.top.IsTruncated), NextContinuationToken: doc.top.NextContinuationToken };
  if (doc.contents.length) page.Contents = doc.contents;
  if (doc.prefixes.length) page.CommonPrefixes = doc.prefixes;
  return page;
}

/** A ListObjectVersions result, the fields the archive reads; null: let the SDK parse. */
export function parseVersionsPage(xml: Buffer): VersionsPage | null {
  const doc = scanListing(xml);
  if (!doc || doc.root !== 'ListVersionsResult' || doc.top.EncodingType !== undefined) return null;
  const page: VersionsPage = { IsTruncated: truncated(doc.top.IsTruncated), NextKeyMarker: doc.top.NextKeyMarker, NextVersionIdMarker: doc.top.NextVersionIdMarker };
  if (doc.versions.length) page.Versions = doc.versions;
  if (doc.deleteMarkers.length) page.DeleteMarkers = doc.deleteMarkers;
  if (doc.prefixes.length) page.CommonPrefixes = doc.prefixes;
  return page;
}

/** The 200 response of a DeleteObjects: its per-key Errors; null: not a DeleteResult this reader understands. */
export function parseDeleteResult(xml: Buffer): { Errors: DeleteError[] } | null {
  const doc = scanListing(xml);
  if (!doc || doc.root !== 'DeleteResult') return null;
  return { Errors: doc.errors };
}

/** An error document (`<Error><Code>…`): its code and message; null if the body is not one. */
export function parseErrorDocument(xml: Buffer): { Code?: string; Message?: string } | null {
  const doc = scanListing(xml);
  if (!doc || doc.root !== 'Error') return null;
  return { Code: doc.top.Code, Message: doc.top.Message };
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
