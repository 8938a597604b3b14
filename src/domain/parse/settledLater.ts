/**
 * "Please delete the iOS App and Android App data for March 3. Android turned out fine.", "(Android: false
 * alarm)", "Android hat sich erledigt", "Lo de Android ya se resolvió", "On second thought, keep the
 * Website", "Second thought: Android can stay": after the request, a clause of its own says that a source
 * already asked for is fine, settled or kept. The customer takes that source back; read alone, the request
 * stayed complete with it.
 *
 * The clause names the source in any form the catalog knows — also the short or common-word form that
 * names nothing on its own ("Android" for the Android App, "Website"): the source is already in the
 * request, so the word can only be that source taken up again. What is said of it comes from the shared
 * words of exclusionWords.ts (settled, stays, keep), so a language's phrase added there reaches this
 * reader too. The source is left out and asked about, never deleted on the first reading.
 * Not read: a clause that asks for a deletion ("Android is fine to delete too"), adds to the request
 * ("Android as well, if that is OK") or keeps to it ("only Android"), is a question, negates ("Android is not fine either"), turns with a
 * contrast ("Android looked fine, but …") or speaks of a condition ("once Android is done"). Pure.
 */
import { words, type CatalogTerm, type ParserCatalog } from './catalogIndex';
import { CONTRAST, KEEP, NOT, SETTLED, SETTLED_DEED, STAYS, TURNED_OUT } from './exclusionWords';
import { L, R } from './letterEdges';
import { allMatches } from './allMatches';

interface Named {
  text: string;
  start: number;
  end: number;
  terms: CatalogTerm[];
}
interface WordAt {
  word: string;
  start: number;
  end: number;
}

/** A settled word, not negated right before it ("not fine", "nicht in Ordnung", "no está bien", "pas OK"). */
const SETTLED_WORD = new RegExp(`${L}(?<!${L}(?:${NOT}|no|kein\\p{L}*|n['’]t|never)\\s+(?:\\p{L}+\\s+)?)(?:${SETTLED}|${TURNED_OUT}\\s+(?:\\p{L}+\\s+){0,2}?${SETTLED})${R}`, 'iu');
const SETTLED_DEED_ONLY = new RegExp(`^${SETTLED_DEED}$`, 'iu');
/** Keeping said after the name ("Android can stay") or before it ("keep the Website"). */
const STAYS_AFTER = new RegExp(`^[^\\p{L}\\p{N}]*(?:(?:source|app|data|events|part|one)\\s+)?(?:${STAYS})${R}`, 'iu');
const KEEP_BEFORE = new RegExp(`${L}${KEEP}\\s+(?:(?:the|our|der|die|das|den|le|la|les|el|los|il|lo|de|het|o|a)\\s+)?$`, 'iu');
/** Words that add the name to the request, or make the clause a condition or a report of a problem. */
const NOT_SETTLING = new RegExp(
  `${L}(?:only|just|nur|seulement|solo|solamente|alleen|apenas|too|also|as well|auch|ebenfalls|aussi|tambi[ée]n|anche|ook|tamb[ée]m|if|once|when|until|unless|wenn|sobald|falls|quand|cuando|zodra|quando|to go|broken|wrong|bad|duplicat\\p{L}*|corrupt\\p{L}*|kaputt|falsch|doppel\\p{L}*|cass[ée]e?s?|dupliqu\\p{L}*|duplicad\\p{L}*|rott[oa]|duplicat[oi]|fout|kapot|dubbel\\p{L}*|errad[oa]s?)${R}`,
  'iu',
);
const CONTRAST_WORD = new RegExp(`${L}${CONTRAST}${R}`, 'iu');
/** Where the clause around a name begins: a sentence's or clause's end, a bracket, a dash, a colon, a comma. */
const CLAUSE_START = /[.!?;:\n()—–,]|\s-\s/gu;
/**
 * Where the clause ends: a sentence's end, a bracket or a dash ("Only Booking Web 2 - the original Booking
 * Web source is fine" says nothing of Booking Web 2). A comma does not end it ("Android, no issue there").
 */
const CLAUSE_END = /[!?;\n()—–]|\.(?!\d)|\s-\s/u;

/**
 * The sources a later clause takes back, each with the question to ask; `deletes` tells whether words ask
 * for a deletion. `mentions` are the names read so far (the sources asked for among them).
 */
export function settledLater(
  text: string,
  tokens: readonly WordAt[],
  index: ParserCatalog,
  mentions: readonly Named[],
  deletes: (words: string) => boolean,
): { source: string; question: string }[] {
  const firstAt = new Map<string, { end: number; term: CatalogTerm }>();
  for (const m of mentions) for (const t of m.terms) if (t.type === 'source' && !firstAt.has(t.canonical)) firstAt.set(t.canonical, { end: m.end, term: t });
  const taken: { source: string; question: string }[] = [];
  for (const { canonical, start, end, written } of laterNames(text, tokens, index, firstAt)) {
    if (taken.some((x) => x.source === canonical)) continue;
    const words = settlingClause(text, start, end, deletes);
    if (words) taken.push({ source: canonical, question: `"${words}" reads as leaving ${written} out — which sources exactly?` });
  }
  return taken;
}

/** Each place after a source's first mention where the same source is written again, in any of its forms. */
function laterNames(text: string, tokens: readonly WordAt[], index: ParserCatalog, firstAt: Map<string, { end: number; term: CatalogTerm }>): { canonical: string; start: number; end: number; written: string }[] {
  const found: { canonical: string; start: number; end: number; written: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // The longest name written here is the one meant: "the regular Android App" is the Android App, never
    // the "Android" short form of an Android App Beta asked for.
    for (let n = Math.min(index.maxWords, tokens.length - i); n >= 1; n--) {
      const key = tokens.slice(i, i + n).map((t) => t.word).join(' ');
      const terms = index.terms.get(key);
      if (!terms) continue;
      // "the original Booking Web source" beside Booking Web 2: a source written by its own full name is that source.
      const other = terms.some((t) => t.type === 'source' && !firstAt.has(t.canonical) && fullNameOf(t) === words(key).join(' '));
      const term = other ? undefined : terms.find((t) => t.type === 'source' && firstAt.get(t.canonical)?.term.workspace === t.workspace);
      const first = term ? firstAt.get(term.canonical) : undefined;
      const [start, end] = [tokens[i].start, tokens[i + n - 1].end];
      if (term && first && start >= first.end) found.push({ canonical: term.canonical, start, end, written: text.slice(start, end) });
      i += n - 1;
      break;
    }
  }
  return found;
}

/** A source's name as the catalog index keys it ("booking web 2"). */
function fullNameOf(t: CatalogTerm): string | null {
  const source = t.workspace.sources.find((x) => x.slug === t.canonical);
  return source ? words(source.name).join(' ') : null;
}

/** The clause around a name when it says the name is settled or kept, or null. */
function settlingClause(text: string, start: number, end: number, deletes: (words: string) => boolean): string | null {
  const from = Math.max(0, ...allMatches(CLAUSE_START, text.slice(0, start)).map((m) => (m.index ?? 0) + m[0].length));
  const rest = text.slice(end);
  const stop = rest.search(CLAUSE_END);
  const to = stop >= 0 ? end + stop : text.length;
  const clause = text.slice(from, to);
  // Said of the name: after it ("Android turned out fine"), or before it only as a deed ("we sorted
  // Android out"); "Correct dates are … for Loyalty Web" says nothing of Loyalty Web.
  const found = SETTLED_WORD.exec(clause);
  const settled = found && (from + found.index >= end || SETTLED_DEED_ONLY.test(found[0])) ? found : null;
  // "Web turned out clean": the settled word is no word of deleting ("clean up the Web data").
  const unsettled = settled ? clause.slice(0, settled.index) + clause.slice(settled.index + settled[0].length) : clause;
  if (text[to] === '?' || deletes(unsettled) || NOT_SETTLING.test(clause)) return null;
  const after = text.slice(end, to);
  const kept = STAYS_AFTER.test(after) || KEEP_BEFORE.test(text.slice(from, start));
  if (!settled && !kept) return null;
  if (settled && !kept && CONTRAST_WORD.test(clause.slice(settled.index + settled[0].length))) return null;
  return clause.replace(/\s+/g, ' ').trim();
}
