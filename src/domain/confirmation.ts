/**
 * Does the new text of a reply confirm? Pure, and deliberately narrow: a confirmation lets a deletion be
 * scheduled, so a reply that only *mentions* confirming ("can you confirm the dates?", "I do not
 * confirm", "nicht bestätigt") must not count. Bare "yes"/"ok" do not count either: they answer
 * questions just as often as they confirm (the reply "Yes, exactly as I wrote — keep that one day" is
 * an answer, not a confirmation).
 *
 * The lifecycle still decides whether it *is* a confirmation: only from a verified contact of the
 * workspace, only on a complete ticket, and only when the same reply changes nothing in the scope.
 */

/** Words that confirm, per language (English, German, French, Spanish, plus Italian/Portuguese). */
const CONFIRM = new RegExp(
  [
    String.raw`\bconfirm(?:s|ed|ing)?\b`,
    String.raw`\bgo\s+ahead\b`,
    String.raw`\bplease\s+proceed\b`,
    String.raw`\bbestätig(?:e|t|en|ung)\b`,
    String.raw`\bbestaetig(?:e|t|en)\b`,
    String.raw`\bconfirm(?:e|é|ée|és|ées|ons)\b`,
    String.raw`\bconfirm(?:o|ado|ada|amos)\b`,
    String.raw`\bconferm(?:o|ato|ata)\b`,
    String.raw`\badelante\b`,
    String.raw`\ballez-y\b`,
  ].join('|'),
  'iu',
);

/** Negations and hesitations that turn a sentence with a confirm word into its opposite. */
const NEGATION = /\b(?:not|never|no|don'?t|doesn'?t|can'?t|cannot|won'?t|isn'?t|wait|hold|stop|nicht|kein\w*|nie|pas|ne|n'|jamais|nunca|todavía|noch)\b|n['’]t\b/iu;

/** True when some sentence of `text` confirms and no sentence that mentions confirming negates or asks. */
export function textConfirms(text: string): boolean {
  let confirms = false;
  for (const sentence of sentencesOf(text)) {
    if (!CONFIRM.test(sentence)) continue;
    // A question ("could you confirm …?") or a negated sentence anywhere vetoes the whole reply.
    if (sentence.endsWith('?') || NEGATION.test(sentence)) return false;
    confirms = true;
  }
  return confirms;
}

/** The sentences of a reply, each ended by its mark or its line, trimmed, empty ones left out. */
function sentencesOf(text: string): string[] {
  return text
    .replace(/\r/g, '')
    .split(/(?<=[.!?\n])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Words that begin a "yes" to a yes-or-no question, per language. */
const YES = /^(?:yes|yeah|yep|yup|sure|ok|okay|correct|right|fine|ja|jawohl|genau|oui|d'accord|s[ií]|sim|tak|kyll[äa]|joo|ano|evet|iya|ya|はい|네|예|是的|是|对|好)(?![\p{L}])/iu;

/**
 * Does the new text of a reply answer a yes-or-no question with yes? True when it confirms, or when its
 * first sentence begins with "yes" ("Yes, delete the whole days", "Ja, bitte", "はい") and negates
 * nothing. Used only for the question whether hours may be widened to whole UTC days; the scope is
 * still confirmed on its own afterwards.
 */
export function textAffirms(text: string): boolean {
  // "Yes, but only the hours 10:00-12:00", "Yes. No, only those two hours", "OK, I will check with the
  // team": a yes with a condition, a limit, a denial or a delay anywhere is no answer.
  if (NEGATION.test(text) || HEDGE.test(text)) return false;
  if (textConfirms(text)) return true;
  // "Hi Desk, yes please": a greeting before the yes is no part of it.
  const first = sentencesOf(text.replace(/\r/g, '').replace(GREETING, ''))[0] ?? '';
  return YES.test(first) && !first.endsWith('?');
}
const GREETING = /^\s*(?:(?:hi|hello|hey|dear|hallo|guten tag|bonjour|hola|buenos d[ií]as|ciao|buongiorno|ol[áa]|bom dia|hej|hei|moi|dzie[ńn] dobry)(?:\s+[\p{L}.'-]+){0,2}\s*[,!:]?\s*\n?\s*)/iu;
const HEDGE = /(?<![\p{L}])(?:but|only|just|except|unless|check|later|first|aber|nur|au(?:ß|ss)er|erst|sp[äa]ter|pr[üu]fen|mais|seulement|sauf|pero|solo|s[óo]lo|excepto|salvo|despu[ée]s|mas|s[óo]|exceto|depois|ma|soltanto|tranne|dopo|maar|alleen|behalve|men|bara|kun|bare|men|vain|paitsi|ale|tylko|opr[óo]cz)(?![\p{L}])/iu;
