/**
 * Ticket references: `DEL-42`, `[DEL-42]`, `del_42`, `DEL42`, `DEL 42`, normalised to `DEL-42`.
 *
 * The space-separated form collides with Spanish ("los datos del 3 al 5 de marzo", "del 2024"), so it
 * is only taken when the word is written `DEL` in capitals or followed by nothing that reads as a
 * Spanish date; four-digit years never count.
 */
const TIGHT_REF = /(?<![\p{L}\p{N}])del(?:[-_#]|–)?\s?#?0*(\d{1,9})(?![\p{L}\p{N}])/giu;
const SPANISH_FOLLOW = /^\s*(?:al?|de|y|hasta|en)\b/i;

export function findTicketRef(text: string): string | null {
  TIGHT_REF.lastIndex = 0;
  for (let m = TIGHT_REF.exec(text); m; m = TIGHT_REF.exec(text)) {
    const raw = m[0];
    const spaced = /^del\s/i.test(raw);
    if (spaced) {
      const upper = raw.startsWith('DEL');
      const after = text.slice(m.index + raw.length, m.index + raw.length + 12);
      if (!upper && (SPANISH_FOLLOW.test(after) || /^(19|20)\d\d$/.test(m[1]))) continue;
      if (upper && SPANISH_FOLLOW.test(after) && /^\s*(AL|DE)\b/.test(after)) continue;
    }
    const n = Number.parseInt(m[1], 10);
    if (n > 0) return `DEL-${n}`;
  }
  return null;
}
