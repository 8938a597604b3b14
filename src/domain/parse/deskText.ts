/**
 * The desk's own confirmation list, kept in a reply without a quote marker ("Please confirm exactly what
 * will be deleted:\n- Workspace: Acme Inc (acme-inc)\n- UTC days: Tue 3 November 2026 – …, 1 day"). Read
 * as the customer's words, the old scope it lists is merged with the correction written above it
 * ("Please do the Android App instead") — both sources deleted. The list as the desk wrote it is the
 * desk's text and is left out; a list changed inline ("- Source: Android App", "(instead of Nov 3 –
 * Nov 5)") is the customer's correction written in our words, and is asked about. Pure.
 */
import { KIND_TEXT } from '../email/confirmScope';

/** templates/partials/confirm_request.text.hbs: the heading and the lines around the list. */
const HEADING = /^[ \t]*\**Please confirm exactly what will be deleted:\**[ \t]*$/i;
const BOILERPLATE = /^[ \t]*(?:[-•*][ \t]*)?(?:Why we ask: a deletion cannot be undone|If this is right, reply to this email with the word|Each workspace is purged on its own:|Every archived day of these sources, whatever the date\.|(?:Sources|Unify spaces): none registered today)/i;
/** One line of the list, as confirmScope.ts writes it: "- Field: value". */
const FIELD_LINE = /^[ \t]*[-•*]?[ \t]*(Request|Workspace|Source|Unify space|UTC days)[ \t]*:[ \t]*(.*?)[ \t]*$/i;
/** The customer's words the desk quotes after a value: ` (you wrote: "…")`. */
const QUOTED_WORDS = /\s*\((?:you wrote|the request says): "[^"\n]*"\)$/;
const WEEKDAY_DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \\d{4}';
/** "Tue 3 November 2026 – Thu 5 November 2026, 3 days" (email/format.ts formatConfirmRange). */
const DESK_RANGE = new RegExp(`^${WEEKDAY_DAY} – ${WEEKDAY_DAY}, \\d+ days?`);
const NAME_AND_SLUG = /^[^()\n]+ \([\p{L}\p{N}_.-]+\)$|^[\p{L}\p{N}_.-]+$/u;

/** Whether a field line's value is exactly as the desk writes it. */
function asTheDeskWrites(field: string, value: string): boolean {
  const bare = value.replace(QUOTED_WORDS, '');
  switch (field.toLowerCase()) {
    case 'request':
      return Object.values(KIND_TEXT).includes(bare);
    case 'utc days':
      return DESK_RANGE.test(bare) && DESK_RANGE.exec(bare)?.[0] === bare;
    default:
      return NAME_AND_SLUG.test(bare);
  }
}

export interface DeskText {
  /** The text with the desk's own list (as it wrote it) left out. */
  text: string;
  /** A line of the desk's list the customer changed, as written; null when there is none. */
  edited: string | null;
}

/**
 * The desk's list in a reply: it is there when its heading is, or when a "UTC days:" line in the desk's
 * own form is (no customer writes "Tue 3 November 2026 – Tue 3 November 2026, 1 day").
 */
export function deskListIn(body: string, isReply: boolean): DeskText {
  const lines = body.split('\n');
  const fields = lines.map((l) => FIELD_LINE.exec(l));
  const ours = lines.some((l) => HEADING.test(l)) || fields.some((m) => m !== null && m[1]?.toLowerCase() === 'utc days' && DESK_RANGE.test(m[2] ?? ''));
  if (!isReply || !ours) return { text: body, edited: null };
  const changed = fields.find((m) => m !== null && !asTheDeskWrites(m[1] ?? '', m[2] ?? ''));
  if (changed) return { text: body, edited: changed[0].trim() };
  const kept = lines.filter((l, i) => !HEADING.test(l) && !BOILERPLATE.test(l) && fields[i] === null);
  return { text: kept.join('\n'), edited: null };
}

export interface CopiedText {
  /** The new text without the lines copied from the quoted history. */
  text: string;
  /** The first line copied, as written; null when there is none. */
  copied: string | null;
}

/**
 * "From 1 March 2024 to 3 March 2024." pasted from our question's example above the quote it came from,
 * then "(sorry, that was your example — we mean 2 March 2027)": a line of the reply's new text that is,
 * word for word, a dated line of the message it answers was copied from there, not written. Read as the
 * customer's words, the example's days joined the real ones in a complete scope. The line is left out
 * and asked about. `whole`: the body with its quoted history.
 */
export function copiedFromHistory(own: string, whole: string, isReply: boolean): CopiedText {
  if (!isReply) return { text: own, copied: null };
  const form = (line: string): string => line.replace(/^[\s>|]+/, '').replace(/\s+/g, ' ').trim();
  const count = new Map<string, number>();
  for (const line of whole.split('\n')) count.set(form(line), (count.get(form(line)) ?? 0) + 1);
  const ownCount = new Map<string, number>();
  for (const line of own.split('\n')) ownCount.set(form(line), (ownCount.get(form(line)) ?? 0) + 1);
  const copiedLine = (line: string): boolean => {
    const f = form(line);
    return f.length >= 12 && /\d/.test(f) && /\p{L}{3}/u.test(f) && (count.get(f) ?? 0) > (ownCount.get(f) ?? 0);
  };
  const lines = own.split('\n');
  const copied = lines.find(copiedLine);
  if (copied === undefined) return { text: own, copied: null };
  return { text: lines.map((l) => (copiedLine(l) ? ' '.repeat(l.length) : l)).join('\n'), copied: copied.trim() };
}
