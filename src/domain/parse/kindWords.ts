/**
 * The words customers use for each kind of request, in the languages they write: English, German,
 * French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Danish, Norwegian, Finnish, Japanese,
 * Chinese and Korean. classify.ts decides the kind; this module only says which words mean what.
 *
 * Every pattern is compiled once, here. Word edges are written as look-arounds on letters (`B`/`E`)
 * rather than `\b`, which knows only ASCII letters: "ówne" or "été" have no `\b` before them.
 */

const B = '(?<![^\\P{L}]|[\\u03B9\\p{N}_])';
const E = '(?![^\\P{L}]|[\\u03B9\\p{N}_])';
/**
 * White space other than a line break: `[^\S\n]` written out (the characters of `\s` but `\n`; a test
 * checks every code point). Under the `iu` flags V8 case-folds a negated class over every character it
 * holds (all but the spaces), once for each use, and these patterns use it hundreds of times.
 */
export const SPACE_IN_LINE = '[\\t\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';
/** Spaces, with at most one line break: a wrapped line, never a blank line or the subject above the body. */
const S = `(?:${SPACE_IN_LINE}+|${SPACE_IN_LINE}*\\n${SPACE_IN_LINE}*)`;
const re = (source: string): RegExp => new RegExp(source.replace(/\\s\+/g, S).replace(/\\s\*/g, `(?:${S})?`), 'iu');
const any = (...parts: string[]): string => `(?:${parts.join('|')})`;

/** What classify.ts needs of a pattern: RegExp has it, and so does a pattern behind a cheap pre-check. */
export interface Phrase {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}
/**
 * A long pattern tried only when a word it cannot match without is in the text: most mail has no
 * "account" or "archive" in it, and the pattern's many alternatives at every position cost far more.
 */
function behind(needed: RegExp, pattern: RegExp): Phrase {
  return {
    test: (text) => needed.test(text) && pattern.test(text),
    exec: (text) => (needed.test(text) ? pattern.exec(text) : null),
  };
}

/** "debe eliminarse", "deben ser borrados", "devono essere eliminati": to be deleted, which is still an ask. */
const TO_BE_DELETED = ['elimin(?:arse|arlos|arlas|arsi)', 'borr(?:arse|arlos|arlas)', 'suprimirse', 'cancellarsi', 'ser (?:eliminad|borrad|suprimid|exclu[íi]d|apagad|removid)\\p{L}*', 'essere (?:eliminat|cancellat|rimoss)\\p{L}*'];

/**
 * To delete, as an ask or a noun ("delete", "usunięcie", "Löschung", "radering") — never a past
 * participle: "we deleted the workspace" or "eliminado" tell what happened, they ask nothing.
 */
const DEL = any(
  'delete', 'deletion', 'remove', 'removal', 'purge', 'purga', 'erase', 'erasure', 'wipe', 'destroy',
  'l(?:ö|oe)sch(?:en|e|t|ung)', 'entfern(?:en|e|t|ung)',
  'supprim(?:er|ez|ons|e)', 'suppression', 'effac(?:er|ez|ement)',
  'elimin(?:ar|en|e|ad|aci[óo]n)', 'borr(?:ar|en|e|ad)', 'suprim(?:ir|an|id)', 'supresi[óo]n',
  ...TO_BE_DELETED,
  'exclu(?:ir|am|a|s[ãa]o)', 'apag(?:ar|uem|ue)', 'elimin(?:em|a[çc][ãa]o)', 'remo(?:ver|vam|[çc][ãa]o)',
  'cancell(?:are|ate|a|azione)', 'elimin(?:are|ate|azione)', 'rimuov(?:ere|ete|i)', 'rimozione',
  'verwijder(?:en|ing)?', 'wissen',
  'usun(?:ąć|ac|i[ęe]cie)', 'usu[ńn](?:cie)?', 'usuwanie', 'skasuj(?:cie)?', 'skasowanie',
  'radera(?:s)?', 'radering(?:en)?', 'ta bort', 'borttagning(?:en)?', 'rensa(?:s)?', 'rensning(?:en)?',
  'slet(?:te|ning|tes)?', 'slett(?:e|ing|es)?', 'fjern(?:e|else|ing)?',
  'poista(?:kaa|minen|a)?', 'poisto',
  // Romanian (with the comma-below, the cedilla or no mark), Hungarian, Greek.
  '[șşs]terge(?:[țţt]i|re|rea|m)?', '[șşs]terger\\p{L}*', 't[öo]r[öo]l\\p{L}*', 't[öo]rl[ée]s\\p{L}*', 'διαγρ\\p{L}*', 'σβήσ\\p{L}*',
  // Russian, Ukrainian, Serbian (both scripts), Hebrew: "удалить", "видаліть", "obrišite", "למחוק".
  'удал(?:ить|ите|ение|ения|яйте)', 'видал(?:ити|іть|ення)', 'obri[šs](?:ite|ete|ati|i)', 'izbri[šs](?:ite|ete|ati|i)', 'обриш(?:ите|ете|ати)', 'избриш(?:ите|ете|ати)',
  'למחוק', 'מחקו', 'מחק', 'מחיקת', 'מחיקה',
  // Indonesian: "tolong hapus workspace X", "penghapusan workspace X".
  'hapus(?:kan)?', 'menghapus', 'penghapusan',
);
/**
 * The forms a request is written in besides the infinitive: "Bitte löscht die Daten", "Supprime les
 * données", "Borra los datos", "Exclua os dados", "Rimuovi i dati", "Wis de data", "Lütfen verileri
 * silin". ("quite" and "retire" are English words, so the Spanish "quite" and French "retire" are left out.)
 */
const IMPERATIVES = any(
  'l(?:ö|oe)sch(?:t|st)?', 'entfern(?:e|t|st)',
  'supprim(?:e|es|iez)', 'enlev(?:er|ez)', 'enl[èe]ve',
  'borr(?:a|e|en|ad)', 'elimin(?:a|e|en|ad|em|ate)', 'suprim(?:e|a|an|ir|id)', 'quit(?:a|en)',
  'apag(?:a|ue|uem)', 'exclu(?:a|am)', 'remov(?:a|am)',
  'cancella(?:te)?', 'rimuov(?:i|ete)', 'togli(?:ete)?',
  'wis',
  'siler(?: misiniz| m[ıi]s[ıi]n[ıi]z)?', 'silebilir misiniz', 'sil(?:in|iniz|insin|ebilir\\p{L}*|inme\\p{L}*|men\\p{L}*|mek|meyi)',
);
/** Dutch "mag helemaal weg", "kan weg", "moeten weg": may (must) go. A verb of deleting, never of a purge ("Alles moet weg" asks). */
const DUTCH_MAY_GO = '(?:mag|mogen|kan|kunnen|moet|moeten)\\s+(?:(?:nu|helemaal|volledig|allemaal|gewoon)\\s+)?weg';
/** The same at the end of a clause, where the languages that put the verb last put it ("Workspace X löschen"). */
const DEL_LAST = any(
  // Turkish and Hungarian put the verb or its noun last too: "arşivini temizlemek", "munkaterület teljes adattörlését".
  'temizle\\p{L}*', 'silinme\\p{L}*', 'silmek', 'sil(?:in|iniz|ebilir misiniz)', '(?:adat)?t[öo]rl[ée]s\\p{L}*',
  'l(?:ö|oe)schen', 'entfernen', 'verwijderen', 'supprimer', 'eliminar', 'borrar', 'excluir', 'apagar', 'eliminare', 'cancellare',
  'usun(?:ąć|ac)', 'radera(?:s)?', 'slette(?:s)?', 'slettes', 'poistaa', 'poistettava', 'wissen', 'leegmaken', 'opschonen', 'leeren', 'rensa',
);
// With the colloquial forms phones write: "删掉", "删一下", "消して" (not inside "解消して"; not "지우", a name too).
const DEL_CJK = any('削除', '消去', '抹消', '删除', '刪除', '清除', '삭제', '제거', '지워', '지우', '없애', '删掉', '刪掉', '删一下', '刪一下', '(?<![解取打])消して');

/** The workspace itself. */
const ELIDED = "(?:[ld]['’]|dell['’]|dall['’]|all['’])?";
const WORKSPACE = ELIDED + any(
  'workspace(?:[\'’]?[\\p{L}]{0,3})?', 'arbeitsbereich\\p{L}*', 'espace de travail', 'espacio de trabajo', '[áa]rea de trabalho', 'espa[çc]o de trabalho',
  'spazio di lavoro', 'area di lavoro', 'werkruimte', 'przestrze[ńn]\\p{L}* robocz\\p{L}*', 'obszar\\p{L}* robocz\\p{L}*',
  'arbetsyt\\p{L}*', 'arbejdsomr[åa]de\\p{L}*', 'arbeidsomr[åa]de\\p{L}*', 'ty[öo]til\\p{L}*',
  'рабоч\\p{L}* пространств\\p{L}*', 'робоч\\p{L}* прост\\p{L}*', 'radn\\p{L}* prostor\\p{L}*', 'радн\\p{L}* простор\\p{L}*',
  'סביבת (?:ה)?עבודה', 'מרחב (?:ה)?עבודה', 'مساحة العمل', 'không gian làm việc',
);
/**
 * "مساحة العمل marketing", "espace de travail growth", "סביבת העבודה marketing": the word for a workspace
 * written right before a name, in the languages where it takes several words (one-word cues are read
 * token by token where names are found); and a name given as the workspace: "the workspace is globex",
 * "Workspace: globex", "der Workspace ist globex".
 */
export const WORKSPACE_WORDS_BEFORE = new RegExp(`${B}${WORKSPACE}[^\\S\\n]*(?:[:：=]|is|was|should be|ist|est|es|é)?[^\\S\\n]*(?:["'“‘\`][^\\S\\n]*)?$`, 'iu');
const WORKSPACE_CJK = any('ワークスペース', '工作区', '工作區', '工作空间', '工作空間', '워크스페이스', '작업 ?공간');

/** A name, an article or an adjective between a verb and "workspace" — not data, a source or a place. */
const NOT_FILLER = any('in', 'im', 'from', 'aus', 'dans', 'en', 'uit', 'w', 'z', 'ze', 'i', 'fr[åa]n', 'fra', 'för', 'for', 'für', 'on', 'at', 'within', 'please', 'bitte', 'graag', 'por', 'per', 'prosz[ęe]', 'prosimy');
const DATA_IN_TOKEN = any('dat[aeio]', 'donn[ée]e', 'gegeven', 'dan[eyi]', 'danych', 'uppgift', 'tiedo', 'tieto', 'event', 'ereignis', 'source', 'quelle', 'fuente', 'fonte', 'fonti', 'bron', '[źz]r[óo]d', 'k[äa]ll', 'kilde', 'l[äa]hte', 'space', 'raum', 'espace', 'espacio', 'adat', 'forr[áa]s', 'surs', 'δεδομ', 'πηγ');
// A word that ends a sentence ("Workspace finanzhaus-mueller. Bitte löschen.") is no filler: the verb is the next sentence's.
// A dash alone is no word: "Removal request - Marketing workspace" is a title and its topic, not "remove … workspace".
const FILLER = `(?!${NOT_FILLER}${E})(?![\\p{L}\\p{N}'’._-]*${DATA_IN_TOKEN})(?=['’._-]*[\\p{L}\\p{N}])[\\p{L}\\p{N}'’._-]*[\\p{L}\\p{N}'’_-]`;
/** Possessives before the place the data lies in ("in onze workspace X", "in our workspace X"). */
const OWN = any('our', 'my', 'onze', 'ons', 'mijn', 'unser\\p{L}*', 'mein\\p{L}*', 'notre', 'mon', 'nuestr[oa]', 'mi', 'noss[oa]', 'meu', 'minha', 'nostr[oa]', 'mi[oa]', 'v[åa]r[t]?', 'mitt', 'min', 'vores', 'mit');
/** Adverbs and auxiliaries that sit between the workspace and a verb at the end ("komplett löschen", "laten verwijderen"). */
const TAIL = any('komplett', 'vollst(?:ä|ae)ndig', 'ganz', 'bitte', 'endg(?:ü|ue)ltig', 'laten', 'volledig', 'helemaal', 'definitief', 'helt', 'kokonaan', 'całkowicie', 'zu', 'te', 'teljes', 'tamamen');

/** "delete the workspace", "den kompletten Workspace löschen", "usunięcie workspace'u", "ワークスペースを削除". */
/**
 * "请删除工作区 summit 中数据源 Public API 的数据": the workspace, its name, then "中"/"里"/"内" (in) is where
 * the data lies, not what is deleted ("中国", "中文" are words of their own).
 */
const NOT_PLACE_CJK = '(?![^。！？\\n]{0,40}?(?:中(?![国國文])|里|裡|内|內))';
export const WORKSPACE_OBJECT = behind(/workspace|arbeitsbereich|espace de|espacio de|de trabalho|spazio di|area di|werkruimte|robocz|arbetsyt|omr[åa]de|ty[öo]til|рабоч|робоч|radn|радн|עבודה|مساحة العمل|không gian|ワークスペース|工作|워크스페이스|작업/i, re(
  // Not a form's label at the start of its line ("Type: data deletion\nWorkspace: acme-inc"): that says where.
  `${B}${DEL}\\s+(?:${FILLER}\\s+){0,3}(?!(?<=\\n[^\\S\\n]*)${WORKSPACE}[^\\S\\n]*[:：])(?<=\\s)-?${WORKSPACE}${E}(?!\\s+(?:[\\p{L}\\p{N}'’._-]+\\s+){0,2}${DATA_IN_TOKEN})` +
    // "… data van bron App v1 in workspace X verwijderen": a workspace after "in", "im", "aus", "van" is
    // where the data lies, not what is deleted.
    `|${B}(?<!(?:^|[^\\p{L}])(?:in|im|aus|von|van|uit|from|of|within|inside|dans|nel|nello|del|en|do|da|w|i|på)\\s+(?:(?:de[mnrs]?|het|the|la|le|el|il|${OWN})\\s+)?)${WORKSPACE}\\s+(?:${FILLER}\\s+){0,2}(?:${TAIL}\\s+){0,2}${DEL_LAST}${E}` +
    // Thai writes the verb straight before the word: "กรุณาลบ workspace X".
    `|ลบ\\s*(?:${WORKSPACE})${E}` +
    `|${WORKSPACE_CJK}\\s*(?:を|の|は|를|을|의)?\\s*(?:すべて|全部|完全に|完全|전체|모두)?\\s*${DEL_CJK}|${DEL_CJK}\\s*(?:我们|我們|我)?(?:的)?\\s*(?:整个|整個|全部)?\\s*(?:的)?\\s*${WORKSPACE_CJK}${NOT_PLACE_CJK}`,
));

/**
 * The deletion of the whole workspace written as a noun: "eine vollständige Datenlöschung des Workspaces",
 * "a full deletion of our workspace", "la suppression complète de l'espace de travail".
 */
// The word edge stands once before all the forms, as in END_USER_LATIN_CJK below.
export const FULL_DELETION = re(
  `${B}(?:(?:vollst[äa]ndige|komplette|gesamte|ganze)n?\\s+(?:daten)?l[öo]schung\\s+(?:(?:s[äa]mtlicher|aller)\\s+daten\\s+)?(?:des|der|von|unseres|unserer|vom)\\s+(?:workspaces?|arbeitsbereich\\p{L}*|kontos?|accounts?)${E}` +
    `|(?:full|complete|total|entire)\\s+(?:data\\s+)?(?:deletion|removal|erasure|purge)\\s+of\\s+(?:the\\s+|our\\s+|my\\s+)?(?:workspace|account)${E}` +
    `|suppression\\s+(?:compl[èe]te|totale|d[ée]finitive)\\s+(?:de\\s+)?(?:l['’]|notre\\s+|votre\\s+)?(?:espace de travail|compte|workspace)${E}` +
    // "supprimer intégralement l'espace de travail kiosko-fr", "effacer entièrement notre compte".
    `|(?:supprim|effac)\\p{L}*\\s+(?:int[ée]gralement|enti[èe]rement|compl[èe]tement|totalement|d[ée]finitivement)\\s+(?:l['’]|notre\\s+|votre\\s+)?(?:espace de travail|compte|workspace)${E}` +
    `|(?:eliminaci[óo]n|borrado)\\s+(?:completa|total|definitiva|completo)\\s+(?:del|de\\s+nuestro|de\\s+la)\\s+(?:espacio de trabajo|cuenta|workspace)${E}` +
    // "úplné smazání workspace zp-morava", "volledige verwijdering van de workspace", "cancellazione totale
    // del workspace", "całkowite usunięcie workspace'u", "potpuno brisanje workspacea", "popoln izbris".
    `|(?:(?:[úu]pln[éeáý]|kompletn[íéeáy]|celkov[éeáý]|volledige|ca[łl]kowit[eay]|pe[łl]n[eay]|potpun[oa]|popoln\\p{L}*|visi[šs]k\\p{L}*)\\s+(?:smaz[áa]n[íi]|vymaz[áa]n[íi]|vymazanie|odstr[áa]n[ěe]n[íi]|verwijdering|wissing|usuni[ęe]cie|wymazanie|brisanje|izbris|i[šs]trynim\\p{L}*)|(?:cancellazione|eliminazione)\\s+(?:completa|totale|definitiva))\\s+(?:(?:van|of|del|dello|della|de)\\s+)?(?:(?:de|het|il|la|our|the|na[šs]eho|na[šs]e|n[aá][šs]ho)\\s+)?(?:workspace|werkruimte|pracovn[íi]ho prostoru|delovnega prostora|radnog prostora|darbo srities|obszaru roboczego|area di lavoro|spazio di lavoro)\\p{L}*${E}` +
    // "a ws_u08bb munkaterület teljes adattörlését" (the workspace's complete data deletion, Hungarian).
    `|munkater[üu]let\\p{L}*\\s+teljes\\s+adatt[öo]rl[ée]s\\p{L}*` +
    // "a purga completa de dados do workspace X", "la purga total del workspace".
    `|(?:purga|elimina[çc][ãa]o|exclus[ãa]o|remo[çc][ãa]o)\\s+(?:completa|total|definitiva)\\s+(?:(?:de|dos|del|de\\s+los|de\\s+todos\\s+os)\\s+(?:dados|datos)\\s+)?(?:do|da|del|de\\s+la|de|de\\s+nosso|de\\s+nuestro)\\s+(?:workspace|conta|cuenta|espa[çc]o de trabalho|espacio de trabajo)${E})`,
);

/** "slett alt fra appen", "delete everything from the iOS app": everything of one app is a source's data, no purge. */
const FROM_AN_APP = `\\s+(?:from|fra|fr[åa]n|von|aus|de|du|des|del|da|dal|van|uit|z|ze|iz|из|з)\\s+(?:(?:the|der|den|dem|la|le|el|il|our|unserer|notre|nuestra)\\s+|l['’])?(?:[\\p{L}\\p{N}-]+\\s+)?(?:app|application|anwendung|applikation|sovellu|aplikac|aplicac|aplicativ|applicazion|програм|додат)\\p{L}*`;
/** Everything, as what is to be deleted: "Borren todo", "alles löschen", "supprimez tout", "すべて削除". */
const EVERYTHING = any('everything', 'alles', 'tout', 'todo', 'tudo', 'tutto', 'wszystko', 'allt', 'alt', 'kaikki');
export const DELETE_EVERYTHING = re(
  `${B}${DEL}\\s+(?:(?:please|bitte|por favor|per favore|graag|sv[pP]|proszę|prosimy)\\s+)?${EVERYTHING}${E}(?!\\s+(?:lo|ce|que|che|was|das|wat|co|som|mitä|that|which|older|before|after|since|until|except|but|au[ßs]er|sauf|excepto|menos|tranne|behalve|opr[óo]cz|utom|undtagen|unntatt|paitsi)${E})(?![^.\\n]{0,40}?${DATA_IN_TOKEN})(?!${FROM_AN_APP})` +
    `|${B}${EVERYTHING}\\s+(?:${TAIL}\\s+)?${DEL_LAST}${E}` +
    `|(?:すべて|全て|全部|一切|所有|전부|모두)\\s*(?:を|을|를)?\\s*${DEL_CJK}`,
);

/** All of the data (the workspace's or the account's, not some days'). */
export const ALL_DATA = behind(/all|wszyst|kaikki|tou|tod[oa]s|tutti|всі|усі|все|всички|yote|semua|tất cả|toàn bộ|lo que sea|جميع|كل|כל|t[üu]m|všechna|全|すべて|所有|모든|전체/iu, re(
  any(
    `${B}alle[nrms]?\\s+(?:unsere[nrms]?\\s+|meine[nrms]?\\s+|ihre[nrms]?\\s+|onze\\s+|mijn\\s+|vores\\s+|våre\\s+|v[åa]ra\\s+)?(?:daten|gegevens|data|dataene|uppgifter|oplysninger|opplysninger)${E}`,
    `${B}wszystki\\p{L}*\\s+(?:nasz\\p{L}*\\s+|moj\\p{L}*\\s+)?dan\\p{L}*`,
    `${B}all\\s+(?:vår\\s+|min\\s+)?data${E}`,
    `${B}kaikki\\s+(?:tietomme|tiedot|data|datamme)`,
    `${B}(?:toutes?|tous)\\s+(?:nos|mes|les|ses)\\s+donn[ée]es`,
    `${B}tod[oa]s\\s+(?:nuestros|mis|los|sus|os|as)\\s+(?:nossos\\s+|meus\\s+)?(?:datos|dados|informaciones)`,
    `${B}tutti\\s+i\\s+(?:nostri\\s+|miei\\s+)?dati`,
    '(?:全て|すべて|全部|全)の?データ', '(?:所有|全部)(?:的)?(?:数据|數據|資料)', '(?:모든|전체)\\s*데이터',
    `${B}(?:всі|усі|все|всички)\\s+(?:наші\\s+|наши\\s+|нашите\\s+)?(?:дані|данные|данни)${E}`, `${B}data\\s+yote${E}`, `${B}semua\\s+data${E}`,
    `${B}tất cả (?:các )?dữ liệu`, `${B}toàn bộ dữ liệu`, `${B}lo que sea que (?:les |nos )?quede`, 'جميع (?:ال)?بيانات(?!ي)', 'كل (?:ال)?بيانات(?!ي)', 'כל הנתונים', `${B}t[üu]m\\s+veri\\p{L}*`, `${B}v[šs]echna\\s+data${E}`,
  ),
));

/** One's own account: "my account", "unser Konto", "mon compte", "moje konto", "tilini", "私のアカウント". */
const POSS = any(
  'my', 'our', 'mein\\p{L}*', 'unser\\p{L}*', 'mon', 'notre', 'mi', 'nuestr[ao]', '(?:a |da |de )?(?:minha|nossa)', '(?:il |del |dal )?(?:mio|nostro)',
  'mijn', 'ons', 'onze', 'moj\\p{L}*', 'nasz\\p{L}*', 'mitt', 'min', 'v[åa]rt?', 'vores', 'mit',
  'мій', 'мой', 'наш\\p{L}*', 'můj', 'náš', 'benim', 'bizim',
);
const ACCOUNT_NOUN = any('(?:user |customer |client |company |business )?account', '(?:benutzer|kunden)?konto\\p{L}*', 'account\\p{L}*', 'compte', 'cuenta', 'conta', 'kont\\p{L}*', 'акаунт\\p{L}*', 'аккаунт\\p{L}*', 'обліковий запис', 'учетн\\p{L}* запис\\p{L}*', 'účet', 'hesab\\p{L}*', 'akun');
const MY_ACCOUNT = `${POSS}\\s+(?:(?:whole|entire|complete|gesamte[nrs]?|ganze[nrs]?|komplette[nrs]?|entier|hele|hela|cał\\p{L}*)\\s+)?${ACCOUNT_NOUN}${E}(?!['’]s)`;
/** To close or end an account (an account closed is an account deleted). */
const CLOSE = any('close', 'terminate', 'cancel', 'schlie(?:ß|ss)en', 'k(?:ü|ue)ndigen', 'fermer', 'cl[ôo]turer', 'cerrar', 'dar de baja', 'encerrar', 'chiudere', 'opheffen', 'zamkn\\p{L}*', 'st(?:ä|ae)ng\\p{L}*', 'avsluta', 'lukk?\\p{L}*', 'afslut\\p{L}*', 'sulje\\p{L}*');
/** An account's password or login, which is not the account. */
const CREDENTIAL_CJK = any('비밀번호', '암호', '로그인', 'パスワード', 'ログイン', '密码', '密碼', '登录', '登錄');
const ACCOUNT_CJK = any('アカウント', '账户', '账号', '帳戶', '帳號', '賬戶', '계정');
/** "please", and the pronoun of a polite imperative, between a verb and its object. */
const PLEASE = `(?:${any('please', 'bitte', 'sie', 'alstublieft', 'graag', 'por favor', 'per favore', 'proszę', 'venligst', 'vennligst', 'v[äa]nligen', 'yst[äa]v[äa]llisesti')}\\s+){0,2}`;
/** "Delete my account": the sender's whole account, every workspace they administer. */
export const ACCOUNT = behind(/account|tài khoản|λογαριασμ|akaunti|akaun|حساب|kont|contul|compte|cuenta|conta|til[ai]|hesab|החשבון|акаунт|аккаунт|обліков|учетн|účet|akun|nalog|račun|налог|บัญชี|アカウント|账|帳|賬|계정|workspace|espacios/i, re(
  any(
    `${B}(?:paki-?delete|i-?delete|burahin)\\s+(?:na\\s+)?(?:po\\s+)?(?:ang\\s+|ng\\s+)?(?:buong\\s+)?account\\s+(?:namin|ko)${E}`,
    // Greek "διαγράψτε τον λογαριασμό μου", Swahili "futeni akaunti yangu", Malay "padam akaun saya", Persian "حساب کاربری من را حذف کنید".
    `${B}διαγρ\\p{L}*\\s+(?:τον\\s+)?λογαριασμό\\s+(?:μου|μας)${E}`,
    `${B}(?:futa|futeni|kufuta)\\s+akaunti\\s+(?:yangu|yetu)${E}`,
    `${B}(?:padam(?:kan)?|hapus(?:kan)?|tutup)\\s+akaun\\s+(?:saya|kami)${E}`,
    `${B}حساب(?:\\s+کاربری)?\\s+(?:من|ما)\\s+(?:را\\s+)?حذف${E}`,
    `${B}(?:${DEL}|${CLOSE}|видал\\p{L}*|удал\\p{L}*|sma[žz]\\p{L}*|zru[šs]\\p{L}*|sil\\p{L}*|hapus\\p{L}*|kapat\\p{L}*)\\s+${PLEASE}${MY_ACCOUNT}`,
    `${B}(?:${DEL}|${CLOSE})\\s+${PLEASE}(?:kont(?:oen|ot))\\s+(?:min|mitt|v[åa]r|v[åa]rt)${E}`,
    `${B}${MY_ACCOUNT}\\s+(?:(?:bitte|komplett|vollständig|alstublieft|graag|helt|kokonaan|laten|lassen|volledig|helemaal|definitief|endgültig|całkowicie)\\s+)?(?:zu\\s+|te\\s+)?(?:${DEL_LAST}|${CLOSE})${E}`,
    `${B}(?:${DEL}|${CLOSE})\\s+(?:of|von|de|del|da|do|della|dell['’]|van|av|af)?\\s*${MY_ACCOUNT}`,
    `${B}${DEL}\\s+(?:of\\s+)?all\\s+(?:the\\s+)?data\\s+(?:associated with|linked to|tied to|connected to|of|under)\\s+${MY_ACCOUNT}`,
    `${B}(?:my|our)\\s+${ACCOUNT_NOUN}\\s+(?:and|with)\\s+all\\s+(?:of\\s+)?(?:its|the|our|my)?\\s*data\\b.{0,40}?${B}(?:deleted|removed|erased)`,
    `${B}(?:l(?:ö|oe)sch\\p{L}*)\\s+(?:meines|unseres)\\s+(?:benutzer|kunden)?kontos`,
    `${B}til(?:ini|imme)\\s+(?:${DEL})|${DEL}\\s+til(?:ini|imme)${E}`,
    // Hindi in Latin letters: "Mera account aur … sab delete kar do".
    `${B}(?:mera|hamara|humara|apna)\\s+account${E}[^.!?\\n]{0,100}?${B}(?:delete|band|khatam)\\s+(?:kar|karo|karen|kardo|kar do|kijiye|kar dijiye)${E}`,
    // Turkish: "Lütfen hesabımı ve yönettiğim tüm çalışma alanlarını silin", "… silmenizi istiyorum".
    `${B}hesab[ıi]m(?:[ıi]z)?[ıi]${E}[^.!?\\n]{0,80}?${B}sil(?:in|iniz|insin|inmesi\\p{L}*|meniz\\p{L}*)${E}`,
    // Not a question whether it was: "我的账号删掉了吗？".
    // Not its password or login: "제 계정 비밀번호를 지우고 새로 설정하고 싶어요".
    `(?:私の|弊社の|当社の|我的|我们的|我們的|내|제|저희|우리)\\s*${ACCOUNT_CJK}(?:(?!${CREDENTIAL_CJK}).){0,12}?(?:${DEL_CJK}|解約|注销|註銷|해지|탈퇴)(?![^。！？\\n]{0,4}[吗嗎？?])`,
    `${ACCOUNT_CJK}\\s*(?:を|の|을|를)?\\s*(?:${DEL_CJK}|解約|注销|註銷|해지|탈퇴)|(?:${DEL_CJK}|注销|註銷)\\s*(?:我的|我们的|我們的|本公司的|公司的)?\\s*${ACCOUNT_CJK}`,
    `${B}all (?:the )?workspaces (?:i|we) (?:administer|manage|own|admin)${E}`,
    // Russian, Ukrainian, Serbian: "Удалите, пожалуйста, мой аккаунт", "Obrišite naš nalog".
    `${B}(?:удал\\p{L}*|видал\\p{L}*|закро\\p{L}*|закрий\\p{L}*|obri[šs]\\p{L}*|izbri[šs]\\p{L}*|zatvor\\p{L}*|обриш\\p{L}*|избриш\\p{L}*)[\\s,]+(?:(?:пожалуйста|будь ласка|molim vas|molim)[\\s,]+)?(?:мой|мою|наш|нашу|мій|мою|moj|naš|мој|наш)\\s+(?:аккаунт|акаунт|учетн\\p{L}* запис\\p{L}*|обліков\\p{L}* запис\\p{L}*|nalog|račun|налог|профиль)${E}`,
    // Vietnamese: "xin xóa tài khoản của tôi", "xoá tài khoản của chúng tôi" (both places of the accent are written).
    `${B}(?:x[óo]a|xoá)\\s+(?:bỏ\\s+)?tài khoản\\s+(?:của\\s+)?(?:tôi|chúng tôi|mình|em)${E}`,
    // Thai: "ช่วยลบบัญชีของผม", "ปิดบัญชี".
    '(?:ลบ|ปิด)บัญชี(?:ของ(?:ฉัน|ผม|ดิฉัน|เรา|บริษัท))(?!ผู้ใช้)|(?:ลบ|ปิด)บัญชี(?=\\s*(?:$|ทั้งหมด|ด้วย|นี้|ครับ|ค่ะ))',
    // Romanian: "Vă rog să ștergeți contul meu, cu toate workspace-urile".
    `${B}(?:[șşs]terge\\p{L}*|[îi]nchide\\p{L}*)\\s+contul\\s+(?:meu|nostru)${E}`,
    // Hebrew: "אנא מחקו את החשבון שלנו לגמרי".
    '(?:מחק\\p{L}*|למחוק)\\s+(?:את\\s+)?החשבון\\s+(?:שלנו|שלי)',
    `${B}(?:tutti i|todos (?:los|os)|tous les|alle|wszystkie)\\s+(?:workspace\\p{L}*|espacios de trabajo)\\s*,?\\s*(?:che|que|dont|die|die ich|którymi|som)\\s+\\p{L}*\\s*(?:amministr\\p{L}*|administr\\p{L}*|beheer\\p{L}*|verwalte\\p{L}*|zarządza\\p{L}*)`,
  ),
));

/** Everything still there, for an archive: "alles, was davon noch …", "tout ce qui reste", "mindent, ami még …", "toate datele", "všeho, co u vás ještě zůstalo". */
export const ALL_STILL_THERE = re(
  any(
    `${B}(?:alles,?\\s+was|tout ce qui|todo lo que|tudo o que|tutto (?:ci[òo]|quello) che|alles wat|allt som|alt (?:hvad |som )|wszystko,?\\s+co|mindent,?\\s+ami|tot ce|v[šs]e(?:ho|chno)?,?\\s+co)\\s+(?:[\\p{L}]+\\s+){0,3}?(?:je[šs]t[ěe]|z[ůu]stal\\p{L}*|noch|reste|encore|subsiste|quede|queda|sigue|siga|todav[íi]a|a[úu]n|resta|ainda|sobrou|rimane|resta|ancora|nog|kvar|fortfarande|stadig|fortsat|tilbage|jeszcze|pozosta\\p{L}*|m[ée]g|maradt|mai|r[ăa]mas)${E}`,
    `${B}toate\\s+datele${E}`,
    // "smazat vše z archivu": everything out of the archive.
    `${B}v[šs]e(?:chno)?\\s+z\\s+archiv\\p{L}*`,
  ),
);

/** The archive of a (deleted) workspace, in every language. */
const ARCHIVE = ELIDED + any('arch[ií]v\\p{L}*', 'arquivo\\p{L}*', 'archief', 'archiwu?m?\\p{L}*', 'arkiv\\p{L}*', 'arkisto\\p{L}*', 'ar[şs]iv\\p{L}*', 'cold storage', 'lưu trữ', 'arhiv\\p{L}*', 'archyv\\p{L}*', 'архів\\p{L}*', 'архив\\p{L}*', 'αρχεί\\p{L}*', 'ארכיון', 'الأرشيف', 'الارشيف', 'أرشيف', 'ارشيف', 'آرکائیو');
export const ARCHIVE_WORD = re(`${B}${ARCHIVE}${E}|アーカイブ|归档|歸檔|存档|存檔|아카이브|(?<![^\\P{L}]|\\u03B9)[בהלמו]?ה?ארכיון`);
/** The archive is what is to be deleted: "delete the remaining archive", "usunięcie archiwum", "Archiv löschen". */
export const ARCHIVE_OBJECT = behind(/archiv|arhiv|archyv|arquivo|archief|archiw|arkiv|arkisto|ar[şs]iv|cold storage|أرشيف|ارشيف|アーカイブ|归档|歸檔|存档|存檔|아카이브/i, re(
  `${B}${DEL}\\s+(?:${FILLER}\\s+){0,3}${ARCHIVE}${E}|${B}${ARCHIVE}\\s+(?:${FILLER}\\s+){0,3}(?:${TAIL}\\s+)?${DEL_LAST}${E}` +
    // "the archive purge is for workspace id …", "purge of the archive", "Archivlöschung".
    `|${B}${ARCHIVE}[\\s-]+(?:purge|purging|deletion|removal|erasure|wipe)${E}|${B}(?:purge|purging|deletion|removal|erasure)\\s+of\\s+(?:${FILLER}\\s+){0,3}${ARCHIVE}${E}|${B}archivl[öo]schung${E}` +
    // "izbrišete sve podatke koji su još pohranjeni u vašoj arhivi", "delete all data still held in your
    // archive": the data to delete is placed in the archive, further on in the same sentence.
    `|${B}${DEL}[^.!?\\n]{0,80}?(?<![^\\P{L}]|\\u03B9)(?:in|u|v|ve|w|im|in der|dans|en|nel|nell['’]|no|na|op|i)\\s+(?:(?:your|our|the|vašoj|vašem|vaší|vašom|va[šs]im|waszym|naszym|ihrem|unserem|votre|notre|vuestro|su|vostro|nostro|vosso|uw|ons|jūsų|mūsų)\\s+)?${ARCHIVE}${E}` +
    `|(?:アーカイブ|归档|歸檔|存档|存檔|아카이브).{0,12}?${DEL_CJK}|${DEL_CJK}.{0,20}?(?:归档|歸檔|存档|存檔)`,
));
/** What marks a workspace as gone, beyond the English and Romance words classify.ts already knows. */
export const GONE = re(
  `${B}${any('star[ýáé]', 'usunięt\\p{L}*', 'zamknięt\\p{L}*', 'chius\\p{L}*', 'geschlossen\\p{L}*', 'ferm[ée]\\p{L}*', 'cerrad\\p{L}*', 'fechad\\p{L}*', 'gesloten', 'opgeheven', 'st[äa]ngd\\p{L}*', 'raderad\\p{L}*', 'nedlag\\p{L}*', 'lade ner', 'lagt ner', 'lagde ned', 'lukkede', 'fortfarande', 'stadig', 'reste', 'restant\\p{L}*', 'rimast\\p{L}*', 'resterende', 'verbliebene\\p{L}*', 'restliche\\p{L}*', 'bestaat (?:al lang )?niet meer', 'existiert nicht mehr', 'n.existe plus', 'ya no existe', 'n[ãa]o existe mais', 'non esiste pi[ùu]', 'lukket', 'slettet?', 'slettede', 'suljet\\p{L}*', 'poistet\\p{L}*', 'pozosta\\p{L}*', 'resterande', 'tilbage', 'igjen', 'j[äa]ljell[äa]', 'dimos de baja', 'dad[oa] de baja', 'que (?:les |nos )?quede', 'đã bị x[oó]á?', 'đã x[oó]á?', 'còn lại', 'zbývající\\p{L}*', 'r[ăa]mas\\p{L}*', 'p[ăa]strat\\p{L}*', '[îi]nchis\\p{L}*', 'maradt\\p{L}*', 'megsz[űüu]n\\p{L}*', 'залишил\\p{L}*', 'лишил\\p{L}*', 'остал\\p{L}*', 'закрил\\p{L}*', 'закрит\\p{L}*', 'закрыл\\p{L}*', 'закрыт\\p{L}*', 'видален\\p{L}*', 'удален\\p{L}*', 'απομέν\\p{L}*', 'تم حذف', 'ما زالت', 'ما زال', 'لا تزال', 'المتبقي\\p{L}*', 'متبقي\\p{L}*', 'محفوظة')}${E}` +
    '|削除済|削除された|閉鎖|残って|已删除|已刪除|已关闭|已關閉|剩余|剩餘|삭제된|남아|해지된|(?<![^\\P{L}]|\\u03B9)ש?נמחק(?:ה|ו)?(?![^\\P{L}]|\\u03B9)|(?<![^\\P{L}]|\\u03B9)ש?נשאר(?:ו|ה)?(?![^\\P{L}]|\\u03B9)|הנשמרים עדיין',
);

const PRIVACY_LAW = any('gdpr', 'rodo', 'dsgvo', 'rgpd', 'avg', 'lgpd', 'ccpa', 'cpra', 'appi', 'pipl', 'pipa', 'kvkk', 'dpdp(?: act)?', 'pdpa', 'popia', 'pipeda', 'lfpdppp', 'derechos? arco', '\\(arco\\)', 'gdpr-ul', 'γκπδ', 'personvernforordningen', 'dataskyddsf[öo]rordningen', 'databeskyttelsesforordningen', 'tietosuoja-asetu\\p{L}*', 'loi\\s?25', 'law\\s?25', '152-?(?:фз|fz)', 'pdpo', 'pdp law', 'uu pdp');
/** A privacy law or its erasure article cited by name: the person's data is then at stake, not an account. */
export const PRIVACY_LAW_CITED = re(`${B}${any(PRIVACY_LAW, 'art(?:icle|ikel|ikkel|\\.)?\\s*17')}${E}`);
const PERSON = any('u[żz]ytkownik\\p{L}*', 'klient\\p{L}*', 'osob\\p{L}*', 'anv[äa]ndare\\p{L}*', 'kund(?:en|er)?', 'bruger\\p{L}*', 'bruker\\p{L}*', 'k[äa]ytt[äa]j\\p{L}*', 'asiak\\p{L}*', 'henkil\\p{L}*',
  // Greek and Romanian, one person only: "ένας χρήστης ζήτησε", "un utilizator" (not "utilizatorilor").
  'χρήστης(?![^\\P{L}]|\\u03B9)', 'χρήστη(?![^\\P{L}]|\\u03B9)', 'utilizator(?:ul|ului)?(?![^\\P{L}]|\\u03B9)',
  // French: "un membre (courriel: …) demande la suppression de ses renseignements personnels".
  'membre(?![^\\P{L}]|\\u03B9)', 'usag(?:er|[èe]re)(?![^\\P{L}]|\\u03B9)');
/**
 * A privacy law, or the right it gives, named anywhere: "Article 17 of the GDPR", "Art. 17 DSGVO",
 * "California Consumer Privacy Act", "right to erasure".
 */
export const PRIVACY_CONTEXT = re(
  `${B}${any(PRIVACY_LAW, 'art(?:icle|ikel|\\.)?\\s*17', 'art[íi]culo\\s*17', 'articolo\\s*17', 'artigo\\s*17', 'artyku[łl]\\s*17', 'consumer privacy act', 'data protection act', 'privacy (?:request|law)', 'solicitud de privacidad', 'demande (?:de confidentialit[ée]|rgpd)', 'richiesta (?:di privacy|gdpr)', 'datenschutz\\p{L}*', 'protection des donn[ée]es', 'protecci[óo]n de datos', 'protezione dei dati', 'prote[çc][ãa]o de dados', 'gegevensbescherming', 'ochron\\p{L}* danych', 'dataskydd\\p{L}*', 'right to (?:erasure|be forgotten|delete|deletion)', 'άρθρο\\s*17', 'ochran\\p{L}* osobních údajů', 'protec[țţt]ia datelor', 'захист\\p{L}* персональних даних', 'защит\\p{L}* персональных данных')}${E}|個人情報保護|削除権|חוק הגנת הפרטיות|הגנת הפרטיות`,
);
/**
 * The sender saying they are one of the organisation's people: "soy paciente de la clínica", "Em là học
 * viên cũ", "I am a former student", "je suis patiente". With their own data asked for ("mis datos"),
 * they are an end user, as a privacy law cited would make them: the desk cannot delete one person's data.
 */
export const SELF_AS_END_USER = re(
  any(
    `${B}(?:i am|i['’]m|i was)\\s+(?:an?\\s+)?(?:former\\s+|past\\s+|current\\s+)?(?:patient|student|pupil|learner|donor|volunteer|subscriber|parent)${E}`,
    `${B}(?:soy|fui)\\s+(?:un[ao]?\\s+)?(?:ex-?\\s*)?(?:paciente|alumn[oa]|estudiante|donante|voluntari[oa]|miembro)${E}`,
    `${B}(?:sou|fui)\\s+(?:um[a]?\\s+)?(?:ex-?\\s*)?(?:paciente|alun[oa]|estudante|doador[a]?|volunt[áa]ri[oa]|membro)${E}`,
    `${B}je suis\\s+(?:une?\\s+)?(?:ancien(?:ne)?\\s+)?(?:patient(?:e)?|[ée]l[èe]ve|[ée]tudiant(?:e)?|membre|donat(?:eur|rice)|b[ée]n[ée]vole)${E}`,
    `${B}ich bin\\s+(?:eine?\\s+)?(?:ehemalige[rn]?\\s+)?(?:patient(?:in)?|sch(?:ü|ue)ler(?:in)?|student(?:in)?|mitglied|spender(?:in)?)${E}`,
    `${B}jestem\\s+(?:by(?:ł|l)ym\\s+|by(?:ł|l)ą\\s+)?(?:pacjent(?:em|ką)|uczni(?:em|ą)|student(?:em|ką)|darczyńcą|wolontariusz(?:em|ką))${E}`,
    `${B}(?:em|t[ôo]i|m[ìi]nh)\\s+l[àa]\\s+(?:m[ộo]t\\s+)?(?:h[ọo]c vi[êe]n|b[ệe]nh nh[âa]n|ph[ụu] huynh|th[àa]nh vi[êe]n)${E}`,
    // A consumer of the customer's product: "closed my app account", "my player account"; in Tagalog the
    // product is "yours" ("sa Tidal Dash game nyo"). A customer of the desk says "our app", never "my app account".
    `${B}my\\s+(?:app|game|player|gaming|user)\\s+account${E}`,
    `${B}(?:game|app|laro|application)\\s+(?:nyo|ninyo|niyo)${E}`,
  ),
);
/**
 * The sender's own personal data: "personal data you hold about me", "mich betreffenden
 * personenbezogenen Daten", "données personnelles me concernant", "私の個人データ". With a privacy law
 * named, the sender is an end user asking for their own data.
 */
export const SELF_DATA = re(
  any(
    `${B}(?:personal |private )?(?:data|information|info)${E}[^.\\n]{0,50}?${B}(?:about|concerning|regarding|relating to|related to|on|of) me${E}`,
    `${B}(?:my|all my|all of my)\\s+(?:personal\\s+)?(?:data|info|information|details)${E}`,
    `${B}(?:mich betreffenden|meine[rn]?|über mich gespeicherten)\\s+(?:\\p{L}+\\s+)?daten${E}|${B}daten (?:über mich|zu meiner person)${E}`,
    `${B}(?:mes donn[ée]es|donn[ée]es (?:personnelles )?(?:me concernant|qui me concernent|à mon sujet))`,
    `${B}(?:mis datos|datos (?:personales )?(?:que me conciernen|sobre m[íi]))`,
    `${B}(?:i miei dati|dati (?:personali )?che mi riguardano)`,
    `${B}(?:os meus dados|meus dados|dados (?:pessoais )?(?:que me dizem respeito|sobre mim))`,
    `${B}(?:mijn (?:persoons)?gegevens|gegevens over mij)${E}`,
    `${B}(?:moje dane|moich danych|danych (?:osobowych )?dotycz\\p{L}* mnie)`,
    `${B}(?:mina (?:person)?uppgifter|personuppgifter om mig)${E}`,
    `${B}d[ữu] li[ệe]u (?:c[áa] nh[âa]n )?c[ủu]a (?:em|t[ôo]i|m[ìi]nh)${E}`,
    // Tagalog: "lahat ng data ko" (all my data).
    `${B}(?:data|impormasyon) ko${E}`,
  ) + '|私の(?:個人)?(?:データ|情報)|私に関する(?:個人)?(?:データ|情報)',
);
/**
 * "Do you have any data about me?", "do you store my data?": someone asking what the platform holds
 * about themselves is one end user, law or not — no customer asks this about their own workspace.
 * Read as a source deletion, a stranger was asked which workspace, source and days to delete.
 */
export const HELD_ABOUT_ME = re(
  `${B}do you (?:still )?(?:have|hold|keep|store|collect|process)${E}(?:\\s+(?:any|all|some))?\\s+(?:(?:personal|private)\\s+)?(?:data|information|info|details)\\s+(?:about|on|of|concerning) me${E}` +
    `|${B}do you (?:still )?(?:have|hold|keep|store|collect|process)\\s+(?:any\\s+(?:of\\s+)?)?my\\s+(?:(?:personal|private)\\s+)?(?:data|information|info|details)${E}`,
);
/** "私の個人データを削除", "personal information collected about me": the sender's own data, law or not. */
export const OWN_PERSONAL_DATA = re(
  `${B}personal (?:data|information|info)${E}[^.\\n]{0,50}?${B}(?:about|concerning|regarding|relating to) me${E}|私の個人(?:データ|情報)|私に関する個人(?:データ|情報)|بياناتي الشخصية|معلوماتي الشخصية|הנתונים האישיים שלי|мої персональні дані|мои персональные данные|kişisel verilerimi|data pribadi saya|dữ liệu cá nhân của tôi`,
);
/**
 * Someone else's personal data, with a third person's possessive: "la cancellazione dei suoi dati
 * personali", "usunięcia swoich danych osobowych", "borrar toda su información personal", "slettet sine
 * personoplysninger". With a privacy law or a person's address beside it, one end user's request.
 */
export const THIRD_PERSON_DATA = re(
  `${B}${any(
    '(?:suoi|propri) dati(?: personali)?',
    'dati personali (?:del|della|dello) (?:cliente|utente|interessat[oa])',
    '(?:swoich|jej|jego) (?:danych|dane)(?: osobow\\p{L}*)?',
    'sus datos personales',
    '(?:toda )?su informaci[óo]n personal',
    'بياناته(?: الشخصية)?', 'بياناتها(?: الشخصية)?',
    'ses donn[ée]es (?:personnelles|perso)',
    '(?:sine|hans|hendes) personoplysninger',
    '(?:sine|hans|hennes) personopplysninger',
    '(?:sina|hans|hennes) personuppgifter',
    '(?:zijn|haar) persoonsgegevens',
    '(?:seine|ihre eigenen) personenbezogenen daten',
    'dados pessoais (?:dele|dela|do cliente|da cliente|do usu[áa]rio|da usu[áa]ria)',
    'h[äa]nen (?:henkil[öo])?tie(?:tonsa|tojaan|dot)',
    'ki[şs]isel verilerinin',
    'data pribadi(?:nya| (?:dia|beliau))',
    '(?:всі |усі )?(?:його|її) (?:персональні )?дані', '(?:все )?(?:его|её|ее) (?:персональные )?данные',
    '(?:τα |των )?(?:προσωπικ\\p{L}* )?(?:του|της) δεδομέν\\p{L}*', 'προσωπικών (?:του|της) δεδομένων',
    'המידע האישי (?:שלו|שלה)', 'הנתונים (?:שלו|שלה)',
    '(?:todos os )?dados (?:dele|dela)', '(?:jeho|její) (?:osobní )?údaje', 'sv(?:ých|é|oje) osobní(?:ch)? údaj\\p{L}*', 'datele (?:sale|lui|ei)(?: personale)?',
  )}${E}`,
);
/** One end user's data, in the languages the classifier's English/Romance list does not cover. */
const END_USER_LATIN_CJK = re(
  any(
    // Every Latin-script form starts at a word's edge: the edge is written once before them all. Written
    // before each, V8 compiles and tries one look-behind per form at every position of the text, and
    // this is the parser's longest pattern, tried on every message.
    `${B}${any(
      `${PRIVACY_LAW}${E}.{0,120}?${B}${PERSON}`,
      // Reversed, only the nouns that never mean the customer themselves ("Kunde", "klient" can).
      `(?:u[żz]ytkownik\\p{L}*|osob[ay]|anv[äa]ndare\\p{L}*|bruger\\p{L}*|bruker\\p{L}*|k[äa]ytt[äa]j\\p{L}*|gracz\\p{L}*|pacjent\\p{L}*|pacient\\p{L}*|pasient\\p{L}*|patient\\p{L}*|spiller\\p{L}*|spelare\\p{L}*|pelaaj\\p{L}*).{0,120}?${B}(?:${PRIVACY_LAW}|art(?:icle|ikel|ikkel|\\.)?\\s*17)${E}`,
      // "One of our parents has asked us to delete all personal information you hold about her": one person.
      `one of our (?:parents|customers|users|players|patients|students|members|employees|clients|subscribers|drivers|guests|learners)${E}.{0,200}?${B}personal (?:data|information|details)${E}`,
      // "um jogador pediu a exclusão dos dados dele pela LGPD", "a California resident … CCPA": one person
      // (with an article: "a user", "um jogador", not "our users' accounts"), and a privacy law.
      `(?:a|an|one of our|um|uma|un|una|ein|eine|einer|een|uno|en|ett)\\s+(?:(?:california|eu|german|french|brazilian|former|ex-)\\s+)?(?:user|player|consumer|resident|data subject|end[- ]user|(?<=(?:former|ex-)\\s+)customer|jogador\\p{L}*|usu[áa]ri[oa]|jugador\\p{L}*|joueu[rs]\\p{L}*|utilisat\\p{L}*|spieler\\p{L}*|nutzer\\p{L}*|giocator\\p{L}*|utente|speler|gebruiker|titular)${E}.{0,160}?${B}${PRIVACY_LAW}${E}`,
      `${PRIVACY_LAW}${E}.{0,120}?${B}(?:a|an|um|uma|un|una|ein|eine|een|uno)\\s+(?:(?:california|eu|german|french|brazilian)\\s+)?(?:user|player|consumer|resident|data subject|jogador\\p{L}*|usu[áa]ri[oa]|jugador\\p{L}*|joueu[rs]\\p{L}*|utilisat\\p{L}*|spieler\\p{L}*|nutzer\\p{L}*|giocator\\p{L}*|utente|speler|gebruiker|titular)${E}`,
      // "Bir müşterimiz KVKK kapsamında…", "ada pelanggan … (UU PDP)": one customer of theirs, and a privacy law.
      `(?:bir|seorang|ada|satu)\\s+(?:m[üu][şs]teri\\p{L}*|kullan[ıi]c[ıi]\\p{L}*|[üu]ye\\p{L}*|pelanggan|pengguna|member)${E}.{0,160}?${B}${PRIVACY_LAW}${E}`,
      // "all data of the user with the address k.zielinska@example.pl", "alle Daten von max@example.de",
      // "wszystkich danych użytkownika o adresie e-mail …": data tied to one person's address in the same
      // sentence is that person's, not a workspace's ("all data in workspace X (contact ops@…)" is the workspace's).
      `(?:data|daten|donn[ée]es|datos|dati|dados|danych|dane|uppgifter(?:na)?|gegevens|information|informations|events)${E}(?:(?!workspace|arbeitsbereich|espace de travail)[^.!?\\n]){0,40}?[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+\\.[\\p{L}\\p{N}.-]+`,
      `(?:u[żz]ytkownik\\p{L}* ko[ńn]cow\\p{L}*|jednego u[żz]ytkownika|prawo do (?:bycia zapomnianym|usuni[ęe]cia danych)|osob\\p{L}*,? kt[óo]rej dane)`,
      // Czech: "subjekt údajů … požádal o výmaz", "právo být zapomenut" ("jeho data" may be a workspace's).
      `(?:subjekt\\p{L}* (?:osobních )?údajů|právo (?:být|na) zapomenut\\p{L}*)${E}`,
      `(?:slutanv[äa]ndare\\p{L}*|en anv[äa]ndare|anv[äa]ndar-?id|r[äa]tten att bli bortgl[öo]md|den registrerade)${E}`,
      // "Een donateur van Helping Hands wil dat al zijn gegevens verwijderd worden", "a donor wants all his data deleted".
      `(?:een|a|an|one)\\s+(?:donateur|donor|klant|customer|gebruiker|deelnemer|lid|member|patiënt|pati[eë]nt|patient|leerling|student|speler|player|user)${E}.{0,120}?${B}(?:al\\s+(?:zijn|haar)|zijn|haar|all\\s+(?:his|her|their)|his|her)\\s+(?:gegevens|data|personal data|information)${E}`,
      `(?:slutbruger\\p{L}*|sluttbruker\\p{L}*|en bruger|en bruker|bruger-?id|bruker-?id|retten til at blive glemt|retten til å bli glemt|den registrerede|den registrerte)${E}`,
      `(?:loppuk[äa]ytt[äa]j\\p{L}*|k[äa]ytt[äa]j[äa]n tiedot|yhden k[äa]ytt[äa]j[äa]n|oikeus tulla unohdetuksi|rekister[öo]idyn)`,
      `(?:the|a|this|that|one|an end) user(?:['’]s)? account${E}`,
      // "a customer of ours (customer id 8812)", "user ID 5531", "device ID ab12-cd34": one person's data.
      `(?:customer|user|player|member|subscriber|patient|client|visitor|device|account|driver|employee|student|policyholder|kunden|nutzer|benutzer|fahrer|spieler|mitarbeiter|mitglieds?|patienten|versicherten|cliente|usuario|utilisateur|klant|verzekerden?|pati[eë]nt|polis|lid|deelnemer)[- ]?(?:id|no\\.|number|nummer|numéro|número|#)\\s*[:#]?\\s*[\\p{L}-]*\\p{N}[\\p{L}\\p{N}-]*`,
      // "numer klienta 88123", "nr pacjenta", "PESEL 8501…": one person's number, in Polish.
      `(?:(?:numer|nr\\.?)\\s+(?:klienta|pacjenta|u[żz]ytkownika|ubezpieczonego|polisy)\\s*[:#]?\\s*[\\p{L}-]*\\p{N}|pesel\\s*[:#]?\\s*\\p{N})`,
      `(?:a|one) (?:customer|client|user|player|member|subscriber|patient) of (?:ours|our \\p{L}+)${E}`,
      // "a guest asked for erasure under GDPR", "one of our riders requested deletion": one person asking.
      // Not "one of our clients has asked us to close their account with you": an agency's client is a
      // company with its own workspace here, leaving — no end user.
      `(?:a|one|one of our|an?)\\s+(?:guest|passenger|rider|donor|learner|student|patient|player|member|subscriber|user|client|customer|employee|driver|traveller|traveler|shopper|buyer|visitor)s?\\s+(?:has\\s+|have\\s+|had\\s+)?(?:asked|requested|wants|exercised|submitted|invoked|demanded)${E}(?![^.!?\\n]{0,40}?${B}(?:close|delete|cancel|terminate|end)\\s+(?:their|its)\\s+(?:account|workspace|contract|subscription)\\s+with\\s+(?:you|your))`,
      `(?:guest|passenger|rider|donor|learner|traveller|traveler|shopper)[- ]?(?:id|no\\.|number|#)\\s*[:#]?\\s*[\\p{L}-]*\\p{N}[\\p{L}\\p{N}-]*`,
      // "all data about user 55123", "her data": one person, named by number or pronoun ("sus datos" and
      // "seine Daten" can be a workspace's own).
      `(?:about|of|for|from|regarding|concerning)\\s+(?:the\\s+|our\\s+)?(?:user|customer|player|member|subscriber|patient|client|visitor)\\s+#?\\d{3,}${E}`,
      `(?:her|his)\\s+(?:personal\\s+|own\\s+)?(?:data|information|info|details)${E}`,
      // "all the data of our QA test user", "the events of the demo customer": one (test) person's data, not "our users'".
      `(?:data|events|information)\\s+(?:of|about|from|for)\\s+(?:our|the|my|that|this)\\s+(?:(?:qa|test|testing|demo|dummy|internal|fake|sample)\\s+){1,2}(?:user|customer|member|player|account|profile|visitor)${E}(?!['’]s|\\s+(?:base|accounts|ids?|segments?|table|list|profiles|group)${E})`,
      `(?:our|the|my|that|this)\\s+(?:(?:qa|test|testing|demo|dummy|internal|fake|sample)\\s+){1,2}(?:user|customer|member|player|profile|visitor)['’]s\\s+(?:data|events|information)${E}`,
      // A parent for a child: "all data about my son Oisín deleted … GDPR".
      `(?:data|information|info|details)\\s+(?:about|of|on|for)\\s+my\\s+(?:son|daughter|child|kid|children)${E}`,
      `my\\s+(?:son|daughter|child|kid)['’]s\\s+(?:personal\\s+)?(?:data|information|info|details|account)${E}`,
      `(?:un(?:o)? (?:nostro |dei nostri )?utent[ei]|dati di un utente|um (?:usu[áa]rio|utilizador)|een (?:van onze )?gebruikers?|jeden z naszych u[żz]ytkownik[óo]w|en av v[åa]ra anv[äa]ndare|en af vores brugere|en av v[åa]re brukere|yksi k[äa]ytt[äa]jist[äa]mme)${E}`,
      // "un pasajero nos pidió borrar todos sus datos", "um cliente pediu", "un client nous a demandé": one
      // person of the customer's asked them.
      `(?:un|una|um|uma)\\s+(?:cliente|clienta|usuari[oa]|usu[áa]ri[oa]|pasajer[oa]|passageir[oa]|paciente|doador[a]?|donante|jugador[a]?|jogador[a]?|alumn[oa]|alun[oa]|estudiante|suscriptor[a]?|assinante|miembro|membro|consumidor[a]?|comprador[a]?|huésped|hóspede|conductor[a]?|motorista)\\s+(?:\\p{L}+\\s+){0,3}?(?:nos\\s+|me\\s+)?(?:pidi[óo]|solicit[óo]|ha (?:pedido|solicitado)|pediu|solicitou|exige|exigi[óo]|quiere que|quer que)${E}`,
      `(?:un|une)\\s+(?:client|cliente|utilisat(?:eur|rice)|passag(?:er|ère)|patient|patiente|joueu(?:r|se)|élève|abonn[ée]e?|membre)\\s+(?:\\p{L}+\\s+){0,3}?(?:nous\\s+)?a\\s+(?:demand[ée]|exig[ée])${E}`,
      `(?:un|una)\\s+(?:cliente|utente|passegger[oa]|paziente|giocat(?:ore|rice)|student(?:e|essa)|abbonat[oa])\\s+(?:\\p{L}+\\s+){0,3}?(?:ci\\s+)?ha\\s+(?:chiesto|richiesto)${E}`,
      // "ek user ne … apna data delete karne ko bola hai", "un pasajero … ejerció su derecho de cancelación".
      `(?:ek|kisi) (?:user|customer|grahak|patient|mareez)${E}`,
      `ejerci[óo] su derecho${E}`,
      // "طلب أحد المرضى حذف جميع بياناته الشخصية": his or her personal data ("أحد العملاء", one of the
      // customers, alone may be the reason a source's days go).
      `بيانات(?:ه|ها) الشخصية${E}`,
    )}`,
    '会員|個人情報|利用者|本人から|開示請求|お客様から',
    '终端用户|最终用户|終端用戶|最終用戶|某(?:个|位|個)?用户|一(?:个|位|名|個)用[户戶]|用[户戶]\\s*(?:ID|id|编号|編號)|个人信息|個人資料|个人数据|個人數據|被遗忘权|被遺忘權|数据主体|会员|會員',
    '최종\\s*사용자|사용자\\s*ID|회원|개인\\s*정보|이용자|정보\\s*주체|잊힐\\s*권리',
  ),
);
/** The same in Cyrillic, Hebrew, Arabic, Persian, Thai and Vietnamese: tried only when the text has those letters. */
const END_USER_MORE = behind(/[\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7fạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđư]/iu, re(
  any(
    // Russian, Ukrainian, Kazakh: "данные конечного пользователя", "Клиент просит удалить все его данные".
    `${B}(?:конечн\\p{L}* пользовател\\p{L}*|кінцев\\p{L}* користувач\\p{L}*|субъект\\p{L}* персональных данных|суб['’]?єкт\\p{L}* персональних даних|право на забвение|право на забуття|дербес деректер\\p{L}*)${E}`,
    `${B}(?:(?:один|одна|одного|одной|наш|наша)\\s+)?(?:клиент|клиентка|пользователь|абонент|пассажир|покупатель|користувач|клієнт|абонент)\\s+(?:\\p{L}+\\s+){0,2}?(?:просит|попросил\\p{L}*|требует|потребовал\\p{L}*|хочет|просить|попросив|вимагає)${E}`,
    // Hebrew, Arabic, Persian: an end user, a data subject, the right to be forgotten.
    'משתמש(?:ת)? קצה|נושא(?:ת)? המידע|הזכות להישכח|(?:לקוח|לקוחה|משתמש|משתמשת) (?:אחד |אחת )?ביקש(?:ה)?|המידע (?:עליו|עליה)|מבקש(?:ת)? מחיקה של המידע (?:שלו|שלה)|مستخدم نهائي|أحد المستخدمين|صاحب البيانات|الحق في النسيان|کاربر نهایی|یکی از (?:مشتریان|کاربران)|حق فراموش',
    // Thai and Vietnamese: "ลูกค้ารายหนึ่งขอให้ลบข้อมูลส่วนตัว", "Một khách hàng yêu cầu xóa … dữ liệu cá nhân của họ".
    'ลูกค้ารายหนึ่ง|ผู้ใช้รายหนึ่ง|ผู้ใช้ปลายทาง|เจ้าของข้อมูล(?:ส่วนบุคคล)?|ข้อมูลส่วนบุคคลของ(?:เขา|เธอ|ลูกค้า)|ข้อมูลส่วนตัวของ(?:เขา|เธอ|ลูกค้า)',
    `${B}(?:m[ộo]t (?:kh[áa]ch h[àa]ng|ng[ưu][ờo]i d[ùu]ng|th[àa]nh vi[êe]n)|ng[ưu][ờo]i d[ùu]ng cu[ốo]i|ch[ủu] th[ểe] d[ữu] li[ệe]u|d[ữu] li[ệe]u c[áa] nh[âa]n c[ủu]a (?:h[ọo]|anh [ấa]y|c[ôo] [ấa]y|kh[áa]ch))${E}`,
  ),
));
export const END_USER: Phrase = {
  test: (text) => END_USER_LATIN_CJK.test(text) || END_USER_MORE.test(text),
  exec: (text) => END_USER_LATIN_CJK.exec(text) ?? END_USER_MORE.exec(text),
};

/** "Please hold DEL-180 for now", "bitte DEL-180 vorerst anhalten": neither a withdrawal nor a go-ahead. */
export const HOLD = re(`${B}${any('hold', 'put (?:it |this |that |the request |the ticket |del-\\d+ )?on hold', 'pause', 'anhalten', 'pausieren', 'zur[üu]ckstellen', 'mettre en (?:attente|pause)', 'suspend\\p{L}*', 'poner en (?:espera|pausa)', 'pausar', 'aguardar', 'in de wacht', 'aanhouden', 'sospend\\p{L}*', 'wstrzyma\\p{L}*')}${E}`);
/** Words that withdraw a request, beyond the English/German/French/Spanish/Italian/Dutch list. */
export const CANCEL_WORDS = re(
  `${B}${any('laat maar', 'niet (?:meer )?uitvoeren', 'nicht (?:mehr )?ausf[üu]hren', 'ne (?:pas|plus) (?:l[’\']?)?ex[ée]cuter', 'no (?:lo )?ejecut(?:ar|en)', 'n[ãa]o execut(?:ar|em)', 'non (?:lo )?esegui(?:re|te)', 'ikke (?:udf[øo]r|utf[øo]r)\\p{L}*', 'inte (?:utf[öo]ra|genomf[öo]ra)', 'cancel(?:em|e|a)', 'anul(?:em|e)', 'anuluj\\p{L}*', 'anulowa\\p{L}*', 'wycof\\p{L}*', 'avbryt\\p{L}*', 'annull[eé]r\\p{L}*', 'annullera\\p{L}*', 'afbryd\\p{L}*', 'kanseller\\p{L}*', 'tilbagekald\\p{L}*', '[åa]terkalla\\p{L}*', 'peruu?t\\p{L}*', 'perukaa', 'ακυρ\\p{L}*', 'anula[țţt]i', 'anulare', 'visszavon\\p{L}*', 't[öo]r[öo]ld? a k[ée]r\\p{L}*', 'iptal', 'скасу\\p{L}*', 'отмен\\p{L}*', 'відмін\\p{L}*', 'batalkan', 'pembatalan', 'hủy', 'zru[šs]\\p{L}*', 'ألغ\\p{L}*', 'إلغاء', 'בטל\\p{L}*', 'ביטול', 'sitisheni', 'acha\\s+kufuta', 'opri[țţt]i', 'opre[șş]te', '(?:alles|bitte|sofort|l[öo]schung) stoppen', 'stoppen sie', 'nichts l[öo]schen', 'zastavte', 'zastavit', 'pys[äa]ytt[äa]k[äa]a', 'зупиніть', 'остановите', 'σταματήστε', 'dừng(?: lại)?', 'עצרו')}${E}` +
    '|取消|撤销|撤銷|撤回|취소|철회|ยกเลิก' +
    // Arabic: "نلغي الطلب" (we cancel the request), "ألغوا", "إلغاء", "لا تحذفوا شيئاً" (do not delete anything).
    `|${B}${any('نلغي', 'سنلغي', '[أا]لغوا', '[أا]لغي', '[أا]لغِ', '[إا]لغاء', 'لا تحذفوا', 'لا تحذف', 'لا تمسحوا', '[أا]وقفوا', 'توقفوا')}${E}`,
);
const SUBSCRIPTION_WORD = any('assinatura', 'abbonamento', 'subskrypcj\\p{L}*', 'umow\\p{L}*', 'umowy', 'prenumeration\\p{L}*', 'abonnement\\p{L}*', 'avtal\\p{L}*', 'aftale\\p{L}*', 'avtale\\p{L}*', 'tilau\\p{L}*', 'sopimu\\p{L}*', 'contrat\\p{L}*', 'vertrag\\p{L}*', 'contract\\p{L}*', 'subscription\\p{L}*', 'suscripci[óo]n', 'plan', 'membership', 'service', 'servicio', 'servizio', 'servi[çc]o', 'dienst', 'usług\\p{L}*');

/** Status questions beyond the English and Romance list. */
export const STATUS_WORDS = re(
  `${B}${any('na jakim etapie', 'jaki jest stan', 'czy ju[żz]', 'hur l[åa]ngt', 'hvor langt', 'hvordan g[åa]r det', 'hur g[åa]r det', 'missä vaiheessa', 'mik[äa] on tilanne', 'tilanne', 'durum(?:u|da)?', 'ne durumda', 'son durum', 'ενημέρωση', 'ενημερωση', 'πώς πάει', 'σε (?:ποιο|τι) στάδιο', 'τι γίνεται με', 'como anda(?:m)?', 'como vai (?:a|o|aquel[ae])', 'care este stadiul', '[îi]n ce stadiu', 'vreo nout\\p{L}*', 'van valami h[íi]r', 'hol tart', 'mi a helyzet', 'hogy [áa]ll', 'hoe staat het(?: ermee| met)?', '(?:nog )?(?:niks|niets) (?:meer )?(?:van )?gehoord', 'alguma novidade', 'wie ist der (?:aktuelle )?stand', '(?:der |den )?aktuellen? stand', 'sachstand', 'czy to ju[żz]', 'zosta[łl]o (?:ju[żz] )?(?:wykonane|zrealizowane)', 'c[óo]mo va', 'qu[ée] tal va', 'en qu[ée] (?:estado|punto) (?:est[áa]|va)', 'como est[áa] (?:o|a)', 'яка ситуація', 'як (?:там|справи з)', 'как (?:там|дела с|обстоят)', '(?:ну )?что там(?: с (?:удалением|заявкой|запросом|тикетом))?(?=\\s*\\?)', 'что слышно', 'статус\\p{L}*', 'ситуаці\\p{L}*', 'bagaimana (?:status|perkembangan)', 'sudah sampai mana', 'tình trạng', 'trạng thái', 'hali (?:ya|gani)', 'imefikia wapi', 'ano na(?: po)?', 'is dit (?:al )?klaar', 'reeds gedoen', 'kumusta na', 'may update na ba', 'wala pa(?:ng| rin) update', '(?:whether|if) (?:del-\\d+|it|this|the (?:purge|deletion|request)) (?:has|have|is|was) (?:been )?(?:completed|complete|finished|done|processed|carried out|gone through)')}${E}` +
    // "هل من جديد بخصوص الطلب؟", "Есть новости по заявке?", "czy są jakieś nowości?": anything new, asked.
    `|${B}${any('هل من جديد', 'هل (?:هناك|يوجد) (?:أي )?(?:جديد|تحديث)', 'هل من تحديث', 'أي تحديث', 'есть (?:ли )?(?:какие-(?:нибудь|то) )?новост\\p{L}*', 'какие новости', 'новости по (?:заявке|запросу|тикету|удалению)', 'jakie[śs] (?:nowo[śs]ci|wie[śs]ci|informacje)', 'czy (?:s[ąa]|jest) co[śs] nowego', 'czy wiadomo co[śs]')}${E}` +
    // "gibt's schon was Neues?", "du nouveau ?", "¿alguna novedad?", "novità?", "al nieuws?", "jak to vypadá?".
    `|${B}${any("gibt['’]?s (?:schon )?(?:was|etwas) neues", '(?:schon )?(?:was|etwas) neues', 'neuigkeiten', 'du nouveau', 'des nouvelles', 'alguna novedad', 'novit[àa]', 'ci sono novit[àa]', '(?:al )?nieuws', 'jak to vypad[áa]', 'n[ěe]jak[ée] novinky', 'novinky', 'jak[ýy] je stav', 'stav (?:po[žz]adavku|[žz][áa]dosti)')}${E}` +
    `|${B}${any('ponto de situa[çc][ãa]o', 'is (?:dit|het|dat|de verwijdering) al (?:uitgevoerd|gedaan|klaar|verwijderd|afgerond)', 'ya se (?:complet[óo]|hizo|realiz[óo]|borr[óo]|elimin[óo]|ejecut[óo])', 'j[áa] (?:foi|est[áa]) (?:feit[oa]|conclu[íi]d[oa]|apagad[oa]|exclu[íi]d[oa])', '(?:was|has|is) del-\\d+ (?:actually |already |really )?(?:been )?(?:cancell?ed|done|completed|deleted|executed|run)', 'qual (?:[ée]|e) o (?:estado|status|ponto)', 'em que (?:p[ée]|ponto|fase) (?:est[áa]|anda)', 'entro quando', 'quando sar[àa] (?:fatto|fatta|completat[oa]|finit[oa]|pronto)', 'hvorn[åa]r er (?:det|den|sletningen) (?:f[æa]rdig|klar|f[æa]rdigt|udf[øo]rt)', 'n[äa]r [äa]r (?:det|den|raderingen) (?:klar|f[äa]rdig|klart)', 'wanneer is (?:het|dit|de verwijdering) (?:klaar|gedaan|afgerond)', 'wann ist (?:es|das|die l[öo]schung) (?:fertig|erledigt|abgeschlossen|durch)', 'quand (?:est-ce que )?(?:ce|cela|la suppression) sera (?:fait|faite|termin[ée]e?)', 'cu[áa]ndo (?:estar[áa]|queda|quedar[áa]) (?:listo|lista|hecho|terminad[oa])', 'ya qued[óo](?=[^.!\\n]{0,60}\\?)(?![^]*?(?<!\\p{L})(?:borr(?:en|ar|a)|elimin(?:en|ar|a))(?!\\p{L}))', '(?:y|qu[ée] (?:pas[óo]|hay|onda) con) (?:mi|nuestra|la) (?:solicitud|petici[óo]n)(?=\\s*\\?)', 'quando (?:fica|ficar[áa]|estar[áa]) (?:pronto|pronta|conclu[íi]d[oa])', 'ho gaya kya', 'hua kya', 'quel est l[’\']?[ée]tat', 'o[ùu] en est(?:-on)?', 'o[ùu] en (?:sommes-nous|êtes-vous)', '(?:už )?je (?:to )?hotov\\p{L}*', 'už je to hotové', 's-a (?:terminat|finalizat|[șş]ters)', 'e gata', 'вже (?:готово|видалили|зроблено)', 'уже (?:готово|удалили|сделано)', 'ολοκληρώθηκε', 'έγινε η διαγραφή', 'זה בוצע', 'בוצע כבר', '(?:đã )?xong chưa', 'onko (?:se |poisto )?(?:jo )?valmis', '(?:sudah|dah) siap', 'kab tak (?:complete|ho|hoga|khatam)', 'kitna time', 'kya status', 'sudah selesai', 'bagaimana status\\p{L}*', 'ne zaman bitecek', 'bitti mi', 'kapan (?:selesai|beres|kelar)(?: ya| nih)?', 'gimana (?:status\\p{L}*|kabarnya)', 'kya hua (?:iska|uska|is ?ka|us ?ka)', '(?:koi|kya|any) update (?:hai|mila)', 'a che punto (?:siamo|[èe])', 'ne aşamada', '언제 (?:끝나|완료)\\p{L}*', 'کیا بنا', 'کیا ہوا', 'ہو گیا؟', 'ہو گئی؟', 'هل تم (?:الحذف|حذف\\p{L}*|تنفيذ\\p{L}*)', 'هل انتهى', 'ما الجديد', 'أي جديد', 'ما (?:هو|هي) (?:وضع|حالة)', '(?:وضع|حالة) (?:طلب|الطلب)', 'מה (?:המצב|הסטטוס)')}${E}` +
    '|進捗|状況|どうなって|(?:完了|終了|終わり)(?:しましたか|しています(?:か|でしょうか)|でしょうか)|完成了吗|完成了嗎|完成了没|완료(?:되었나요|됐나요|되었습니까|되었는지)|끝났나요|进度|進度|进展|進展|状态|狀態|진행\\s*상황|진행\\s*상태|처리\\s*현황|เสร็จ(?:แล้ว)?(?:หรือยัง|ยัง)|ถึงไหนแล้ว|处理到哪一步|處理到哪一步|什么时候能删完|什麼時候能刪完|(?<![^\\P{L}]|\\u03B9)(?:ну что,?\\s*)?(?:уже |всё |все )?готово\\s*\\?|(?<![^\\P{L}]|\\u03B9)gotovo\\s*\\?|как продвигается|на каком этапе|הסטטוס|סטטוס|מה המצב|זה נגמר|האם זה הסתיים|ما (?:هي )?حالة|ما الوضع|ሁኔታ|स्थिति|অবস্থা|நிலை',
);

/**
 * To delete in languages less often written to us: Indonesian and Malay, Estonian, Latvian, Lithuanian,
 * Ukrainian, Russian, Bulgarian, Serbian, Croatian, Slovenian, Slovak, Icelandic, Basque, Catalan, Welsh,
 * Swahili, Tagalog, Vietnamese, Arabic and Hebrew ("mohon hapus", "palun kustutage", "видаліть",
 * "prašome ištrinti", "obrišite", "esborreu", "tafadhali futa", "xóa", "حذف", "למחוק").
 */
export const MORE_DELETE_VERBS = any(
  'borr[áa]s', 'borrá', 'borr[áa]me', 'borr[áa]los', 'hapus\\p{L}*', 'menghapus\\p{L}*', 'penghapusan', 'padam(?:kan)?', 'memadam\\p{L}*', 'pemadaman', 'kustuta\\p{L}*', 'dz[ēe]s\\p{L}*', 'izdz[ēe]s\\p{L}*', 'i[šs]trin\\p{L}*', 'pa[šs]alin\\p{L}*',
  // Ukrainian and Russian "clear" ("очистити архів", "очистите архив"), as "rensa" and "vaciar" are.
  'очист\\p{L}*', 'видал\\p{L}*', 'удал\\p{L}*', 'изтри\\p{L}*', 'обриш\\p{L}*', 'избриш\\p{L}*', 'obri[šs]\\p{L}*', 'izbri[šs]\\p{L}*', 'brisanj\\p{L}*', 'zma[žz]\\p{L}*',
  'ey[ðd]i[ðd]', 'ey[ðd]a', 'ey[ðd]ingu', 'ezabat\\p{L}*', 'esborr\\p{L}*', 'dileu', 'dil[ëe]wch', 'futa', 'futeni', 'kufuta', 'burahin', 'tanggalin', 'pagbura',
  // Taglish glues the English verb to Tagalog's request prefixes: "pakidelete po", "paki-remove", "i-delete na", "ipa-delete".
  '(?:paki|ipa|i)-?(?:delete|remove|erase|wipe|purge)',
  // Greek written in Latin letters (Greeklish): "diagrapste", "diagrafi", "na diagrapsete".
  'diagra(?:p|ps|f|ph)\\p{L}*',
  'purg(?:ar|ue|uen|uemos|ad|ue[ns]?|ando|ado)', 'bersihkan', 'membersihkan', 'rensa\\p{L}*', 'rense(?:s)?', 'purger', 'purgez', 'expurg\\p{L}*', 'leegmaken', 'leeg (?:maken|halen)', 'opschonen', 'leeren', 'vaciar', 'vac[íi]en', 'svuotare', 'svuotate', 'esvaziar', 'esvaziem', 't[öo]mma', 'hata (?:dijiye|dijie|dena|den|do|de)', 'hatao', 'hataiye', 'hatayein', 'hatana', 'mita (?:dijiye|do|de)', 'mitao',
  DUTCH_MAY_GO,
  'siler(?: misiniz| m[ıi]s[ıi]n[ıi]z)?', 'silebilir misiniz', 'sil(?:in|iniz|insin|inmesi\\p{L}*|inmeli\\p{L}*|ebilir\\p{L}*|menizi|mek|meyi|memiz\\p{L}*)', 'x[óo]a', 'xoá', 'حذف', 'بحذف', 'نمسح', 'امسح\\p{L}*', 'تمسح\\p{L}*', 'يمسح\\p{L}*', 'مسح\\p{L}*', 'احذف\\p{L}*', 'مسح', 'למחוק', 'מחק\\p{L}*', 'מחיקת', 'מחיקה',
);
/**
 * The same in scripts written without spaces or with vowel signs between letters: Hindi and Nepali,
 * Thai, Bengali, Tamil, Sinhala, Amharic, Georgian; and Persian, Urdu and Hausa ("پاک کنید", "ku goge").
 */
export const MORE_DELETE_UNSPACED = any('हटा', 'डिलीट', 'मिटा', 'मेटा', 'ลบ', 'মুছ', 'ডিলিট', 'நீக்க', 'அழிக்க', 'மக', 'මක', 'ማጥፋ', 'ሰርዝ', 'ይሰርዙ', 'ስረዛ', 'წაშ', 'پاک کن', 'ڈیلیٹ', '(?<![^\\P{L}]|\\u03B9)goge(?![^\\P{L}]|\\u03B9)');

/** Delete words of the languages the classifier's own list lacks (the data word and the verb of a source deletion). */
export const DELETE_MORE = re(`${B}${any(MORE_DELETE_VERBS, IMPERATIVES, 'purga', ...TO_BE_DELETED, 'temizle\\p{L}*', 'adatt[öo]rl[ée]s\\p{L}*', 'usun\\p{L}*', 'usu[ńn]\\p{L}*', 'usuwa\\p{L}*', 'skasuj\\p{L}*', 'wykasuj\\p{L}*', 'skasowa\\p{L}*', 'rader\\p{L}*', 'slet\\p{L}*', 'poist\\p{L}*', 'fjern\\p{L}*', 'sma[žz]\\p{L}*', 'vyma[žz]\\p{L}*', 'odstra[ňn]\\p{L}*', '[șşs]terg\\p{L}*', 't[öo]r[öo]l\\p{L}*', 't[öo]rl[ée]s\\p{L}*', 'διαγρ\\p{L}*', 'σβήσ\\p{L}*')}${E}|${DEL_CJK}|${MORE_DELETE_UNSPACED}`);
export const DATA_MORE = re(
  `${B}${any('date(?:le|lor)', 'surs[aăe]\\p{L}*', 'adat\\p{L}*', 'forr[áa]s\\p{L}*', 'δεδομέν\\p{L}*', 'δεδομεν\\p{L}*', 'πηγ\\p{L}*', 'dan[eyi]\\p{L}*', 'danych', 'uppgifter', 'oplysninger', 'opplysninger', 'tiedot', 'tietoja', '[źz]r[óo]d\\p{L}*', 'k[äa]ll\\p{L}*', 'kilde\\p{L}*', 'l[äa]hte\\p{L}*', 'bron', 'bronnen', 'fonte', 'fonti', 'andme\\p{L}*', 'dan[іi]\\p{L}*', 'даних', 'дані', 'данные', 'данных', 'duomen\\p{L}*', 'dati', 'datus', 'g[öo]gn\\p{L}*', 'podat\\p{L}*', 'podatk\\p{L}*', 'datu\\p{L}*', 'dades', 'sumber', 'chanzo', 'بيانات', 'נתונים')}${E}|数据|數據|資料|데이터|소스|डेटा|ข้อมูล|dữ liệu|ডেটা|தரவ|දත්ත|ውሂብ|მონაცემ|داده|ڈیٹا|bayanai`,
);

/**
 * An explicit ask, in any language: "please", "kindly", "we would like", an imperative, a Japanese
 * "ください". Mail that asks nothing of us is no request, whatever it says about deleting.
 */
export const ASKS = re(
  any(
    `${B}(?:please|pls|plz|kindly|can you|could you|would you)${E}`,
    // "Do we need to ask for deletion at some point?" asks us nothing: a "we need" under a question's auxiliary.
    `${B}(?<!${B}(?:do|does|did|should|shall|must|will|would|can|could|may|might)\\s+)(?:we (?:want|need|would like|'d like|ask|request)|i (?:want|need|would like|'d like|ask|request))${E}`,
    `(?:^|[.!?:;]\\s+|\\n\\s*)(?:delete|remove|purge|erase|wipe)${E}`,
    `${B}(?:bitte|wir möchten|ich möchte|wir bitten|ich bitte|l(?:ö|oe)schen sie|entfernen sie|k(?:ö|oe)nnten sie|k(?:ö|oe)nnen sie)${E}`,
    `${B}(?:merci de|veuillez|pouvez-vous|pourriez-vous|nous souhaitons|je souhaite|nous demandons|je demande|supprimez|s['’]il vous pla[iî]t|svp)${E}`,
    `${B}(?:por favor|favor de|solicitamos|solicito|queremos|quiero|quer[ei]mos|les pido|les pedimos|pedimos|borren|eliminen|gostar[íi]amos|gostaria|excluam|apaguem|removam|podr[íi]an|poderiam)${E}`,
    `${B}(?:per favore|per cortesia|vi chiedo|vi chiediamo|chiediamo|chiedo|vorremmo|vorrei|si prega|cancellate|eliminate|potete|potreste)${E}`,
    `${B}(?:graag|alstublieft|alsjeblieft|wij willen|we willen|ik wil|verzoeken|verzoek|verwijder|kunt u|zou u)${E}`,
    `${B}(?:prosz[ęe]|prosimy|chcemy|chcia[łl]\\p{L}*|usu[ńn]cie|usu[ńn])${E}`,
    `${B}(?:v[äa]nligen|sn[äa]lla|vi vill|jag vill|radera|beg[äa]r|venligst|vi vil gerne|jeg vil gerne|vi [øo]nsker|jeg [øo]nsker|vennligst|slet|slett|ber om|anmoder)${E}`,
    `${B}(?:pyyd[äa]mme|pyyd[äa]n|haluamme|haluan|poistakaa|poista|voisitteko|yst[äa]v[äa]llisesti)${E}`,
    `${B}(?:v[ăa] rog|v[ăa] rug[ăa]m|[șşs]terge[țţt]i|k[ée]rj[üu]k|k[ée]rem|k[ée]rn[ée]nk|t[öo]r[öo]lj[ée]k|παρακαλώ|παρακαλούμε|παρακαλω|διαγράψτε|lütfen|lutfen|silin|silinsin)${E}`,
    'ください|下さい|お願い|願います|いただけ|頂け|希望します|请|請|麻烦|麻煩|帮忙|幫忙|주세요|주십시오|부탁|요청합니다|원합니다|바랍니다',
    // Indonesian, Estonian, Ukrainian, Russian, Lithuanian, Latvian, Icelandic, Croatian, Slovenian, Slovak, Basque, Catalan, Welsh, Swahili, Tagalog, Vietnamese, Arabic, Hebrew.
    `${B}(?:mohon|tolong|palun|будь ласка|прошу|просимо|пожалуйста|просим|pra[šs]ome|pra[šs]au|l[ūu]dzu|vinsamlegast|molim|molimo|prosim|prosimo|pros[íi]m|mesedez|si us plau|os gwelwch yn dda|tafadhali|pakiusap|vui l[òo]ng|l[àa]m ơn|نرجو|يرجى|الرجاء|من فضلك|בבקשה)${E}`,
    'कृपया|กรุณา',
  ),
);

/** Mail that sells, announces or applies for a job: newsletters, sales pitches, job applications. */
/**
 * "how long do you keep raw events? … Not asking to delete anything.", "This is not related to data
 * deletion.", "We do not want to delete anything yet, we only want the copy.", "削除依頼ではありません": said to
 * be no request.
 */
export const NOT_ASKING_TO_DELETE = re(
  any(
    `${B}(?:not (?:asking|requesting) (?:you )?(?:to delete|to remove|for (?:a |any )?deletion)|not related to (?:any |a )?(?:data )?deletion|(?:do not|don['’]t) want (?:you )?to delete anything|(?:this is )?not a deletion request|no deletion (?:is )?(?:needed|requested|required)|(?:das ist )?kein l(?:ö|oe)schauftrag|keine l(?:ö|oe)schung (?:n(?:ö|oe)tig|gew(?:ü|ue)nscht)|(?:ce n['’]est )?pas une demande de suppression|no es una solicitud de borrado|n[ãa]o [ée] um pedido de exclus[ãa]o|non (?:è|e['’]) una richiesta di cancellazione)${E}`,
    // "削除依頼ではありません", "아직 삭제 요청은 아닙니다", "不是删除请求": unspaced scripts, outside the letter bounds.
    '(?<!単なる)削除(?:の)?(?:依頼|リクエスト|お願い|要請)では(?:ありません|ございません|ない)|삭제\\s*요청(?:은|이)\\s*아닙니다|(?:不是|并非|並非)(?:删除|刪除)(?:请求|請求|申请|申請)',
  ),
);

export const NOT_A_REQUEST = re(
  any(
    `${B}(?:unsubscribe|newsletter|webinar|view (?:it )?in (?:your )?browser|special (?:offer|price)|free trial|book a demo|limited[- ]time|abmelden|abbestellen|se d[ée]sabonner|d[ée]sinscri\\p{L}*|darse de baja|descadastr\\p{L}*|disiscri\\p{L}*|cancella(?:re)? l['’]iscrizione|afmelden|uitschrijven|wypisz|avregistrera|afmeld|meld deg av|peruuta tilaus|sonderangebot|kostenlos testen|offre sp[ée]ciale|essai gratuit|oferta especial|prueba gratuita|teste gr[áa]tis|offerta speciale|prova gratuita|gratis proberen|darmowy okres pr[óo]bny|gratis provperiod|gratis pr[øo]veperiode|ilmainen kokeilu)${E}`,
    `${B}(?:job application|application for the (?:position|role|job)|applying for the (?:position|role)|cover letter|my (?:cv|resume|résumé)|candidatura|candidature|bewerbung|lebenslauf|sollicitatie|curriculum(?: vitae)?|mi cv|mon cv|meu cv|il mio cv|mijn cv|moje cv|podanie o prac[ęe]|ans[öo]kan|ans[øo]gning|s[øo]knad|ty[öo]hakemus)${E}`,
    '履歴書|職務経歴書|応募いたし|简历|簡歷|应聘|應徵|求职|求職|이력서|지원서|입사\\s*지원',
    '特別価格|ご提供(?:して|いた)|キャンペーン|セミナー|ウェビナー|配信停止|広告|無料トライアル|資料請求|突然のご連絡|限时|優惠|优惠|促销|促銷|退订|退訂|研讨会|研討會|免费试用|免費試用|수신\\s*거부|광고|할인|웨비나|세미나|무료\\s*체험',
  ),
);

/** A question about how deleting works ("is there a way to delete data ourselves?"), not a request. */
export const HOW_TO = re(
  any(
    `${B}(?:how (?:do|can|could|would|should) (?:i|we|one|you|customers)|is there a way|is it possible for (?:us|me) to|what is the (?:process|procedure)|just (?:asking|curious)|for future reference|ourselves|myself|self[- ]serve|quick question|(?:if|when|once|after) you delete|how long do you (?:keep|retain|store)|before we send any requests?)${E}`,
    `${B}(?:wie (?:kann|k(?:ö|oe)nnen) (?:ich|wir|man)|gibt es eine m(?:ö|oe)glichkeit|selbst)${E}`,
    `${B}(?:comment (?:puis-je|pouvons-nous|peut-on|faire pour)|est-il possible|nous-m[êe]mes|moi-m[êe]me)${E}`,
    `${B}(?:c[óo]mo (?:puedo|podemos|se puede|posso|podemos)|hay (?:alguna )?(?:forma|manera)|existe (?:alguma )?(?:forma|maneira)|nosotros mismos|n[óo]s mesmos)${E}`,
    `${B}(?:come (?:posso|possiamo|si pu[òo])|c['’][èe] un modo|[èe] possibile|noi stessi)${E}`,
    `${B}(?:hoe (?:kan|kunnen) (?:ik|we|wij)|is het mogelijk|zelf)${E}`,
    `${B}(?:jak (?:mog[ęe]|mo[żz]emy|mo[żz]na)|czy (?:jest )?mo[żz]liw\\p{L}*|sami)${E}`,
    `${B}(?:hur \\p{L}+ (?:jag|vi|man)|g[åa]r det att|hvordan \\p{L}+ (?:jeg|vi|man)|er det mulig(?:t)?|miten (?:voin|voimme|voi)|onko mahdollista|itse|selv|sj[äa]lva?)${E}`,
    'どうすれば|どのように|方法を教え|如何|怎么|怎樣|怎样|어떻게|방법',
  ),
);

/** A subscription or contract that was cancelled or terminated: "umowę wypowiedzieliśmy", "contrato cancelado", "解約しました". */
const ENDED = any('cancel\\p{L}*', 'anul\\p{L}*', 'annul\\p{L}*', 'k(?:ü|ue)ndig\\p{L}*', 'gek(?:ü|ue)ndigt', 'wypowiedz\\p{L}*', 'wypowiedzia\\p{L}*', 'opsag\\p{L}*', 'opsagt', 'sagt opp?', 's[äa]g\\p{L}* upp', 'irtisan\\p{L}*', 'terminat\\p{L}*', 'rescind\\p{L}*', 'disdett\\p{L}*', 'opgezegd', 'beëindigd');
export const ENDED_SUBSCRIPTION = re(
  `${B}${ENDED}${E}.{0,30}?${B}${SUBSCRIPTION_WORD}${E}|${B}${SUBSCRIPTION_WORD}${E}.{0,30}?${B}${ENDED}${E}|(?:解約|契約を終了|退订|退訂|해지)`,
);

/**
 * Something that looks like a day, a month or a year, in any of the languages: a purge must not be read
 * from a message whose dates the date reader did not understand.
 */
// A year inside a reference ("acta 2026-114", "MSA-2023-118", "INC-2026-771") is no date, nor is "Section 9.3".
export const DATE_LIKE = re(
  any(
    '(?<!\\d)(?<![A-Za-z]{2}-)(?:19|20)\\d{2}(?!\\d|[-/.]\\d{3,})', '(?<!\\d)(?<!(?:section|sec\\.|art\\.?|article|artikel|articolo|art[íi]culo|artigo|§|clause|chapter|paragraph|para\\.|abschnitt|ziffer|punkt|version|ver\\.|no\\.|nr\\.)\\s?)\\d{1,2}[./-]\\d{1,2}(?:[./-]|(?!\\d))',
    `${B}(?:${any(
      'janvier', 'f[ée]vrier', 'avril', 'juin', 'juillet', 'ao[ûu]t', 'septembre', 'octobre', 'novembre', 'd[ée]cembre',
      'j[äa]nner', 'januar\\p{L}*', 'februar\\p{L}*', 'm(?:ä|ae)rz', 'mars', 'marts', 'maart', 'juni', 'juli', 'augusti?', 'augustus', 'oktober', 'dezember', 'desember',
      'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre',
      'janeiro', 'fevereiro', 'mar[çc]o', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
      'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre', 'mei',
      // Polish months in their cases, written out so a name ("Marc") or a word ("lipid") is no month.
      'stycz(?:e[ńn]|nia|niu)', 'lut(?:y|ego|ym)', 'marzec', 'marca', 'marcu', 'kwie(?:cie[ńn]|tnia|tniu)', 'maj[au]?', 'czerw(?:iec|ca|cu)', 'lip(?:iec|ca|cu)',
      'sierp(?:ie[ńn]|nia|niu)', 'wrze(?:sie[ńn]|[śs]nia|[śs]niu)', 'pa[źz]dziernik[au]?', 'listopad[a]?', 'listopadzie', 'grud(?:zie[ńn]|nia|niu)',
      '\\p{L}+kuu(?:ta|n|ssa|lla)?', 'mai',
      'gestern', 'vorgestern', 'avant-hier', 'ayer', 'anteayer', 'ontem', 'ieri', 'gisteren', 'wczoraj', 'ig[åa]r', 'i g[åa]r', 'eilen', 'toissap[äa]iv[äa]n[äa]',
      'letzte[nr]? woche', 'semaine derni[èe]re', 'semana pasada', 'semana passada', 'settimana scorsa', 'vorige week', 'zesz[łl]ym tygodniu', 'f[öo]rra veckan', 'sidste uge', 'forrige uke', 'viime viikolla',
    )})${E}`,
    '\\d+\\s*(?:月|日|年|일|년)|昨日|昨天|어제|先週|上周|上週|지난\\s*주',
  ),
);

/** Asking for the way to delete, which no "please" turns into a request: "can you tell me how to delete …", "削除方法を教えてください". */
export const HOW_TO_ASKED = re(
  any(
    `${B}(?:(?:can|could|would) you (?:please )?(?:tell|explain|show)(?: (?:me|us))? how|tell (?:me|us) how|explain how|instructions (?:for|on) how)${E}`,
    `${B}(?:(?:k(?:ö|oe)nnen|k(?:ö|oe)nnten) sie (?:mir|uns) (?:sagen|erkl(?:ä|ae)ren),? wie|pouvez-vous (?:m['’]|nous )expliquer comment|(?:pueden|podr[íi]an) (?:explicarme|explicarnos|decirme|decirnos) c[óo]mo|(?:podem|poderiam) (?:me |nos )?(?:explicar|dizer) como|(?:potete|potreste) (?:spiegarmi|spiegarci|dirmi|dirci) come|kunt u (?:mij|ons|me) (?:uitleggen|vertellen) hoe)${E}`,
    '削除(?:の|する)?方法|どうやって削除|如何删除|如何刪除|怎么删除|怎麼刪除|删除方法|刪除方法|삭제\\s*방법|어떻게\\s*삭제',
  ),
);

/**
 * Something went wrong with some data: a bad import, a bug, test or duplicate data. Next to a day it
 * says which data is meant ("delete all data in X — the bad import ran on 5 Nov"), so a purge of
 * everything is not what was asked for sure.
 */
export const DATA_INCIDENT = re(
  `${B}${any(
    'bad', 'wrong', 'junk', 'garbage', 'bogus', 'broken', 'faulty', 'corrupt\\p{L}*', 'polluted', 'erroneous', 'invalid',
    'duplicat\\p{L}*', 'doubled', 'bug(?:gy)?', 'glitch\\p{L}*', 'misconfigur\\p{L}*', 'mistaken\\p{L}*', 'accidental\\p{L}*',
    '(?:re)?import(?:s|ed)?', 'replay\\p{L}*', 'test data', 'test events', 'incident',
    'fehlerhaft\\p{L}*', 'falsch\\p{L}*', 'doppelt\\p{L}*', 'testdaten', 'm(?:ü|ue)ll', 'versehentlich',
    'erron\\p{L}*', 'mauvais\\p{L}*', 'doublons?', 'incorrect\\p{L}*', 'err[óo]ne[oa]s?', 'incorrect[oa]s?', 'duplicad[oa]s?',
    'importaci[óo]n', 'importa[çc][ãa]o', 'importazione', 'sbagliat\\p{L}*', 'fout\\p{L}*', 'błędn\\p{L}*', 'felaktig\\p{L}*', 'fejl\\p{L}*', 'virhe\\p{L}*',
  )}${E}|誤|不正|テストデータ|重複|错误|錯誤|重复|測試數據|测试数据|잘못|오류|중복`,
);

/**
 * "all affected data", "alle fehlerhaften Daten", "toutes les données erronées": all of some data, which a
 * purge of everything is not (a source deletion to ask about).
 */
export const SOME_OF_THE_DATA = re(
  `${B}(?:${any(
    '(?:all|any|every)(?: of)?(?: the| our| its| this| that)? (?:affected|impacted|corrupt\\p{L}*|bad|wrong|duplicat\\p{L}*|test|incorrect|faulty|broken|erroneous|invalid|junk|imported|polluted|bogus|garbage|compromised|leaked|exposed|mis-?configured)',
    '(?:alle|sämtliche) (?:betroffenen|fehlerhaften|falschen|doppelten|importierten|korrupten)',
    '(?:toutes|tous) (?:les|nos) (?:données|événements) (?:concern[ée]es|affect[ée]es|erron[ée]es|corrompues|dupliqu[ée]es|import[ée]es|incorrectes)',
    '(?:todos|todas) (?:los|las|nuestros) (?:datos|eventos) (?:afectados|err[óo]neos|duplicados|importados|incorrectos|corruptos)',
    'alle (?:getroffen|foutieve|verkeerde|dubbele|ge[ïi]mporteerde|corrupte) (?:gegevens|data)',
    'tutti i (?:dati|eventi) (?:interessati|coinvolti|errati|sbagliati|duplicati|importati)',
    'todos os (?:dados|eventos) (?:afetados|errados|duplicados|importados|incorretos)',
  )})${E}`,
);

/**
 * A second request the message only hints at: "and also something with the drivers, my colleague will
 * explain", "and maybe also clean the space somehow?". Taking the part we read would leave the rest
 * unasked, and the customer believing it is handled.
 */
export const ANOTHER_REQUEST = re(
  `${B}${any(
    'something (?:else )?(?:with|about|for|regarding|in)', 'something else', '(?:my|a) (?:colleague|coworker|co-worker|teammate) will (?:explain|follow up|send|write)',
    '(?:more|details|the rest) (?:will )?(?:to )?follow', 'will send (?:you )?(?:more )?details', 'maybe also', 'perhaps also', 'possibly also', 'not sure what is possible',
    'vielleicht auch', 'noch etwas', 'peut-être aussi', 'autre chose', 'quizás también', 'tal vez también', 'otra cosa', 'talvez também', 'outra coisa', 'forse anche', 'qualcos[ae] (?:altro|con)',
    'misschien ook', 'iets anders', 'może też', 'może także', 'coś (?:z|jeszcze|innego)', 'kanske också', 'måske også', 'kanskje også', 'ehkä myös', 'možná také',
    // "e anche quelli della app vecchia", "and also the old app's": more, named by what it is, not its name.
    'e anche quell[ie] del(?:la|lo|l[\'’]|le)?', 'and also (?:the data )?(?:of|from) the (?:old|new|other|previous)', 'und auch (?:die|der|den) (?:alte[nr]?|andere[nr]?)', 'et aussi (?:celles?|ceux) de', 'y también (?:los|las) de',
    // "(and whatever else was affected)", "the same day for our other shop", "in both workspaces", "and the staging copy too".
    '(?:and |or )?(?:whatever|anything|everything) else (?:that )?(?:was|is|got|has been|were)? ?(?:affected|hit|broken|impacted)', 'the same (?:days?|dates?|thing|range) (?:for|in|on) (?:our|the) other',
    '(?:for|in|on) (?:our|the) other (?:shop|store|site|workspace|account|app|brand|instance|environment)s?', '(?:in|for|from) (?:both|all (?:of )?(?:our|the)) workspaces',
    '(?:and )?(?:the )?staging (?:copy|one|workspace|environment|instance|version) (?:too|as well|also)', 'same for (?:the )?staging',
  )}${E}`,
);

/**
 * A correction says which scope the request means, in any language, whatever else its sentence holds:
 * "Scusate, intendevo il 2 marzo 2025, non il primo" (the days to read), "Correction: it should be
 * Android App for 4 January, not 3 January. Please do not delete 3 January." (a narrower scope, so the
 * "do not delete" takes back only the day it replaces; no cancellation).
 */
export const CORRECTION =
  /(?<![^\P{L}]|\u03B9)(?:i meant|i mean|ich meinte|ich meine|je voulais dire|quise decir|me refiero a|quería decir|ik bedoelde|ik bedoel|quis dizer|queria dizer|intendevo|volevo dire|intendo dire|miałem na myśli|miałam na myśli|chodziło mi o|chodzi mi o|chodziło o|chodzi o|miało być|should have been|it['’]s actually|actually it['’]s|c['’]est plutôt|debía ser|deveria ser|dovrebbe essere|moest zijn|det skulle vara|det skulle være|jag menade|jeg mente|jeg mener|tarkoitin|tarkoitan|correction|corrected|it should (?:be|have been|read)|should have said|we meant|korrektur|korrigiert|es sollte|richtig (?:ist|wäre)|correcci[óo]n|corrigé|rectificatif|correzione|correção|correcção|correctie|rättelse|korrigering|rettelse|oikaisu|korekta)(?![^\P{L}]|\u03B9)/iu;

/** "do NOT delete iOS App 2 after all, only the iOS App source for Nov 25": what is left to delete, a narrower scope. */
export const ONLY_THE_REST = /(?:^|[,;:.!—–-]\s*)(?:but\s+|aber\s+|mais\s+|pero\s+)?(?:only|just|nur|seulement|uniquement|solo|s[óo]lo|solamente|alleen|endast|kun|bare|vain|tylko)\s+(?:the\s+|die\s+|den\s+|das\s+|le\s+|la\s+|les\s+|el\s+|los\s+)?[\p{L}\d]/iu;
/** A year the workspace was closed or deleted in: "closed in 2023", "chiuso nel 2023", "lo dimos de baja en 2021", "2023 mein band ho gaya". */
export const CLOSED_IN_YEAR = /(?<![^\P{L}]|\u03B9)(?:(?:we|i|they) (?:left|quit|churned|moved (?:away|off)|migrated (?:away|off))|closed|deleted|removed|shut down|terminated|cancell?ed|ended|chius[oa]|eliminat[oa]|cancellat[oa]|chiuso|cerrad[oa]|eliminad[oa]|borrad[oa]|de baja|dimos de baja|dado de baja|fechad[oa]|encerrad[oa]|exclu[íi]d[oa]|eliminad[oa]|ferm[ée]e?|supprim[ée]e?|geschlossen|gel[öo]scht|gek[üu]ndigt|aufgel[öo]st|opgeheven|verwijderd|gesloten|zamkni[eę]t\p{L}*|usuni[eę]t\p{L}*|st[äa]ngd|raderad|lukket|slettet|suljettu|poistettu)[^.!?\n\d]{0,20}?(?<!\d)((?:19|20)\d{2})(?!\d)|(?<!\d)((?:19|20)\d{2})(?:\s*(?:mein|me|में|['’]?(?:de|da|te|ta)|y[ıi]l[ıi]nda))?\s+(?:band|बंद|kapan\p{L}*|kapat\p{L}*|silin\p{L}*|closed|deleted|shut)(?![^\P{L}]|\u03B9)/giu;
/**
 * "Done?", "Gata?", "Fatto?", "Klaar?", "Já terminou?" on a line of its own: how far the request is. A
 * spoken lead-in may come first: "i co, gotowe?" ("so, done?"), "and, done?", "alors, fini ?".
 */
export const STATUS_SHORT = new RegExp(`(?:^|\\n)${SPACE_IN_LINE}*(?:(?:no\\s+i\\s+co|i\\s+co|a\\s+co|so|well|and|und|also|na|alors|et|bon|y|pues|e|allora|en|ok(?:ay|ej)?)${SPACE_IN_LINE}*[,!]?${SPACE_IN_LINE}+)?(?:(?:already|j[áa]|ya|al|schon|d[ée]j[àa]|gi[àa])${SPACE_IN_LINE}+)?(?:done|finished|gata|fatto|finito|klaar|fertig|erledigt|listo|hecho|feito|fait|termin[ée]|terminou|acabou|terminado|acabado|conclu[íi]do|valmis|hotovo|gotowe|klart|ferdig|f[æa]rdig|xong|bitti mi)${SPACE_IN_LINE}*\\?`, 'iu');

/** A verb of deleting in the languages we read ("delete", "löschen", "supprimer", "删除"; "cancel" too, which a caller may set aside). */
export const DELETE_VERB = new RegExp(String.raw`(?<![^\P{L}]|\u03B9)(?:${MORE_DELETE_VERBS}|delet\p{L}*|remov\p{L}*|purg\p{L}*|eras\p{L}*|wip\p{L}*|löschen|lösche|supprim\p{L}*|elimin\p{L}*|borr\p{L}*|verwijder\p{L}*|apag\p{L}*|exclu\p{L}*|cancell\p{L}*|cancel\p{L}*|rimuov\p{L}*|usu[nń]\p{L}*|skasuj\p{L}*|wykasuj\p{L}*|radera\p{L}*|ta bort|slet\p{L}*|fjern\p{L}*|poista\p{L}*|wis(?:sen|t)|löscht)(?![^\P{L}]|\u03B9)|删除|刪除|削除|消去|삭제|${MORE_DELETE_UNSPACED}`, 'iu');
