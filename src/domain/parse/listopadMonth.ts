/**
 * "listopad" is October in Croatian and November in Polish, Czech and Slovenian. "od 3. do 5. listopada 2026" in a
 * mail that says "Poštovani … molim obrišite podatke" means October; read as November, the wrong month was
 * deleted, complete, without a question. The month is told by the language of the rest of the mail: its
 * other words and month names. Where the mail shows neither language, or both, the month is asked.
 *
 * The other month words of these languages differ in spelling ("srpnja" July in Croatian, "srpna" August
 * in Czech; "lipnja" June in Croatian, "lipca" July in Polish) and are read from monthNames.ts as they are.
 */

/** The word in every form dates take: "listopad", "listopada", "listopadu", Polish "listopadzie". */
export const LISTOPAD = /(?<![\p{L}\d])listopad(?:a|u|zie)?(?![\p{L}\d])/giu;
const LISTOPAD_WORD = new RegExp(LISTOPAD.source, 'iu');

/** Words only Croatian mail writes: greetings, the request, other Croatian month names, "đ". */
const CROATIAN =
  /đ|(?<![\p{L}\d])(?:molim|obri[sš]i\p{L}*|brisanj\p{L}*|podat(?:aka|ci)|po[sš]tovan\p{L}*|lijep(?:i|e)?\s+pozdrav|srda[cč]an\s+pozdrav|razdoblj\p{L}*|tjed(?:an|na|nu|ni|ana)|to[cč]nije|cijel(?:i|og|oga|u)|unaprijed|zahvaljujem|sije[cč]nj?\p{L}*|velja[cč]\p{L}*|o[zž]uj\p{L}*|trav(?:anj|nj\p{L}*)|svib(?:anj|nj\p{L}*)|lip(?:anj|nj\p{L}*)|srp(?:anj|nj\p{L}*)|kolovoz\p{L}*|ruj(?:an|n\p{L}*)|studen(?:i|og|oga|om)|prosin(?:ac|ca|cu))(?![\p{L}\d])/iu;

/** "izbrišite podatke" is written alike in Croatian and Slovenian: Croatian only where nothing Slovenian is written. */
const CROATIAN_OR_SLOVENIAN = /(?<![\p{L}\d])(?:izbri[sš]i\p{L}*|podatke)(?![\p{L}\d])/iu;

/**
 * Words of Slovenian mail, where "listopad" is November: "Pozdravljeni", "Lep pozdrav", "naprošam", "vira",
 * "podatkov", a closing "lp", and Slovenian month names in forms Polish, Czech and English do not write
 * ("marec", "junija", "oktobra"). "hvala" is left out: Croatian mail thanks the same way.
 */
const SLOVENIAN =
  /(?<![\p{L}\d])(?:pozdravljen[ia]?|lep\s+pozdrav|prosim|napro[sš]am|vira|podatkov|januar(?:ja|ju)?|februar(?:ja|ju)?|marec|junij[au]?|julij[au]?|avgust[au]?|(?:septemb|oktob|novemb|decemb)(?:ra|ru)|oktober)(?![\p{L}\d])|^[^\S\n]*lp(?![\p{L}\d])/imu;

/** Letters and words of Polish mail: "ą ę ł ń ś ź ż", "proszę", "usunąć", "listopadzie", Polish month names. */
const POLISH =
  /[ąęłńśźż]|(?<![\p{L}\d])(?:prosz[eę]|prosimy|usun\p{L}*|usuni\p{L}*|danych|dzie[nń]\s+dobry|pozdrawiam|listopadzie|z\s+powa[zż]aniem|stycznia|lutego|kwietnia|czerwca|lipca|sierpnia|wrze[sś]nia|pa[zź]dziernika|grudnia)(?![\p{L}\d])/iu;

/** Letters and words of Czech mail: "ě ř ů", "prosím", "smažte", Czech month names. */
const CZECH =
  /[ěřů]|(?<![\p{L}\d])(?:pros[ií]m|sma[zž]\p{L}*|dobr[yý]\s+den|d[eě]kuj\p{L}*|s\s+pozdravem|zdroj\p{L}*|ledna|[uú]nora|dubna|[cč]ervna|[cč]ervence|srpna|z[aá][rř][ií]|prosince)(?![\p{L}\d])/iu;

/**
 * The month "listopad" names in this text: 10 where it reads as Croatian, 11 as Polish or Czech, null where
 * the language cannot be told (neither, or both), undefined where the word is not written. A short reply
 * ("Kalkulator OC, 16-17 listopada 2026.") shows no language of its own: the whole message, with what it
 * quotes and its client's "napisał(a):", is read for it then.
 */
export function listopadMonth(text: string, wholeMessage?: string): 10 | 11 | null | undefined {
  if (!LISTOPAD_WORD.test(text)) return undefined;
  const own = languageOf(text);
  return own !== null || wholeMessage === undefined ? own : languageOf(wholeMessage);
}

function languageOf(text: string): 10 | 11 | null {
  const slovenian = SLOVENIAN.test(text);
  const croatian = CROATIAN.test(text) || (!slovenian && CROATIAN_OR_SLOVENIAN.test(text));
  const westSlavic = POLISH.test(text) || CZECH.test(text) || slovenian;
  if (croatian === westSlavic) return null;
  return croatian ? 10 : 11;
}

/** "listopada" as October in a form the month readers know: Polish "października" (genitive), "październiku", "październik". */
export function asOctober(word: string): string {
  const lower = word.toLowerCase();
  return lower === 'listopada' ? 'października' : lower === 'listopadu' ? 'październiku' : 'październik';
}

export const LISTOPAD_QUESTION = '"listopad" is October in Croatian but November in Polish, Czech and Slovenian — which month is meant?';
