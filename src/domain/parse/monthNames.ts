/**
 * Month names in every language the parser reads, and their numbers: one table for every reader of dates
 * (day ranges, month series, "the first Monday of March").
 * MONTHS holds the names chrono-node reads too (English, German, French, Spanish, Portuguese, Dutch,
 * Italian); FOREIGN_MONTHS those only this parser reads, in the cases dates take.
 */
export const MONTHS: Record<string, number> = {};
[
  ['january', 'jan', 'januar', 'janvier', 'enero', 'janeiro', 'januari', 'jänner', 'gennaio'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'febrero', 'fevereiro', 'februari', 'febbraio'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maio', 'mei', 'maggio'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'junho', 'giugno'],
  ['july', 'jul', 'juli', 'juillet', 'julio', 'julho', 'luglio'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setembro', 'settembre'],
  ['october', 'oct', 'oktober', 'octobre', 'octubre', 'outubro', 'ottobre', 'okt'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'décembre', 'decembre', 'diciembre', 'dezembro', 'dicembre', 'dez'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));
export const FOREIGN_MONTHS: Record<string, number> = {};
// Month names in languages chrono does not read (Italian, Polish, Czech, Danish, Norwegian, Swedish,
// Finnish, Turkish). Each month in the cases dates and periods use: Polish genitive ("3 marca"), nominative ("marzec") and
// locative ("w marcu"); Finnish partitive ("3. maaliskuuta"), nominative and inessive ("maaliskuussa");
// Swedish, Danish and Norwegian names; Czech genitive and nominative; Turkish (with the abbreviations
// letters use: "15 Eki"); Romanian; Hungarian; Greek genitive ("12 Οκτωβρίου") and nominative.
[
  ['gennaio', 'stycznia', 'styczeń', 'styczen', 'styczniu', 'ledna', 'leden', 'januar', 'januari', 'tammikuuta', 'tammikuu', 'tammikuussa', 'ocak', 'oca', 'ianuarie', 'január', 'januar', 'ιανουαρίου', 'ιανουάριος'],
  ['febbraio', 'lutego', 'luty', 'lutym', 'února', 'únor', 'februar', 'februari', 'helmikuuta', 'helmikuu', 'helmikuussa', 'şubat', 'subat', 'şub', 'şubat', 'februarie', 'február', 'φεβρουαρίου', 'φεβρουάριος'],
  ['marzo', 'marca', 'marzec', 'marcu', 'března', 'březen', 'marts', 'mars', 'maaliskuuta', 'maaliskuu', 'maaliskuussa', 'mart', 'martie', 'március', 'marcius', 'μαρτίου', 'μάρτιος'],
  ['aprile', 'kwietnia', 'kwiecień', 'kwiecien', 'kwietniu', 'dubna', 'duben', 'april', 'huhtikuuta', 'huhtikuu', 'huhtikuussa', 'nisan', 'aprilie', 'április', 'aprilis', 'απριλίου', 'απρίλιος'],
  ['maggio', 'maja', 'maj', 'maju', 'května', 'květen', 'mai', 'toukokuuta', 'toukokuu', 'toukokuussa', 'mayıs', 'mayis', 'május', 'majus', 'μαΐου', 'μαίου', 'μάιος'],
  ['giugno', 'czerwca', 'czerwiec', 'czerwcu', 'června', 'červen', 'juni', 'kesäkuuta', 'kesäkuu', 'kesäkuussa', 'haziran', 'haz', 'iunie', 'június', 'junius', 'ιουνίου', 'ιούνιος'],
  ['luglio', 'lipca', 'lipiec', 'lipcu', 'července', 'červenec', 'juli', 'heinäkuuta', 'heinäkuu', 'heinäkuussa', 'temmuz', 'iulie', 'július', 'julius', 'ιουλίου', 'ιούλιος'],
  ['agosto', 'sierpnia', 'sierpień', 'sierpien', 'sierpniu', 'srpna', 'srpen', 'august', 'augusti', 'elokuuta', 'elokuu', 'elokuussa', 'ağustos', 'agustos', 'ağu', 'augusztus', 'αυγούστου', 'αύγουστος'],
  ['settembre', 'września', 'wrzesnia', 'wrzesień', 'wrzesien', 'wrześniu', 'wrzesniu', 'září', 'september', 'syyskuuta', 'syyskuu', 'syyskuussa', 'eylül', 'eylul', 'eyl', 'septembrie', 'szeptember', 'σεπτεμβρίου', 'σεπτέμβριος'],
  ['ottobre', 'października', 'pazdziernika', 'październik', 'pazdziernik', 'październiku', 'pazdzierniku', 'října', 'říjen', 'oktober', 'lokakuuta', 'lokakuu', 'lokakuussa', 'ekim', 'eki', 'octombrie', 'október', 'oktober', 'οκτωβρίου', 'οκτώβριος'],
  ['novembre', 'listopada', 'listopad', 'listopadzie', 'listopadu', 'november', 'marraskuuta', 'marraskuu', 'marraskuussa', 'kasım', 'kasim', 'kas', 'noiembrie', 'november', 'νοεμβρίου', 'νοέμβριος'],
  ['dicembre', 'grudnia', 'grudzień', 'grudzien', 'grudniu', 'prosince', 'prosinec', 'december', 'desember', 'joulukuuta', 'joulukuu', 'joulukuussa', 'aralık', 'aralik', 'ara', 'decembrie', 'december', 'δεκεμβρίου', 'δεκέμβριος'],
].forEach((names, i) => names.forEach((n) => (FOREIGN_MONTHS[n] = FOREIGN_MONTHS[n.normalize('NFD').replace(/\p{M}/gu, '')] = i + 1)));
// Serbian, Bosnian and Slovenian (genitive and nominative); Slovak, Lithuanian and Ukrainian and Russian
// genitives; Latvian, Estonian, Icelandic, Catalan, Swahili, Indonesian, Tagalog, Arabic and Hindi names.
// (Croatian "listopad" is October, Polish and Czech November: it stays November, as most mail means.)
[
  ['januara', 'januar', 'januára', 'sausio', 'січня', 'января', 'janvāris', 'janvārī', 'jaanuar', 'janúar', 'gener', 'januari', 'enero', 'يناير', 'जनवरी'],
  ['februara', 'februára', 'vasario', 'лютого', 'февраля', 'februāris', 'februārī', 'veebruar', 'febrúar', 'febrer', 'februari', 'pebrero', 'فبراير', 'फ़रवरी', 'फरवरी'],
  ['marta', 'marec', 'marca', 'kovo', 'березня', 'марта', 'marts', 'martā', 'märts', 'mars', 'març', 'machi', 'maret', 'marso', 'مارس', 'मार्च'],
  ['aprila', 'apríla', 'balandžio', 'квітня', 'апреля', 'aprīlis', 'aprīlī', 'aprill', 'apríl', 'abril', 'aprili', 'أبريل', 'अप्रैल'],
  ['maja', 'mája', 'gegužės', 'травня', 'мая', 'maijs', 'maijā', 'mai', 'maí', 'maig', 'mei', 'mayo', 'مايو', 'मई'],
  ['juna', 'junij', 'júna', 'birželio', 'червня', 'июня', 'jūnijs', 'jūnijā', 'juuni', 'júní', 'juny', 'juni', 'hunyo', 'يونيو', 'जून'],
  ['jula', 'julij', 'júla', 'liepos', 'липня', 'июля', 'jūlijs', 'jūlijā', 'juuli', 'júlí', 'juliol', 'julai', 'juli', 'hulyo', 'يوليو', 'जुलाई'],
  ['avgusta', 'avgust', 'ogos', 'augusta', 'rugpjūčio', 'серпня', 'августа', 'augusts', 'augustā', 'ágúst', 'agost', 'agosti', 'agustus', 'أغسطس', 'अगस्त'],
  ['septembra', 'septembar', 'rugsėjo', 'вересня', 'сентября', 'septembris', 'septembrī', 'setembre', 'septemba', 'setyembre', 'سبتمبر', 'सितंबर', 'सितम्बर'],
  ['oktobra', 'oktobar', 'októbra', 'spalio', 'жовтня', 'октября', 'oktobris', 'oktobrī', 'oktoober', 'október', 'octubre', 'oktoba', 'oktubre', 'أكتوبر', 'अक्टूबर'],
  ['novembra', 'novembar', 'lapkričio', 'листопада', 'ноября', 'novembris', 'novembrī', 'nóvember', 'novembre', 'novemba', 'nobyembre', 'نوفمبر', 'नवंबर', 'नवम्बर'],
  ['decembra', 'decembar', 'disember', 'gruodžio', 'грудня', 'декабря', 'decembris', 'decembrī', 'detsember', 'desember', 'desembre', 'desemba', 'disyembre', 'ديسمبر', 'दिसंबर', 'दिसम्बर'],
].forEach((names, i) => names.forEach((n) => (FOREIGN_MONTHS[n] ??= i + 1, FOREIGN_MONTHS[n.normalize('NFD').replace(/\p{M}/gu, '')] ??= i + 1)));
// The short forms Spanish, Portuguese, French, Italian and German mail writes ("14 y 15 dic 2026", "3 dez.",
// "févr."), but those that are words of English text too ("ago", "set", "gen", "mag", "out").
[['ene', 'janv'], ['fev', 'févr'], [], ['abr', 'avr'], [], ['giu'], ['juil', 'lug'], [], [], ['okt', 'ott'], [], ['dic', 'dez', 'déc']].forEach((names, i) =>
  // ("déc" without its accent is English "dec", which the English readers read.)
  names.forEach((n) => (FOREIGN_MONTHS[n] ??= i + 1)),
);
// Greek written in Latin letters (Greeklish), in the genitive a date takes: "stis 5 martiou 2027".
['ianouariou', 'fevrouariou', 'martiou', 'apriliou', 'maiou', 'iouniou', 'iouliou', 'avgoustou', 'septemvriou', 'oktovriou', 'noemvriou', 'dekemvriou']
  .forEach((n, i) => (FOREIGN_MONTHS[n] ??= i + 1));
// Urdu, Persian (the Gregorian months), Bengali, Tamil, Sinhala, Nepali, Amharic and Serbian Cyrillic
// (nominative and genitive), and Georgian stems, which take case endings ("ნოემბრიდან", from November).
[
  ['جنوری', 'ژانویه', 'জানুয়ারি', 'ஜனவரி', 'ජනවාරි', 'जनवरी', 'ጃንዋሪ', 'јануар', 'јануара'],
  ['فروری', 'فوریه', 'ফেব্রুয়ারি', 'பிப்ரவரி', 'පෙබරවාරි', 'फेब्रुअरी', 'ፌብሩዋሪ', 'фебруар', 'фебруара'],
  ['مارچ', 'مارس', 'মার্চ', 'மார்ச்', 'මාර්තු', 'मार्च', 'ማርች', 'март', 'марта'],
  ['اپریل', 'آوریل', 'এপ্রিল', 'ஏப்ரல்', 'අප්‍රේල්', 'अप्रिल', 'ኤፕሪል', 'април', 'априла'],
  ['مئی', 'مه', 'মে', 'மே', 'මැයි', 'मे', 'ሜይ', 'мај', 'маја'],
  ['جون', 'ژوئن', 'জুন', 'ஜூன்', 'ජූනි', 'जुन', 'ጁን', 'јун', 'јуна'],
  ['جولائی', 'ژوئیه', 'জুলাই', 'ஜூலை', 'ජූලි', 'जुलाई', 'ጁላይ', 'јул', 'јула'],
  ['اگست', 'اوت', 'আগস্ট', 'ஆகஸ்ட்', 'අගෝස්තු', 'अगस्ट', 'ኦገስት', 'август', 'августа'],
  ['ستمبر', 'سپتامبر', 'সেপ্টেম্বর', 'செப்டம்பர்', 'සැප්තැම්බර්', 'सेप्टेम्बर', 'ሴፕቴምበር', 'септембар', 'септембра'],
  ['اکتوبر', 'اکتبر', 'অক্টোবর', 'அக்டோபர்', 'ඔක්තෝබර්', 'अक्टोबर', 'ኦክቶበር', 'октобар', 'октобра'],
  ['نومبر', 'نوامبر', 'নভেম্বর', 'நவம்பர்', 'නොවැම්බර්', 'नोभेम्बर', 'ኖቬምበር', 'новембар', 'новембра'],
  ['دسمبر', 'دسامبر', 'ডিসেম্বর', 'டிசம்பர்', 'දෙසැම්බර්', 'डिसेम्बर', 'ዲሴምበር', 'децембар', 'децембра'],
].forEach((names, i) => names.forEach((n) => (FOREIGN_MONTHS[n] ??= i + 1)));
// Latvian dative ("līdz 25. novembrim").
['janvārim', 'februārim', 'martam', 'aprīlim', 'maijam', 'jūnijam', 'jūlijam', 'augustam', 'septembrim', 'oktobrim', 'novembrim', 'decembrim']
  .forEach((n, i) => (FOREIGN_MONTHS[n] ??= i + 1, FOREIGN_MONTHS[n.normalize('NFD').replace(/\p{M}/gu, '')] ??= i + 1));
['იანვ', 'თებერვ', 'მარტ', 'აპრილ', 'მაის', 'ივნის', 'ივლის', 'აგვისტ', 'სექტემბ', 'ოქტომბ', 'ნოემბ', 'დეკემბ']
  .forEach((stem, i) => ['რის', 'რიდან', 'რამდე', 'ერი', 'ი', 'ის', 'იდან', 'ამდე', 'ს', 'ში', 'ო', 'ოს', 'ოდან', 'ომდე', 'რი', 'ა', 'იდან'].forEach((end) => (FOREIGN_MONTHS[stem + end] ??= i + 1)));
// Hebrew, alone and with the prefix "in" ("2–3 בדצמבר 2026"), and Thai ("20 พฤศจิกายน 2569": its year is
// the Buddhist era's, read in rewriteThaiYears).
['ינואר', 'פברואר', 'מרץ', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר']
  .forEach((n, i) => { FOREIGN_MONTHS[n] ??= i + 1; FOREIGN_MONTHS[`ב${n}`] ??= i + 1; FOREIGN_MONTHS[`ל${n}`] ??= i + 1; });
['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม']
  .forEach((n, i) => (FOREIGN_MONTHS[n] ??= i + 1));
// Croatian, genitive and nominative ("10. i 11. studenoga"); "listopad" (October here) is left to Polish and Czech.
['siječnja siječanj', 'veljače veljača', 'ožujka ožujak', 'travnja travanj', 'svibnja svibanj', 'lipnja lipanj', 'srpnja srpanj', 'kolovoza kolovoz', 'rujna rujan', '', 'studenoga studenog studeni', 'prosinca prosinac']
  .forEach((names, i) => names.split(' ').filter(Boolean).forEach((n) => (FOREIGN_MONTHS[n] ??= i + 1, FOREIGN_MONTHS[n.normalize('NFD').replace(/\p{M}/gu, '')] ??= i + 1)));

/** Every name of MONTHS as a regex alternation, longest first ("march" before "mar"). */
export const MONTH_NAMES_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/** The month number (1–12) of a month name in any language we read, in any case; undefined for other words. */
export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase()] ?? FOREIGN_MONTHS[name.toLowerCase()];
}

/** A word that is a month's name in a language we read ("May", "mai", "marzo"): an ordinary word of dates, whatever a catalog calls so. */
export function isMonthName(word: string): boolean {
  return monthNumber(word) !== undefined;
}

/**
 * Month names in the form a language gives them only after a day number, the genitive: Russian "3 мая",
 * Ukrainian "3 травня", Polish "3 maja", Czech "3. května", Slovak "3. mája", Slovenian "3. maja",
 * Croatian "3. svibnja", Serbian "3. maja", "3. маја", Greek "3 Μαΐου", Lithuanian "gegužės 3 d.". Such a
 * name standing alone is what is left of a date whose day was written in a way no reader took ("с
 * первого по третье мая"): it is never the whole month. (Czech "září" and "listopadu" are also the
 * month's other cases, "v září", "v listopadu": left out.)
 */
const DAY_ONLY_FORMS = new Set([
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
  'січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня',
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
  'ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'října', 'prosince',
  'januára', 'februára', 'apríla', 'mája', 'júna', 'júla', 'augusta', 'septembra', 'októbra', 'novembra', 'decembra',
  'januarja', 'februarja', 'aprila', 'junija', 'julija', 'avgusta', 'oktobra',
  'siječnja', 'veljače', 'ožujka', 'travnja', 'svibnja', 'lipnja', 'srpnja', 'kolovoza', 'rujna', 'studenoga', 'studenog', 'prosinca',
  'januara', 'februara', 'marta', 'juna', 'jula',
  'јануара', 'фебруара', 'априла', 'маја', 'јуна', 'јула', 'септембра', 'октобра', 'новембра', 'децембра',
  'ιανουαρίου', 'φεβρουαρίου', 'μαρτίου', 'απριλίου', 'μαΐου', 'μαίου', 'ιουνίου', 'ιουλίου', 'αυγούστου', 'σεπτεμβρίου', 'οκτωβρίου', 'νοεμβρίου', 'δεκεμβρίου',
  'sausio', 'vasario', 'kovo', 'balandžio', 'gegužės', 'birželio', 'liepos', 'rugpjūčio', 'rugsėjo', 'spalio', 'lapkričio', 'gruodžio',
].map(withoutMarks));

function withoutMarks(w: string): string {
  return w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The words that make such a genitive the whole month after all: "месяца мая", "w ciągu maja", "během
 * května", "z całego maja" (of all May), "του Μαΐου" (the month's own, with its article), Lithuanian "gegužės mėn." (May's month);
 * after it, "z lutego 2025 — cały miesiąc" (the whole month).
 */
const WHOLE_MONTH_BEFORE = /(?:вс(?:его|ього)|ц[іi]лого|усього|całego|celého|celega|cijelog|čitavog|celog|целог|visos|ολόκληρου|месяца|місяця|в\s+течение|на\s+протяз[іi]|протягом|впродовж|miesiąca|w\s+ciągu|przez\s+cały|měsíce|během|po\s+celý|mesiaca|počas|meseca|mjeseca|tokom|tijekom|του(?:\s+μήνα)?|κατά\s+τη\s+διάρκεια(?:\s+του)?)\s+$/iu;
const WHOLE_MONTH_AFTER = /^\s*(?:\d{4}\s*(?:года|року|г\.|р\.|r\.|m\.)?)?[\s,;:—–-]*(?:m[ėe]n|(?:ca[łl]y|cel[ýy]|вес[ьъ]|увесь|весь|cijeli|ceo|cel|vis[ąa])\s+(?:miesi[ąa]c|m[ěe]s[íi]c|mesiac|месяц|місяць|mjesec|mesec|mėnes)|ολόκληρο)/iu;

/** Whether `word`, a month's name, is the form only a day takes, with none of the words making it the whole month. */
export function monthFormAfterDay(word: string, before: string, after: string): boolean {
  return DAY_ONLY_FORMS.has(withoutMarks(word)) && !WHOLE_MONTH_BEFORE.test(before) && !WHOLE_MONTH_AFTER.test(after);
}
