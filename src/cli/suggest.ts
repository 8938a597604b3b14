/**
 * "Did you mean …?" for mistyped commands, options and names. Pure: the closest candidate by edit
 * distance (Damerau: a swapped pair of letters counts as one typo), or one the input is a prefix of,
 * and nothing when no candidate is close enough to be a likely typo.
 */

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) d[0][j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The candidate the input most likely meant, or null. */
export function closest(input: string, candidates: Iterable<string>): string | null {
  const wanted = input.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (c === wanted) return candidate;
    // A short prefix ("tick" for "tickets") is as clear as a typo; a one-letter prefix is not.
    const distance = wanted.length >= 3 && c.startsWith(wanted) ? 1 : editDistance(wanted, c);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Up to a third of the word may be wrong (at least one letter, at most three), so "nope" never
  // "means" "open" while "tickts" means "tickets".
  const allowed = Math.min(3, Math.max(1, Math.floor(wanted.replace(/^-+/, '').length / 3)));
  return best !== null && bestDistance <= allowed ? best : null;
}

/** ` Did you mean "x"?` or an empty string, to append to an error message. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closest(input, candidates);
  return match ? ` Did you mean "${match}"?` : '';
}

/** The options a usage line names (`tickets [--status S] [--json]` → `--status`, `--json`). */
export function optionsOfUsage(usage: string): string[] {
  return [...new Set(usage.match(/--[a-z][a-z0-9-]*/g) ?? [])];
}
