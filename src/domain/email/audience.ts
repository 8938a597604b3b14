/**
 * Who reads an email, and what they may not read in it. Nothing about a workspace — its name, its
 * sources and spaces, its tickets, whether it exists — goes to someone who is not its contact: a
 * stranger's answers must read the same whatever the catalog holds, or they become a way to probe it.
 * Pure: the catalog comes in as data.
 */
import type { Catalog } from '../catalog';

export type Audience = 'contact' | 'stranger';

export interface Readership {
  audience: Audience;
  /**
   * Names of workspaces the recipient is no contact of (slugs, names, ids, their sources and spaces),
   * minus any name their own workspaces share: a question or note naming one is not sent to them
   * ("ios-app exists in workspaces acme-inc, globex" would tell Acme's contact that Globex is a customer).
   */
  hiddenNames: string[];
}

/**
 * Readerships worked out, per catalog (a catalog is replaced, never changed, when it is imported
 * again): an intake backlog answers the same few addresses about the same few workspaces hundreds of
 * times, and each answer walked every name of every workspace. Callers get a copy of the names. At
 * most READERSHIPS_KEPT a catalog (each holds a list of names as long as the catalog's): a long-running
 * desk answering many addresses starts over rather than grow.
 */
const readerships = new WeakMap<Catalog, Map<string, Readership>>();
const READERSHIPS_KEPT = 256;

export function readershipOf(catalog: Catalog, ticketWorkspace: string | null, recipient: string): Readership {
  const key = `${ticketWorkspace ?? ''}\n${recipient.trim().toLowerCase()}`;
  let known = readerships.get(catalog);
  if (!known) readerships.set(catalog, (known = new Map()));
  let readership = known.get(key);
  if (!readership) {
    if (known.size >= READERSHIPS_KEPT) known.clear();
    known.set(key, (readership = workOutReadership(catalog, ticketWorkspace, recipient)));
  }
  return { audience: readership.audience, hiddenNames: [...readership.hiddenNames] };
}

function workOutReadership(catalog: Catalog, ticketWorkspace: string | null, recipient: string): Readership {
  const who = recipient.trim().toLowerCase();
  const own = catalog.workspaces.filter((w) => w.contacts.includes(who));
  const audience: Audience = ticketWorkspace ? (own.some((w) => w.slug === ticketWorkspace) ? 'contact' : 'stranger') : own.length > 0 ? 'contact' : 'stranger';
  const namesOf = (w: Catalog['workspaces'][number]) => [w.slug, w.name, w.id, ...w.sources.flatMap((s) => [s.slug, s.name, s.id]), ...w.spaces.flatMap((s) => [s.name, s.id])];
  const allowed = new Set(own.flatMap(namesOf).map((n) => n.toLowerCase()));
  const hidden = new Set<string>();
  for (const w of catalog.workspaces) {
    if (own.includes(w)) continue;
    for (const name of namesOf(w)) {
      // Very short names ("UK", "a") would match ordinary words; they are not what identifies a customer.
      if (name && name.trim().length >= 3 && !allowed.has(name.toLowerCase())) hidden.add(name.trim());
    }
  }
  return { audience, hiddenNames: [...hidden] };
}

/** Whether a text names any of these (case-insensitive, whole words: `web` does not match `website`). */
export function namesAny(text: string, names: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return names.some((name) => {
    const n = name.toLowerCase();
    for (let at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + 1)) {
      const before = lower.charAt(at - 1);
      const after = lower.charAt(at + n.length);
      if (!/[\p{L}\p{N}_-]/u.test(before) && !/[\p{L}\p{N}_-]/u.test(after)) return true;
    }
    return false;
  });
}
