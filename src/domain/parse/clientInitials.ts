/**
 * "delete Checkout data for our client NW": an agency or reseller often writes a client by its initials.
 * Initials are no name the catalog holds, so they were passed over and the workspace was reported as not
 * given at all — while the words do say which client, only not which of the workspaces they fit
 * (Northwind, Northwind Traders). The workspace is then asked about as unsettled, never picked: initials
 * that fit one workspace only are still a guess a careful person would confirm. Pure.
 */
import type { CatalogWorkspace } from '../catalog';
import { allMatches } from './allMatches';

/** Capital initials right after the word for a client, in the languages agencies write in. */
const CLIENT_INITIALS = /(?<![^\P{L}]|\u03B9)(?:[Cc]lient|[Cc]ustomer|[Kk]unden?|[Cc]liente|[Kk]lant|[Kk]lienta?)\s+(\p{Lu}{2,4})(?![\p{L}\p{N}])/gu;

/** Whether the letters stand, in order, in the name, the first as its first letter ("NW" in "northwind"). */
function initialsOf(letters: string, name: string): boolean {
  const plain = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (!plain.startsWith(letters[0])) return false;
  let at = 1;
  for (const letter of letters.slice(1)) {
    at = plain.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * The question about a client written by initials that fit catalog workspaces, or null. `known` tells a
 * word the catalog does hold (a real name written in capitals is read as that name elsewhere).
 */
export function clientInitialsQuestion(text: string, workspaces: readonly CatalogWorkspace[], known: (word: string) => boolean): string | null {
  for (const m of allMatches(CLIENT_INITIALS, text)) {
    const letters = m[1].toLowerCase();
    if (known(letters)) continue;
    const fits = workspaces.filter((w) => initialsOf(letters, w.name)).map((w) => w.slug);
    if (fits.length > 0) return `"${m[1]}" may be short for the workspace ${fits.join(' or ')} — which workspace is meant?`;
  }
  return null;
}
