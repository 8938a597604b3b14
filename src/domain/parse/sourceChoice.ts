/**
 * Words around source names that leave which source is meant to the customer: an alternative between two
 * names ("the iOS App or Android App data", "Android App and/or Web Player", "Android App (or Android
 * TV)", "Android App / Android TV"), and a build or version of a source, which is no source of its own
 * ("the beta build only", "(beta users only)", "Only the TestFlight build sent bad events", "(the v2
 * player only)", "same for the Lite version"). The archive holds whole days of whole sources: reading an
 * alternative as "both" deletes a source the customer may not have meant, and reading a build as its
 * base source deletes every other build's days with it. Both are asked. Pure.
 */
import { L, R } from './letterEdges';

/**
 * "or" between two names, in the desk's languages, with what may stand between: the first name's data
 * word, a comma, an opening bracket, "the". "and/or" and "or" are one choice; a slash set apart by spaces
 * ("Android App / Android TV") reads as often "or" as "and". A slash written tight ("iOS/Android") is the
 * common shorthand for both platforms and stays a list. (Spanish and Italian "o" is left out: it is
 * Portuguese "the", as in "o iOS App, o Android App e o Website".)
 */
const OR_WORD = '(?:and\\s*/\\s*or|or|oder|ou|eller|tai|lub|albo|nebo|vagy|sau|veya)';
const ALTERNATIVE_BETWEEN = new RegExp(
  `^(?:[^\\S\\n]+(?:data|events|source)${R})?[^\\S\\n]*,?[^\\S\\n]*(?:\\(\\s*)?(?:${L}${OR_WORD}${R}|(?<=\\s)/(?=\\s))[^\\S\\n]*(?:(?:the|a|an|der|die|das|le|la|el|o|a)[^\\S\\n]+)?$`,
  'iu',
);

/** Whether the words between two source names offer them as alternatives ("or", "and/or", " / "). */
export function offeredAsAlternatives(between: string): boolean {
  return ALTERNATIVE_BETWEEN.test(between);
}

/**
 * A release channel or version ("beta", "TestFlight", "v2", "2.0", "Lite") before a noun that names a
 * build of an app, its users or its player: a part of a source's data the archive cannot tell apart.
 */
const CHANNEL = '(?:beta|alpha|testflight|canary|nightly|preview|lite|v\\d+(?:\\.\\d+)*|\\d+\\.\\d+(?:\\.\\d+)?)';
const BUILD_NOUN = '(?:builds?|users|testers|players?|versions?|releases?|channel|track)';
const BUILD_OF_A_SOURCE = new RegExp(
  // "the beta build", "(new beta player)", "the v2 player only", "TestFlight build", "the Lite version".
  `${L}${CHANNEL}[^\\S\\n]+${BUILD_NOUN}${R}` +
    // "and the same for the beta": a channel standing alone as what the request also covers.
    `|${L}same (?:for|with) the ${CHANNEL}${R}(?![^\\S\\n]+\\p{L})`,
  'giu',
);

/**
 * Whether the phrase keeps the request to the build: "only"/"just" in its clause, or written in brackets
 * beside the request. "The SDK double-fired after the 4.2 release" tells what happened, and keeps nothing.
 */
function restricts(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at).split(/[.!?;\n—–]/u).at(-1) ?? '';
  const after = text.slice(end, end + 30).split(/[.!?;,\n—–)]/u)[0];
  const bracketed = /\([^()]*$/u.test(text.slice(Math.max(0, at - 20), at)) && /^[^()]*\)/u.test(text.slice(end, end + 20));
  return bracketed || /same (?:for|with) the/iu.test(text.slice(at, end)) || /same (?:for|with) the\s+$/iu.test(before) || ONLY.test(before) || ONLY.test(after);
}
const ONLY = new RegExp(`${L}(?:only|just|nur|seulement|uniquement|solo|sólo|solamente|apenas|alleen)${R}`, 'iu');

/** Every build or version phrase in the text that keeps the request to it, with where it stands and its channel word. */
export function buildPhrases(text: string): { at: number; end: number; words: string; channel: string }[] {
  return [...text.matchAll(BUILD_OF_A_SOURCE)]
    .map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, words: m[0], channel: (new RegExp(CHANNEL, 'iu').exec(m[0].replace(/^same (?:for|with) the /iu, ''))?.[0] ?? '').toLowerCase() }))
    .filter((p) => restricts(text, p.at, p.end));
}

/** Channels of a build before release: TestFlight is how a beta reaches its testers. */
const PRE_RELEASE = new Set(['beta', 'alpha', 'testflight', 'canary', 'nightly', 'preview']);
/**
 * Whether the channel a phrase names is the source's own: "(TestFlight testers only)" beside "iOS App
 * Beta", "the beta build" beside "Android App Beta" restate the source named, and keep nothing from it.
 */
export function channelOfSource(channel: string, sourceWords: string[]): boolean {
  return sourceWords.includes(channel) || (PRE_RELEASE.has(channel) && sourceWords.some((w) => PRE_RELEASE.has(w)));
}
