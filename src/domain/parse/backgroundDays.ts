/**
 * Days of the writer's life around a request: "we had our quarterly review with the board on 15 January",
 * "our accountant is still chasing the invoice from 7 April", "the agency set everything up for our
 * launch party on 19 January", "Ticket #8812 | Created: 20.01.2027". A sentence like that names an
 * occasion of the writer's business (a meeting, an invoice, a launch party, a holiday, a contract, a
 * deadline, a ticket's own dates) and says nothing of data, of something that went wrong with it or of a
 * change that could have touched it; nobody asks to delete its day, and asking whether to would hold up a
 * request that names its own days. Such a day is left out of the request with a note.
 *
 * Both halves are needed. Words of trouble cannot all be listed ("someone hacked the shop on 9 March",
 * "scrapers hammered us", "un becario conectó por equivocación la tienda de pruebas"), so a sentence that
 * names no occasion is never background, whatever it says: its day is asked about, as is one that tells
 * of a problem or a change ("the update went out on 3 May", "4 May was a mess") beside an occasion. Pure.
 */

import { DELETE_VERB } from './kindWords';
import { L, R } from './letterEdges';

/**
 * What went wrong with data, in the words customers use: enough on its own to make a meeting's day a
 * day to ask about ("during the workshop on 9 March a trainee duplicated every order"). The stem is enough.
 */
const WENT_WRONG = [
  'bugs?', 'errors?', 'wrong', 'broke', 'broken', 'fail\\p{L}*', 'faulty', 'bad', 'outage', 'incident', 'glitch\\p{L}*', 'duplicat\\p{L}*',
  'double\\p{L}*', 'twice', 'test\\p{L}*', 'spam\\p{L}*', 'bots?', 'fake', 'bogus', 'junk', 'garbage', 'corrupt\\p{L}*', 'leak\\p{L}*', 'polluted',
  'hack\\p{L}*', 'hijack\\p{L}*', 'fraud\\p{L}*', 'attack\\p{L}*', 'ddos', 'scrap(?:er|ers|ing|ed)', 'pentest\\p{L}*', 'penetration',
  'inflated', 'rogue', 'script\\p{L}*', 'load', 'production', 'prod', 'mistake\\p{L}*', 'mistaken\\p{L}*', 'accident\\p{L}*', 'unintended', 'sandbox', 'staging',
  'fehler\\p{L}*', 'falsch\\p{L}*', 'doppel\\p{L}*', 'versehentlich', 'aus versehen', 'gehackt', 'erreur\\p{L}*', 'doublon\\p{L}*', 'par erreur', 'par mégarde',
  'piraté\\p{L}*', 'error\\p{L}*', 'equivocaci\\p{L}*', 'por error', 'hackead\\p{L}*', 'errore', 'errori', 'per sbaglio', 'sbagli\\p{L}*', 'sem querer',
  'por engano', 'per ongeluk', 'dubbel\\p{L}*', 'fout\\p{L}*', 'av misstag', 'ved en fejl', 'ved en feil', 'przypadkiem', 'omyłkowo', 'omylem',
  'случайно', 'ошибк\\p{L}*', 'ошибочно', 'взлом\\p{L}*', 'дубл\\p{L}*', 'yanlışlıkla', 'kazara',
].join('|');
const WENT_WRONG_WORD = new RegExp(`${L}(?:${WENT_WRONG})${R}|誤って|誤り|間違|不正|重複|テスト|错误|錯誤|误|誤|重复|测试|測試|실수|중복|테스트`, 'iu');

/** Whether a sentence tells of something that went wrong with data. */
export function tellsOfTrouble(sentence: string): boolean {
  return WENT_WRONG_WORD.test(sentence);
}

/** What went wrong, or changed, in the words customers use; the stem is enough. */
const TROUBLE = [
  // English
  'bug', 'error', 'wrong', 'broke', 'broken', 'break', 'fail', 'failed', 'failure', 'fault', 'faulty', 'bad', 'outage', 'incident',
  'issue', 'problem', 'glitch', 'duplicat\\p{L}*', 'double', 'test\\p{L}*', 'spam', 'bots?', 'fake', 'junk', 'garbage', 'corrupt\\p{L}*',
  'leak\\p{L}*', 'spike\\p{L}*', 'flood\\p{L}*', 'replay\\p{L}*', 'misconfig\\p{L}*', 'mess\\p{L}*', 'disaster', 'chaos', 'nightmare',
  'weird', 'strange', 'odd', 'anomal\\p{L}*', 'crash\\p{L}*', 'down', 'affected', 'impacted', 'noticed', 'found', 'spotted', 'detected',
  'deploy\\p{L}*', 'releas\\p{L}*', 'rollout', 'rolled', 'update\\p{L}*', 'upgrad\\p{L}*', 'migrat\\p{L}*', 'version', 'build', 'sdk',
  'shipped', 'launched', 'launching', 'relaunch\\p{L}*', 'went live', 'go-live', 'tracking', 'tracked', 'import\\p{L}*', 'export\\p{L}*', 'sync\\p{L}*', 'upload\\p{L}*', 'sent', 'recorded', 'logged',
  'collected', 'ingest\\p{L}*', 'pipeline', 'integration', 'pixel', 'tag', 'script', 'api', 'sessions?', 'orders?', 'records?',
  'logs?', 'rows?', 'entries', 'hits', 'scans?', 'numbers', 'count\\p{L}*', 'metrics?', 'users?', 'customers?', 'visitors?',
  'sign-?ups?', 'traffic', 'visits?', 'clicks?', 'generated', 'real',
  // German, Dutch, Scandinavian
  'fehler\\p{L}*', 'falsch\\p{L}*', 'kaputt', 'ausgefallen', 'ausfall', 'störung', 'vorfall', 'problem\\p{L}*', 'doppel\\p{L}*', 'betroffen\\p{L}*',
  'bemerkt', 'aufgefallen', 'ausgerollt', 'eingespielt', 'veröffentlicht', 'gestartet', 'umstellung', 'fout\\p{L}*', 'kapot', 'storing', 'dubbel\\p{L}*',
  'getroffen', 'fel', 'felaktig\\p{L}*', 'feil\\p{L}*', 'fejl\\p{L}*', 'dubblett\\p{L}*', 'påverkad\\p{L}*', 'berørt\\p{L}*', 'virhe\\p{L}*',
  // Romance
  'erreur\\p{L}*', 'panne', 'incident\\p{L}*', 'doublon\\p{L}*', 'impact\\p{L}*', 'cassé', 'mauvais\\p{L}*', 'faux', 'fausse\\p{L}*',
  'error\\p{L}*', 'errore', 'errori', 'fallo\\p{L}*', 'falla\\p{L}*', 'problema\\p{L}*', 'incidencia', 'duplica\\p{L}*', 'afectad\\p{L}*',
  'interessat\\p{L}*', 'coinvolt\\p{L}*', 'guasto', 'rott\\p{L}*', 'rot[oa]s?', 'erro', 'erros', 'falha\\p{L}*', 'afetad\\p{L}*',
  'lancé\\p{L}*', 'lanzad\\p{L}*', 'lanzamos', 'lanciat\\p{L}*', 'lançad\\p{L}*', 'lançamos', 'atualiza\\p{L}*', 'actualiza\\p{L}*', 'aggiorn\\p{L}*', 'mise à jour',
  // Slavic, Greek, Turkish
  'błąd\\p{L}*', 'błęd\\p{L}*', 'awari\\p{L}*', 'dotknięt\\p{L}*', 'chyb\\p{L}*', 'ошибк\\p{L}*', 'ошибоч\\p{L}*', 'сбо\\p{L}*',
  'дубл\\p{L}*', 'проблем\\p{L}*', 'неверн\\p{L}*', 'обновлен\\p{L}*', 'помилк\\p{L}*', 'σφάλμα\\p{L}*', 'hata\\p{L}*',
].join('|');
const TROUBLE_WORD = new RegExp(`${L}(?:${TROUBLE})${R}`, 'iu');
/** The same in scripts written without spaces. */
const TROUBLE_UNSPACED = /错误|錯誤|故障|问题|問題|重复|重複|异常|異常|测试|測試|更新|发布|發布|上线|上線|导入|導入|エラー|不具合|障害|二重|重複|テスト|リリース|アップデート|取り込|오류|장애|문제|중복|테스트|업데이트|배포|ข้อผิดพลาด|ปัญหา/u;

/** "the launch party on 19 January": words of a sentence besides its day, enough to tell a story. */
function storyWords(rest: string): number {
  const spaced = (rest.match(/\p{L}{2,}/gu) ?? []).length;
  const unspaced = (rest.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu) ?? []).length;
  return spaced + Math.floor(unspaced / 2);
}

/**
 * Whether a sentence that neither asks for a deletion nor speaks of data tells only the writer's life
 * around it: an occasion of the writer's business, three words or more besides its days, none of
 * trouble or change, and not opening with "and". `rest` is the sentence with its days blanked out.
 */
export function toldAsBackground(rest: string): boolean {
  return OCCASION_WORD.test(rest) && storyWords(rest) >= 3 && !ADDING_OPENING.test(rest) && !rest.includes('?') && !DOUBT_WORD.test(rest) && !TROUBLE_WORD.test(rest) && !TROUBLE_UNSPACED.test(rest) && !WENT_WRONG_WORD.test(rest) && !SAME_OR_ASKED.test(rest) && !DELETE_VERB.test(rest);
}

/**
 * "…please delete 1 June and our launch party's traffic. The launch party was on 14 May.": the occasion
 * a day is told of is named again where the mail asks for a deletion, so its day may be the request's —
 * asked about. `elsewhere` is the mail's text outside the day's own sentence.
 */
export function occasionAskedFor(rest: string, elsewhere: string): boolean {
  const named = new Set((rest.match(new RegExp(OCCASION_WORD.source, 'giu')) ?? []).map((w) => w.toLowerCase()));
  if (named.size === 0) return false;
  return elsewhere.split(/[.!?。\n]+/u).some((s) => DELETE_VERB.test(s) && [...named].some((w) => s.toLowerCase().includes(w)));
}

/**
 * Occasions of a business that leave no data behind: meetings and reviews, invoices and payments, a
 * launch party or an opening, holidays and time off, contracts and their notice, deadlines and audits,
 * a ticket's own dates, a sale or a newsletter. The stem is enough.
 */
const OCCASION = [
  // meetings, reviews, audits
  'meeting', 'meets', 'board', 'review', 'quarterly', 'webinar', 'workshop', 'conference', 'appointment', 'audit\\p{L}*', 'accountant', 'notary',
  'besprechung', 'quartals\\p{L}*', 'sitzung', 'termin', 'notartermin', 'inventur', 'r[ée]union', 'rendez-vous', 'reuni[óo]n', 'reuni[ãa]o', 'riunione',
  'vergadering', 'overleg', 'kwartaal\\p{L}*', 'kvartals\\p{L}*', 'm[öø]te', 'møde', 'spotkanie', 'zebrani\\p{L}*', 'совещани\\p{L}*', 'встреч\\p{L}*', 'бухгалтер\\p{L}*',
  // money
  'invoices?', 'bills?', 'billing', 'payments?', 'paid', 'unpaid', 'receipt', 'rechnung\\p{L}*', 'factur\\p{L}*', 'fattur\\p{L}*', 'faktur\\p{L}*',
  'betal\\p{L}*', 'obetald', 'оплач\\p{L}*', 'неоплач\\p{L}*',
  // a launch party, an opening
  'launch', 'party', 'lancement', 'lanzamiento', 'lançamento', 'lancering', 'lansering\\p{L}*', 'lancering\\p{L}*', 'inaugura\\p{L}*',
  'premier\\p{L}*', 'eröffnung', 'открыти\\p{L}*',
  // time off
  'holiday\\p{L}*', 'vacation', 'leave', 'urlaub', 'feiertag\\p{L}*', 'ferie\\p{L}*', 'vacances', 'vacaciones', 'férias', 'vakantie', 'semester', 'urlop\\p{L}*',
  'dovolen\\p{L}*', 'отпуск\\p{L}*', 'праздник\\p{L}*', 'out of office', 'abwesend',
  // contracts, deadlines, the business itself
  'contract\\p{L}*', 'subscription', 'notice', 'renewal', 'vertrag\\p{L}*', 'kündig\\p{L}*', 'contrat\\p{L}*', 'résili\\p{L}*', 'contrato', 'contratto',
  'disdett\\p{L}*', 'avtal\\p{L}*', 'aftale\\p{L}*', 'umow\\p{L}*', 'договор\\p{L}*', 'deadline', 'due', 'frist', 'vencimiento', 'scadenza', 'échéance',
  // a ticket's own dates, a policy's, an approval's
  'ticket', 'priority', 'created', 'opened', 'erstellt', 'apertura', 'policy', 'policies', 'revised', 'approv\\p{L}*', 'freigabe', 'genehmig\\p{L}*',
  'aprobaci[óo]n', 'approvazione', 'approbation', 'aprovação', 'goedkeuring',
  // people coming and going
  'tak(?:e|es|ing) over', 'took over', 'hand-?over', 'hand(?:ed)? over', 'moved to another', 'joined', 'colleague', 'parental', 'übern(?:ahm|ehm|omm)\\p{L}*',
  'kolleg\\p{L}*', 'collègue', 'reprend\\p{L}*', 'compañer[oa]', 'colleg[ah]', 'collega',
].join('|');
const OCCASION_WORD = new RegExp(`${L}(?:${OCCASION})${R}|会議|会议|請求書|发票|發票|開業|开业|オープン|休業|休み|假期|휴가|회의|청구서|受付|期限|契約|合同|改定|改訂|方針`, 'iu');
/**
 * "The same happened on 4 May", "4 May needs the same treatment", "Für den 4. Mai bitte genauso
 * verfahren", "Pareil pour le 4 mai", "Last Friday's signups should go as well": a sentence that points
 * back at the request, or asks for something to go or be treated, may add its day to it — asked about.
 */
const SAME_OR_ASKED = new RegExp(`${L}(?:${[
  'same', 'again', 'repeat\\p{L}*', 'similar\\p{L}*', 'treat\\p{L}*', 'go', 'goes', 'gone', 'handle\\p{L}*', 'likewise', 'once more',
  // ("also", "auch" alone are left to the day's own clause: "the invoice is also still open" says it of the invoice)
  'includ\\p{L}*', 'in scope', 'belong\\p{L}*', 'cover\\p{L}*', 'want\\p{L}*', 'need\\p{L}*', 'would like', "i['’]d like", 'take out', 'taken out',
  'genauso', 'gleiche\\p{L}*', 'selbe\\p{L}*', 'dasselbe', 'dieselbe\\p{L}*', 'wieder', 'nochmal', 'noch einmal', 'erneut', 'ebenso', 'verfahren', 'behandel\\p{L}*', 'weg',
  'pareil\\p{L}*', 'même\\p{L}*', 'encore', 'de nouveau', 'procéde\\p{L}*', 'procéd\\p{L}*', 'trait\\p{L}*',
  'igual\\p{L}*', 'mism[oa]s?', 'otra vez', 'de nuevo', 'mesm[oa]s?', 'novamente', 'stess[oaie]', 'ugual\\p{L}*', 'ancora', 'di nuovo', 
  'zelfde', 'hetzelfde', 'dezelfde', 'opnieuw', 'weer', 'samma', 'samme', 'igen', 'igjen', 'sama\\p{L}*', 'uudelleen',
  'ten sam', 'tak samo', 'taki\\p{L}* sam\\p{L}*', 'to samo', 'znowu', 'znów', 'ponownie', 'opět', 'znovu', 'stejn\\p{L}*',
  'то же', 'так же', 'тот же', 'снова', 'опять',
].join('|')})${R}`, 'iu');
/**
 * "Хотя, может быть, это было 4 июня… Уточню и напишу", "or was it the 4th?", "actually I think it was
 * 4 May": a day said with doubt or as a correction may be the request's own; it is asked about.
 */
const DOUBT_WORD = new RegExp(`${L}(?:${[
  'maybe', 'perhaps', 'possibly', 'probably', 'might', 'actually', 'although', 'though', 'wait', 'sure', 'think', 'guess', 'check\\p{L}*', 'confirm\\p{L}*',
  'vielleicht', 'eventuell', 'möglicherweise', 'wahrscheinlich', 'eigentlich', 'doch', 'glaube', 'prüfe\\p{L}*', 'peut-être', 'plutôt', 'en fait', 'vérifi\\p{L}*',
  'quizás?', 'tal vez', 'a lo mejor', 'en realidad', 'forse', 'magari', 'anzi', 'talvez', 'na verdade', 'misschien', 'eigenlijk', 'kanske', 'egentligen',
  'måske', 'kanskje', 'faktisk', 'ehkä', 'może', 'właściwie', 'chyba', 'možná', 'vlastně', 'может', 'наверное', 'хотя', 'вообще-то', 'точнее', 'возможно',
  'кажется', 'уточн\\p{L}*', 'проверю', 'belki', 'aslında',
].join('|')})${R}|たぶん|多分|かもしれ|実は|其实|實際|实际上|可能|也许|也許|아마|사실은`, 'iu');
/**
 * "and Server for 1-20 December", "plus the 4th": a sentence opening with "and" adds to the one before.
 * (The Slavic "i" is no English "I'm".)
 */
const ADDING_OPENING = /^[\s\p{P}]*(?:and|plus|also|then|und|sowie|et|puis|y|e|en|och|og|i(?!['’])|oraz|и|а также|та|ve|és)(?![^\P{L}]|\u03B9)/iu;
