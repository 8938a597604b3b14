import { conditionClauseIn } from './conditionClause';
import { L, R } from './letterEdges';
import { allMatches } from './allMatches';

/**
 * A request whose writer says they are not sure of it: "maybe it was staging, not prod — let me
 * double-check", "both apps? whichever is the one with the push events", "am letzten Wochenende oder
 * dem davor – ich weiß es nicht mehr genau". Whatever was read from it is a guess, so it is asked about
 * before anything is deleted. The days-only hedges ("the 4th, or maybe the 5th") are read in dates.ts.
 */

/** Words that say the writer does not know, or will still check. */
const DOUBT = new RegExp(
  [
    'not (?:100\\s*% )?sure',
    'unsure',
    'whichever',
    'maybe it was',
    'i guess',
    'i suppose',
    'or was it',
    // "… ou era outubro? Vou confirmar", "¿o era octubre?", "oder war es …", "ou était-ce", "o era", "of was het".
    '(?<![^\\P{L}]|\\u03B9)ou era(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)¿?o era(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)oder war es(?![^\\P{L}]|\\u03B9)',
    'ou [ée]tait-ce',
    '(?<![^\\P{L}]|\\u03B9)of was het(?![^\\P{L}]|\\u03B9)',
    'vou (?:confirmar|verificar|checar)',
    'voy a (?:confirmar|verificar|comprobar)',
    'ich (?:pr(?:ü|ue)fe|kl(?:ä|ae)re) das',
    'je (?:v[ée]rifie|confirme) (?:et|puis)',
    'let me (?:double[- ]?)?check',
    'i(?:[’\']ll| will| need to| have to| must) (?:double[- ]?)?(?:check|confirm|verify)',
    'to be confirmed',
    'not (?:100\\s*% )?certain',
    "(?:i )?(?:don[’']t|do not|can[’']t|cannot) remember (?:exactly|which)",
    'wei(?:ß|ss) (?:es |ich )?(?:leider |gerade |jetzt |noch )?nicht (?:mehr )?(?:genau|sicher|so genau)',
    'nicht (?:mehr )?ganz sicher',
    'bin (?:mir )?nicht sicher',
    'je ne sais (?:plus|pas) (?:exactement|trop|bien)',
    'je ne suis pas s[ûu]re?',
    'no (?:s[ée]|recuerdo) (?:bien|exactamente|con certeza)',
    'no estoy segur[oa]',
    'n[ãa]o (?:sei|lembro) (?:bem|exatamente|ao certo)',
    'non (?:so|ricordo) (?:bene|esattamente|con certezza)',
    'non sono sicur[oa]',
    'weet (?:ik |het )*niet (?:meer )?(?:precies|zeker)',
    'niet (?:helemaal )?zeker',
    'nie pami[ęe]tam dok[łl]adnie',
    'nie jestem pewn\\p{L}*',
    'inte s[äa]ker',
    'minns inte (?:exakt|riktigt)',
    'ikke sikker',
    'husker ikke (?:pr[æa]cis|helt)',
    'en ole varma',
    'en muista (?:tarkkaan|tarkalleen)',
    'nejsem si jist\\p{L}*',
    'emin de[ğg]ilim',
    // "creo que fue la semana pasada o la antepasada, no se": a trailing "I don't know", and the week
    // before offered as the other choice; Tagalog, Hinglish and Pidgin writers' "not sure".
    '(?<![^\\P{L}]|\\u03B9)no s[ée](?=\\s*(?:[.!?,;]|$))',
    '(?<![^\\P{L}]|\\u03B9)ni idea(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)(?:o|or) (?:la |the )?(?:antepasada|semana anterior|week before(?: that)?|one before(?: that)?)(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)hindi (?:ako |ko )?sigurado',
    '(?<![^\\P{L}]|\\u03B9)di ko (?:alam|sure)',
    '(?<![^\\P{L}]|\\u03B9)pata nahi(?:n)?(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)i no (?:too )?sure',
    'not too sure',
    // Held back by the writer: "actually wait, hold off, let me confirm with the board first".
    '(?<![^\\P{L}]|\\u03B9)hold off(?![^\\P{L}]|\\u03B9)',
    'wait for my (?:next |new |final )?(?:e-?mail|mail|message|reply|answer|go-ahead|confirmation|word|ok(?:ay)?|signal)',
    // The same hold in the desk's other languages: "aguardem meu ok", "esperen mi confirmación",
    // "attendez mon feu vert", "wartet auf mein OK", "wacht op mijn akkoord".
    '(?<![^\\P{L}]|\\u03B9)(?:aguard(?:e|em|ar)|esper(?:e|em|en|ad))(?: (?:o|a|el|la))? (?:meu|minha|nosso|nossa|mi|mis|nuestro|nuestra) (?:ok(?:ay)?|sinal|se[ñn]al|aviso|retorno|confirma[çc][ãa]o|confirmaci[óo]n|autoriza[çc][ãa]o|autorizaci[óo]n|luz verde)',
    '(?<![^\\P{L}]|\\u03B9)attende[zn]? (?:mon|notre) (?:ok|feu vert|accord|signal|message|confirmation)',
    '(?<![^\\P{L}]|\\u03B9)wart(?:et|en sie) (?:bitte )?(?:auf|mit der l(?:ö|oe)schung bis zu) (?:mein|meine|unser|unsere)[nms]? (?:ok(?:ay)?|go|signal|freigabe|bestätigung|nachricht)',
    '(?<![^\\P{L}]|\\u03B9)wacht (?:even )?op (?:mijn|ons) (?:ok(?:ay)?|akkoord|seintje|bevestiging|go)',
    // "Nachtrag: Bitte warten Sie damit noch, bis …", "please wait with it until …", "hold the request until …".
    '(?<![^\\P{L}]|\\u03B9)(?:wart(?:et|en sie)|warte) (?:bitte )?(?:damit|mit der l(?:ö|oe)schung)(?: noch)?,? (?:bis|ab)(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)(?:wait|hold) (?:with|on) (?:it|this|that|the deletion|the request) (?:\\p{L}+ )?until(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)hold (?:it|this|that|the deletion|the request) until(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)wacht (?:er )?(?:nog )?mee,? tot(?![^\\P{L}]|\\u03B9)',
    'let me (?:confirm|check|ask) with',
    // Romanian, Hungarian, Greek.
    'nu sunt sigur[ăa]?',
    'nem vagyok biztos',
    'nem tudom pontosan',
    'δεν είμαι σίγουρ\\p{L}*',
    // A deletion still being weighed, or waiting on someone else's word: "we're considering deleting",
    // "if legal confirms there were card numbers, they would have to go", "I'll let you know on Friday".
    "(?:we(?:[’']re| are)|i(?:[’']m| am)) (?:considering|thinking (?:about|of)|weighing|evaluating)",
    "we(?:[’']d| would) only (?:go ahead|proceed|do (?:it|that|this))",
    "i(?:[’']ll| will) let you know (?:on|by|after|tomorrow|either way)",
    '(?<![^\\P{L}]|\\u03B9)(?:if|once|when) (?:our |the )?(?:legal|compliance|dpo|lawyers?|management)(?: team| department)? (?:approves?|confirms?|signs? off|agrees?)',
    'kann ich (?:gerade |jetzt |noch )?nicht sagen',
    'wir (?:überlegen|erwägen|prüfen noch)',
    'nous envisageons|on envisage de',
    'si (?:el )?(?:equipo |área |departamento )?(?:legal|jur[íi]dico|compliance) confirma',
    '(?<![^\\P{L}]|\\u03B9)(?:les|le|te) aviso(?![^\\P{L}]|\\u03B9)',
    'estamos (?:considerando|avaliando|evaluando)',
    'stiamo valutando',
    'we overwegen',
    'vi (?:vurderer|överväger|overvejer)',
    'før vi ber om det',
    'rozważamy',
    'zvažujeme',
    // Held back until something else happens: "unless you hear from me by Friday", "before you delete
    // anything, please send us an export", "vent med slettingen til vi har tatt en eksport".
    'unless you hear from (?:me|us)',
    "(?:we(?:[’']re| are)|i(?:[’']m| am)) (?:still )?checking (?:with|which|whether|if)",
    "(?:we(?:[’']re| are)|i(?:[’']m| am)) still checking",
    // Not yet decided: "We may need to delete … Still investigating.", "wir müssen eventuell … löschen",
    // "il faudra peut-être supprimer", "puede que tengamos que borrar", "misschien moeten we … verwijderen".
    "(?<![^\\P{L}]|\\u03B9)(?:we|i) (?:may|might) (?:also |possibly |still |eventually )?(?:need|have|want) to(?![^\\P{L}]|\\u03B9)|(?<![^\\P{L}]|\\u03B9)it (?:may|might) be (?:necessary|needed|required) to(?![^\\P{L}]|\\u03B9)",
    "(?<![^\\P{L}]|\\u03B9)(?:we|i)(?:[’']ll| will)? (?:possibly|potentially|probably) (?:need|have) to(?![^\\P{L}]|\\u03B9)",
    "(?<![^\\P{L}]|\\u03B9)(?:still|currently) (?:investigating|looking into (?:it|this|that)|analy[sz]ing|assessing|figuring (?:it |this )?out|evaluating|under investigation)(?![^\\P{L}]|\\u03B9)",
    "(?:we(?:[’']re| are)|i(?:[’']m| am)) (?:still )?investigating(?![^\\P{L}]|\\u03B9)",
    '(?<![^\\P{L}]|\\u03B9)(?:müssen|sollten|werden) (?:wir )?(?:eventuell|möglicherweise|vielleicht|ggf\\.?|unter umständen)(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)(?:eventuell|möglicherweise|vielleicht) (?:müssen|sollten) wir(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)(?:untersuchen|analysieren|prüfen) (?:das |es )?(?:gerade )?noch(?![^\\P{L}]|\\u03B9)',
    "(?<![^\\P{L}]|\\u03B9)(?:il (?:faudra|faudrait)|nous (?:devrons|devrions|pourrions devoir)|on (?:devra|devrait)) peut-être(?![^\\P{L}]|\\u03B9)",
    '(?<![^\\P{L}]|\\u03B9)(?:nous )?(?:enquêtons|analysons|investiguons|vérifions) encore(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)(?:puede que|quiz[áa]s?|tal vez|a lo mejor) (?:tengamos|necesitemos|debamos) que(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)(?:todav[íi]a|a[úu]n) (?:estamos )?(?:investigando|analizando)|seguimos (?:investigando|analizando)(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)talvez (?:precisemos|tenhamos|devamos)(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)(?:ainda )?estamos (?:investigando|a investigar|analisando|a analisar)(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)(?:forse )?potremmo (?:dover|aver bisogno)|(?<![^\\P{L}]|\\u03B9)forse dovremo(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)stiamo ancora (?:indagando|verificando|analizzando)(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)(?:misschien|mogelijk|wellicht) (?:moeten|willen) we(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)we (?:zijn|onderzoeken) (?:het |dit )?nog(?: aan het onderzoeken)?(?![^\\P{L}]|\\u03B9)',
    // "either the iOS App or the iOS App Beta": two scopes offered, one to be chosen.
    '(?<![^\\P{L}]|\\u03B9)either(?![^\\P{L}]|\\u03B9)(?! way| confirm| call| reply| email| write| let| send| tell)(?=[^.!?\\n]{1,80}(?<![^\\P{L}]|\\u03B9)or(?![^\\P{L}]|\\u03B9))',
    // "one of the merchants spaces", "birini", "einen der beiden": which one is not said ("every one of our sources" says all).
    '(?<![^\\P{L}]|\\u03B9)(?<!(?:every|each)(?: single)? )one of (?:the|our|my|both|these|those|two)(?: two| both)? (?:[\\p{L}-]+ ){0,2}(?:spaces|sources|workspaces|apps)(?![^\\P{L}]|\\u03B9)|(?:spaces?|sources?|workspaces?)\\p{L}*[’\']?(?:lerinden|larından|lardan|lerden) birini|(?<![^\\P{L}]|\\u03B9)(?:einen|eine|eines) der (?:beiden )?(?:spaces|räume|quellen|workspaces|apps)|(?<![^\\P{L}]|\\u03B9)(?:l[’\']un|l[’\']une) des (?:deux )?(?:espaces|sources|apps)|(?<![^\\P{L}]|\\u03B9)(?:uno|una) de (?:los|las) (?:dos )?(?:espacios|fuentes|workspaces|apps)',
    'before you delete (?:anything|it|them|this|that|those)',
    'send us an export|export (?:it |them )?first',
    'vent med slettingen|warte[nt]? (?:bitte )?mit der l(?:ö|oe)schung|bevor ihr (?:etwas )?l(?:ö|oe)scht|avant de (?:tout )?supprimer|antes de borrar (?:nada|algo)|prima di cancellare',
    // On a condition: "falls unsere Rechtsabteilung zustimmt", "caso a auditoria confirme", "sauf si c'est
    // irréversible", "or the whole workspace if that's simpler".
    '(?<![^\\P{L}]|\\u03B9)falls (?:[\\p{L}-]+ ){0,6}(?:zustimmt|freigibt|bestätigt|genehmigt|einverstanden ist)',
    '(?<![^\\P{L}]|\\u03B9)(?:caso|en caso de que|no caso de) (?:[\\p{L}-]+ ){0,6}(?:confirme|aprove|apruebe|autorize|autorice)',
    '(?:unless|except if|sauf si|à moins que|a menos que|salvo que|a meno che|es sei denn|tenzij)[^.!?\\n]{0,30}(?:irr[ée]versib|undone|permanent|definitiv|unwiderruflich)',
    '(?<![^\\P{L}]|\\u03B9)(?:or|oder|ou|o|eller) (?:even |gleich |m[eê]me |incluso )?(?:just )?(?:the |den |le |el |o |het )?(?:whole|entire|complete|ganzen|komplette[nr]?|todo el|tout l[\'’]|hele) ?(?:workspace|account|espace de travail|arbeitsbereich)',
    // A list left open: "and any other source that got the faulty SDK", "if the other regions were
    // affected too, please do them as well", "plus whatever else Megan flagged".
    '(?:and|as well as|plus|ainsi que|y|e|und|en) (?:any|all|toute|cualquier|qualsiasi|qualquer|alle) (?:other|autre|otra|altra|outra|anderen?) (?:sources?|fuentes?|fonti|fontes?|quellen?|bronnen|workspaces?|apps?)',
    'toute autre source',
    // Days left open for the desk to pick: "and any other days you find affected", "und alle anderen betroffenen Tage".
    '(?<![^\\P{L}]|\\u03B9)(?:and|plus|or|und|oder|et|ou|y|o|e|en|of) (?:any|all|every|alle|tous les|toutes les|cualquier|todos los|quaisquer|todos os|alle) (?:other|further|additional|andere[nr]?|weiteren|autres|otros|outros|andere) (?:betroffenen )?(?:days?|dates?|periods?|tage?n?|jours|dates|d[íi]as|fechas|datas|dagen)(?![^\\P{L}]|\\u03B9)',
    '(?:the|any) other (?:regions|workspaces|sources|apps|markets|countries)(?: were| are| have been| got)? (?:affected|impacted|hit)',
    '(?<![^\\P{L}]|\\u03B9)whatever else',
    // A plan, not yet a request: "we haven't decided yet, just planning", "if we asked you to delete …".
    "(?:haven[’']t|have not|hasn[’']t|has not) (?:yet )?decided|just planning|if we (?:asked|were to ask) you to",
    '(?<![^\\P{L}]|\\u03B9)es sei denn(?![^\\P{L}]|\\u03B9)',
    // Gone from places the desk never deletes from: "must vanish everywhere, Amplitude and Snowflake too".
    '(?:would it|will it|does it) also (?:remove|delete)',
    'gone everywhere|(?:disappear|vanish) everywhere|zmizet všude|überall (?:weg|verschwinden|gelöscht)',
    // "android (maybe beta too?)": a second scope the writer wonders about.
    '(?<![^\\P{L}]|\\u03B9)(?:maybe|perhaps|possibly|probably)\\s+[^.!?\\n()]{1,30}\\s+(?:too|as well|also)\\s*\\?',
    // Two scopes offered, the smaller one "only": "delete campus-app and campus-app-2 – oder nur die, in
    // der die Matrikelnummern gelandet sind", "both apps, or just the one with the push events".
    '(?<![^\\P{L}]|\\u03B9)(?:or|oder|ou|o|of|eller|tai|lub|albo|nebo|vagy|sau|veya|ya da|ή|или|або|atau|hoặc)\\s+(?:maybe\\s+|perhaps\\s+|vielleicht\\s+|peut-être\\s+|quizás\\s+|forse\\s+)?(?:only|just|nur|bloß|seulement|uniquement|juste|solo|sólo|solamente|somente|apenas|soltanto|alleen|enkel|bara|endast|bare|kun|vain|pelkästään|tylko|jen|pouze|csak|doar|sadece|yalnızca|μόνο|только|лише|hanya|chỉ)(?![^\\P{L}]|\\u03B9)',
    // A request on a condition we would have to check first: "unless DEL-2280 already covers that day".
    '(?<![^\\P{L}]|\\u03B9)(?:unless|except if|if (?:it|that|this) (?:is|was)n[’\']?t|falls (?:das|es|dies) nicht|sauf si|à moins que|a menos que|salvo que|tenzij|a meno che|medmindre|med mindre|såvida inte|ellei|chyba że)(?![^\\P{L}]|\\u03B9)[^.!?\\n]{0,50}?(?<![^\\P{L}]|\\u03B9)(?:already|covered|bereits|schon|déjà|ya|già|al|allerede|redan|jo|już)(?![^\\P{L}]|\\u03B9)',
  ].join('|'),
  'iu',
);
const CJK_DOUBT = /も[？?]|也[？?]|도[？?]|삭제\s*(?:하기\s*)?전에|削除する前に|削除前に|删除之前|删除前|刪除之前|刪除前|よく覚えていません|確認します|確認中|不太确定|不確定|不确定|还在确认|還在確認|잘 모르겠|확인 중|확인중|확실하지 않/u;

/** "Not sure if this is the right address, but…": doubt about where to write, not about the scope. */
const ABOUT_THE_ADDRESS = /^\s*(?:if|whether)\s+(?:this|i[’']?m|i am|you|it[’']?s|that[’']?s)\b[^.!?\n]{0,40}\b(?:right|correct|proper)\s+(?:address|place|team|person|channel|email|inbox|department|contact)\b/i;

/** The words of doubt the new text holds about its request, as written; null when it is sure. */
export function doubtIn(text: string): string | null {
  const m = DOUBT.exec(text) ?? CJK_DOUBT.exec(text);
  if (!m) return null;
  if (aboutTheAddress(text.slice((m.index ?? 0) + m[0].length))) return null;
  return m[0];
}

/** Whether the words after "not sure" are about where the mail was sent ("if this is the right address"). */
export function aboutTheAddress(after: string): boolean {
  return ABOUT_THE_ADDRESS.test(after);
}

/**
 * A request on a condition: "if the re-import on Friday fails again, please delete …", "falls unsere
 * Rechtsabteilung zustimmt", "si el equipo legal confirma …", "hvis vi sletter …, kan vi …?". Whether the
 * condition holds is something only the customer can say, so a conditional request is asked about, in
 * whatever words it is written. Read from the words that open a condition in each language the desk
 * meets, not from whole phrases: mail nobody has seen yet writes its conditions in its own words.
 *
 * Three uses of the same words set no condition on the deletion and are left alone: courtesy ("if
 * possible", "if you have any questions", "si es necesario"), what happens after ("once it is done",
 * "wenn erledigt", "please confirm once the purge is complete") and disclaimers ("if you received this
 * by mistake"). Words that are also common words of another kind (Spanish "se", Dutch and German
 * "als", Hungarian "ha", Swedish "om") open a condition only before the words that make them one.
 */
const APPROVAL = '(?:approval|sign-?off|go-?ahead|clearance|authori[sz]ation|legal review)';
const CONDITION_WORDS = [
  // "only after I confirm", "só depois que eu confirmar", "erst nachdem", "pas als": a deletion held back.
  's[óo] depois (?:que|de)', '(?:s[óo]lo|solamente) (?:despu[ée]s de|cuando)', '(?:seulement|uniquement) (?:apr[èe]s|quand|lorsque)', 'erst (?:nachdem|wenn|nach)', 'pas (?:als|nadat|na)',
  // Dutch "als" is also "as"; "als …, verwijder dan …" is the shape of a condition.
  'als(?=[^.!?\\n]{3,80},\\s*(?:\\p{L}+\\s+)?dan(?![^\\P{L}]|\\u03B9))', 'alleen als',
  'if', 'unless', 'once', 'provided(?: that)?', 'assuming', 'in case', 'as long as', 'depending on', 'contingent on', 'only after',
  'falls', 'sofern', 'vorausgesetzt', 'vorbehaltlich', 'wenn', 'sobald', 'es sei denn',
  'si (?:el|la|los|las|le|les|l[’\']|nuestr\\p{L}+|notre|nos|hay|il y a|no|ne|on|nous|legal|jur\\p{L}+|ce|cela|ça|esto|eso|alguno|alguna|algún|después|le service|la direction)',
  'sauf si', 'à condition que', 'sous réserve', 'à moins que', 'dès que',
  'a menos que', 'siempre que', 'en caso de que', 'caso', 'a não ser que', 'salvo que',
  // Not Czech and Slovak "jedná se o", "týká se" (it is about, it concerns): a reflexive "se", no "if".
  '(?<!(?:jedn[áa]|jednalo|t[ýy]k[áa]|t[ýy]kalo|t[ýy]kaj[íi])\\s)se (?:o|a|os|as|il|lo|la|i|gli|le|l[’\']|nosso|nossa|nostro|nostra|houver|ci|não|non|for|fosse|tiver|dovesse|il team|o time|a equipe|a auditoria)',
  'a meno che', 'purché', 'qualora', 'nel caso in cui',
  'indien', 'mits', 'tenzij', 'zodra',
  'ifall', 'förutsatt att', 'såvida inte', 'hvis', 'med mindre', 'medmindre', 'såfremt', 'forutsatt at', '(?<!mai\\s)jos', 'mikäli', 'ellei',
  'jeśli', 'jeżeli', 'o ile', 'chyba że', 'pokud', 'jestli', 'jestliže', 'pokiaľ', 'amennyiben', 'hacsak', 'dacă', 'în cazul în care', 'cu condiția',
  'eğer', 'şayet', 'αν', 'εάν', 'εφόσον', 'если', 'якщо', 'ако',
  'jika', 'kalau', 'apabila', 'bila', 'sekiranya', 'kung', 'nếu', 'अगर', 'यदि', 'إذا', 'لو', 'إن', 'אם',
];
/**
 * What follows a condition of courtesy: "if possible", "if you …", "if any", "if needed", "if you have questions".
 * Danish and Norwegian "hvis I har spørgsmål" (if you have questions) is courtesy; English "once I confirm
 * with my boss" is a condition the customer has yet to meet, so "I" is courtesy only before those verbs.
 */
const COURTESY_AFTER = [
  'possible', 'possibl\\p{L}*', 'posible', 'possível', 'possibile', 'möglich', 'moeglich', 'mogelijk', 'mulig', 'möjligt', 'mahdollista', 'możliwe', 'možné', 'lehetséges', 'posibil', 'mümkün', 'δυνατόν', 'возможно', 'можливо', 'memungkinkan', 'được', 'ممكن', 'אפשר', 'संभव',
  'you', 'vous', 'sie', 'ihr', 'du', 'usted', 'ustedes', 'tienen', 'tiene', 'necesitan', 'necesita', 'avete', 'avez', 'você', 'vocês', 'voi', 'lei', 'u', 'jullie', 'ni', 'dere', "i(?=\\s+(?:har|ønsker|vil|kan|må|skulle|behøver|trenger|er|may|might|can|could|understand|am|recall|remember|have any|need anything)(?![^\\P{L}]|\\u03B9))", 'te', 'pan', 'pani', 'państwo', 'macie', 'vy', 'máte', 'ön', 'önök', 'siz', 'σας', 'вы', 'ви', 'anda', 'kamu', 'bạn', 'anh', 'chị', 'آپ', 'आप', 'kayo', 'ninyo',
  'any', 'anything', 'there', 'so', 'needed', 'necessary', 'required', 'nötig', 'notwendig', 'erforderlich', 'nécessaire', 'necesario', 'necessário', 'necessario', 'nodig', 'nödvändigt', 'nødvendig', 'tarpeen', 'potrzeba', 'nutné', 'szükséges', 'nevoie', 'gerekirse',
  'fragen', 'questions', 'preguntas', 'dudas', 'domande', 'dubbi', 'perguntas', 'dúvidas', 'vragen', 'frågor', 'spørsmål', 'spørgsmål', 'kysyttävää', 'pytania', 'dotazy', 'kérdés', 'întrebări', 'sorunuz', 'ερωτήσεις', 'вопросы', 'питання', 'pertanyaan', 'câu hỏi',
  'maaari', 'pwede', 'puwede', 'ada', 'perlu', 'có', 'أمكن', 'لديكم', 'كان لديكم', 'יש', 'у вас', 'будут', 'mümkün\\p{L}*',
  'applicable', 'relevant', 'it helps', 'that helps', 'that[’\']s (?:ok|okay|fine|easier)', 'not already', 'nicht bereits', 'noch nicht geschehen',
  // "if you received this by mistake", "αν το λάβατε κατά λάθος": a disclaimer's condition.
  '[^.!?\\n]{0,40}(?:error|mistake|irrtüm\\p{L}*|erreur|errore|engano|vergissing|λάθος|ошибк\\p{L}*|omyłk\\p{L}*|omylem|tévedés\\p{L}*|misstag|fejl|feil|virhe\\p{L}*)',
];
/** "once it is done", "wenn erledigt", "dès que c'est supprimé": what to do after the deletion. */
const DONE =
  '(?:done|complete|completed|finished|deleted|removed|purged|erledigt|fertig|abgeschlossen|durchgeführt|gelöscht|terminé|effectuée?|supprimée?s?|hecho|listo|realizad[oa]|completad[oa]|borrad[oa]s?|eliminad[oa]s?|fatto|completat[oa]|concluíd[oa]|feito|apagad[oa]s?|klaar|verwijderd|gedaan|klart|klar|raderad|slettet|ferdig|færdig|valmis|poistettu|gotowe|usunięte|hotovo|smazáno|kész|törölve|gata|şters|bitti|silindi|ολοκληρ\\p{L}*|готово|видалено|удалено|selesai|dihapus|xong)';
/**
 * Waiting on someone's word: "Pending approval from legal: please delete …", "Freigabe steht noch aus",
 * "en attente d'approbation du juridique". Whatever follows them is no courtesy ("… du juridique").
 */
const WAITING_WORDS = [
  ...['pending', 'awaiting', 'subject to', 'waiting (?:for|on)'].map((w) => `${w} (?:\\p{L}+ ){0,3}?${APPROVAL}`),
  'not yet (?:been )?(?:approved|signed off|cleared|authori[sz]ed)', `${APPROVAL} (?:is )?(?:still )?pending`,
  '(?:freigabe|genehmigung|zustimmung) (?:\\p{L}+ ){0,3}?(?:steht|stehen) (?:noch )?aus', 'noch nicht (?:freigegeben|genehmigt)', '(?:wartet|warten) (?:noch )?auf (?:die )?(?:freigabe|genehmigung|zustimmung)',
  'en attente (?:d[’\']|de (?:la |l[’\'])?)(?:approbation|validation|accord|autorisation|feu vert)',
  '(?:pendiente|a la espera) de (?:la )?(?:aprobaci[óo]n|autorizaci[óo]n|validaci[óo]n)',
  '(?:aguardando|pendente de|à espera de) (?:a )?(?:aprova[çc][ãa]o|autoriza[çc][ãa]o|valida[çc][ãa]o)',
  // Not "restiamo in attesa di conferma", "quedamos pendientes de su confirmación": waiting for our answer.
  'in attesa (?:di |dell[’\']|del )(?:approvazione|autorizzazione|via libera)',
  '(?:in afwachting van|wachtend op|wachten op) (?:de )?(?:goedkeuring|akkoord|toestemming)',
];
/** "Only if you still have a backup: please delete …": "only" makes any "if" a condition, "you" or not. */
const ONLY_IF = ['only if', 'nur wenn', 'nur falls', 'seulement si', 'uniquement si', 's[óo]lo si', 'solo se', 'somente se', 'apenas se', 'endast om', 'bara om', 'kun hvis', 'bare hvis', 'tylko (?:jeśli|jeżeli|gdy)', 'jen (?:pokud|když)', 'только если'];
const CONDITION = new RegExp(
  `${L}(?:(?:${ONLY_IF.join('|')})${R}|(?:${CONDITION_WORDS.join('|')}|unless you hear)${R}(?!\\s+(?:${COURTESY_AFTER.join('|')})${R})|(?:${WAITING_WORDS.join('|')})${R})(?![^.!?\\n]{0,60}${L}${DONE}${R})`,
  'giu',
);
/** "please confirm once …", "sorry if this is long": a condition on a courtesy, not on the deletion. */
const COURTESY_BEFORE = new RegExp(
  `(?:sorry|apologi\\p{L}*|entschuldig\\p{L}*|désolée?|perdón|disculp\\p{L}*|scusa\\p{L}*|desculp\\p{L}*|confirm|let (?:me|us) know|notify|inform|send (?:me|us)|reply|get back|bestätig\\p{L}*|bescheid|confirmer|informer|prévenir|confirmar|avisar|informar|confermare|avvisare|bevestig\\p{L}*|laat .{0,10}weten|bekräfta|meddela|bekræft|bekreft|gi beskjed|giv besked|vahvista\\p{L}*|ilmoita\\p{L}*|potwierd\\p{L}*|dajcie znać|potvrď\\p{L}*|dejte vědět)[^.!?\\n]{0,40}$`,
  'iu',
);

/** The same in Japanese, Chinese and Korean, where no space marks a word: "もし再取り込みが失敗したら", "如果法务确认". */
const CJK_CONDITION =
  /もし(?!可能|よろしければ|ご不明|何か|ご質問)|如果(?!有任何|有问题|有問題|可以|方便|需要|您|你)|假如|倘若|만약(?! 문의| 궁금| 가능)|[가-힣]* ?(?:않으면|안 되면)|[가-힣]+(?:이 |가 )?끝(?:난 뒤에|난 후에|나면)|[가-힣]+ (?:이후에|후에|뒤에) 삭제|[ぁ-んァ-ン一-龥]+(?:が終わったら|が終わってから|の後で削除|しなければ)/gu;

/** The words that open a condition on the request, as written; null when it sets none. */
export function conditionIn(text: string): string | null {
  for (const m of [...allMatches(CONDITION, text), ...allMatches(CJK_CONDITION, text)]) {
    if (COURTESY_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index)) || aboutTheAddress(text.slice(m.index))) continue;
    // "Webshop SE i Brightmart Nordics", "Store SI": a country's code, not "se" or "si".
    if (/^\p{Lu}{2}(?!\p{L})/u.test(m[0])) continue;
    return text.slice(m.index, m.index + 60).split(/[.!?\n,;:–—。、，()]/)[0].trim();
  }
  return conditionClauseIn(text, courteous);
}
/** Whether the words after a word of condition are a courtesy: "if possible", "if you …", "si es necesario". */
export function courteous(after: string): boolean {
  return COURTEOUS.test(after);
}
/** The courtesy words right after a word of condition: "if possible", "if you …", "si es necesario". */
const COURTEOUS = new RegExp(`^(?:${COURTESY_AFTER.join('|')})${R}`, 'iu');

/**
 * "delete yesterday and today — the bad tag is still live": the days asked for reach the sender's own
 * day while what spoils the data is still going on, so whatever arrives after the deletion stays. Which
 * days to delete is only known once it has stopped, so it is asked; a day that is simply today is not.
 */
const ONGOING = new RegExp(
  [
    "(?<![^\\P{L}]|\\u03B9)(?:is|are|it[’']s|they[’']re) still (?:live|running|sending|firing|active|happening|going on|broken|coming in|being sent|on)(?![^\\P{L}]|\\u03B9)",
    '(?<![^\\P{L}]|\\u03B9)still (?:ongoing|in progress)(?![^\\P{L}]|\\u03B9)',
    '(?<![^\\P{L}]|\\u03B9)(?:läuft|sendet|ist) (?:immer )?noch (?:aktiv|live|weiter)?',
    '(?<![^\\P{L}]|\\u03B9)(?:est|sont) toujours (?:actif|active|actifs|en ligne|en cours|en production)',
    '(?<![^\\P{L}]|\\u03B9)sigue(?:n)? (?:activo|activa|enviando|en producción)|(?<![^\\P{L}]|\\u03B9)todav[íi]a (?:est[áa] )?(?:activo|activa|enviando)',
    '(?<![^\\P{L}]|\\u03B9)(?:ainda est[áa]|continua) (?:ativo|ativa|enviando|no ar)',
    '(?<![^\\P{L}]|\\u03B9)(?:staat|is|draait) nog (?:steeds )?(?:live|actief|aan)',
  ].join('|'),
  'iu',
);

/** The words that say the trouble is still going on, when the days reach the sender's day; null otherwise. */
export function ongoingThrough(text: string, lastDay: string | null, senderDay: string | null): string | null {
  if (!lastDay || !senderDay || lastDay < senderDay) return null;
  return ONGOING.exec(text)?.[0] ?? null;
}
