/**
 * Mail from strangers that asks the desk for nothing. The desk answers no such mail (no backscatter) and
 * keeps it listed for staff; read as a request, it would ask a stranger questions about a workspace. Pure.
 */
import { isContact } from '../catalog';
import { isSpamFlagged } from '../inbox';
import type { InboundMessage } from '../message';
import type { ParserCatalog } from './catalogIndex';
import { asksForDeletion } from './resolveScope';

/**
 * Mail from someone who is no contact of any workspace that asks the desk to delete nothing: spam-flagged
 * mail that names no workspace of ours ("Delete ALL your customer data in one click!") or only tells of
 * a deletion to come ("your Growth workspace will be deleted in 24 hours. Click here to verify"), and a
 * digest whose only deleting is how-to advice ("how to … delete stale imports"). It gets no answer (no
 * backscatter) and stays listed for staff. A stranger's spam-flagged "Delete the workspace acme-inc"
 * is still read, and asked about; so is a contact's mail, or one naming a ticket.
 */
export function strangersNonRequest(message: InboundMessage, catalog: ParserCatalog, read: { kindText: string; ticket: string | null; workspace: string | null }): boolean {
  const sender = message.from?.address ?? '';
  const { kindText } = read;
  if (read.ticket !== null || catalog.catalog.workspaces.some((w) => isContact(w, sender))) return false;
  if (isSpamFlagged(message.headers)) return read.workspace === null || !asksForDeletion(kindText.replace(DELETION_TO_COME_ALL, ' '));
  return HOW_TO.test(kindText) && !asksForDeletion(kindText.replace(HOW_TO_ALL, ' '));
}
/** "how to delete …", "learn how to clean test data": advice on deleting, up to the end of its sentence. */
const HOW_TO = /(?<![^\P{L}]|\u03B9)how\s+to\s+[^.!?\n]*/iu;
const HOW_TO_ALL = new RegExp(HOW_TO.source, 'giu');
/** "will be deleted", "is going to be removed": a deletion told of, not asked for. */
const DELETION_TO_COME_ALL = /(?<![^\P{L}]|\u03B9)(?:will|shall|is\s+going\s+to|are\s+going\s+to)\s+be\s+(?:permanently\s+)?(?:deleted|removed|erased|purged|wiped|closed|suspended)(?![^\P{L}]|\u03B9)/giu;
