/**
 * Mail from strangers that asks the desk for nothing. The desk answers no such mail (no backscatter) and
 * keeps it listed for staff; read as a request, it would ask a stranger questions about a workspace. Pure.
 */
import { isContact } from '../catalog';
import { isSpamFlagged } from '../inbox';
import type { InboundMessage } from '../message';
import type { ParserCatalog } from './catalogIndex';
import { escapeRegExp } from './regexText';
import { asksForDeletion } from './resolveScope';

/**
 * Mail from someone who is no contact of any workspace that asks the desk to delete nothing: spam-flagged
 * mail that names no workspace of ours ("Delete ALL your customer data in one click!") or only tells of
 * a deletion to come ("your Growth workspace will be deleted in 24 hours. Click here to verify"), and a
 * digest whose only deleting is how-to advice ("how to … delete stale imports"). It gets no answer (no
 * backscatter) and stays listed for staff. A stranger's spam-flagged "Delete the workspace acme-inc"
 * is still read, and asked about; so is a contact's mail, or one naming a ticket.
 */
export function strangersNonRequest(message: InboundMessage, catalog: ParserCatalog, read: StrangersMailRead): boolean {
  const sender = message.from?.address ?? '';
  const { kindText } = read;
  if (read.ticket !== null || catalog.catalog.workspaces.some((w) => isContact(w, sender))) return false;
  if (isSpamFlagged(message.headers)) return read.workspace === null || !asksForDeletion(kindText.replace(DELETION_TO_COME_ALL, ' '));
  return adviceOnly(read, catalog) && HOW_TO.test(kindText) && !asksForDeletion(kindText.replace(HOW_TO_ALL, ' '));
}

/** What the parser has read of a stranger's mail: its words, ticket, and what of our catalog it names. */
export interface StrangersMailRead {
  kindText: string;
  ticket: string | null;
  workspace: string | null;
  /** Whether one of our workspaces is written. */
  namesWorkspace: boolean;
}

/**
 * A digest or newsletter only gives advice: it names none of our workspaces or sources and asks the desk
 * to do nothing. "Not sure how to phrase this: the iOS App data in acme-inc … must be deleted", "how to
 * delete … — or can your team do it?" and "I read your docs on how to delete data … can you get rid of
 * it for us?" are requests written around a "how to", and are read (and asked about) as such.
 */
function adviceOnly(read: StrangersMailRead, catalog: ParserCatalog): boolean {
  if (read.workspace !== null || read.namesWorkspace || ASKS_THE_DESK.test(read.kindText)) return false;
  return !catalog.catalog.workspaces.some((w) => w.sources.some((source) => sourceWritten(read.kindText, source)));
}

/**
 * A source written by its own name as the catalog spells it ("iOS App", "Checkout Web") or by a slug of
 * its own ("ios-app"). Prose that shares a word with a source ("your web sources", "test data", a
 * subject's "Events, imports and web") is advice about data in general, and names none.
 */
function sourceWritten(text: string, source: { slug: string; name: string }): boolean {
  const distinctive = [OWN_NAME.test(source.name) ? source.name : null, /[-_\d]/.test(source.slug) ? source.slug : null];
  return distinctive.some((name) => name !== null && new RegExp(`(?<![\\p{L}\\p{N}_-])${escapeRegExp(name)}(?![\\p{L}\\p{N}_-])`, 'u').test(text));
}
/** "iOS App", "Till Feed", "Q1 Backfill", "CRM": a name no sentence-initial common word ("Events") spells. */
const OWN_NAME = /\s|\d|^.+\p{Lu}/u;
/** "can you", "please", "must be deleted", "get rid of", "for us": the desk asked to act. */
const ASKS_THE_DESK =
  /(?<![^\P{L}]|\u03B9)(?:(?:can|could|would|will)\s+(?:you|your\s+team|your\s+support|someone)|please|pls|kindly|(?:must|should|has\s+to|have\s+to|needs?\s+to)\s+(?:be|go)|get\s+rid\s+of|take\s+care\s+of|for\s+us|(?:we|i)\s+(?:need|want|would\s+like)\s+(?:you|the|it|this|them|our)|bitte|por\s+favor|per\s+favore|s['’]il\s+vous\s+pla[iî]t|graag)(?![^\P{L}]|\u03B9)/iu;
/** "how to delete …", "learn how to clean test data": advice on deleting, up to the end of its sentence. */
const HOW_TO = /(?<![^\P{L}]|\u03B9)how\s+to\s+[^.!?\n]*/iu;
const HOW_TO_ALL = new RegExp(HOW_TO.source, 'giu');
/** "will be deleted", "is going to be removed": a deletion told of, not asked for. */
const DELETION_TO_COME_ALL = /(?<![^\P{L}]|\u03B9)(?:will|shall|is\s+going\s+to|are\s+going\s+to)\s+be\s+(?:permanently\s+)?(?:deleted|removed|erased|purged|wiped|closed|suspended)(?![^\P{L}]|\u03B9)/giu;
