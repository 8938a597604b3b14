/**
 * Mutations of real-world emails for the hostile-input fuzz test (issue 6, part 3).
 *
 * A mutation is plain data (`{ type: 'truncate', at: 0.37 }`), so fast-check can print, shrink and
 * replay a failing case; `applyMutations` turns a corpus message plus a list of mutations into bytes.
 * Positions are fractions of the current length, so one mutation means the same thing whatever the
 * earlier mutations did to the size.
 *
 * What the mutations imitate: broken clients and relays (truncation, bit flips, NULs, invalid UTF-8,
 * bare LF / CR line ends, a lost MIME boundary), hostile senders (header injection, huge header lines,
 * bogus charsets and transfer encodings, forged Auto-Submitted), and confused threads (In-Reply-To and
 * References pointing at messages that exist, `[DEL-n]` tags with any n).
 */
import fc from 'fast-check';

/** Facts about the database under test, read just before a case runs. */
export interface MutationContext {
  /** Message-IDs already stored (inbound and outbound), for In-Reply-To / References that thread. */
  messageIds: string[];
  /** Highest ticket id so far (0 if none), so `[DEL-n]` often names a real ticket. */
  maxTicketId: number;
  /** A fresh, unique Message-ID for this case (so most cases are not duplicates). */
  freshMessageId: string;
}

export type Mutation =
  | { type: 'truncate'; at: number }
  | { type: 'flipBytes'; positions: number[]; mask: number }
  | { type: 'insertBytes'; at: number; bytes: number[] }
  | { type: 'nul'; at: number; count: number }
  | { type: 'invalidUtf8'; at: number; sequence: number }
  | { type: 'lineEnds'; style: 'crlf' | 'lf' | 'cr' | 'mixed' }
  | { type: 'duplicateHeader'; index: number }
  | { type: 'removeHeader'; index: number }
  | { type: 'garbleHeader'; index: number; junk: string }
  | { type: 'addHeader'; name: string; value: string }
  | { type: 'hugeHeader'; name: string; length: number; folded: boolean }
  | { type: 'breakBoundary'; how: 'dropClose' | 'rename' | 'removeParam' | 'nest' | 'emptyBoundary' }
  | { type: 'charset'; value: string }
  | { type: 'transferEncoding'; value: string }
  | { type: 'date'; value: string }
  | { type: 'threadTo'; pick: number; header: 'In-Reply-To' | 'References' | 'both' }
  | { type: 'ticketTag'; n: number; relative: boolean }
  | { type: 'autoSubmitted'; value: string }
  | { type: 'from'; value: string }
  | { type: 'bodyText'; text: string }
  | { type: 'freshMessageId' }
  | { type: 'dropMessageId' };

/** Values a hostile sender or a broken client puts in headers. */
const SQLISH = ["'; DROP TABLE tickets; --", '" OR 1=1 --', "') OR ('1'='1", '1; DELETE FROM messages', '%27%20OR%201%3D1', '\\x00'];
const CHARSETS = ['x-klingon-42', 'utf-7', 'utf-16', 'UTF-32BE', 'iso-2022-jp', 'shift_jis', 'gb18030', 'koi8-r', '"', '', 'utf-8"; x="', 'windows-1252\u0000', 'ébcdic', 'us-ascii; charset=utf-16', 'a'.repeat(300)];
const ENCODINGS = ['base64', 'quoted-printable', 'x-uuencode', 'uuencode', '8bit', 'binary', '7bit', 'bogus', 'base64; q', 'QUOTED-PRINTABLE ', 'x-gzip', ''];
const DATES = [
  'Tue, 12 Mar 2024 10:15:00 +0000',
  'yesterday',
  '',
  '31 Feb 2024 25:61:61 +9999',
  'Sat, 01 Jan 0000 00:00:00 +0000',
  'Fri, 31 Dec 9999 23:59:59 -1200',
  '1710238500',
  '2024-03-12T10:15:00Z',
  'Mon, 12 Mar 2024 10:15:00 GMT+14:00',
  'Tue, 12 Mar 1824 10:15:00 +0000',
  '\u0000\u0000',
  'Tue, 12 Mar 2024 10:15:00 +0000 (UTC) ; DROP TABLE tickets',
];
const AUTO_SUBMITTED = ['auto-replied', 'auto-generated', 'auto-notified', 'no', 'NO', 'auto-replied; owner-email="x@y"', '', 'auto-', 'yes'];
const FROMS = [
  'Mallory <mallory@evil.example>',
  'ana@acme.example',
  '"Ana Lopez" <ANA@ACME.EXAMPLE>',
  `"${SQLISH[0]}" <ana@acme.example>`,
  'ops@acme.example, mallory@evil.example',
  'undisclosed-recipients:;',
  'Team: ana@acme.example, ops@acme.example;',
  '<>',
  'not an address',
  '=?utf-8?b?4oCuQW5h?= <ana@acme.example>',
  '=?x-bogus?q?=FF=FE?= <ops@acme.example>',
  'deletions@desk.example',
  'ana@acme.example <mallory@evil.example>',
  '"ops@acme.example" <mallory@evil.example>',
];
const HEADER_NAMES = ['Subject', 'From', 'To', 'Content-Type', 'Message-ID', 'References', 'X-Junk', 'Received', 'Authentication-Results'];

// Uniform positions (fc.double leans on tiny values: nearly every cut would land at byte 0).
const fraction = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);
const junkText = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom(...SQLISH), fc.string({ unit: 'binary', maxLength: 20 }));

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ type: fc.constant('truncate' as const), at: fraction }),
  fc.record({ type: fc.constant('flipBytes' as const), positions: fc.array(fraction, { minLength: 1, maxLength: 8 }), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ type: fc.constant('insertBytes' as const), at: fraction, bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }) }),
  fc.record({ type: fc.constant('nul' as const), at: fraction, count: fc.integer({ min: 1, max: 16 }) }),
  fc.record({ type: fc.constant('invalidUtf8' as const), at: fraction, sequence: fc.nat() }),
  fc.record({ type: fc.constant('lineEnds' as const), style: fc.constantFrom('crlf' as const, 'lf' as const, 'cr' as const, 'mixed' as const) }),
  fc.record({ type: fc.constant('duplicateHeader' as const), index: fc.nat() }),
  fc.record({ type: fc.constant('removeHeader' as const), index: fc.nat() }),
  fc.record({ type: fc.constant('garbleHeader' as const), index: fc.nat(), junk: junkText }),
  fc.record({ type: fc.constant('addHeader' as const), name: fc.constantFrom(...HEADER_NAMES), value: junkText }),
  fc.record({
    type: fc.constant('hugeHeader' as const),
    name: fc.constantFrom('Subject', 'X-Padding', 'References', 'To', 'Content-Type', 'From', 'Message-ID', 'In-Reply-To'),
    length: fc.oneof(fc.integer({ min: 200, max: 2_000 }), fc.integer({ min: 2_000, max: 300_000 })),
    folded: fc.boolean(),
  }),
  fc.record({ type: fc.constant('breakBoundary' as const), how: fc.constantFrom('dropClose' as const, 'rename' as const, 'removeParam' as const, 'nest' as const, 'emptyBoundary' as const) }),
  fc.record({ type: fc.constant('charset' as const), value: fc.oneof(fc.constantFrom(...CHARSETS), fc.string({ maxLength: 20 })) }),
  fc.record({ type: fc.constant('transferEncoding' as const), value: fc.constantFrom(...ENCODINGS) }),
  fc.record({
    type: fc.constant('date' as const),
    value: fc.oneof(
      fc.constantFrom(...DATES),
      fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toUTCString()),
      fc.string({ maxLength: 30 }),
    ),
  }),
  fc.record({ type: fc.constant('threadTo' as const), pick: fc.nat(), header: fc.constantFrom('In-Reply-To' as const, 'References' as const, 'both' as const) }),
  fc.record({ type: fc.constant('ticketTag' as const), n: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, 999_999_999, 2 ** 31, 2 ** 53), fc.nat()), relative: fc.boolean() }),
  fc.record({ type: fc.constant('autoSubmitted' as const), value: fc.constantFrom(...AUTO_SUBMITTED) }),
  fc.record({ type: fc.constant('from' as const), value: fc.oneof(fc.constantFrom(...FROMS), junkText) }),
  fc.record({
    type: fc.constant('bodyText' as const),
    text: fc.oneof(
      junkText,
      fc.constantFrom(
        'Please cancel DEL-1 now',
        'status of DEL-2?',
        'delete workspace acme-inc completely, all data',
        'delete ../../etc source of acme-inc for 2024-03-01',
        'delete ios-app of acme-inc from 0001-01-01 to 9999-12-31',
        `delete ${SQLISH[0]} for yesterday`,
      ),
    ),
  }),
  fc.record({ type: fc.constant('freshMessageId' as const) }),
  fc.record({ type: fc.constant('dropMessageId' as const) }),
);

/** One fuzz case: which corpus message, and what to do to it. */
export interface MutatedCase {
  file: number;
  mutations: Mutation[];
}

export const mutatedCaseArb: fc.Arbitrary<MutatedCase> = fc.record({
  file: fc.nat(),
  // Most cases get a fresh Message-ID first, so they reach parsing instead of stopping as duplicates.
  mutations: fc
    .tuple(fc.boolean(), fc.array(mutationArb, { minLength: 1, maxLength: 5 }))
    .map(([fresh, rest]) => (fresh ? [{ type: 'freshMessageId' } as Mutation, ...rest] : rest)),
});

// ---------------------------------------------------------------------------------------------

const INVALID_UTF8: number[][] = [
  [0xff],
  [0xc3, 0x28], // a lead byte without its continuation
  [0xc0, 0xaf], // overlong "/"
  [0xe0, 0x80, 0xaf], // overlong "/" in three bytes
  [0xed, 0xa0, 0x80], // a UTF-16 surrogate encoded in UTF-8
  [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
  [0x80, 0x80, 0x80],
  [0xfe, 0xfe, 0xff, 0xff],
];

export function applyMutations(raw: Buffer, mutations: Mutation[], ctx: MutationContext): Buffer {
  return mutations.reduce((buf, m) => applyOne(buf, m, ctx), raw);
}

function applyOne(buf: Buffer, m: Mutation, ctx: MutationContext): Buffer {
  const pos = (f: number) => Math.min(buf.length, Math.floor(f * buf.length));
  switch (m.type) {
    case 'truncate':
      return buf.subarray(0, pos(m.at));
    case 'flipBytes': {
      const out = Buffer.from(buf);
      for (const p of m.positions) {
        const i = Math.min(out.length - 1, Math.floor(p * out.length));
        if (i >= 0) out[i] ^= m.mask;
      }
      return out;
    }
    case 'insertBytes':
      return splice(buf, pos(m.at), Buffer.from(m.bytes));
    case 'nul':
      return splice(buf, pos(m.at), Buffer.alloc(m.count));
    case 'invalidUtf8':
      return splice(buf, pos(m.at), Buffer.from(INVALID_UTF8[m.sequence % INVALID_UTF8.length]!));
    case 'lineEnds': {
      const lf = buf.toString('latin1').replace(/\r\n/g, '\n');
      const out = m.style === 'lf' ? lf : m.style === 'crlf' ? lf.replace(/\n/g, '\r\n') : m.style === 'cr' ? lf.replace(/\n/g, '\r') : lf.replace(/\n/g, (_, i: number) => (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r'));
      return Buffer.from(out, 'latin1');
    }
    case 'duplicateHeader':
      return editHeaders(buf, (lines) => {
        if (lines.length === 0) return lines;
        const i = m.index % lines.length;
        return [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)];
      });
    case 'removeHeader':
      return editHeaders(buf, (lines) => (lines.length === 0 ? lines : lines.filter((_, i) => i !== m.index % lines.length)));
    case 'garbleHeader':
      return editHeaders(buf, (lines) => {
        if (lines.length === 0) return lines;
        const i = m.index % lines.length;
        const line = lines[i]!;
        const colon = line.indexOf(':');
        // Half the time the name is garbled (a header without a valid name), else the value.
        const garbled = m.junk.length % 2 === 0 ? `${m.junk}${line.slice(Math.max(colon, 0))}` : `${line.slice(0, colon + 1)} ${m.junk}`;
        return [...lines.slice(0, i), garbled, ...lines.slice(i + 1)];
      });
    case 'addHeader':
      return editHeaders(buf, (lines) => [`${m.name}: ${m.value}`, ...lines]);
    case 'hugeHeader': {
      const word = 'x'.repeat(70);
      const long = m.folded ? Array.from({ length: Math.ceil(m.length / 72) }, () => word).join('\r\n ') : 'x'.repeat(m.length);
      // Address-like headers get an address shape, so the long value survives parsing.
      const value = /^(from|to)$/i.test(m.name) ? `${long.replace(/\s+/g, '')}@acme.example` : /id|to$/i.test(m.name) ? `<${long.replace(/\s+/g, '')}@huge.example>` : long;
      return setHeader(buf, m.name, value);
    }
    case 'breakBoundary': {
      const text = buf.toString('latin1');
      const b = /boundary="?([^";\r\n]+)"?/i.exec(text)?.[1];
      if (!b) return buf;
      const esc = b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      switch (m.how) {
        case 'dropClose':
          return Buffer.from(text.replace(new RegExp(`--${esc}--`, 'g'), ''), 'latin1');
        case 'rename':
          return Buffer.from(text.replace(/boundary="?[^";\r\n]+"?/i, 'boundary="not-the-boundary"'), 'latin1');
        case 'removeParam':
          return Buffer.from(text.replace(/;\s*boundary="?[^";\r\n]+"?/i, ''), 'latin1');
        case 'emptyBoundary':
          return Buffer.from(text.replace(/boundary="?[^";\r\n]+"?/i, 'boundary=""'), 'latin1');
        case 'nest':
          // A part that claims to be multipart with the outer boundary: parsers must not recurse forever.
          return Buffer.from(text.replace(new RegExp(`--${esc}\\r?\\n`), (s) => `${s}Content-Type: multipart/mixed; boundary="${b}"\r\n\r\n${s}`), 'latin1');
      }
      return buf;
    }
    case 'charset': {
      const text = buf.toString('latin1');
      if (/charset=/i.test(text)) return Buffer.from(text.replace(/charset="?[^";\r\n]*"?/gi, `charset="${m.value}"`), 'latin1');
      return editHeaders(buf, (lines) => [...lines, `Content-Type: text/plain; charset="${m.value}"`]);
    }
    case 'transferEncoding': {
      const text = buf.toString('latin1');
      if (/content-transfer-encoding:/i.test(text)) return Buffer.from(text.replace(/content-transfer-encoding:[^\r\n]*/gi, `Content-Transfer-Encoding: ${m.value}`), 'latin1');
      return editHeaders(buf, (lines) => [...lines, `Content-Transfer-Encoding: ${m.value}`]);
    }
    case 'date':
      return setHeader(buf, 'Date', m.value);
    case 'threadTo': {
      if (ctx.messageIds.length === 0) return buf;
      const id = `<${ctx.messageIds[m.pick % ctx.messageIds.length]}>`;
      let out = buf;
      if (m.header !== 'References') out = setHeader(out, 'In-Reply-To', id);
      if (m.header !== 'In-Reply-To') out = setHeader(out, 'References', `<unknown@nowhere.example> ${id}`);
      return out;
    }
    case 'ticketTag': {
      const n = m.relative && ctx.maxTicketId > 0 ? 1 + (Math.abs(m.n) % ctx.maxTicketId) : m.n;
      return editHeaders(buf, (lines) => {
        const i = lines.findIndex((l) => /^subject:/i.test(l));
        const subject = `Subject: Re: [DEL-${n}] ${i >= 0 ? lines[i]!.slice(8).trim() : ''}`;
        return i >= 0 ? [...lines.slice(0, i), subject, ...lines.slice(i + 1)] : [...lines, subject];
      });
    }
    case 'autoSubmitted':
      return editHeaders(buf, (lines) => [...lines, `Auto-Submitted: ${m.value}`]);
    case 'from':
      return setHeader(buf, 'From', m.value);
    case 'bodyText': {
      const { head, sep, body } = split(buf);
      return Buffer.concat([head, sep, Buffer.from(`${m.text}\r\n`, 'utf8'), body]);
    }
    case 'freshMessageId':
      return setHeader(buf, 'Message-ID', `<${ctx.freshMessageId}>`);
    case 'dropMessageId':
      return editHeaders(buf, (lines) => lines.filter((l) => !/^message-id:/i.test(l)));
  }
}

function splice(buf: Buffer, at: number, insert: Buffer): Buffer {
  return Buffer.concat([buf.subarray(0, at), insert, buf.subarray(at)]);
}

/** Header block, the blank line, and the body; a message without a blank line is all header. */
function split(buf: Buffer): { head: Buffer; sep: Buffer; body: Buffer } {
  const crlf = buf.indexOf('\r\n\r\n');
  const lf = buf.indexOf('\n\n');
  const [at, len] = crlf >= 0 && (lf < 0 || crlf < lf) ? [crlf, 4] : lf >= 0 ? [lf, 2] : [buf.length, 0];
  return { head: buf.subarray(0, at), sep: len ? buf.subarray(at, at + len) : Buffer.from('\r\n\r\n'), body: buf.subarray(at + len) };
}

/** Edit the header block as logical lines (a folded header stays one line, with its folds). */
function editHeaders(buf: Buffer, edit: (lines: string[]) => string[]): Buffer {
  const { head, sep, body } = split(buf);
  const eol = head.includes('\r\n') ? '\r\n' : '\n';
  const physical = head.toString('latin1').split(/\r?\n/);
  const lines: string[] = [];
  for (const line of physical) {
    if (/^[ \t]/.test(line) && lines.length > 0) lines[lines.length - 1] += eol + line;
    else lines.push(line);
  }
  const edited = edit(lines.filter((l) => l.length > 0));
  // Headers are written as latin1 so arbitrary bytes survive; UTF-8 text in a value is re-encoded.
  const out = edited.map((l) => Buffer.from(l, /[^\u0000-\u00ff]/.test(l) ? 'utf8' : 'latin1'));
  return Buffer.concat([Buffer.concat(out.flatMap((b, i) => (i === 0 ? [b] : [Buffer.from(eol), b]))), sep, body]);
}

function setHeader(buf: Buffer, name: string, value: string): Buffer {
  const lower = `${name.toLowerCase()}:`;
  return editHeaders(buf, (lines) => [...lines.filter((l) => !l.toLowerCase().startsWith(lower)), `${name}: ${value}`]);
}
