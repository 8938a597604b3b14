/**
 * The words that leave something out of a deletion, kept in one place: the exception words of every
 * language, the keep/retain words, and the two guards that stop them from being read backwards.
 *
 * The readers of days (dates.ts), of names (resolveScope.ts) and of "all sources except …" (index.ts)
 * compose their patterns from these sources, so a language's word added here reaches all of them with the
 * same guards. (Lists extended one at a time drifted apart: "don't forget the Server API" was read as an
 * exclusion by the one list that lacked the negation guard.) Each reader keeps its own context — what may
 * stand between the word and a day or a name — where it is. Every export is a regular-expression source,
 * built once when the module loads; the flags are the reader's (all are meant for `iu`).
 */

/** Joins alternatives into one non-capturing group. */
function anyOf(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

/**
 * "all but March 5", "everything but the iOS App": "but" after a word for the whole excepts what follows.
 * Not after "anything" ("don't delete anything but the iOS App" asks for the iOS App alone). Alone, "but"
 * is a contrast ("Web, but the 5th too"), read by the day reader only after "every day" (dates.ts). Not
 * after a comma ("we keep everything, but the Loyalty source got bad events": a contrast) nor after
 * "keep" ("we keep everything but Loyalty": what is kept is all but the one to delete).
 */
const ALL_BUT = String.raw`(?<!(?:keep|keeps|kept|keeping|retain|retained|leave|leaving)\s+)(?:all|everything)(?:\s+else)?\s+but(?!\s+(?:not|also|too|as\s+well)(?![^\P{L}]|\u03B9))`;
/**
 * "March 1-10 bar March 5", "all sources bar iOS": "bar" excepts only right after a number, a comma or a
 * word for the whole; elsewhere it is a noun ("the bar", "Joe's Bar", "a progress bar").
 */
const BAR = String.raw`(?<=(?:[\p{N},;]|(?<![^\P{L}]|\u03B9)(?:all|everything|sources|data|days))\s*)bar`;

/**
 * Words that except what follows them, by language: "except the 5th", "außer Android", "sauf le 5",
 * "utom Kundportal", "oprócz 5 listopada", "кроме iOS". An article or a day may follow; what may is the
 * reader's. ("hariç" and "dışında" are written after the name, "5 Kasım hariç"; before it, it says the same.)
 */
export const EXCEPTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['except(?: for)?', 'excepting', 'excluding', 'excl\\.?', 'exclusive of', 'with the exception of', 'other than', 'apart from', 'besides', 'save for', 'minus', 'barring', ALL_BUT, BAR],
  de: ['au(?:ß|ss)er', 'ausgenommen', 'mit ausnahme(?: (?:von|des|der|dem))?', 'abgesehen von', 'bis auf'],
  fr: ['sauf', 'hormis', 'hors', 'except[ée]', '(?:à|a) l[\'’]exception (?:de|du|des)', 'exception faite (?:de|du|des)', 'à part'],
  es: ['excepto', 'salvo', 'menos', '(?:a|con) excepci[óo]n de'],
  it: ['tranne', 'eccetto', 'ad eccezione (?:di|del|della|dei)'],
  nl: ['behalve', 'uitgezonderd', 'met uitzondering van'],
  pt: ['exceto', '(?:com|à) exceção de'],
  sv: ['utom', 'förutom', 'med undantag (?:av|för)', 'bortsett fr[åa]n'],
  no: ['unntatt', 'med unntak av', 'bortsett fra'],
  da: ['undtagen', 'bortset fra', 'med undtagelse af'],
  pl: ['opr[óo]cz', 'poza', 'z wyjątkiem'],
  cs: ['kromě', 's výjimkou'],
  fi: ['paitsi'],
  id: ['kecuali'],
  vi: ['ngoại trừ', 'trừ'],
  ru: ['кроме', 'за исключением'],
  uk: ['крім', 'за винятком'],
  el: ['εκτός(?: από)?'],
  ro: ['cu excepția', 'mai puțin', 'în afară de'],
  tr: ['hariç', 'dışında'],
};
/** Any exception word of any language: "except", "außer", "tranne", "utom", "oprócz", "кроме". */
export const EXCEPTION = anyOf(Object.values(EXCEPTION_WORDS).flat());

/** "without the 5th", "ohne Android", "sans le week-end", "bez 5 grudnia": a preposition that leaves out. */
export const WITHOUT = anyOf(['without', 'ohne', 'sans', 'sin', 'senza', 'zonder', 'sem', 'bez']);

/**
 * "not the iOS App", "nicht den 5.", "pas le 5", "niet de App", "nie 5 listopada", "не Android, а iOS": a
 * bare negation before the thing. ("no" is left out: "no Website data arrived" says nothing about what to
 * delete.)
 */
export const NOT = anyOf(['not', 'nicht', 'pas', 'non', 'ne', 'niet', 'inte', 'ikke', 'ikkje', 'ei', 'nie', 'n[ãa]o', 'nu', 'nem', 'не', 'ні']);

/**
 * Words that keep what follows them, by language: "keep the 5th", "retain Android", "behalte Web",
 * "gardez le 5", "mantenga la App", "bewaar 5 december", "behåll Kundportal".
 */
export const KEEP_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['keep', 'retain', 'preserve'],
  de: ['behalt(?:e|et|en)?'],
  fr: ['gardez', 'garder', 'conserv(?:er|ez)'],
  es: ['mant(?:enga|engan|ener)', 'conserv(?:e|en|ar)', 'guarden'],
  it: ['mantieni', 'mantenete', 'mantenere', 'conservare', 'conservate'],
  pt: ['mant(?:er|enha|enham)', 'guardem'],
  nl: ['behoud(?:en)?', 'bewaar', 'houd'],
  sv: ['behåll'],
  no: ['behold'],
};
/** Any keep word of any language: "keep", "retain", "behalte", "gardez", "mantenga", "bewaar". */
export const KEEP = anyOf(Object.values(KEEP_WORDS).flat());

/**
 * "do not delete the 5th", "don't remove the Android App", "please do not touch Web": a deletion verb
 * negated. (Written after the thing — "Web must not be touched" — it is the reader's own pattern.)
 */
export const DO_NOT_DELETE = String.raw`(?:(?:do|does|should|must|please)\s+not|(?:don|doesn)['’]t)\s+(?:delete|remove|touch|purge|erase|wipe|drop|clear)`;

/**
 * The negation guard, a lookbehind to put before a word of omission: after "don't", "do not", "never"
 * ("please don't" ends the same way) the word asks FOR the thing — "don't forget the Server API",
 * "please don't skip the Website", "do not leave out Dec 2".
 */
export const NOT_NEGATED = String.raw`(?<!(?:don['’]?t|do\s+not|never)\s+)`;

/**
 * Words that leave out what follows unless negated: "skip the 5th", "leave out Android", "forget about
 * the Website", "spare Dec 2", "omit iOS" — each behind the negation guard ("don't skip the Website").
 */
export const OMISSION = `${NOT_NEGATED}(?:skip(?:ping)?|leav(?:e|ing)(?: out)?|forget(?:\\s+about)?|exclude|omit|spare)`;

/**
 * A part of a request taken back from it, in two pieces around the thing: a verb before it ("take",
 * "pull", "remove", "drop") and, after it, what it is taken out of — the request itself ("off DEL-512",
 * "out of the request", "from the list", "out of it"), or nothing more ("take Android off, keep iOS").
 * "Remove Android App from acme-inc" names a workspace, not the request: it is a deletion. The readers of
 * days and of names test both pieces, so "remove March 4" alone still deletes.
 */
/** Verbs that call off a part of a request: "cancel the April 7 part", "drop the iOS bit". */
export const CANCEL_PART_VERB = String.raw`(?:cancel|withdraw|call\s+off|drop)`;
/** The nouns naming such a part. */
export const PART_WORD = String.raw`(?:part|portion|piece|bit|side|half)`;
export const TAKE_BACK_VERB = String.raw`(?:take|taking|pull|pulling|remove|removing|drop|dropping|cut|strike|cross|get)`;
export const TAKEN_OUT_OF_REQUEST = String.raw`\s*(?:(?:data|source|app|events|day)\s+)?(?:(?:off|out\s+of|from)\s+(?:(?:the|this|that|our|my|your)\s+)?(?:request|list|ticket|scope|deletion|order|job|del-\d+)(?![^\P{L}]|\u03B9)|out\s+of\s+(?:it|this|that|there)(?![^\P{L}]|\u03B9)|(?:off|out)(?=\s*(?:[,;.!\n]|$|and\s|please)))`;
/**
 * A message that takes a part back from its request, anywhere in it: "take Android App off DEL-512",
 * "Android App is off the table", "we no longer need the Android App deleted". Beside one, "keep" the
 * other part with the request's days says what stays in the request (resolveScope.ts, dates.ts).
 */
export const PART_TAKEN_BACK = String.raw`(?<![^\P{L}]|\u03B9)(?:${TAKE_BACK_VERB}\s+(?:[^\s.;!?]+\s+){0,4}?${TAKEN_OUT_OF_REQUEST}|(?:is|are)\s+(?:now\s+)?off\s+the\s+table)`;

/**
 * "we no longer need the Android App deleted", "we don't need March 4 removed anymore": the deletion of
 * the thing, not the thing, is no longer wanted. (Without "deleted" — "we don't need the Android data
 * anymore" — it may be why to delete it, and is no exclusion.)
 */
export const NO_LONGER_NEED = String.raw`(?:(?:no\s+longer|not\s+any\s*more)\s+(?:need|want)|(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not)\s+(?:need|want))`;
export const DELETION_NOT_NEEDED_AFTER = String.raw`\s*(?:(?:data|source|app|events)\s+)?(?:to\s+be\s+)?(?:deleted|removed|purged|erased|wiped|touched)(?![^\P{L}]|\u03B9)`;
/** Any part of the request said no longer to be deleted: "we don't need the Android App deleted anymore". */
export const DELETION_NO_LONGER_NEEDED = String.raw`(?<![^\P{L}]|\u03B9)${NO_LONGER_NEED}\s+(?:[^\s.;!?]+\s+){0,4}?${DELETION_NOT_NEEDED_AFTER}`;

/**
 * Words of contrast that take a remark back: "looked fine at first, but …", "however", "until … then",
 * "aber", "mais", "pero", "maar", "men". A "fine" or "already cleaned" followed by one is no exclusion.
 */
export const CONTRAST = anyOf(['but', 'however', 'though', 'although', 'yet', 'except', 'until', 'till', 'then', 'aber', 'mais', 'pero', 'ma', 'mas', 'maar', 'men']);

/**
 * The contrast guard, a lookahead to put after what is said of a name: a contrast word, or "before",
 * follows within 40 characters ("The Android App looked fine at first, but it has the same duplicates",
 * "was fine until Dec 3, then", "looked normal before the migration"). "before" is no contrast for a day
 * said to be fine ("Nov 4th was fine (the hotfix was deployed that day before it got rolled back)"):
 * there it tells a story, and dates.ts reads the clause with `CONTRAST` alone.
 */
export const TURNS_LATER = String.raw`[^.!?\n]{0,40}(?<![^\P{L}]|\u03B9)(?:${CONTRAST}|before)(?![^\P{L}]|\u03B9)`;

/**
 * Words that name what a request replaces, by language: "Nov 4 instead of Nov 3", "rather than the iOS
 * App", "in place of", "statt dem 3.", "anstelle von", "en lugar del", "en vez de", "au lieu du", "invece
 * del", "in plaats van", "em vez de", "i stället för". What follows them is the old scope the customer
 * takes back, never a part of the new one (red team 6: the replaced day was merged into the new one).
 */
export const REPLACED_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['instead of', 'rather than', 'in place of', 'in lieu of'],
  de: ['(?:an)?statt(?: (?:des|dem|der|den))?', 'an ?stelle (?:von|des|der|dem)'],
  fr: ['au lieu (?:de|du|des|d[\'’])', '(?:à|a) la place (?:de|du|des)'],
  es: ['en (?:lugar|vez) (?:de|del)'],
  it: ['invece (?:di|del|della|dei)', 'al posto (?:di|del|della|dei)'],
  nl: ['in plaats van'],
  pt: ['em vez (?:de|do|da)', 'ao inv[ée]s (?:de|do|da)', 'no lugar (?:de|do|da)'],
  sv: ['i stället för', 'istället för'],
  no: ['i stedet for', 'istedenfor'],
  da: ['i stedet for'],
};
/** Any replacing word of any language: "instead of", "statt", "en lugar de", "au lieu de". */
export const REPLACED = anyOf(Object.values(REPLACED_WORDS).flat());

/**
 * A value said to be what an earlier mail asked for: "previously I said 3 Nov", "I first wrote Nov 5",
 * "my earlier mail said November 3". The customer corrects it; what follows is the old scope. Not after
 * "as" or "like": "as I previously said, Nov 3 is affected" repeats the scope, it does not replace it.
 */
export const EARLIER_SAID = String.raw`(?:(?:previously|earlier|originally|initially|at first)\s+(?:i|we)\s+(?:had\s+)?|(?<!(?:as|like)\s+)(?:i|we)\s+(?:had\s+)?(?:previously|earlier|originally|initially|first|mistakenly|wrongly|accidentally)\s+|(?:my|our|the)\s+(?:earlier|previous|first|original|last)\s+(?:mail|e-?mail|message|request|note)\s+)(?:said|wrote|asked\s+for|requested|gave|put|mentioned|listed|typed|named|had)`;

/**
 * The same words in languages written without spaces, before the thing: "除了11月5日", "不包括 Android App",
 * "保留 Web", "不要删除 iOS". (Written after it — "（司机 App 不用删）" — they are the reader's own pattern.)
 */
export const UNSPACED_EXCEPTION = anyOf(['除了', '除去', '不包括', '不包含', '不含', '排除']);
/** "保留", "不要删除", "别删": keep words written without spaces, before or after the thing. */
export const UNSPACED_KEEP = anyOf(['保留', '不要[删刪](?:除)?', '不用[删刪](?:除)?', '[别別][删刪](?:除)?', '不[删刪]', '不要?[动動]']);

/**
 * Words that strike a thing off what was listed: "(no, scratch the 11th)", "strike the Website", "cross
 * off Nov 5". ("Scratch that" takes back what came before, never what follows: resolveScope.ts reads it.)
 */
export const STRIKE = String.raw`(?:scratch|strike(?:\s+(?:out|off))?|cross\s+(?:out|off))(?!\s+(?:that|this)(?![^\P{L}]|\u03B9))`;

/**
 * A deletion said not to happen, anywhere in a clause, by language: "please do not delete any data from",
 * "we never want … deleted", "must never be deleted", "hands off", "ne supprimez pas", "no borren",
 * "non cancellate", "verwijder … niet", "não apaguem", "löschen Sie … nicht", "は削除せず". What it
 * negates is not always next to it ("don't delete the old iOS App", "les données iOS App"): a name in
 * such a clause that no tighter reading places is asked about, never deleted silently.
 */
export const NEGATED_DELETION = anyOf([
  String.raw`(?:(?:do|does|should|must|please)\s+not|(?:don|doesn|shouldn|mustn)['’]?t|never)(?:\s+(?:ever|be|want|wish|need|to|have|get|\p{L}+ly))*\s+(?:delet|remov|touch|purg|eras|wip|drop|clear)\p{L}*`,
  String.raw`(?:never|don['’]?t|do\s+not)\s+want\s+[^.,;!?\n]{0,40}?(?:deleted|removed|touched|purged|erased|wiped)`,
  String.raw`hands\s+off`,
  String.raw`n(?:e\s+|['’])(?:supprim|effac|touch|retir)\p{L}*\s+(?:pas|jamais)`,
  String.raw`no\s+(?:borr|elimin|suprim|toqu|toc)\p{L}*`,
  String.raw`non\s+(?:cancell|elimin|tocc|rimuov)\p{L}*`,
  String.raw`n[ãa]o\s+(?:apag|exclu|elimin|mex|remov)\p{L}*`,
  String.raw`(?:verwijder|wis)\p{L}*\s+(?:[^.,;!?\n]{0,40}?\s)?niet`,
  String.raw`(?:l(?:ö|oe)sch|entfern)\p{L}*\s+(?:[^.,;!?\n]{0,40}?\s)?nicht(?!\s+nur)`,
  String.raw`(?:削除|消去)(?:せず|しない)|消さない`,
]);

/**
 * Words after a thing that keep it, by language: "… can stay", "… should remain", "leave it alone",
 * "den 4. bitte stehen lassen", "… kann bleiben", "le 4, on le garde", "… peut rester", "el 4 no lo
 * toquen", "que se quede", "il 4 lasciatelo stare", "può restare", "de 4e laten staan", "mag blijven",
 * "pode ficar". A pronoun that takes the thing up again may stand before the verb ("on le garde", "no lo
 * toquen"). The readers of days, of names and of purges (keptInPurge.ts) read these after what they keep;
 * a language's phrase added here reaches all three.
 */
export const STAYS_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: [
    '(?:can|could|may|should|must|will|is to|needs? to|has to)\\s+(?:(?:just|simply|still|please)\\s+)?(?:stay|remain|be kept|be left(?:\\s+(?:alone|as it is|untouched))?)',
    'stays', 'remains', 'is staying',
    '(?:please\\s+)?leave\\s+(?:it|them|that|those|this)\\s+(?:alone|be|untouched|as (?:it is|they are))',
    "(?:please\\s+)?(?:do not|don['’]t)\\s+touch\\s+(?:it|them|that|those|this)",
  ],
  de: ['(?:bitte\\s+)?(?:stehen|in\\s+ruhe)\\s+lassen', '(?:kann|soll|muss|darf|sollte)\\s+(?:\\p{L}+\\s+)?bleiben', 'bleibt', '(?:bitte\\s+)?nicht\\s+anfassen', 'behalten\\s+wir'],
  fr: ['(?:on\\s+)?(?:le|la|les)\\s+gard(?:e|ons|ez)', '(?:peut|doit|va|peuvent|doivent)\\s+rester', 'reste(?:nt)?', "(?:on\\s+)?n['’]y\\s+touche(?:z)?\\s+pas", 'ne\\s+(?:le|la|les)\\s+touchez\\s+pas', 'laissez[- ](?:le|la|les)'],
  es: ['(?:que\\s+)?se\\s+quede(?:n)?', '(?:puede|debe|pueden|deben)\\s+quedarse', 'se\\s+queda(?:n)?', 'no\\s+(?:lo|la|los|las)\\s+toque(?:n|s)?', 'd[ée]jen(?:lo|la|los|las)(?:\\s+(?:as[íi]|tal cual|en paz))?', 'no\\s+se\\s+toca'],
  it: ['(?:lasciatel[oaie]|lasciate(?:l[oaie])?|lasciar(?:e|l[oaie]))\\s+stare', '(?:può|deve|possono|devono)\\s+(?:restare|rimanere)', 'resta(?:no)?', 'rimane', 'non\\s+(?:l[oaie]\\s+)?toccate', 'tenetel[oaie]'],
  nl: ['laten\\s+staan', 'laat\\s+(?:\\p{L}+\\s+)?staan', '(?:mag|moet|kan|mogen|moeten)\\s+blijven', 'blijft', 'niet\\s+aanraken'],
  pt: ['(?:pode|deve|podem|devem)\\s+ficar', 'fica(?:m)?', 'n[ãa]o\\s+(?:(?:o|a|os|as)\\s+)?(?:toquem|mexam)', 'deixem(?:-n?[oa]s?)?'],
  // "ma zostać" is "is to stay", but "ma zostać wyczyszczona" is "is to be wiped": a passive of deleting is no keeping.
  pl: ['(?:proszę\\s+)?(?:po)?zostawić', '(?:po)?zostawcie', '(?:ma|mają|może|mogą|powinien|powinna|powinny|muszą|musi)\\s+(?:\\p{L}+\\s+)?zostać(?!\\s+(?:\\p{L}+\\s+)?(?:usunię|usuwan|wyczyszcz|skasowan|wykasowan|wymazan)\\p{L}*)', '(?:po)?zostaj[eą]', 'proszę\\s+nie\\s+ruszać', 'nie\\s+ruszajcie'],
};
/** Any keeping phrase written after the thing, of any language. */
export const STAYS = anyOf(Object.values(STAYS_WORDS).flat());

/**
 * Words that say a thing turned out fine or was settled, by language: "fine", "OK", "clean", "resolved",
 * "handled", "a false alarm", "no issue", "in Ordnung", "hat sich erledigt", "réglé", "fausse alerte",
 * "se resolvió", "a posto", "in orde", "resolvido". Said of a part of a deletion after the request, the
 * part is no longer asked for; the readers decide what the words are said of and what guards them.
 */
const SETTLED_STATES: Readonly<Record<string, readonly string[]>> = {
  en: ['fine', 'ok(?:ay)?', 'good', 'clean', 'correct', 'normal', 'valid', 'all right', 'alright', 'unaffected', 'not affected', '(?:a\\s+)?false alarm', 'no (?:issues?|problems?|errors?)', 'in order'],
  de: ['in ordnung', 'korrekt', 'sauber', '(?:ein\\s+)?fehlalarm', 'unauff(?:ä|ae)llig', 'nicht betroffen'],
  fr: ['bon(?:ne)?s?', 'correcte?s?', 'propres?', 'intacte?s?', '(?:une\\s+)?fausse alerte', 'en ordre', 'pas concern[ée]e?s?'],
  es: ['bien', 'correct[oa]s?', 'limpi[oa]s?', '(?:una\\s+)?falsa alarma', 'en orden'],
  it: ['a posto', 'corrett[oaie]', 'pulit[oaie]', '(?:un\\s+)?falso allarme', 'in ordine'],
  nl: ['goed', 'in orde', 'schoon', '(?:een\\s+)?(?:loos|vals) alarm'],
  pt: ['cert[oa]s?', 'corret[oa]s?', 'limp[oa]s?', 'em ordem', '(?:um\\s+)?falso alarme'],
};
/** The settled words that name a deed ("handled", "erledigt", "réglé"): said before a name too ("we sorted Android out"). */
const SETTLED_DEEDS: Readonly<Record<string, readonly string[]>> = {
  en: ['resolved', 'sorted(?: out)?', 'fixed', 'handled', 'taken care of', 'dealt with', 'settled'],
  de: ['erledigt', 'gel(?:ö|oe)st', 'behoben'],
  fr: ['r[ée]gl[ée]e?s?', 'r[ée]solue?s?'],
  es: ['resuelt[oa]s?', 'resolvi[óo]', 'resolvieron', 'solucionad[oa]s?'],
  it: ['risolt[oaie]', 'sistemat[oaie]'],
  nl: ['opgelost'],
  pt: ['resolvid[oa]s?'],
};
/** Any settled word of any language. */
export const SETTLED = anyOf(Object.entries(SETTLED_STATES).flatMap(([language, states]) => [...states, ...(SETTLED_DEEDS[language] ?? [])]));
/** Any settled word that names a deed. */
export const SETTLED_DEED = anyOf(Object.values(SETTLED_DEEDS).flat());
/**
 * Verbs that link a thing to how it turned out, besides "is": "turned out (to be)", "proved", "looks",
 * "bleek", "stellte sich als … heraus", "s'est avéré", "resultó", "si è rivelato", "acabou". Read between
 * a day and a settled word ("March 6-7 turned out to be clean").
 */
export const TURNED_OUT = String.raw`(?:turned\s+out(?:\s+to\s+be)?|proved(?:\s+to\s+be)?|came\s+back|checked\s+out\s+(?:as\s+)?|ended\s+up(?:\s+being)?|bleek|blijkt|erwies\s+sich\s+als|s['’]est\s+av[ée]r[ée]e?|result[óo]|si\s+[èe]\s+rivelat[oa]|acabou\s+(?:sendo|ficando))`;
