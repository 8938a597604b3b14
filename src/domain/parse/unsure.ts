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
    '(?<![\\p{L}])ou era(?![\\p{L}])',
    '(?<![\\p{L}])¿?o era(?![\\p{L}])',
    '(?<![\\p{L}])oder war es(?![\\p{L}])',
    'ou [ée]tait-ce',
    '(?<![\\p{L}])of was het(?![\\p{L}])',
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
    '(?<![\\p{L}])(?:if|once|when) (?:our |the )?(?:legal|compliance|dpo|lawyers?|management)(?: team| department)? (?:approves?|confirms?|signs? off|agrees?)',
    'kann ich (?:gerade |jetzt |noch )?nicht sagen',
    'wir (?:überlegen|erwägen|prüfen noch)',
    'nous envisageons|on envisage de',
    'si (?:el )?(?:equipo |área |departamento )?(?:legal|jur[íi]dico|compliance) confirma',
    '(?<![\\p{L}])(?:les|le|te) aviso(?![\\p{L}])',
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
    "(?:we(?:[’']re| are)|i(?:[’']m| am)) still checking",
    'before you delete (?:anything|it|them|this|that|those)',
    'send us an export|export (?:it |them )?first',
    'vent med slettingen|warte[nt]? (?:bitte )?mit der l(?:ö|oe)schung|bevor ihr (?:etwas )?l(?:ö|oe)scht|avant de (?:tout )?supprimer|antes de borrar (?:nada|algo)|prima di cancellare',
    // On a condition: "falls unsere Rechtsabteilung zustimmt", "caso a auditoria confirme", "sauf si c'est
    // irréversible", "or the whole workspace if that's simpler".
    '(?<![\\p{L}])falls (?:[\\p{L}-]+ ){0,6}(?:zustimmt|freigibt|bestätigt|genehmigt|einverstanden ist)',
    '(?<![\\p{L}])(?:caso|en caso de que|no caso de) (?:[\\p{L}-]+ ){0,6}(?:confirme|aprove|apruebe|autorize|autorice)',
    '(?:unless|except if|sauf si|à moins que|a menos que|salvo que|a meno che|es sei denn|tenzij)[^.!?\\n]{0,30}(?:irr[ée]versib|undone|permanent|definitiv|unwiderruflich)',
    '(?<![\\p{L}])(?:or|oder|ou|o|eller) (?:even |gleich |m[eê]me |incluso )?(?:just )?(?:the |den |le |el |o |het )?(?:whole|entire|complete|ganzen|komplette[nr]?|todo el|tout l[\'’]|hele) ?(?:workspace|account|espace de travail|arbeitsbereich)',
    // A list left open: "and any other source that got the faulty SDK", "if the other regions were
    // affected too, please do them as well", "plus whatever else Megan flagged".
    '(?:and|as well as|plus|ainsi que|y|e|und|en) (?:any|all|toute|cualquier|qualsiasi|qualquer|alle) (?:other|autre|otra|altra|outra|anderen?) (?:sources?|fuentes?|fonti|fontes?|quellen?|bronnen|workspaces?|apps?)',
    'toute autre source',
    '(?:the|any) other (?:regions|workspaces|sources|apps|markets|countries)(?: were| are| have been| got)? (?:affected|impacted|hit)',
    '(?<![\\p{L}])whatever else',
    // A plan, not yet a request: "we haven't decided yet, just planning", "if we asked you to delete …".
    "(?:haven[’']t|have not|hasn[’']t|has not) (?:yet )?decided|just planning|if we (?:asked|were to ask) you to",
    '(?<![\\p{L}])es sei denn(?![\\p{L}])',
    // Gone from places the desk never deletes from: "must vanish everywhere, Amplitude and Snowflake too".
    '(?:would it|will it|does it) also (?:remove|delete)',
    'gone everywhere|(?:disappear|vanish) everywhere|zmizet všude|überall (?:weg|verschwinden|gelöscht)',
    // A request on a condition we would have to check first: "unless DEL-2280 already covers that day".
    '(?<![\\p{L}])(?:unless|except if|if (?:it|that|this) (?:is|was)n[’\']?t|falls (?:das|es|dies) nicht|sauf si|à moins que|a menos que|salvo que|tenzij|a meno che|medmindre|med mindre|såvida inte|ellei|chyba że)(?![\\p{L}])[^.!?\\n]{0,50}?(?<![\\p{L}])(?:already|covered|bereits|schon|déjà|ya|già|al|allerede|redan|jo|już)(?![\\p{L}])',
  ].join('|'),
  'iu',
);
const CJK_DOUBT = /よく覚えていません|確認します|確認中|不太确定|不確定|不确定|还在确认|還在確認|잘 모르겠|확인 중|확인중|확실하지 않/u;

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
