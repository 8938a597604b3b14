/**
 * Words that narrow the data to delete to some of a source's events on a day: "the duplicated Android App
 * events from Feb 3", "the Android App data for Feb 3 that came from our QA test devices", "die Daten vom
 * 3. Februar, die von unseren Testgeräten kamen", "coming from IP 203.0.113.7", "from app version 4.2.0",
 * "the 'Order Completed' events". The archive holds a source's day as one partition, so such a request
 * read as the whole day deletes every other event of it; it is asked instead. Pure.
 *
 * Three shapes say it in every language read: a kind of event written beside the data noun (duplicates,
 * test or bot events), a clause after the data saying where it came from or who sent it, and a literal
 * that singles events out (an IP address, an app version, an event name in quotes).
 */
import { WORD_BEFORE as L, WORD_AFTER as R } from './letterEdges';
import { allMatches } from './allMatches';

/** What a name's letters are blanked to: no letter, so no word list reads it, and not a space, so it is seen. */
const BLANK = '\u{E000}';

/** The data nouns of the languages read, plural and singular. */
const DATA =
  '(?:data|events?|records?|traffic|sessions?|hits|rows|entries|daten|ereignisse|eintr[äa]ge|datens[äa]tze|donn[ée]es|[ée]v[ée]nements?|datos|eventos?|registros?|dados|dati|eventi|gegevens|dane|zdarzenia|данные|данных|события|событий|veriler\\p{L}*|olaylar\\p{L}*)';

/** "duplicated", "doppelten", "en double": a kind of event that is some of a day's events, by language. */
const KIND_BEFORE =
  '(?:duplicated?|duplicate|double[- ]counted|test-?|testing|bot-?|spam|fake|dummy|doppelte\\p{L}*|duplizierte\\p{L}*|dubbele|zduplikowane|zdublowane|testowe|дублированн\\p{L}*|дублирующ\\p{L}*|повторн\\p{L}*|тестов\\p{L}*|yinelenen|mükerrer|çift|tekrarlanan)';
const KIND_AFTER =
  '(?:en\\s+double|dupliqu[ée]e?s?|de\\s+tests?|de\\s+bots?|duplicad[oa]s|de\\s+pruebas?|de\\s+testes?|duplicati|di\\s+(?:test|prova)|dei\\s+bot|testowe|zduplikowane)';
const DUPLICATES_NOUN = '(?:duplicates|doublons|duplikate|doppioni|dubbelingen|duplikaty|дубли|重複|重复|중복)';
/**
 * The kind before or after the data noun, a source's blanked name between ("the duplicated Android App
 * events"), or written as one word with it ("Testdaten", "Bot-Events", "testdata").
 */
const KIND = new RegExp(`${L}(?:${KIND_BEFORE}[\\s${BLANK}]*${DATA}|${DATA}\\s+${KIND_AFTER}|${DUPLICATES_NOUN})${R}|テスト|测试|테스트`, 'iu');

/** A verb of arriving or sending, then "from" or "by": where the events came from. */
const CAME_FROM = [
  '(?:came|come|comes|coming|sent|generated|created|produced|triggered|originat(?:ed|ing)|fired|tracked|recorded)\\s+(?:\\p{L}+\\s+){0,2}?(?:from|by|via|through)',
  ',?\\s*(?:die|welche|der|das)\\s+(?:von|aus|über)\\s+(?:[\\p{L}\\p{N}-]+\\s+){1,4}?(?:kamen|kommen|stamm(?:en|ten)|gesendet|geschickt|erzeugt|ausgelöst)',
  'qui\\s+(?:vien(?:nent|t)|venaient|provien(?:nent|t)|provenaient|ont\\s+été\\s+(?:envoy|génér)\\p{L}*)\\s+d|provenant\\s+d',
  'que\\s+(?:vinieron|vienen|provienen|provinieron|llegaron|fueron\\s+(?:enviad|generad)\\p{L}*|se\\s+enviaron)\\s+(?:de|desde|por)|procedentes\\s+de',
  'que\\s+(?:vieram|v[êe]m|chegaram|foram\\s+(?:enviad|gerad)\\p{L}*)\\s+d|provenientes\\s+d',
  'che\\s+(?:provengono|provenivano|arrivano|sono\\s+(?:arrivat|stat)\\p{L}*)|provenienti\\s+da',
  'die\\s+(?:van|uit)\\s+(?:[\\p{L}\\p{N}-]+\\s+){1,4}?(?:kwamen|komen|afkomstig)|afkomstig\\s+(?:van|uit)',
  '(?:pochodz[ąa]ce|kt[óo]re\\s+(?:przysz[łl]y|pochodz[ąa])|wys[łl]ane)\\s+(?:z|od|przez)',
  '(?:поступивш|пришедш|отправленн|полученн)\\p{L}*\\s+(?:с|от|из)',
].join('|');
const CAME_FROM_CLAUSE = new RegExp(`${L}${DATA}${R}(?:[^.!?\\n]|(?<=\\d)\\.){0,80}?(?:${L}|(?<=\\p{L}))(?<clause>${CAME_FROM})${R}`, 'iu');
/**
 * Where the words of origin come before the data: "テスト端末からのイベント", "来自测试设备的数据", "test
 * cihazlarından gelen verileri" — "from" a thing that is not a day ("2月3日からの" begins a range).
 */
const FROM_NOT_A_DAY = /(?<![\d日月年])(?<=\p{L})からの|来自|(?<=\p{L})(?:dan|den|tan|ten)\s+gelen(?!\p{L})/u;

/** An IPv4 address, an app version, or an event's name in quotes before or after the event noun. */
const SINGLED_OUT = new RegExp(
  [
    `${L}(?:\\d{1,3}\\.){3}\\d{1,3}${R}`,
    `${L}(?:version|versi[óo]n|versione|vers[ãa]o|versie|wersj\\p{L}*|верси\\p{L}*|s[üu]r[üu]m\\p{L}*)\\s+v?\\d+(?:\\.\\d+)+${R}`,
    `${L}v\\d+\\.\\d+(?:\\.\\d+)?${R}`,
    `['‘“"„«](?=[^'’”"«»\\n]{0,40}\\p{L})[^'’”"«»\\n]{2,40}['’”"“»]\\s+(?:events?|ereignisse|events|[ée]v[ée]nements|eventos|eventi)${R}`,
    `${L}(?:events?|ereignisse|[ée]v[ée]nements?|eventos?|eventi)\\s+(?:named\\s+|called\\s+|namens\\s+)?['‘“"„«](?=[^'’”"«»\\n]{0,40}\\p{L})[^'’”"«»\\n]{2,40}['’”"“»]`,
  ].join('|'),
  'iu',
);

/**
 * "the POS in our Vienna store", "der POS in unserer Wiener Filiale", "el POS de nuestra tienda de Viena":
 * a source's name followed by one of the customer's places, so only that place's events of it are meant.
 */
const ONE_PLACE = new RegExp(
  `^[ \\t]+(?:in|at|from|im|in\\s+der|aus\\s+der|dans|de|du|en|del|della|nel|nella|dal|dalla|van|uit|na|da|do)\\s+(?:our|one|unserer|unserem|einer|einem|notre|un|une|nuestra|nuestro|una|nostra|nostro|onze|één|nossa|nosso|uma)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:stores?|shops?|branch(?:es)?|outlets?|restaurants?|filiale|laden|gesch[äa]ft|magasin|boutique|tienda|sucursal|negozio|punto\\s+vendita|winkel|vestiging|filiaal|loja|filial)${R}`,
  'iu',
);

/** "the whole day", "den ganzen Tag", "toute la journée": the customer already said the days go whole. */
const WHOLE_DAY = new RegExp(
  `${L}(?:(?:whole|entire|full|complete)\\s+(?:utc\\s+)?(?:days?|dates?)|ganzen?\\s+(?:utc-)?tag\\p{L}*|tout(?:e)?s?\\s+(?:la|les)\\s+journ[ée]es?|(?:d[ií]as?|d[ií]a)\\s+(?:completos?|enteros?)|todo\\s+el\\s+d[ií]a|(?:dia|dias)\\s+(?:inteiros?|completos?)|(?:giornat[ae]|giorni?)\\s+(?:inter[ae]|interi|complet[ae])|hele\\s+dag\\p{L}*)${R}`,
  'iu',
);
const DELETING = new RegExp(
  `${L}(?:delete|remove|purge|erase|wipe|clear|drop|clean|l(?:ö|oe)sch\\p{L}*|entfern\\p{L}*|supprim\\p{L}*|effac\\p{L}*|borr\\p{L}*|elimin\\p{L}*|apag\\p{L}*|exclu\\p{L}*|cancell\\p{L}*|rimuov\\p{L}*|verwijder\\p{L}*|usu[ńn]\\p{L}*|удал\\p{L}*|sil\\p{L}*)|削除|删除|삭제`,
  'iu',
);

/**
 * Names blanked out of the text, letter for letter so the words found can be quoted as written: a source
 * called "Test Devices" or "Bot Traffic" is the whole source, not a kind of its events.
 */
function withoutNames(text: string, names: string[]): string {
  let rest = text;
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    if (name.trim()) rest = rest.split(name).join(name.replace(/\S/gu, BLANK));
  }
  return rest;
}
/**
 * "that came from the Android App", "sent from Feb 3 on", "sent to us by mistake": where the data came from
 * is the source itself, a day or a slip, which narrows nothing.
 */
const WHOLE_ORIGIN = new RegExp(`^\\s*(?:[\\p{L}-]+\\s+)?(?:${BLANK}|\\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|yesterday|today|last|this)\\p{L}*${R}|(?:mistake|accident|error|versehen|erreur|accidente|engano|sbaglio|vergissing)${R})`, 'iu');
/** Words found in a sentence: where they begin, and the words. */
interface Found {
  index: number;
  0: string;
}
/** The clause of origin with the words of where from ("came from our QA test devices"), where that is no name or day. */
function cameFromSomewhere(sentence: string): Found | null {
  const m = CAME_FROM_CLAUSE.exec(sentence);
  const end = m ? m.index + m[0].length : 0;
  if (!m || WHOLE_ORIGIN.test(sentence.slice(end))) return null;
  const start = end - (m.groups?.clause.length ?? 0);
  const where = /^(?:[^,;:!?\n.()]|\.(?=\d)){0,40}(?![\p{L}\p{N}])/u.exec(sentence.slice(end))?.[0] ?? '';
  return { index: start, 0: sentence.slice(start, end) + where };
}

/**
 * A sentence ends at a line break, "!", "?", "。" or a full stop — not at the full stop of "vom 3. Februar",
 * of "203.0.113.7", of "4.2.0" or of "e.g. the", which would part the data from what narrows it.
 */
const SENTENCE = /(?:[^.!?\n。]|\.(?=\d|\s*\p{Ll}|\s*(?:[Jj]an|[Ff]eb|[Mm][äa]r|[Aa]pr|[Mm]ai|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]kt|[Nn]ov|[Dd]ez)))+/gu;
/**
 * A kind of event is what is to be deleted when it is the verb's object — right after the verb ("delete
 * the duplicated events") or before a verb that ends the sentence ("de dubbele events … verwijderen") —
 * not when it tells why ("… for March 14 we sent a bunch of test events", "… January 2 - holiday bot
 * traffic").
 */
function kindToDelete(sentence: string, verb: RegExpExecArray): Found | null {
  const kind = KIND.exec(sentence);
  if (!kind) return null;
  const verbEnd = verb.index + verb[0].length;
  const between = kind.index >= verbEnd ? sentence.slice(verbEnd, kind.index) : sentence.slice(kind.index + kind[0].length, verb.index);
  const object = kind.index >= verbEnd ? /^(?:\s*[\p{L}\p{N}'’]+){0,3}\s*$/u.test(between) : !/[,;:–—-]\s|[，、；：]/u.test(between);
  return object ? kind : null;
}

/** Where one clause of a sentence ends: a comma, semicolon, colon or dash before a space. */
const CLAUSE_BREAK = /[,;:–—]\s|\s-\s|[，、；：]/gu;
/**
 * A literal that singles events out, in the clause of the deletion verb: "delete the events of version
 * 4.2.0 from Feb 3" narrows the day; "… löschen, Version 2.3 war fehlerhaft" says why, in a clause of its own.
 */
function singledOutBesideVerb(sentence: string, verb: RegExpExecArray): Found | null {
  let start = 0;
  let end = sentence.length;
  for (const brk of allMatches(CLAUSE_BREAK, sentence)) {
    const at = brk.index ?? 0;
    if (at < verb.index) start = at + brk[0].length;
    else if (at >= verb.index + verb[0].length) {
      end = at;
      break;
    }
  }
  const found = SINGLED_OUT.exec(sentence.slice(start, end));
  return found ? { index: start + found.index, 0: found[0] } : null;
}

/** The words that narrow a deletion to some events of a source's day, as written; null when none do. */
export function partOfDayIn(text: string, names: string[]): string | null {
  const rest = withoutNames(text, names);
  if (WHOLE_DAY.test(rest)) return null;
  for (const name of names) {
    const at = name.trim() ? text.indexOf(name) : -1;
    const place = at >= 0 ? ONE_PLACE.exec(text.slice(at + name.length)) : null;
    if (place) return `${name}${place[0]}`.replace(/\s+/g, ' ').trim();
  }
  for (const sentence of allMatches(SENTENCE, rest)) {
    const verb = DELETING.exec(sentence[0]);
    if (!verb) continue;
    const found: Found | null = kindToDelete(sentence[0], verb) ?? cameFromSomewhere(sentence[0]) ?? FROM_NOT_A_DAY.exec(sentence[0]) ?? singledOutBesideVerb(sentence[0], verb);
    if (!found) continue;
    const at = (sentence.index ?? 0) + found.index;
    return text.slice(at, at + found[0].length).replace(/\s+/g, ' ').trim();
  }
  return null;
}
