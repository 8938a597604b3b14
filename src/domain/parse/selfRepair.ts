/**
 * A sentence broken off to correct itself: "delete iOS for 3 to 5 Feb — sorry, only the 4th", "wipe Jan
 * 10-12, I mean 11-12", "3.–5. Februar, äh, nur den 4.", "с 3 по 5 февраля, точнее только 4-го", "the
 * Android data for 2 March … actually, make that the iOS app", "nee wacht, niet Android maar iOS". The
 * words before the break and after it both stand in the text; which of them the sender means is theirs to
 * say, as it is for a correction written in a sentence of its own (dates.ts and resolveScope.ts ask).
 * Read without the break, both stood: the days before it, or both sources, deleted complete. Pure.
 */
import { TOO } from './correctionLabels';
import { ANY_WEEKDAY } from './weekdayNames';
import { L, R } from './letterEdges';
import { allMatches } from './allMatches';

/**
 * Words that by themselves take back what was just written, whatever follows them: "I mean", "or
 * rather", "make that", "ich meine", "besser gesagt", "je veux dire", "o mejor dicho", "quer dizer",
 * "ik bedoel", "intendevo", "точнее", "вернее", "właściwie", "jag menar", "typo", Spanish "digo", Italian
 * "cioè" (said mid-sentence to put a word right). ("i.e.", "das heißt", "то есть" restate what was
 * written rather than take it back, and are not here.)
 */
const REPAIRING = [
  // en
  'i mean', 'i meant', 'or rather', 'make (?:that|it)', 'scratch that', 'correction', 'no wait', 'wait no', 'typo', 'my (?:bad|mistake)',
  // A correction that reached the writer from someone else, or from a second look: "My colleague
  // corrected me: the Android App …", "Update from my colleague: it's actually …", "Li pointed out the
  // bad events are in …", "Turns out the Android App is the affected one".
  '(?:my|a|our) (?:colleague|coworker|co-worker|teammate|team|manager|boss) corrected (?:me|us)', '(?:an )?update from (?:my|a|our) (?:colleague|coworker|co-worker|teammate|team|manager|boss)',
  '(?:it )?turns out', '\\p{L}+ pointed out',
  // de, fr, es, pt, nl, it
  'ich meine', 'ich meinte', 'besser gesagt', 'genauer gesagt', 'vielmehr', 'nein warte', 'je veux dire', 'je voulais dire', 'ou plut[ôo]t',
  'tippfehler', 'faute de frappe', 'digo', 'quiero decir', 'quise decir', 'o mejor dicho', 'mejor dicho', 'no espera', 'quero dizer', 'quis dizer', 'quer dizer', 'ou melhor', 'ali[áa]s',
  'ik bedoel', 'ik bedoelde', 'nee wacht', 'of eigenlijk', 'beter gezegd', 'intendevo', 'volevo dire', 'o meglio', 'anzi', 'cio[èe]', 'no aspetta',
  // ru, uk, pl, sv, da, no
  'точнее', 'вернее', 'а нет', 'нет,? стоп', 'точніше', 'вірніше', 'właściwie', 'chodziło mi o', 'jag menar', 'eller snarare', 'rättare sagt', 'jeg mener', 'eller rettere',
  // ro
  'adic[ăa]', 'mai exact', 'de fapt nu', 'ba nu',
];
/**
 * Phrases that take back what was just written even run on without a comma, as a hurried writer on a phone
 * types them: "feb 3 to 5 2027 oh wait only the 4th", "15-17 feb de fapt nu, doar web". They cannot
 * continue a phrase, so no punctuation is needed to see the break.
 */
const UNPUNCTUATED = ['oh wait', 'no wait', 'wait no', 'scratch that', 'actually no', 'de fapt nu', 'ba nu', 'nein warte', 'no espera', 'nee wacht', 'no aspetta'];
/**
 * Words said while correcting, which correct only when set off by a comma or dash of their own ("sorry,
 * only the 4th", "äh, nur den 4.", "no wait —") or when a word that corrects follows them ("sorry, I
 * meant"): "sorry for the delay" and "no other days" correct nothing.
 */
const INTERJECTION = [
  'sorry', 'oops', 'whoops', 'wait', 'actually', 'well', 'no',
  // hesitation sounds, however long they are drawn out: "er", "errr", "erm", "uhh", "ummm", "hmm"
  'e+r+m*', 'u+h+m*', 'u+m+', 'h+m+',
  'äh', 'ähm', 'öh', 'entschuldigung', 'nein', 'halt', 'moment', 'pardon', 'désolée?', 'euh', 'non', 'attendez', 'enfin', 'oups',
  'perd[óo]n', 'perdona', 'disculpa', 'disculpen', 'eh', 'espera', 'uy', 'desculpa', 'desculpe', 'perd[ãa]o', 'n[ãa]o', 'ops',
  'nee', 'wacht', 'oeps', 'scusa', 'scusate', 'ehm', 'извините', 'простите', 'нет', 'стоп', 'ой', 'ні', 'вибачте', 'przepraszam', 'nie', 'czekaj', 'förlåt', 'nej', 'vänta',
];
/** Unspaced scripts correct with words of their own: "いや、", "じゃなくて", "不对，", "我是说", "应该是". */
const UNSPACED = ['いや[、,]', 'いえ[、,]', 'すみません[、,]', 'ごめん[、,]', 'じゃなくて', 'ではなく[てて]?[、,]', '間違えました', '正しくは', '不对', '不對', '说错了', '說錯了', '我是说', '我是說', '应该是', '應該是', '更正[：:，,]'];

/**
 * The break itself: after a comma, dash, ellipsis or bracket, or opening a sentence or a line, never inside
 * a phrase.
 */
const SELF_REPAIR = new RegExp(
  `(?:^|[\\n,;:—–…(、，；：。！？!?/]|\\s-|\\.)[^\\S\\n]*(?:(?:${L}(?:${INTERJECTION.join('|')})${R}[^\\S\\n]*(?:[,;:!—–…]|\\.\\.\\.)[^\\S\\n]*)*${L}(?:${REPAIRING.join('|')})${R}|${L}(?:${INTERJECTION.join('|')})${R}[^\\S\\n]*(?:[,;:!—–…]|\\.\\.\\.)|${UNSPACED.join('|')})|[^\\S\\n]${L}(?:${UNPUNCTUATED.join('|')})${R}`,
  'giu',
);

/**
 * "Sorry for the Dutch, I mean: please delete Android for Nov 17": the same request again, translated.
 * What follows says the same, and takes nothing back.
 */
export const TRANSLATING = /(?<![^\P{L}]|\u03B9)(?:sorry for (?:the|my) (?:dutch|german|french|spanish|swedish|danish|norwegian|finnish|polish|czech|italian|portuguese|turkish|japanese|english)|in english|auf deutsch|en fran[çc]ais|en español|in het engels|på engelska|på engelsk|englanniksi|po angielsku|anglicky|em inglês|in inglese|i\.e\.|to translate)(?![^\P{L}]|\u03B9)/iu;

export interface Repair {
  /** Where the words of the break start and end in the text. */
  at: number;
  end: number;
  words: string;
  /** Its words take back what was written by themselves ("I mean", "no wait"), not only set off ("sorry,"). */
  takesBack: boolean;
}
const TAKES_BACK = new RegExp(`${L}(?:${REPAIRING.join('|')})${R}|${UNSPACED.join('|')}`, 'iu');

/** Every place the text breaks off to correct itself (not to translate itself). */
export function selfRepairs(text: string): Repair[] {
  const translating = (m: RegExpExecArray): boolean => TRANSLATING.test(text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + m[0].length + 20));
  // "Well, …" opening a sentence begins it; only "…, well, March 4" breaks one off.
  const opening = (m: RegExpExecArray): boolean => /^[\s.!?\n]*well\b/iu.test(m[0]) && /(?:^|[.!?\n])\s*$/u.test(text.slice(0, m.index ?? 0) + m[0].slice(0, /well/iu.exec(m[0])?.index ?? 0));
  return allMatches(SELF_REPAIR, text).filter((m) => !translating(m) && !opening(m)).map((m) => {
    const lead = /^[\s,;:—–…(.、，；：。！？!?-]*/u.exec(m[0])?.[0].length ?? 0;
    const at = (m.index ?? 0) + lead;
    const words = m[0].slice(lead).replace(/[\s,;:!—–….]+$/u, '');
    return { at, end: (m.index ?? 0) + m[0].length, words, takesBack: TAKES_BACK.test(words) };
  });
}

/**
 * The rest of the sentence after `from`: to a line's end, a "!" or "?", or a full stop before a capital
 * (not a day's: "2. März").
 */
export function restOfSentence(text: string, from: number): string {
  return text.slice(from, from + 80).split(/\n|[!?。！？]|(?<!\d)\.\s+(?=\p{Lu})/u)[0];
}

/** Whether `from` and `to` are in the same sentence, not far apart. */
export function sameSentence(text: string, from: number, to: number): boolean {
  return from <= to && to - from < 120 && !/\n|[!?。！？]|(?<!\d)\.\s+(?=\p{Lu})/u.test(text.slice(from, to));
}

/** Whether `from` and `to` are in the same paragraph, not far apart: a sentence and the one after it. */
export function samePassage(text: string, from: number, to: number): boolean {
  return from <= to && to - from < 200 && !/\n[^\S\n]*\n/u.test(text.slice(from, to));
}

/**
 * A day written after the break: "the 4th", "4-го", "le 4", "den 4.", "el 4", "o dia 4", "4日", "4号",
 * "11-12", "Feb 4", "4 février". A number naming something else ("iOS App 2.", "3 apps") is no day: a number
 * right after a capitalised word is a name's.
 */
const DAY_AFTER = new RegExp(
  [
    String.raw`(?<![\d.,:/])\d{1,2}(?:st|nd|rd|th|er|e|ème|º|ª|-?(?:го|е|ое|я))(?![\p{L}\d])`,
    String.raw`(?<![^\P{L}]|\u03B9)(?:the|den|dem|der|le|les|el|los|o|os|de|la|il|day|days|tag|jour|d[íi]a|dia|dag)\s+\d{1,2}(?![\d:])`,
    String.raw`(?<![\d.,:/])(?<!\p{Lu}\p{L}*\s)\d{1,2}\.(?!\d)`,
    String.raw`\d{1,2}\s*[日号號]`,
    // "(no wait, 4)", "— typo, 13 —", "(correction: 4)": a number alone right after the break, its clause ending.
    String.raw`^[^\S\n]*[,:：]?[^\S\n]*\d{1,2}(?=[^\S\n]*(?:[),;—–!?-]|\.(?!\d)|$|\d{4}(?!\d)))`,
    String.raw`(?<![\d.,:/])(?<!\p{Lu}\p{L}*\s)\d{1,2}\s*[-–/.]\s*\d{1,2}(?![\d:])`,
    String.raw`(?<![^\P{L}]|\u03B9)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez|janv|févr|fév|avr|juil|sept|déc|ene|abr|ago|dic|fev|set|out|dez|mrt|янв|фев|мар|апр|мая|июн|июл|авг|сен|окт|ноя|дек)\p{L}*\.?\s+\d{1,2}(?!\d)`,
    String.raw`(?<![\d.,:/])\d{1,2}\s+(?:de\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez|janv|févr|fév|avr|juil|sept|déc|ene|abr|ago|dic|fev|set|out|mrt|янв|фев|мар|апр|мая|июн|июл|авг|сен|окт|ноя|дек)`,
  ].join('|'),
  'iu',
);

/** "sorry, the Web data too", "äh, und den 8. auch": what follows adds to what was written, it takes nothing back. */
export function adds(words: string): boolean {
  return TOO.test(words);
}

/** Whether the words hold a day of their own ("the 4th", "Tuesday"). */
export function namesADay(words: string): boolean {
  return DAY_AFTER.test(words) || ANY_WEEKDAY.test(words);
}
