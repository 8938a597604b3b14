/**
 * Where the customer wants data deleted, and what in it. The desk deletes a source's archive days, a
 * whole Unify space or a whole workspace; each of these once came out complete and deleted something
 * else than was asked:
 * - "please delete the 'Churned users' audience in the Marketing space", "the Events space's November
 *   data", "delete all its profiles and audiences but keep the space": something inside a space, or the
 *   space kept — the whole space is not what was asked;
 * - "please delete the iOS App data for November 10 from our BigQuery warehouse", "from Amplitude",
 *   "from the Marketing space": the data in another system, not the archive's days.
 * Both are asked about; the scope read stays for staff to see. Pure.
 */
import { WORD_BEFORE as L, WORD_AFTER as R } from './letterEdges';
import { allMatches } from './allMatches';

const VERB = `${L}(?:delete|remove|purge|erase|wipe|clear|drop|reset|clean(?: up)?)${R}`;
/** Words that join two things rather than qualify one ("the space and its data"). */
const JOINING = `(?:and|or|with|its|their|all|plus|including|incl|as|well|too|also|itself|completely|entirely|permanently)${R}`;

/**
 * "delete the 'Churned users' audience in the Marketing space", "the Amplitude destination connected to
 * the Marketing space": the verb's object is a thing, and the space is only where it is. The object holds
 * no word "space" of its own ("delete our Shoppers space in Jadeport" deletes the space).
 */
const THING_IN_SPACE = new RegExp(
  `${VERB}\\s+(?:all\\s+(?:of\\s+)?)?(?:the\\s+|our\\s+|its\\s+|their\\s+|those\\s+|these\\s+)?(?!space${R})[\\p{L}\\p{N}'’"“”_-]+(?:(?!${L}space${R})[^.!?\\n]){0,60}?${L}(?:in|inside|within|of|from|under|on|connected to|attached to|linked to|synced to|belonging to)\\s+(?:(?!${L}space${R})[^.!?\\n,;]){0,40}?${L}space${R}`,
  'iu',
);
/** "delete the Events space's November data", "the Marketing space profiles": what the space holds, not the space. */
const SPACE_HOLDINGS = new RegExp(
  `${VERB}\\s+(?:(?!${L}space${R})[^.!?\\n]){0,40}?${L}space(?:['’]s)?\\s+(?:(?!${JOINING})[\\p{L}\\p{N}-]+\\s+){0,2}?(?:profiles?|audiences?|(?:computed\\s+)?traits?|destinations?|data|events|users|members|records|identities|contents?)${R}`,
  'iu',
);
/**
 * "in the Growth space, please delete the 'Churned Q4' audience": the verb's own object is a thing a space
 * holds, wherever the space is named. A thing followed by the word "space" is a space's name ("the
 * Audiences space").
 */
const HELD_THING = `(?:profiles?|audiences?|(?:computed\\s+)?traits?|identities|segments?|journeys?)`;
const THING_AS_OBJECT = new RegExp(
  `${VERB}\\s+(?:(?!${L}space${R})[^.!?\\n]){0,40}?${L}${HELD_THING}${R}(?!\\s+space${R})`,
  'iu',
);
/**
 * "… but keep the space", "keep the space itself", "Der Space soll bleiben", "le space doit rester": the
 * space asked about is to remain (not "keep the Retail space").
 */
const SPACE_KEPT = new RegExp(
  [
    String.raw`${L}keep(?:ing)?\s+(?:the|this|that|our)\s+space(?:\s+itself)?${R}(?!\s*['’])`,
    String.raw`${L}(?:the|this|that|our|der|den|das|le|la|el|o|a|de|het|il|lo)\s+space(?:\s+(?:itself|selbst|lui-même|mismo|em\s+si|zelf|stesso))?\s+(?:(?:should|must|can|will|shall|soll|muss|kann|darf|wird|doit|peut|debe|puede|deve|pode|moet|mag|kan)\s+)?(?:stay|stays|remain|remains|bleiben|bleibt|bestehen\s+bleiben|rester|reste|quedarse|queda|quedar|permanecer|permanece|ficar|fica|blijven|blijft|restare|resta|rimanere|rimane)${R}`,
  ].join('|'),
  'iu',
);
/**
 * "wipe the Marketing space — everything that was synced into it during the incident": what came into the
 * space at some time or from somewhere is a part of it, not the space with all it held before ("everything
 * synced into it is junk", with no when or whence, is the whole space).
 */
const CAME_INTO_SPACE = new RegExp(
  `${L}(?:everything|all|whatever|anything|(?:only\\s+)?(?:the|those|these)\\s+(?:data|events|records|profiles|traits|identities))\\s+(?:that\\s+|which\\s+)?(?:(?:was|were|got|has been|have been)\\s+)?(?:synced|sync['’]d|imported|sent|written|added|loaded|ingested|pushed|streamed|copied|uploaded|merged)\\s+(?:in)?to\\s+(?:it|the space|this space|that space|there)\\s+(?:during|on|from|between|since|after|before|by|at|over|yesterday|today|last|this)${R}`,
  'iu',
);

/**
 * Names blanked out of the text, each letter by a space so the words found can be quoted as written, so a
 * space called "Audience Hub" or "Farm Profiles" is not read as what it holds. The word "space" of a name
 * ("Default Space") stays: it still says that a space is meant.
 */
function withoutNames(text: string, names: string[]): string {
  let rest = text;
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    if (!name.trim()) continue;
    rest = rest.split(name).join(name.replace(/\S+/g, (w) => (/^space$/i.test(w) ? w : ' '.repeat(w.length))));
  }
  return rest;
}

/** The words the phrase found in the text with its names blanked, quoted from the text as written. */
function quoted(text: string, names: string[], phrases: RegExp[]): string | null {
  const rest = withoutNames(text, names);
  for (const phrase of phrases) {
    const m = phrase.exec(rest);
    if (m) return text.slice(m.index, m.index + m[0].length).replace(/\s+/g, ' ').trim();
  }
  return null;
}

/** The words naming something inside a space, or the space kept, as written; null when the space itself is asked for. */
export function partOfSpaceIn(text: string, names: string[]): string | null {
  return quoted(text, names, [THING_IN_SPACE, SPACE_HOLDINGS, CAME_INTO_SPACE]) ?? SPACE_KEPT.exec(text)?.[0] ?? quoted(text, names, [THING_AS_OBJECT]);
}

/** Systems the desk never deletes from: a warehouse, a destination, a dashboard, a Unify space, a named tool. */
const ELSEWHERE = new RegExp(
  `${L}(?:from|out of)\\s+(?:our|the|your|my|their)?\\s*(?:(?!${JOINING})[\\p{L}\\p{N}-]+\\s+){0,2}(?:(?:data\\s+)?warehouses?|destinations?|dashboards?|space|crm|bigquery|snowflake|redshift|databricks|amplitude|mixpanel|braze|hubspot|salesforce|google analytics|ga4|looker|tableau|intercom|iterable|klaviyo|heap|posthog)${R}`,
  'iu',
);

/** The words naming another system as where to delete the data, as written; null when none is named. */
export function placeElsewhereIn(text: string, names: string[]): string | null {
  return quoted(text, names, [ELSEWHERE]);
}

/** People the events are of: a source's day holds every one of them, so a group of them is a part of it. */
const PEOPLE = '(?:users|accounts|visitors|customers|devices|people|members|clients|subscribers|players|shoppers|buyers|patients|students|employees|testers|bots)';
/**
 * "the data of all users who signed up on Nov 3", "the events from the test accounts", "for visitors from
 * Germany", "that belongs to anonymous users", "for our European customers": the events of some people
 * ("a flood of bot accounts" is what happened, not whose data),
 * which a whole source day cannot be cut down to. "all users" with nothing after that picks some of them
 * out is every one ("for all users on Nov 3").
 */
const GROUP_OF_PEOPLE = new RegExp(
  `(?:${L}(?:data|events?|records|traffic|sessions|hits|rows)\\s+(?:of|from|by|generated\\s+by|sent\\s+by|created\\s+by)|${L}for|${L}belong(?:s|ing)?\\s+to)\\s+(?:(?<all>all|every)\\s+(?:of\\s+)?)?(?:the\\s+|our\\s+|those\\s+|these\\s+|two\\s+|three\\s+|some\\s+)?(?<kind>(?:[\\p{L}-]+\\s+){0,2})${PEOPLE}(?<after>\\s+(?:who|whose|that|which|from|with|without|signed)${R})?`,
  'giu',
);
const DELETING = new RegExp(`${L}(?:delete|remove|purge|erase|wipe|clear|drop|clean(?: up)?)${R}`, 'iu');

/** The words naming some people's events in a sentence that asks to delete, as written; null when none do. */
export function groupOfPeopleIn(text: string, names: string[]): string | null {
  const rest = withoutNames(text, names);
  for (const sentence of allMatches(/[^.!?\n]+/g, rest)) {
    if (!DELETING.test(sentence[0])) continue;
    for (const m of allMatches(GROUP_OF_PEOPLE, sentence[0])) {
      const every = m.groups?.all !== undefined && !m.groups?.kind && m.groups?.after === undefined;
      if (every) continue;
      const at = (sentence.index ?? 0) + (m.index ?? 0);
      return text.slice(at, at + m[0].length).replace(/\s+/g, ' ').trim();
    }
  }
  // "Our bot user 'synthetic-monitor' pollutes the Server API source. Please delete its data": "its" may
  // be the user's as well as the source's.
  const pronoun = OWNERS_DATA.exec(rest);
  const person = pronoun ? A_PERSON.exec(rest.slice(0, pronoun.index)) : null;
  return pronoun && person ? `${text.slice(person.index, person.index + person[0].length)} … ${text.slice(pronoun.index, pronoun.index + pronoun[0].length)}` : null;
}
const OWNERS_DATA = new RegExp(`${L}(?:delete|remove|purge|erase|wipe|clear)\\s+(?:all\\s+(?:of\\s+)?)?(?:its|his|her|their)\\s+(?:data|events|traffic|records)${R}`, 'iu');
const A_PERSON = new RegExp(`${L}(?:user|visitor|customer|device|bot|test\\s+account|person)${R}`, 'iu');
