/**
 * IMAP cursor decisions, pure so that each case is a table test (STYLE.md habit 1).
 *
 * A checkpoint is `(uidValidity, lastUid)`: every message of the mailbox with a UID up to `lastUid`
 * was taken in and moved out. RFC 9051 §2.3.1.1: UIDs are strictly ascending and never reused while
 * UIDVALIDITY is unchanged; when UIDVALIDITY changes, every old UID is meaningless, so the cursor
 * starts again at UID 1. That re-reads whatever is still in the mailbox, which cannot create a
 * duplicate ticket (intake de-duplicates by Message-ID / SHA-256) and cannot skip a message (nothing
 * is assumed about the new UIDs).
 */
export interface Checkpoint {
  uidValidity: string;
  lastUid: number;
}

export interface ScanPlan {
  /** Fetch UIDs from here (`fromUid:*`). */
  fromUid: number;
  /** The checkpoint to start from (reset when UIDVALIDITY changed or none was stored). */
  checkpoint: Checkpoint;
  /** Why the stored checkpoint was not used, for the log; null when it was. */
  reset: null | 'first_run' | 'uidvalidity_changed';
}

export function planScan(stored: Checkpoint | null, uidValidity: string): ScanPlan {
  if (!stored) return { fromUid: 1, checkpoint: { uidValidity, lastUid: 0 }, reset: 'first_run' };
  if (stored.uidValidity !== uidValidity) return { fromUid: 1, checkpoint: { uidValidity, lastUid: 0 }, reset: 'uidvalidity_changed' };
  return { fromUid: stored.lastUid + 1, checkpoint: stored, reset: null };
}

export interface MessageRef {
  uid: number;
  size: number;
}

/**
 * The UIDs to take in, ascending. `UID FETCH n:*` returns the highest message even when its UID is
 * below n (RFC 9051 §6.4.8: `*` is the largest UID in use), so anything at or below the checkpoint
 * is dropped here.
 */
export function newMessages(found: MessageRef[], fromUid: number): MessageRef[] {
  return found.filter((m) => m.uid >= fromUid).sort((a, b) => a.uid - b.uid);
}

/**
 * Batches for one FETCH of full sources each: at most `maxCount` messages and about `maxBytes`
 * (a single larger message is a batch of its own), so memory stays bounded on a mailbox full of
 * attachments while a backlog of small requests needs few round trips.
 */
export function batches(messages: MessageRef[], maxCount: number, maxBytes: number): MessageRef[][] {
  const out: MessageRef[][] = [];
  let current: MessageRef[] = [];
  let bytes = 0;
  for (const m of messages) {
    if (current.length > 0 && (current.length >= maxCount || bytes + m.size > maxBytes)) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(m);
    bytes += m.size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** A compact UID set for one command: `3:5,9`. */
export function uidSet(uids: number[]): string {
  const sorted = [...new Set(uids)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j += 1;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}:${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}
