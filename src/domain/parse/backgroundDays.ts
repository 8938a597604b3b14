/**
 * Days of the writer's life around a request: "we had our quarterly review with the board on 15 January",
 * "our accountant is still chasing the invoice from 7 April", "the agency set everything up for our
 * launch party on 19 January", "Ticket #8812 | Created: 20.01.2027". A sentence like that says nothing of
 * data, of something that went wrong with it or of a change that could have touched it; nobody asks to
 * delete its day, and asking whether to would hold up a request that names its own days. Such a day is
 * left out of the request with a note. A sentence that tells of a problem or a change ("the update went
 * out on 3 May", "4 May was a mess", "that day everything broke") is no background: its day is asked about
 * as before. Pure.
 */

import { DELETE_VERB } from './kindWords';

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
const TROUBLE_WORD = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${TROUBLE})(?![^\\P{L}]|\\u03B9)`, 'iu');
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
 * around it: three words or more besides its days, none of trouble or change, and not opening with
 * "and". `rest` is the sentence with its days blanked out.
 */
export function toldAsBackground(rest: string): boolean {
  return storyWords(rest) >= 3 && !ADDING_OPENING.test(rest) && !rest.includes('?') && !DOUBT_WORD.test(rest) && !TROUBLE_WORD.test(rest) && !TROUBLE_UNSPACED.test(rest) && !SAME_OR_ASKED.test(rest) && !DELETE_VERB.test(rest);
}
/**
 * "The same happened on 4 May", "4 May needs the same treatment", "Für den 4. Mai bitte genauso
 * verfahren", "Pareil pour le 4 mai", "Last Friday's signups should go as well": a sentence that points
 * back at the request, or asks for something to go or be treated, may add its day to it — asked about.
 */
const SAME_OR_ASKED = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${[
  'same', 'again', 'repeat\\p{L}*', 'similar\\p{L}*', 'treat\\p{L}*', 'go', 'goes', 'gone', 'handle\\p{L}*', 'likewise', 'once more',
  'genauso', 'gleiche\\p{L}*', 'selbe\\p{L}*', 'dasselbe', 'dieselbe\\p{L}*', 'wieder', 'nochmal', 'noch einmal', 'erneut', 'ebenso', 'verfahren', 'behandel\\p{L}*', 'weg',
  'pareil\\p{L}*', 'même\\p{L}*', 'encore', 'de nouveau', 'procéde\\p{L}*', 'procéd\\p{L}*', 'trait\\p{L}*',
  'igual\\p{L}*', 'mism[oa]s?', 'otra vez', 'de nuevo', 'mesm[oa]s?', 'novamente', 'stess[oaie]', 'ugual\\p{L}*', 'ancora', 'di nuovo', 
  'zelfde', 'hetzelfde', 'dezelfde', 'opnieuw', 'weer', 'samma', 'samme', 'igen', 'igjen', 'sama\\p{L}*', 'uudelleen',
  'ten sam', 'tak samo', 'taki\\p{L}* sam\\p{L}*', 'to samo', 'znowu', 'znów', 'ponownie', 'opět', 'znovu', 'stejn\\p{L}*',
  'то же', 'так же', 'тот же', 'снова', 'опять',
].join('|')})(?![^\\P{L}]|\\u03B9)`, 'iu');
/**
 * "Хотя, может быть, это было 4 июня… Уточню и напишу", "or was it the 4th?", "actually I think it was
 * 4 May": a day said with doubt or as a correction may be the request's own; it is asked about.
 */
const DOUBT_WORD = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${[
  'maybe', 'perhaps', 'possibly', 'probably', 'might', 'actually', 'although', 'though', 'wait', 'sure', 'think', 'guess', 'check\\p{L}*', 'confirm\\p{L}*',
  'vielleicht', 'eventuell', 'möglicherweise', 'wahrscheinlich', 'eigentlich', 'doch', 'glaube', 'prüfe\\p{L}*', 'peut-être', 'plutôt', 'en fait', 'vérifi\\p{L}*',
  'quizás?', 'tal vez', 'a lo mejor', 'en realidad', 'forse', 'magari', 'anzi', 'talvez', 'na verdade', 'misschien', 'eigenlijk', 'kanske', 'egentligen',
  'måske', 'kanskje', 'faktisk', 'ehkä', 'może', 'właściwie', 'chyba', 'možná', 'vlastně', 'может', 'наверное', 'хотя', 'вообще-то', 'точнее', 'возможно',
  'кажется', 'уточн\\p{L}*', 'проверю', 'belki', 'aslında',
].join('|')})(?![^\\P{L}]|\\u03B9)|たぶん|多分|かもしれ|実は|其实|實際|实际上|可能|也许|也許|아마|사실은`, 'iu');
/** "and Server for 1-20 December", "plus the 4th": a sentence opening with "and" adds to the one before. */
const ADDING_OPENING = /^[\s\p{P}]*(?:and|plus|also|then|und|sowie|et|puis|y|e|en|och|og|i|oraz|и|а также|та|ve|és)(?![^\P{L}]|\u03B9)/iu;
