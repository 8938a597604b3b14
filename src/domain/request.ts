/**
 * What a customer can ask for, and the shape of a request once it is understood.
 * Pure data: shared by the parser, the lifecycle, the templates and every adapter.
 */

export const REQUEST_KINDS = [
  'source_data',
  'unify_space',
  'workspace_purge',
  'archive_purge',
  'account_purge',
  'user_data',
  'status',
  'cancel',
  'unknown',
] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** Kinds that become a deletion (something is executed against the archive). */
export const DELETION_KINDS = ['source_data', 'unify_space', 'workspace_purge', 'archive_purge'] as const;
export type DeletionKind = (typeof DELETION_KINDS)[number];

export function isDeletionKind(kind: string): kind is DeletionKind {
  return (DELETION_KINDS as readonly string[]).includes(kind);
}

/** An inclusive range of whole UTC days, both ends `YYYY-MM-DD`. */
export interface DayRange {
  from: string;
  to: string;
}

/** Names used in `missing` (docs/design.md, "`parse --json`"). */
export const MISSING_FIELDS = ['workspace', 'source', 'time frame', 'space'] as const;
export type MissingField = (typeof MISSING_FIELDS)[number];

/**
 * What the parser understood from one message: exactly the `parse --json` contract of docs/design.md
 * (without `file`, which the CLI adds).
 */
export interface ParseResult {
  kind: RequestKind;
  /** Canonical workspace slug from the catalog, or null. */
  workspace: string | null;
  /** Canonical source slugs, sorted. */
  sources: string[];
  /** Canonical space name, or null. */
  space: string | null;
  /** Sorted, merged where adjacent or overlapping. */
  ranges: DayRange[];
  /** A referenced ticket id (`DEL-12`), or null. */
  ticket: string | null;
  missing: MissingField[];
  ambiguities: string[];
  /**
   * For each entry of `ambiguities` (same order), the scope field the question is about, so a reply is
   * read against it: the question stays open until a reply gives that field a new value.
   */
  ambiguityFields?: ScopeField[];
  /**
   * Required fields the customer's words do give but that cannot be used as written, with a question
   * in `ambiguities` about them: a name that fits several catalog entries, days that are invalid,
   * reversed, in the future or unclear. `parse --json` does not name them in `missing` (they were found;
   * they are in question), while the ticket still counts them as not known.
   */
  unsettled?: MissingField[];
  notes: string[];
  /** The exact words of the new text each part of the scope came from (see `ParseEvidence`). */
  evidence?: ParseEvidence;
  /** Set when the new text forwards another message: whose it was and what the forwarder asks. */
  forwarded?: ForwardInfo | null;
}

/** The parts of a scope a question can be about; `request` is "what is being asked at all". */
export type ScopeField = 'kind' | 'workspace' | 'sources' | 'space' | 'ranges' | 'request';

/**
 * Where each part of a result came from: quoted from the message's new text (subject or body), so staff
 * and the customer see the customer's own words next to what will be deleted. A deletion field without
 * words here is not complete.
 */
export interface ParseEvidence {
  kind: string | null;
  workspace: string | null;
  sources: { slug: string; text: string }[];
  space: string | null;
  ranges: { from: string; to: string; text: string }[];
}

/**
 * A forwarded message: `request` when the forwarder asks us to act on it ("please handle"),
 * `question` when they ask about it ("is this legit?"), `unclear` when they say neither.
 */
export interface ForwardInfo {
  /** The forwarded message's From address, lower-cased, when its header block was readable. */
  originalFrom: string | null;
  /** The forwarded message's own Date (ISO), when readable: relative dates count from it. */
  originalDate: string | null;
  intent: 'request' | 'question' | 'unclear';
}

/** Which fields a kind needs before it can go to approval (docs/design.md, "Kinds"). */
export function requiredFields(kind: RequestKind): MissingField[] {
  switch (kind) {
    case 'source_data':
      return ['workspace', 'source', 'time frame'];
    case 'unify_space':
      return ['workspace', 'space'];
    case 'workspace_purge':
    case 'archive_purge':
      return ['workspace'];
    default:
      return [];
  }
}
