/**
 * Labels that open a correction of what was written above them, by language, each written before a colon:
 * "Correction:", "Small change:", "Update:", "Korrektur:", "Rectificatif :", "Corrección:", "Поправка:",
 * "Düzeltme:", "更正：", "修正：", "تصحيح:", "Đính chính:", "תיקון:", "Korekta:". Days after one replace the
 * days before it, or add to them: which, only the customer can say (dates.ts asks). Up to two words may
 * come first ("small change:", "one more correction:"); the colon is what makes it a label.
 */
const LABEL_WORDS: readonly string[] = [
  // en
  'corrections?', 'corrected', 'edit(?:ed)?', 'change', 'changes', 'update[ds]?', 'amendment', 'amended', 'errat(?:um|a)', 'revision', 'revised', 'fix', 'addendum',
  // de, fr, es, it, pt, nl
  'korrektur', 'berichtigung', 'änderung', 'nachtrag', 'rectificatif', 'rectification', 'modification', 'mise à jour',
  'correcci[óo]n', 'cambio', 'actualizaci[óo]n', 'modificaci[óo]n', 'fe de erratas', 'correzione', 'rettifica', 'modifica', 'aggiornamento',
  'corre(?:c)?ção', 'retificação', 'alteração', 'atualização', 'correctie', 'wijziging', 'aanpassing',
  // sv, da, no, fi, pl, cs, ro, hu, id, el
  'rättelse', 'ändring', 'rettelse', 'ændring', 'endring', 'oikaisu', 'korjaus', 'muutos', 'korekta', 'poprawka', 'sprostowanie', 'zmiana',
  'oprava', 'změna', 'corectur[ăa]', 'corecți[ea]', 'rectificare', 'javítás', 'helyesbítés', 'koreksi', 'ralat', 'revisi', 'διόρθωση',
  // ru, uk, tr, ar, vi, he, hi
  'поправка', 'исправление', 'уточнение', 'изменение', 'коррекция', 'виправлення', 'уточнення', 'зміна',
  'düzeltme', 'değişiklik', 'güncelleme', 'تصحيح', 'تعديل', 'تحديث', 'đính chính', 'sửa lại', 'cập nhật', 'thay đổi', 'תיקון', 'עדכון', 'שינוי', 'सुधार',
];
/** Labels written without spaces (zh, ja, ko): "更正：", "修正：", "訂正：", "정정:". */
const UNSPACED_LABELS: readonly string[] = ['更正', '修正', '订正', '訂正', '更改', '修改', '变更', '變更', '変更', '정정', '수정', '변경'];

/** "Last update: 01.01.2026", "Son güncelleme:": a document's own date field, not a correction. */
const LAST = ['last', 'latest', 'son', 'letzte', 'dernière', 'dernier', 'última', 'último', 'ultimo', 'ultima', 'laatste', 'senaste', 'sidste', 'siste', 'ostatnia', 'ostatnie', 'последнее', 'последняя', 'остання', 'poslední', 'viimeisin', 'آخر', 'cuối cùng', 'אחרון'];

export const CORRECTION_LABEL = new RegExp(
  String.raw`(?:(?<![^\P{L}]|\u03B9)(?:\p{L}+\s+){0,2}(?<!(?<![^\P{L}]|\u03B9)(?:${LAST.join('|')})\s+)(?:${LABEL_WORDS.join('|')})(?![^\P{L}]|\u03B9)|${UNSPACED_LABELS.join('|')})\s*[:：]`,
  'iu',
);

/** A day written without its month in languages that mark it with a suffix: "только 3-е", "3-го", "le 3e". */
export const SUFFIXED_DAY = /(?<![\d.,:/])(\d{1,2})-?(?:е|го|ое|ее|я|ье)(?![^\P{L}]|\u03B9)|(?<![\d.,:/])(\d{1,2})(?:e|ème)(?![^\P{L}]|\u03B9)/giu;

/** A correction label that ends its line, the days on the lines below it ("Correction:\n5–6 Feb"). */
export const CORRECTION_LABEL_ENDING = new RegExp(`(?:${CORRECTION_LABEL.source})\\s*$`, 'iu');

/**
 * Words that restrict what they stand beside to it alone: "only the 4th", "just the 2nd", "nur", "seulement",
 * "solo", "tylko", "только", "sadece", "chỉ", "רק", "فقط", "只", "だけ". A later sentence with one narrows.
 */
export const RESTRICTING = /(?<![^\P{L}]|\u03B9)(?:only|just|solely|merely|nur|lediglich|blo(?:ß|ss)|seulement|uniquement|juste|s[óo]lo|solamente|[úu]nicamente|soltanto|alleen|enkel|apenas|somente|só|tylko|jedynie|bara|endast|kun|bare|vain|pouze|jen|doar|csak|μόνο|только|лишь|тільки|лише|sadece|yaln[ıi]zca|hanya|cuma|chỉ|רק|فقط|केवल|sirf)(?![^\P{L}]|\u03B9)|只|仅|僅|だけ|のみ/iu;

/**
 * Words that add to what was said: "Dec 2 … has the duplicates too", "auch", "aussi", "también", "też",
 * "тоже". A later sentence with one (and no restricting word) asks for its days again, it does not narrow.
 */
export const TOO = /(?<![^\P{L}]|\u03B9)(?:too|as well|also|auch|ebenfalls|aussi|également|tambi[ée]n|também|anche|ook|också|også|myös|też|rovněž|тоже|также|теж|також)(?![^\P{L}]|\u03B9)|也/iu;
