/**
 * A live workspace and a deleted one of the same name (Pinewood, slug pinewood, beside Pinewood, slug
 * pinewood-2019, deleted years ago). "Server source in pinewood" writes the live one's slug as the catalog
 * writes it, and the deleted one only by its name in other letter case: the slug names the live one.
 * Without a source named ("delete all data of pinewood") the words may ask for the deleted one's archive,
 * and the name as written ("Pinewood") fits both: those are still asked about. So is every message with
 * anything pointing at the deleted one: a word for it ("our old workspace", "deleted in 2020", "the
 * archive") or a year up to the one it was deleted in, when its data may have been written there. Pure.
 */
import type { CatalogTerm } from './catalogIndex';

interface NamedTerms {
  text: string;
  terms: CatalogTerm[];
}

/** Drops, from each mention that writes a live workspace's slug exactly, the deleted namesakes its letters only loosely match. */
export function dropDeletedNamesakes(mentions: NamedTerms[], text: string): void {
  if (!mentions.some((m) => m.terms.some((t) => t.type === 'source'))) return;
  for (const m of mentions) {
    const written = m.text.trim();
    const live = m.terms.some((t) => t.type === 'workspace' && t.canonical === written && t.workspace.deletedAt === null);
    if (!live) continue;
    const looseNamesake = (t: CatalogTerm): boolean =>
      t.type === 'workspace' && t.workspace.deletedAt !== null && t.workspace.name !== written && t.workspace.slug !== written && !pointsAtDeleted(text, t.workspace.deletedAt);
    m.terms = m.terms.filter((t) => !looseNamesake(t));
  }
}

/** Whether the text speaks of a deleted workspace, or names a year the deleted one (deleted on `deletedAt`) still held data in. */
function pointsAtDeleted(text: string, deletedAt: string): boolean {
  if (DELETED_WORDS.test(text)) return true;
  const deletedYear = Number(deletedAt.slice(0, 4));
  return [...text.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].some((y) => Number(y[0]) <= deletedYear);
}
const DELETED_WORDS = /\b(?:old|older|former|formerly|previous|earlier|legacy|deleted|removed|closed|archived?|retired|defunct|original)\b/i;
