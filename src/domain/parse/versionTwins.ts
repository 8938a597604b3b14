/**
 * "Kan I slette Web-data i Nordlys …? Altså den nye version, ikke den gamle", "the Booking Web data —
 * the new version", "die alte Version bitte", "la nouvelle version", "the v2 one": the customer names a
 * workspace or source whose catalog has a versioned twin ("Nordlys" beside "Nordlys v2", "iOS App" beside
 * "iOS App 2") and says in words of their own which version they mean — and the words point at the other
 * one than the name read. Read by the name alone, the old version's data went, complete, while the
 * customer asked for the new one's. Asked, never settled by picking either. Pure.
 *
 * Said apart from a name ("a new version of our app shipped"), with no article or "one", the words tell a
 * story, not a choice, and are not read. When every word that points says the same as the name read
 * ("Nordlys v2, the new version"; "Nordlys — the old one, not v2"), nothing is asked.
 */
import type { Catalog } from '../catalog';
import { escapeRegExp } from './regexText';
import { allMatches } from './allMatches';

type Direction = 'newer' | 'older';
/** The words every question here holds, for the fields they leave unsettled. */
export const OTHER_VERSION_QUESTION = 'has another version';

/** A name's own version mark at its end: "v2", "2", "2.0", "version 2", "New", "Classic", "Legacy". */
const VERSION_SUFFIX = /^(.+?)[\s_-]+(?:v(\d{1,2})|(\d{1,2})(?:\.0)?|version\s+(\d{1,2})|(new|neu|next|classic|legacy|old|alt))$/iu;

const NEWER_WORDS = 'new|newer|newest|latest|second|2nd|neue[nrs]?|neu|neuere[nrs]?|zweite[nrs]?|nouvelle|nouveau|nouvel|récente|deuxième|seconde|nueva|nuevo|segunda|segundo|nova|novo|segunda|nuova|nuovo|seconda|nieuwe|tweede|nye|nya|nyere|nyare|andra|anden|nowa|nowy|nowsza|druga';
const OLDER_WORDS = 'old|older|oldest|original|previous|first|1st|legacy|alte[nrs]?|ältere[nrs]?|erste[nrs]?|vorherige[nrs]?|ancienne|ancien|vieille|vieux|précédente|première|premier|antigua|antiguo|vieja|viejo|anterior|primera|primer|antiga|antigo|velha|velho|primeira|vecchia|vecchio|precedente|prima|oude|eerste|gamle|gamla|gammel|äldre|ældre|første|första|stara|stary|starsza|pierwsza';
const THING = 'version|versions|versionen|versjon|versjonen|versión|versão|versione|versie|wersja|wersji|fassung|variante|one|app|workspace|source|setup|instance';
/** Articles and possessives that make the words a choice ("the new version"), not a story ("a new version shipped"). */
const ARTICLE = "the|our|die|der|das|den|dem|unsere[nmr]?|la|le|l['’]|les|el|los|notre|nuestra|nuestro|il|lo|het|de(?=\\s+(?:nieuwe|oude|eerste|tweede))|onze|det|vår|vores|vor|a(?=\\s+(?:nova|antiga|velha|primeira|segunda|vers))|o(?=\\s+(?:novo|antigo|velho))";
/** New and old themselves, which may stand alone at a clause's end: "ikke den gamle.", "not the old one", "nicht die alte". */
const PLAIN_AGE = 'new|old|neue|alte|nouvelle|ancienne|nueva|vieja|antigua|nova|antiga|velha|nuova|vecchia|nieuwe|oude|nye|gamle|nya|gamla';
/** "the new version", "die neue Version", "la nouvelle version", "den nye version", "ikke den gamle", "the v2 one", "version 2". */
const POINTING = new RegExp(
  [
    String.raw`(?<![\p{L}\p{N}])(?:${ARTICLE})\s*(${NEWER_WORDS}|${OLDER_WORDS})\s+(?:${THING})(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:${ARTICLE})\s*(?:${THING})\s+(${NEWER_WORDS}|${OLDER_WORDS})(?![\p{L}\p{N}])`,
    String.raw`(?<![\p{L}\p{N}])(?:${ARTICLE})\s*(${PLAIN_AGE})(?=\s*(?:[.,;:!?)—–]|$))`,
    // "the v2 one", "die Version 2": a number said as a choice, not a name's part ("v3 is fine" says nothing of which is asked for).
    String.raw`(?<![\p{L}\p{N}])(?:${ARTICLE})\s*(?:v|version\s+|versión\s+|versão\s+|versione\s+|versie\s+)(\d{1,2})(?:\s+(?:${THING}))?(?=\s*(?:[.,;:!?)—–]|$)|\s+(?:${THING}))`,
  ].join('|'),
  'giu',
);
const NEWER = new RegExp(`^(?:${NEWER_WORDS})$`, 'iu');

/** "not the old one", "ikke den gamle", "nicht die alte", "pas l'ancienne", "no la vieja", "niet de oude", "inte den gamla". */
const NEGATED_BEFORE = /(?<![\p{L}\p{N}])(?:not|nicht|kein\p{L}*|pas|non|no|ni|niet|ikke|inte|nie|nem|instead\s+of|rather\s+than|statt|anstatt|au\s+lieu\s+de|en\s+vez\s+de|en\s+lugar\s+de|i\s+stedet\s+for|i\s+stället\s+för)\s*$/iu;

interface Twin {
  /** The names of the thing read and of its twins, blanked out before the words are read. */
  names: string[];
  /** Where the thing read stands among its twins: the newer or the older. */
  read: Direction;
  others: string[];
}

/** The versioned twins of `name` among `all` (name and slug pairs), or null when it has none. */
function twinOf(name: string, slug: string, all: readonly { name: string; slug: string }[]): Twin | null {
  const base = (n: string): { stem: string; rank: number } => {
    const m = VERSION_SUFFIX.exec(n.trim());
    if (!m) return { stem: n.trim().toLowerCase(), rank: 1 };
    const number = Number(m[2] ?? m[3] ?? m[4] ?? NaN);
    const rank = Number.isNaN(number) ? (/^(?:classic|legacy|old|alt)$/iu.test(m[5] ?? '') ? 0 : 2) : number;
    return { stem: m[1].toLowerCase(), rank };
  };
  const mine = base(name);
  const twins = all.filter((x) => x.slug !== slug && base(x.name).stem === mine.stem && base(x.name).rank !== mine.rank);
  if (twins.length === 0) return null;
  const read: Direction = twins.every((t) => base(t.name).rank < mine.rank) ? 'newer' : 'older';
  return { names: [name, slug, ...twins.flatMap((t) => [t.name, t.slug])], read, others: twins.map((t) => t.slug) };
}

/** The words that point at one version, each with the version it points at once negation is read. */
function pointingWords(text: string, twin: Twin): { words: string; to: Direction }[] {
  const names = [...twin.names].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  // A name written is blanked with a mark, not spaces: "the original iOS App source" qualifies a name
  // written out (read where the name is resolved), and says nothing more here.
  const rest = text.replace(new RegExp(`(?<![\\p{L}\\p{N}])(?:${names})(?![\\p{L}\\p{N}])`, 'giu'), (s) => '#'.repeat(s.length));
  return allMatches(POINTING, rest).map((m) => {
    const number = m[4] ? Number(m[4]) : null;
    const word = m[1] ?? m[2] ?? m[3] ?? '';
    const pointsNewer = number !== null ? number >= 2 : NEWER.test(word);
    const negated = NEGATED_BEFORE.test(rest.slice(Math.max(0, (m.index ?? 0) - 24), m.index ?? 0));
    return { words: m[0].trim(), to: pointsNewer !== negated ? 'newer' : 'older' };
  });
}

/** The question when words point at another version than the name read; null when nothing does. */
function question(text: string, twin: Twin | null, read: string, what: string): string | null {
  if (!twin) return null;
  const away = pointingWords(text, twin).find((p) => p.to !== twin.read);
  return away ? `"${away.words}": ${read} ${OTHER_VERSION_QUESTION} (${twin.others.join(', ')}) — which ${what} is meant?` : null;
}

/** The question when the words point at another version of the workspace read than its name. */
export function versionTwinWorkspaceQuestion(catalog: Catalog, workspace: string | null, text: string): string | null {
  const ws = catalog.workspaces.find((w) => w.slug === workspace);
  return ws ? question(text, twinOf(ws.name, ws.slug, catalog.workspaces), ws.slug, 'workspace') : null;
}

/** The question when the words point at another version of a source read than its name. */
export function versionTwinSourceQuestion(catalog: Catalog, workspace: string | null, sources: readonly string[], text: string): string | null {
  const ws = catalog.workspaces.find((w) => w.slug === workspace);
  for (const slug of ws ? sources : []) {
    const source = ws?.sources.find((s) => s.slug === slug);
    const twin = source && ws ? twinOf(source.name, source.slug, ws.sources) : null;
    // "App v1 and v2" both asked for: no version is chosen over the other.
    if (twin?.others.some((other) => sources.includes(other))) continue;
    const asked = source ? question(text, twin, slug, 'source') : null;
    if (asked) return asked;
  }
  return null;
}
