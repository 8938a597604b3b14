/**
 * The legacy archive rule. Workspaces deleted before the cutoff (LEGACY_ARCHIVE_CUTOFF, 2022-03-31 by
 * default) kept their archive when they were deleted: an archive purge is how it is removed. A
 * workspace deleted on or after the cutoff went through the complete data purge, which already removed
 * its archive, so an archive purge request for it is answered with that; staff still see a preview of
 * anything left and may proceed. Pure: the ticket's kind, the catalog's `deletedAt` and the cutoff in,
 * words for the customer and for staff out. The lifecycle is unchanged: the request goes on like any other
 * archive purge, only what people are told differs.
 */
import type { RequestKind } from './request';
import { formatDay } from './email/format';

/** The platform's date: the complete data purge replaced archive retention on 31 March 2022. */
export const LEGACY_ARCHIVE_CUTOFF = '2022-03-31';

export type ArchiveStanding = 'legacy' | 'purged_already' | 'not_deleted';

export interface ArchivePurgeNote {
  standing: ArchiveStanding;
  /** For the customer (only ever shown to a contact of the workspace). */
  customer: string;
  /** For staff, on the card and in `show`. */
  staff: string;
}

export function archivePurgeNote(kind: RequestKind, workspace: { slug: string; deletedAt: string | null } | undefined, cutoff: string): ArchivePurgeNote | null {
  if (kind !== 'archive_purge' || !workspace) return null;
  const cutoffText = formatDay(cutoff);
  const deletedAt = workspace.deletedAt;
  if (deletedAt && deletedAt < cutoff) {
    return {
      standing: 'legacy',
      customer: '',
      staff: `Workspace deleted on ${formatDay(deletedAt)}, before the legacy cutoff (${cutoffText}): it kept its archive, and this purge removes it.`,
    };
  }
  if (deletedAt) {
    return {
      standing: 'purged_already',
      customer: `Our records show that workspace ${workspace.slug} was deleted on ${formatDay(deletedAt)}. Workspaces deleted on or after ${cutoffText} went through our complete data purge, which already removed their archived data, so there should be nothing left to delete. Our team will still check the archive and remove anything that remains.`,
      staff: `Workspace deleted on ${formatDay(deletedAt)}, on or after the legacy cutoff (${cutoffText}): the complete data purge should already have removed its archive, and the customer was told so. The preview shows anything left; approving purges it.`,
    };
  }
  return {
    standing: 'not_deleted',
    customer: `Our records show that workspace ${workspace.slug} has not been deleted. An archive purge is for workspaces deleted before ${cutoffText}, which kept their archive; for a workspace deleted since, the complete data purge already removed it. Our team will check the archive and contact you if anything is unclear; if you want all the data of this workspace deleted, reply and ask for a complete data purge of the workspace.`,
    staff: `Workspace not deleted in the catalog: an archive purge is meant for workspaces deleted before the legacy cutoff (${cutoffText}); the customer was told so. The preview shows what is stored; approving purges it.`,
  };
}
