/**
 * What kind of request a message is, from its new text (subject included). Phrase lists cover English,
 * German, French, Spanish, Dutch, Italian and Portuguese, with the common Japanese verbs.
 *
 * The order of the checks is the safety order:
 * - mail that asks nothing of us (a newsletter, a sales pitch, a job application, a question about how
 *   deleting works) is no request, whatever it says about deleting;
 * - an end user's request (GDPR/DSAR/CCPA, any language) is `user_data` whatever else it says: this desk
 *   never turns one person's data into a workspace or source deletion;
 * - only an explicit cancellation cancels: "do not delete anything in 2026" inside a message that asks
 *   to delete something else narrows the scope, it does not withdraw the request;
 * - a purge needs an unmistakable request to delete the workspace, the account or all of its data, and
 *   no day range: "the affected data in our workspace X" on two days is a source deletion to ask about.
 */
import type { RequestKind } from '../request';
import * as words from './kindWords';
import { ONE_PERSONS_DATA } from './onePerson';
import { withoutOthersAccounts } from './personAccount';
import { CANCEL_PART_VERB, EXCEPTION, KEEP, OMISSION, PART_WORD, STAYS } from './exclusionWords';
import { PAST_DELETION_QUESTION } from './pastDeletion';
import { escapeRegExp } from './regexText';
import { isMonthName } from './monthNames';

/** A privacy law with one person, or one person's rights: the word edge stands once before all the forms, as in kindWords.ts. */
const USER_DATA =
  /(?<![^\P{L}]|[\u03B9\p{N}_])(?:(?:gdpr|dsgvo|rgpd|avg|lgpd|ccpa|cpra|uk gdpr|kvkk)(?![^\P{L}]|[\u03B9\p{N}_]).{0,120}?(?<![^\P{L}]|[\u03B9\p{N}_])(?:kullan[ıi]c\p{L}*|ki[şs]i\p{L}*|çal[ıi][şs]an\p{L}*|users?|person|customer|individual|subject|consumer|visitor|subscriber|member|patient|employee|(?:end)?(?:be)?nutzers?|kunden?|endkunden?|personne|utilisateur|usuario|persona|gebruiker|utente|usu[áa]rio|utilizador|titular|interessat[oa]|betrokkene|cliente|klant)(?![^\P{L}]|[\u03B9\p{N}_])|(?:dsars?|data subject|subject access|right to (?:be forgotten|erasure|deletion|delete)|consumer (?:deletion )?request|end[- ]?users?|a user|one user|single user|this user|that user|the user with|user ?ids?|userid|user_id|anonymous ?id|customer (?:named|called|with)|personal (?:data|information) (?:of|about|for) (?:a|an|one|this|that|the|our)(?![^\P{L}]|[\u03B9\p{N}_])|data (?:of|about|for) (?:a|one|this|that|an) (?:user|customer|person|individual|consumer|visitor|subscriber|member|client)|(?:a|one) (?:customer|person|individual|consumer|visitor|subscriber) (?:has )?(?:asked|requested|wants|exercised))(?![^\P{L}]|[\u03B9\p{N}_])|(?:endnutzers?|endbenutzers?|endkunden?|mandant(?:in|en)?(?![^\P{L}]|[\u03B9\p{N}_]).{0,80}(?<![^\P{L}]|[\u03B9\p{N}_])personenbezogen|personenbezogen\w* daten (?:unserer|unseres|meiner|meines) mandant|benutzer(?!konto)|nutzer(?:in)?(?!konto)|recht auf (?:vergessenwerden|löschung)|betroffene[nr]? person|auskunftsersuchen|personenbezogenen? daten (?:eines|einer|des|der|zu)|löschanfrage (?:eines|einer|des) )|(?:utilisat(?:eur|rice)(?: final(?:e)?)?|droit à l['’](?:oubli|effacement)|personne concernée|données personnelles d['’]un)(?![^\P{L}]|[\u03B9\p{N}_])|(?:usuario(?: final)?|derecho (?:al olvido|de supresión)|el interesado|titular de los datos|datos personales de un)(?![^\P{L}]|[\u03B9\p{N}_])|(?:eindgebruikers?|betrokkene|recht op (?:vergetelheid|verwijdering|gegevenswissing)|persoonsgegevens van (?:een|de))(?![^\P{L}]|[\u03B9\p{N}_])|(?:utente finale|diritto (?:all['’]oblio|alla cancellazione)|l['’]interessato|dati personali di un)(?![^\P{L}]|[\u03B9\p{N}_])|(?:usu[áa]rio final|utilizador final|direito ao (?:esquecimento|apagamento)|titular dos dados|dados pessoais de um)(?![^\P{L}]|[\u03B9\p{N}_])|(?:my personal (?:data|information)|all (?:of )?my (?:personal )?data|mes donn[ée]es (?:personnelles|perso)|meine (?:personenbezogenen|persönlichen) daten|mis datos personales|i miei dati personali|(?:os )?meus dados pessoais|mijn persoonsgegevens|moje dane osobowe)(?![^\P{L}]|[\u03B9\p{N}_]))|エンドユーザー|ユーザー/iu;

/** "Namens und in Vollmacht unseres Mandanten": a lawyer writing for their client. */
const ON_BEHALF_OF = /(?<![^\P{L}]|\u03B9)namens und in vollmacht(?![^\P{L}]|\u03B9)/iu;
/** Words about personal data in general, which alone name no person. */
const PERSONAL_DATA_ONLY = /^(?:user ?ids?|userid|user_id|個人情報|personal (?:data|information)|personenbezogene daten|données personnelles|datos personales|dados pessoais|dati personali|persoonsgegevens|dane osobowe|personuppgifter|personoplysninger|personopplysninger|henkilötiedot)$/i;
/** A person written out: an address, or a user's id with its value ("user 48213", "user_id: u-9921"). */
const PERSON_NAMED = /[\w.+-]+@[\w-]+\.[\w.-]+|\buser(?:[ _]?id)?\s*[:#=]?\s*[\w-]*\d{3,}/i;

/** Explicit words that withdraw a request. */
const CANCEL_EXPLICIT =
  /\b(?:cancel|abort|revoke|withdraw|call off|rescind)\b|\bstop (?:this|that|it|the (?:deletion|request|ticket|purge))\b|\b(?:abbrechen|stornieren|zurückziehen|widerrufen)\b|\b(?:annuler|annulez|annulons|annulation)\b|\b(?:cancelar|cancelen|cancelad|anular|anulen|anulad)\b|\b(?:annullare|annullate|annulla|annuleren|annuleer|intrekken)\b|キャンセル|取り消し|中止/i;
/** "stop"/"halt"/"hold" only with what is being stopped, so "we stopped the iOS app" is no cancellation. */
const CANCEL_STOP = /\b(?:stop|halt|pause|hold off|put on hold|stoppen|arrêter|arrêtez|detener|detengan|paren|parad|pare|parem|fermare|fermate|stopp|stoppa|zatrzymajcie|wstrzyma\w*|zastavte)\b.{0,30}\b(?:deletion|deleting|purge|purging|request|ticket|del[-\s]?\d+|löschung|suppression|eliminación|borrado|exclusão|cancellazione|sletting|slettingen|sletning|sletningen|radering|usuwanie|mazání)/i;
/**
 * Signals that count as a cancellation only when the message asks to delete nothing else: "do not
 * delete", "this was not us", "maliciously", "we don't need the deletion any more".
 */
const CANCEL_WEAK =
  /\b(?:do not|don't|dont|never|please don't) (?:delete|purge|wipe|remove|proceed|go ahead)(?! (?:anything|any|something|nothing) (?:else|beyond|besides|other))|\b(?:maliciosa(?:mente)?|malicieusement|b(?:ö|oe)swillig|maliciously|without (?:our|my) (?:consent|permission|authori[sz]ation)|was not (?:us|me)|wasn't (?:us|me)|did not (?:request|ask for)|didn't (?:request|ask for)|not authori[sz]ed|(?:do not|don't|dont|no longer) need (?:the|this|that|a|any|our) (?:deletion|purge|request)|(?:deletion|purge|request) is no longer needed)\b|\bnicht löschen\b|\b(?:ne supprimez pas|ne pas supprimer)\b|\b(?:no borren|no eliminen)\b/gi;
/** CANCEL_WEAK's first match, without the `g` that makes `exec` start at lastIndex; built once. */
const FIRST_CANCEL_WEAK = new RegExp(CANCEL_WEAK.source, 'i');
/** Cancelling a subscription or contract is the reason for a purge, not a cancellation of one. */
const CANCEL_OTHER = /\b(?:cancel(?:l?ed|ling)?|annul\w*|cancelad[oa]|gekündigt|k(?:ü|ue)ndig\w*)\b(?:(?!deletion|request|purge|ticket|löschung|suppression)[^,.;:!?\n]){0,25}\b(?:subscription|contract|plan|account|membership|service|abo\w*|vertrag|contrat|contrato|abonnement)\b/i;
/** An explicit ask to delete: a sentence starting with the verb, or a polite form before it. */
const DELETE_REQUEST =
  /(?:^|[.!?:;]\s+|\n\s*)(?:(?:hi|hello|hey|dear \w+|hallo|moin|bonjour|salut|hola|ciao|hej|hei|yes|ok|okay|sure|ja|oui|s[ií]|so|then)(?: \w+)?,?\s+)?(?:(?:please|only|just|but)\s+)?(?:delete|remove|purge|erase|wipe)\b|\b(?:please|kindly|can you|could you|would you|we (?:want|need|would like)(?: you)? to|i (?:want|need|would like)(?: you)? to|bitte|merci de|por favor|graag)\b.{0,40}\b(?:delete|remove|purge|erase|wipe|löschen|supprimer|eliminar|borrar|verwijderen)\b/i;
// The short "is it done?" of phone mail: Greek (whose question mark is ";"), Tagalog, Malay, Swahili, Hindi,
// Persian, Hungarian, Czech, Romanian and Finnish. "estatus" is how Mexican and much of Latin American
// Spanish write "status": "el estatus de la purga" is a status question there as "status" is elsewhere.
const STATUS =
  /(?<![^\P{L}]|[\u03B9\p{N}_])(?:hvordan går det|hur går det|hoe staat het|hay novedades|novedades|alguma novidade|novidades|come procede|jak to wygląda|jak postępuje|e?status(?!\s+(?:page|pages|code|codes|bar|quo|field|column|dashboard|site)\b)(?![^\S\n]*:[^\S\n]*(?:final|draft|open|closed|resolved|mitigated|monitoring|approved|in review|ongoing|investigating)\b)|progress|update on|updates on|any updates?|any news|news on|how (?:is|far)|where are we|eta|when will|has (?:it|this|the \w+) been (?:done|completed|deleted|processed)|is (?:it|this|that) (?:done|finished|complete|completed)|(?:done|finished|completed|through) yet|been completed|still pending|still waiting(?=[^\S\n]*(?:[.!?…]|$|on (?:this|it|the (?:request|deletion|ticket))|for (?:an? )?(?:update|answer|reply|response|confirmation|news)))|heard back|(?:haven['’]t|have not|not) heard anything|follow(?:ing)?[- ]up)(?![^\P{L}]|[\u03B9\p{N}_])|(?<![^\P{L}]|[\u03B9\p{N}_])(?:stand der|wie ist der stand|schon erledigt|erledigt\?|gibt es neuigkeiten|statut|état de|où en est|c'est fait|déjà fait|estado de|en qué estado|¿\s*ya está|ya está\s*\?|avance|al día|stato della|a che punto|già fatto|hoe staat het|al klaar|al gedaan|¿\s*ja está|ja está\s*\?|já foi|andamento|έγινε\s*[;;?]|ολοκληρώθηκε\s*[;;?]|tapos na (?:ba|po)|dah siap|sudah siap\s*\?|imekamilika\s*\?|imeshafutwa\s*\?|ho gaya\s*\?|hua kya|انجام شد\s*[؟?]|kész van\s*\?|megtörtént\s*\?|hotovo\s*\?|s-a făcut\s*\?|onko (?:se )?valmis)(?![^\P{L}]|[\u03B9\p{N}_])|状況|進捗/iu;
/** "is my deletion done?", "has our request been completed yet?": a question about one's own request. */
const STATUS_OWN = /\b(?:is|are|was) (?:my|our|the) (?:data )?(?:deletion |erasure |purge )?(?:deletion|request|purge|ticket|erasure)s? (?:already |now )?(?:done|finished|complete|completed|processed|through)\b|\b(?:has|have) (?:my|our) (?:data )?(?:deletion |erasure |purge )?(?:deletion|request|purge|ticket|erasure)s? (?:already )?been (?:done|finished|completed|processed|carried out|executed)\b|has (?:the|our|my) [^.?!\n]{0,60}?\b(?:deletion|request|purge)\b[^.?!\n]{0,40}? been (?:done|completed|carried out|processed|finished)|\b(?:did|has|have) (?:my|our|the) (?:data )?(?:deletion|request|purge|erasure|ticket)s? (?:already )?(?:go|gone|went) through\b/i;
/** "I asked last week for … to be removed. Has that happened yet?": a question about a request made before. */
const STATUS_EARLIER =
  /\b(?:i|we) (?:already |have |had )?(?:asked|requested|sent (?:you )?(?:a|the|our|my) request|submitted|wrote|emailed)\b[^?]{0,160}\b(?:has (?:that|it|this) (?:(?:already |now )?happened|(?:already |now )?been (?:done|carried out|completed|processed|deleted|removed))|is (?:that|it|this) (?:done|finished|complete|completed)|did (?:that|it|this) (?:happen|go through)|was (?:that|it|this) (?:done|carried out|completed))\b/i;
const STATUS_STRONG = /\b(?:estatus\b|how (?:is|are) (?:the|our|my) [^.?!\n]{0,60}? (?:going|coming along|progressing)|what(?:['’]s| is) (?:happening|going on) with (?:my|our|the) (?:data )?(?:deletion|request|purge|ticket)|where do we stand|when (?:does|will|do|is) (?:the|our|my|this|that|it)\b[^.?!\n]{0,40}? (?:actually |really |finally )?(?:run|start|happen|take place|be (?:run|executed|carried out|done))(?= *\?)|where (?:things|the|our|my|this|that|it|del-\d+)\b[^.?!\n]{0,60}? stands?(?= *[?.!\n]| *$| with\b)|where are we at|how are we doing with|hay novedades|novedades|novidades|hvordan går det|hur går det|status(?!\s+(?:page|pages|code|codes|bar|quo|field|column|dashboard|site)\b)(?![^\S\n]*:[^\S\n]*(?:final|draft|open|closed|resolved|mitigated|monitoring|approved|in review|ongoing|investigating)\b)|progress|update on|any news|where are we with|is del-\d+ (?:done|finished|complete|completed|through)|has del-\d+ been (?:done|completed|processed)|stand der|wie ist der stand|statut|où en est|estado de|en qué estado|stato della|a che punto)\b|進捗|状況/i;
/** Archive words and what marks a workspace gone: together they ask for an archive purge. */
/** The request named as such ("archive purge", "purge of the archive", "purge des archives", "purga de los archivos"). */
const ARCHIVE_PURGE = /\barchive[- ]purge\b|\bpurge (?:of )?(?:the |your |its )?archive\b|\bpurge (?:des|de l['’]|du|de (?:vos|nos|ses) )\s*archives?\b|\bpurga (?:de )?(?:los |del |sus |nuestros )?archivos?\b/i;
const ARCHIVE_WORD = /\b(?:archive[ds]?|archiv(?:e|ierten?)?|archivo|archivio|arquivo|cold storage|back-?ups?|archived copies|sicherungen|sauvegardes|copias de seguridad)\b/i;
const LEFTOVER = /\b(?:old|deleted|former|closed|shut down|previous|defunct|discontinued|long[- ]gone|still|remaining|remains?|leftover|left over|residual|whatever|(?:anything|nothing|something) (?:that is |you )?(?:still|left)|gelöscht\w*|alte[nrs]?|ehemalige[nrs]?|noch|ancien\w*|supprimé\w*|encore|restant\w*|antiguo|eliminado|todavía|aún|restante\w*|oud|verwijderd|nog|vecchio|cancellato|ancora|antigo|excluído|ainda)\b/i;
/** All of what is left, not some of it: "any data still held", "aller noch gespeicherten Daten". */
const ALL_LEFTOVER =
  /\b(?:any|all|every|whatever|everything)\b.{0,40}\b(?:data|information|records|held|stored|kept|remains?)\b|\b(?:alle[rns]?|sämtliche[rn]?|jegliche[rn]?)\b.{0,60}\bdaten\b|\b(?:toutes?|tous)\b.{0,40}\b(?:données|informations)\b|\b(?:todos?|todas?|cualquier)\b.{0,40}\b(?:datos|dados|información)\b|\b(?:alle|eventuele)\b.{0,40}\bgegevens\b/i;
/**
 * "the whole archive of moonbase": all of it, said of the archive itself ("from the whole archive, delete
 * the Web source" is where, not what). "nothing left" says all of it only while no source is named:
 * "delete only the Web source, so there is nothing left of Web" is all of one source.
 */
const WHOLE_ARCHIVE = /(?<!\b(?:from|in|across|throughout|within)\s+(?:the\s+)?)\b(?:the\s+)?(?:whole|entire)\s+archive\b(?!\s+(?:purge|deletion))/i;
const NOTHING_LEFT = /\bnothing\s+(?:left|remaining)\b/i;
/** Data still kept for a workspace that no longer exists, without the word "archive". */
const STILL_STORED =
  /\b(?:still|remaining|leftover|left over|residual)\b.{0,40}\b(?:stored|kept|keep|held|hold|retained|retain|have|exists?|in your (?:systems?|storage|backups?))\b.{0,120}\b(?:deleted|closed|former|old|defunct|discontinued|terminated)\b|\b(?:deleted|closed|former|defunct|discontinued|terminated)\b.{0,60}\b(?:workspace|account)\b.{0,120}\b(?:still|remaining|leftover|residual)\b/i;
/**
 * The workspace or account itself is what is to be deleted (its name right after the verb). Not "Backend im
 * Workspace kowalski-soft am 28.05. löschen": after "im", "aus", "vom" the workspace says where the data lies.
 */
const PURGE_OBJECT =
  /\b(?:delete|remove|purge|erase|wipe|nuke|close|terminate|destroy|shut down)\s+(?:(?!(?:data|events|in|from|of|for|on|at|within|inside)\b)[\p{L}\p{N}'’.-]+\s+){0,4}(?:workspace|account|organi[sz]ation|org|tenant)(?!\s+(?:data|events)\b\s+(?:for|from|on|of)\b)|(?<!\b(?:in|im|aus|von|vom|from|of)\s+(?:(?:dem|der|the|our|unserem|unserer)\s+)?)\b(?:workspace|arbeitsbereich|konto|account)\s+(?:(?!\S*(?:daten|data|events|ereignisse|quelle))\S*[^\s.,;:!?]\s+){0,3}(?:komplett |vollständig |ganz )?löschen\b|\blöschen sie (?:bitte )?(?:unseren|unser|den|das|mein(?:en)?) (?:workspace|arbeitsbereich|konto|account)\b|\bsupprimer (?:notre|mon|le|l['’]) ?(?:workspace|espace de travail|compte)\b|\b(?:eliminar|borrar|eliminen|borren) (?:nuestro|mi|el|la|nuestra) (?:workspace|espacio de trabajo|cuenta)\b|\b(?:workspace|account) verwijderen\b|\b(?:eliminare|cancellare) (?:il nostro|il|l['’]) ?(?:workspace|account)\b|\b(?:excluir|apagar) (?:nossa|nosso|o|a|minha) (?:conta|workspace)\b|ワークスペース(?:(?!データ).){0,10}削除/iu;
/**
 * "Kindly delete the Events workspace", "Delete Data workspace": a workspace whose name is a data word,
 * written with its capital right before "workspace", is the object too (PURGE_OBJECT skips a lower-case
 * "data"/"events" there: "delete events from workspace X" deletes events). Case-sensitive on purpose.
 * Not with data after it: "delete the Acme IO workspace data from our load test" is some of its data.
 */
const NAMED_PURGE_OBJECT =
  /(?<![^\P{L}]|\u03B9)(?:[Dd]elete|[Rr]emove|[Pp]urge|[Ee]rase|[Ww]ipe|[Cc]lose)\s+(?:(?:the|our|my)\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*){0,2}\s+[Ww]orkspace(?![^\P{L}]|\u03B9)(?!['’]s?(?![^\P{L}]|\u03B9))(?!\s+(?:data|events|records|information|logs|users|profiles)(?![^\P{L}]|\u03B9))/u;
/** All of the data (the workspace's, not some days'). */
const PURGE_ALL =
  /\b(?:exclus[ãa]o|eliminaci[óo]n|suppression|l(?:ö|oe)schung|sletting|radering|cancellazione|verwijdering) (?:completa|compl[eè]te|komplette|vollst(?:ä|ae)ndige|fullstendig|fullständig|totale?|volledige)\b|\b(?:arbeidsområde\w*|arbetsyta\w*|workspace\w*)\b.{0,40}\b(?:slettes|slette|raderas|radera)\b|\bmed alle (?:data|dataene)\b|\bmed all data\b|\b(?:delete|remove|purge|erase|wipe)\b.{0,20}\beverything\b(?![^.\n]{0,40}?\b(?:source|sources|events)\b)|\b(?:delete|remove|purge|erase|wipe)\b.{0,20}\ball (?:of )?(?:our|my|the|its|their|your|[\w-]+['’]s?)?\s*(?:data|events|information)\b|\b(?:complete|full|total|entire) (?:data )?(?:purge|deletion|wipe|erasure)\b|\bpurge\b.{0,10}\b(?:everything|all)\b|\b(?:alle|sämtliche) (?:unsere[rn]? |meine[rn]? |ihre )?daten\b|\btoutes? (?:nos|mes|les|ses) données\b|\btodos (?:nuestros|mis|los|sus) datos\b|\balle (?:onze |mijn )?gegevens\b|\btutti i (?:nostri |miei )?dati\b|\btodos os (?:nossos |meus )?dados\b|全て?のデータ|すべてのデータ/i;
/** Words that leave "our data with you" all of it: "all", "completely", "please", a verb of deleting. */
const ALL_OF_IT_WORD =
  '(?:all|everything|completely|entirely|fully|in\\s+full|please|alle|alles|komplett|vollst(?:ä|ae)ndig|restlos|bitte|tout|enti[èe]rement|compl[èe]tement|totalement|s\\x27il\\s+vous\\s+pla[îi]t|todo|todos|completamente|totalmente|por\\s+favor|volledig|helemaal|graag|tutti|per\\s+favore|delete|deleted|remove|removed|erase|erased|purge|purged|wipe|wiped|l(?:ö|oe)schen|gel(?:ö|oe)scht|entfernen|zu|lassen|supprimer|effacer|eliminar|borrar|verwijderen|cancellare|eliminare)(?![^\\P{L}]|\\u03B9)';
/** "in workspace acme-inc", "Workspace: acme-inc": the workspace all of it is in, which narrows nothing. */
const WORKSPACE_SAID = '(?:(?:in|im|of|for|für|von|at)\\s+)?(?:(?:the|dem|das|den)\\s+)?(?:workspace|arbeitsbereich)[^\\S\\n]*:?[^\\S\\n]+[\\p{L}\\p{N}_-]+(?![^\\P{L}]|\\u03B9)';
/**
 * "bitte löschen Sie unsere Daten bei Ihnen.", "unsere Daten bei Ihnen bitte komplett löschen", "delete our
 * data with you, everything": the data the sender's company keeps with us, with the sentence ending right
 * after it (only "all", "completely", "please", the verb or the workspace between), is all of it. Anything else after it
 * may pick out part ("related to user 12345", "older than 90 days", "from the mobile apps", "that came
 * from the staging build", "for the test users"), so the phrase then says nothing of a purge.
 */
const OUR_DATA_WITH_US = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)(?:unsere|our|nos|nuestros|onze|i nostri)\\s+(?:daten|data|donn[ée]es|datos|gegevens|dati)\\s+(?:bei\\s+(?:ihnen|euch|dir)|with\\s+you|chez\\s+vous|con\\s+ustedes|bij\\s+(?:u|jullie)|presso\\s+di\\s+voi)(?![^\\P{L}]|\\u03B9)` +
    `(?=(?:[^\\S\\n]*,?[^\\S\\n]*(?:${ALL_OF_IT_WORD}|${WORKSPACE_SAID}))*[^\\S\\n]*(?:[.!?\\n]|$))`,
  'iu',
);
const SPACE = /\b(?:unify|profiles?)\b.{0,40}\bspace\b|\bunify\s*(?:的)?\s*(?:空间|空間|スペース|스페이스)|\b(?:espa[çc]o|espacio|spazio|espace)\s+(?:do|de|da|del|di|du|dell['’])\s+unify\b|\bunify-?(?:rommet|rummet|utrymmet|tilan?|raum|espace|espacio|spazio|espa[çc]o|ruimte|przestrze\w*)\b|(?:sma[žz]\w*|vyma[žz]\w*|odstra[ňn]\w*)\s+(?:pros[íi]m\s+)?prostor|\b(?:delete|remove|purge|erase|wipe|drop)\b.{0,40}\bspace\b|\bspace\b.{0,40}\b(?:deleted|removed|purged)\b|\b(?:raum|espace(?! de travail)|espacio(?! de trabajo))\b.{0,30}\b(?:löschen|supprimer|eliminar|borrar)\b|\b(?:löschen|supprimer|eliminar|borrar)\b.{0,30}\b(?:unify|raum|espace(?! de travail)|espacio(?! de trabajo))\b|\bspace\b.{0,30}\b(?:löschen|lösche|supprimer|effacer|eliminar|borrar|verwijderen|cancellare|eliminare|excluir|apagar|radera|slette|slet)\b|\b(?:löschen|supprimer|effacer|eliminar|borrar|verwijderen|cancellare|eliminare|excluir|apagar|radera)\b.{0,30}\bspace\b|(?<!ワーク)スペース[^\n。]{0,8}削除|(?<!워크)스페이스[^\n.]{0,8}(?:삭제|지워)|\bx(?:óa|oá|oa)\s+(?:(?:unify\s+)?space|không gian)\b/i;
/**
 * "فضای Unify ما", "Unify স্পেস", "space'a Unify „Lekarze”", "Unify prostor", "lo spazio Unify": the
 * product's name beside a word for a space, in either order, in any language we read.
 */
const SPACE_NOUN =
  "(?:spaces?|space['’]?\\p{L}*|espaces?|espacios?|espa[çc]os?|spazio|spazi|raum|r[äa]ume|ruimte|rum(?:met)?|rom(?:met)?|utrymme[t]?|tila[n]?|przestrze\\p{L}*|prostor\\p{L}*|spa[țţt]iu\\p{L}*|χώρο\\p{L}*|пространств\\p{L}*|прост[іо]р\\p{L}*|ruang|alan[ıi]?|ter[eü]\\p{L}*|فضای?|فضاء|مساحة|מרחב|स्पेस|স্পেস|ஸ்பேஸ்|スペース|스페이스|空间|空間|พื้นที่|không gian|nafasi|espasyo)";
const UNIFY_SPACE = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)unify(?![^\\P{L}]|\\u03B9)[^\\S\\n]*(?:[-–]\\s*)?(?:\\p{L}+\\s+)?${SPACE_NOUN}(?![^\\P{L}]|\\u03B9)|(?<![^\\P{L}]|\\u03B9)${SPACE_NOUN}[^\\S\\n]+(?:\\p{L}+\\s+)?unify(?![^\\P{L}]|\\u03B9)`,
  'iu',
);
const DELETE =
  /\b(?:(?<=\b(?:pls|plz|please)\s+)del|delete|deleted|deleting|deletion|remove|removed|removal|purge|purged|erase|erased|erasure|wipe|wiped|drop|clear|destroy|destroyed|destruction|get rid of|scrub|clean up|clean (?:that|it|this|them|those|these|everything)(?: mess)? up|make sure (?:that )?(?:nothing|no (?:data|trace|copy|copies)) (?:remains|is left|is kept|stays|survives)|nothing (?:remains|is left) (?:in|on) your|clean-?ups?|cleanup|borrad\w*|borrado|eliminad\w*|exclus[ãa]o|elimina[çc][ãa]o|apagamento|excluam|apaguem|slett\w*|radera\w*|ta bort|usun\w*|smaz\w*|odstran\w*|poista\w*|cancellat\w*|verwijder\w*|gelöscht|löschen|lösche|entfernen|löschung|supprimer|supprimez|effacer|suppression|eliminar|eliminen|borrar|borren|eliminación|verwijderen|verwijder|excluir|apagar|remover|eliminare|cancellare|cancellazione|rimuovere|effacement|effac\w*|eliminazione|rimozione|remoção|remocao|supresi[óo]n|verwijdering|sletning|radering|wissen|retirer|retirez|retiriez|quitar|quiten|quitad|quitéis|togliere|togliete|(?:cancellar|eliminar|rimuover|toglier|borrar|quitar)(?:l[aeio]s?|ne)|nuke|wegmachen|(?:want|need|would like|like to see)\b[^.?!\n]{0,60}\bgone)\b|削除|消去|删除|刪除|삭제/i;
const OWN_PAST_DELETION_SOURCE =
  "(?<![^\\P{L}]|\\u03B9)(?:we|i|they)(?:[’'](?:ve|d|re|m))?\\s+(?:have\\s+|had\\s+|are\\s+|am\\s+|were\\s+|just\\s+|already\\s+|accidentally\\s+|mistakenly\\s+|currently\\s+)*(?:deleted|purged|removed|wiped|erased|cleared|dropped|cleaned up|deleting|purging|removing|wiping|erasing|clearing|cleaning up)(?![^\\P{L}]|\\u03B9)|(?<![^\\P{L}]|\\u03B9)no (?:deletion|purge|removal|action) (?:is )?(?:needed|required|necessary)(?![^\\P{L}]|\\u03B9)";
const OWN_PAST_DELETION = new RegExp(OWN_PAST_DELETION_SOURCE, 'iu');
const OWN_PAST_DELETION_ALL = new RegExp(OWN_PAST_DELETION_SOURCE, 'giu');
const DATA_WORD = /\b(?:data|events|source|sources|daten|quelle|données|source|datos|fuente|gegevens|dados|dati)\b|データ|ソース/i;

export interface KindEvidence {
  hasTicket: boolean;
  namedSource: boolean;
  /** No source was read in the workspace named: the source's word is another workspace's (defaults to false). */
  sourceElsewhere?: boolean;
  namedSpace: boolean;
  /** A date was mentioned at all. */
  hasDates: boolean;
  /** Dates about the deletion became day ranges (defaults to `hasDates`). */
  hasRanges?: boolean;
  /** The message answers a ticket thread (a reply, or it names a ticket). */
  isReply?: boolean;
  namedWorkspace?: boolean;
  workspaceDeletedAt: string | null;
  /** The last day of each range read from the deletion clauses (to tell days to delete from context). */
  rangeEnds?: string[];
  /** The sender administers a workspace: "my account and all my data" is theirs, not an end user's. */
  senderAdministers?: boolean;
  /** The catalog names as written in the text: a space called "会员画像" (member profiles) holds no member. */
  names?: string[];
  /** The subject as it heads the text read ('' or absent when the text is the body alone, as for a reply). */
  subject?: string;
}

export interface KindReading {
  kind: RequestKind;
  /** The words that decided the kind, as written; null when nothing in the text says it. */
  words: string | null;
}

export function classifyKind(text: string, evidence: KindEvidence): RequestKind {
  return readKind(text, evidence).kind;
}

/** "Delete my account": the sender's whole account, every workspace they administer. */
const ACCOUNT =
  /\b(?:delete|close|remove|terminate|cancel|erase)\s+(?:my|our)\s+(?:whole\s+|entire\s+|complete\s+)?(?:user\s+)?account\b(?!['’]s)|\ball (?:the )?workspaces (?:i|we) (?:administer|manage|own|admin)\b|\b(?:mein(?:en)?|unser(?:en)?) (?:gesamtes? |ganzes? |komplettes? )?(?:konto|account|benutzerkonto)\b.{0,60}\bl(?:ö|oe)sch|\bl(?:ö|oe)sch\w* (?:sie )?(?:bitte )?(?:mein(?:en)?|unser(?:en)?) (?:gesamtes? |ganzes? |komplettes? )?(?:konto|account)\b|\b(?:supprimer|fermer) (?:mon|notre) compte\b|\b(?:eliminar|borrar|cerrar) (?:mi|nuestra) cuenta\b|\b(?:excluir|encerrar) (?:minha|nossa) conta\b/i;

/**
 * "Status: Open | Priority: Normal | Opened: …": a help desk's own field about its ticket, no question
 * about ours. The line is not read for the kind.
 */
const TICKET_STATUS_FIELD = /^[ \t]*[*_]*(?:status|state|estado|stato|statut|zustand)[*_]*[ \t]*:[ \t]*(?:open|new|pending|on[ -]hold|in progress|solved|closed|resolved|assigned|offen|neu|in bearbeitung|geschlossen|gel(?:ö|oe)st|ouvert|nouveau|en cours|ferm[ée]|r[ée]solu|abierto|nuevo|en curso|cerrado|resuelto|aberto|novo|em andamento|fechado|resolvido|aperto|nuovo|in corso|chiuso|risolto)(?![^\P{L}]|\u03B9)[^\n]*$/gimu;

/**
 * The text the kind is read from: a help desk's status field left out, and so is "delete the account of
 * our former colleague ops@…" or "remove Hank from the workspace and delete his account" — a person's
 * seat is no workspace, account or data of ours to delete (index.ts asks about it). A privacy law cited
 * makes the person an end user, whose data is a request of its own kind.
 */
function kindText(full: string, names: string[]): { text: string; seat: boolean } {
  const unstamped = full.replace(TICKET_STATUS_FIELD, '');
  if (words.PRIVACY_CONTEXT.test(unstamped)) return { text: unstamped, seat: false };
  const { text, words: seat } = withoutOthersAccounts(unstamped, names);
  return { text, seat: seat !== null };
}

/** What is left once a person's seat is set aside names no data, source, day, workspace purge or account: no request of ours. */
function onlyASeat(text: string, evidence: KindEvidence): boolean {
  const more = [DATA_WORD, words.DATA_MORE, PURGE_OBJECT, NAMED_PURGE_OBJECT, words.WORKSPACE_OBJECT, words.FULL_DELETION, PURGE_ALL, words.ALL_DATA, words.DELETE_EVERYTHING, ACCOUNT, words.ACCOUNT, SPACE, ARCHIVE_WORD];
  return !evidence.namedSource && !evidence.namedSpace && !(evidence.hasRanges ?? evidence.hasDates) && !more.some((re) => re.test(text));
}

export function readKind(full: string, evidence: KindEvidence): KindReading {
  const { text, seat } = kindText(full, evidence.names ?? []);
  if (seat && onlyASeat(text, evidence)) return { kind: 'unknown', words: null };
  // The words quoted are the body's when it has them ("Please delete …"), else the subject's.
  const bodyAt = text.indexOf('\n\n');
  const said = (kind: RequestKind, re: words.Phrase | null): KindReading => ({
    kind,
    words: re ? ((bodyAt >= 0 ? re.exec(text.slice(bodyAt)) : null) ?? re.exec(text))?.[0].trim() ?? null : null,
  });
  if (text.trim() === '') return { kind: 'unknown', words: null };
  // Whether the mail asks anything of us is read only when something suggests it might not.
  const asks = (): boolean => words.ASKS.test(text);
  // A newsletter names no source of ours and no workspace; a request about the source "Newsletter" does.
  // (A source's word that is no source of the workspace named was read as no request about both; a source
  // named with an extra word, "Quelle „Newsletter-staging“", then made a deletion request no request.)
  const namesBoth = evidence.namedSource && (evidence.namedWorkspace ?? false);
  if (words.NOT_A_REQUEST.test(text) && !namesBoth && !asks()) return { kind: 'unknown', words: null };
  const person = userDataReading(text, evidence, said);
  if (person) return person;
  const withdrawn = cancelReading(text, said, evidence.namedSource);
  if (withdrawn) return withdrawn;
  if (words.NOT_ASKING_TO_DELETE.test(text) && !namesBoth) return { kind: 'unknown', words: null };
  // Closing one's account ("Please close my account", "注销我的账户") is deleting it.
  // "We purged our CDN cache yesterday and now the shop shows gaps": what the customer did themselves is
  // no request; the mail asks to delete only if it says so elsewhere.
  const asked = OWN_PAST_DELETION.test(text) ? text.replace(OWN_PAST_DELETION_ALL, ' ') : text;
  const deleting = DELETE.test(asked) || words.DELETE_MORE.test(asked) || words.ACCOUNT.test(asked);
  const threaded = evidence.hasTicket || (evidence.isReply ?? false);
  if (threaded && !(evidence.hasRanges ?? evidence.hasDates) && !evidence.namedSource && words.HOLD.test(text)) return { kind: 'unknown', words: null };
  const status = statusReading(text, evidence, { deleting, threaded }, said);
  if (status) return status;
  const ranged = evidence.hasRanges ?? evidence.hasDates;
  if (!deleting && !/\bpurge\b/i.test(text)) return readingWithoutVerb(text, evidence, { threaded, ranged }, asks);
  // "Is there a way to delete data ourselves?" names nothing to delete and asks nothing of us. Only a
  // question: "Alle Daten löschen, wir schaffen es nicht selbst." still asks for something.
  const named = evidence.namedSource || (evidence.namedWorkspace ?? false) || evidence.namedSpace || ranged;
  if (!threaded && !named && QUESTION_MARK.test(text) && words.HOW_TO.test(text) && !asks()) return { kind: 'unknown', words: null };
  // "Can you tell me how to delete my account?" asks for the way, whatever polite words it has.
  if (!threaded && !evidence.namedSource && !ranged && words.HOW_TO_ASKED.test(text)) return { kind: 'unknown', words: null };
  return purgeReading(text, evidence, said) ?? deletionReading(text, evidence, said);
}

/**
 * A mail with no deletion verb: a reply that answers our question ("it's android in acme-inc, the 2nd of
 * March") or a source with its days written as a request completes a source deletion; anything less
 * stays unknown and only gives its fields.
 */
function readingWithoutVerb(text: string, evidence: KindEvidence, thread: { threaded: boolean; ranged: boolean }, asks: () => boolean): KindReading {
  const { threaded, ranged } = thread;
  // A reply that answers our question ("it's android in acme-inc, the 2nd of March") completes the
  // source deletion it belongs to; a reply with less stays unknown and only gives its fields.
  // Days belong only to source deletions, so a reply giving days ("From 1 March 2024 to 3 March 2024.")
  // completes one even when it names nothing else.
  // "The 24th and 25th of February please." answers with days even where no clause says "delete".
  if (threaded && (evidence.namedSource || ranged || asks()) && evidence.hasDates) return { kind: 'source_data', words: null };
  // "just the ios one", "also add the CRM Sync source pls": a reply naming a source answers which sources.
  if (threaded && evidence.namedSource) return { kind: 'source_data', words: null };
  // "3.–5. Okt" under our question: days read as an answer (no deletion clause around them) answer it.
  if (threaded && (evidence.rangeEnds ?? []).length > 0) return { kind: 'source_data', words: null };
  // "Experiments source (Northwind Labs): October 19th, 20th and 21st please": to a deletion desk, a
  // source with its days is what to delete, verb or not (and the customer confirms it).
  // Only written as a request: a "please", or the days given under the name as a label ("Web: Oct 7");
  // "the Web data looks quite odd this week" is a remark.
  const asked = POLITE.test(text) || /[\p{L}\p{N})]\s*:\s*(?:\d|\p{L}{3,}\.?\s+\d)/u.test(text);
  const named = evidence.namedSource || (evidence.namedWorkspace ?? false);
  // (A forwarder's "Could you please handle this?" is no question about the days.)
  const questioned = QUESTION_MARK.test(text.replace(HANDLE_THIS, ' '));
  if (named && (evidence.rangeEnds ?? []).length > 0 && asked && !questioned) return { kind: 'source_data', words: null };
  // "harbor point portal data 30/02/2027", "Harbor Point portal 2027-02-11, maybe the 12th too": a line that
  // is only the workspace and source named, then their days, is a note of what to delete, even when the
  // days still need asking. ("… data from <day>" is left out: whether it has an end is not said.)
  if (evidence.namedSource && evidence.hasDates && !questioned && namesThenDays(text, evidence.names ?? [])) return { kind: 'source_data', words: null };
  return { kind: 'unknown', words: null };
}

/**
 * A line that opens with two or more catalog names as written (a workspace and its source), with nothing
 * between them but "data" and punctuation, and goes straight on to a day ("harbor portal, 2027-02-11"). "The Web data
 * looks odd this week" is a remark: a verb stands between the name and the days.
 */
function namesThenDays(text: string, names: string[]): boolean {
  const written = [...new Set(names.filter((n) => n.trim() !== ''))].sort((a, b) => b.length - a.length).map(escapeRegExp);
  if (written.length < 2) return false;
  const name = `(?:${written.join('|')})`;
  const joint = String.raw`(?:[\s,:/–-]+(?:data|daten|donn[ée]es|datos|dati|dados)?)*[\s,:/–-]*`;
  const line = new RegExp(String.raw`^[ \t]*${name}${joint}${name}${joint}(?:(?:on|for)\s+)?(?:\d|\p{L}{3,}\.?\s+\d)[^\n]*`, 'imu');
  const found = line.exec(text);
  if (!found) return false;
  // "Quayside iOS App, April 6-8: duplicate events again" is a remark: past the names, only days and a
  // "please" or "maybe … too" may follow.
  const rest = written.reduce((t, n) => t.replace(new RegExp(n, 'giu'), ' '), found[0]);
  return rest.split(/[^\p{L}]+/u).every((w) => w.length < 3 || isMonthName(w) || DAY_LINE_WORD.test(w));
}
/** The words a line of names and days may have besides them. */
const DAY_LINE_WORD = /^(?:data|daten|donn[ée]es|datos|dati|dados|on|for|and|the|to|through|thru|until|till|maybe|perhaps|possibly|also|too|as|well|both|day|days|after|before|please|pls|plz|thanks|thank|you|thx|only|just)$/iu;

const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** One person's data (an end user's, a data subject's), whatever else the mail says; null when it is not about one person. */
function userDataReading(written: string, evidence: KindEvidence, said: Said): KindReading | null {
  // Only names in scripts written without spaces: "One of our parents" stays a person beside a "Parents" space.
  const text = (evidence.names ?? []).filter((n) => n.length > 1 && UNSPACED_SCRIPT.test(n)).reduce((t, name) => t.split(name).join(' '.repeat(name.length)), written);
  // An administrator closing their account "and all my data" asks for the account; anyone else (or
  // anyone citing a privacy law or an end user) for a person's data.
  // "Em là bệnh nhân cũ … xin xóa tài khoản của em": one of the organisation's people closing their own
  // account is an end user, even when their address is also an administrator's. "my data from the Android
  // source for 3 November" is a source's days, whoever the sender says they are.
  const endUserSaid = words.SELF_AS_END_USER.test(text) && !(evidence.namedSource && evidence.hasDates);
  const adminAccount =
    (evidence.senderAdministers ?? false) && (ACCOUNT.test(text) || words.ACCOUNT.test(text)) && !evidence.namedSource && !words.PRIVACY_LAW_CITED.test(text) && !words.END_USER.test(text) && !endUserSaid;
  // "delete the LINE Bot source for Oct 19-21, the reason is wrong user ID mapping": personal data as
  // the reason a source's days go, with no person named, is no request about one person.
  const sourceDays = (evidence.rangeEnds ?? []).length > 0 && !PERSON_NAMED.test(text);
  const onePerson = (re: words.Phrase): boolean => {
    const m = re.exec(text);
    return m !== null && !(sourceDays && PERSONAL_DATA_ONLY.test(m[0].trim()));
  };
  // "One of our end users was sending garbage events. Please delete all iOS App data for Dec 1": the person is the cause.
  const cause = sourceDays && evidence.namedSource && !words.PRIVACY_LAW_CITED.test(text) && !words.THIRD_PERSON_DATA.test(text);
  const asked = (phrase: words.Phrase): boolean => onePerson(phrase) && !(cause && toldAsCause(text, phrase));
  if (!adminAccount && asked(USER_DATA)) return said('user_data', USER_DATA);
  if (asked(words.END_USER)) return said('user_data', words.END_USER);
  // "a former employee asked us … Please delete their events": a person and their data, in any order.
  if (!adminAccount && asked(ONE_PERSONS_DATA)) return said('user_data', ONE_PERSONS_DATA);
  // A law firm "namens und in Vollmacht" of a person; of a company, when the workspace itself is to go.
  if (!adminAccount && ON_BEHALF_OF.test(text) && !words.WORKSPACE_OBJECT.test(text)) return said('user_data', ON_BEHALF_OF);
  // An end user writing about their own data: "Under Article 17 of the GDPR I request the erasure of
  // all personal data you hold about me" — the law (or plainly "personal data about me") makes it theirs.
  if (!adminAccount && words.OWN_PERSONAL_DATA.test(text)) return said('user_data', words.OWN_PERSONAL_DATA);
  if (!adminAccount && words.SELF_DATA.test(text) && (words.PRIVACY_CONTEXT.test(text) || endUserSaid)) return said('user_data', words.SELF_DATA);
  if (!adminAccount && asked(words.HELD_ABOUT_ME)) return said('user_data', words.HELD_ABOUT_ME);
  if (words.THIRD_PERSON_DATA.test(text) && (words.PRIVACY_CONTEXT.test(text) || PERSON_NAMED.test(text))) return said('user_data', words.THIRD_PERSON_DATA);
  return null;
}

/**
 * "One of our end users was sending garbage events from a modified build. Please delete all iOS App data
 * for Dec 1": an end user in a sentence of their own that asks for no deletion is what happened, while a
 * named source's days are the request.
 */
function toldAsCause(text: string, phrase: words.Phrase): boolean {
  const m = phrase.exec(text);
  if (!m) return false;
  const from = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf('!', m.index), text.lastIndexOf('?', m.index), text.lastIndexOf('\n', m.index)) + 1;
  const ends = ['.', '!', '?', '\n'].map((c) => text.indexOf(c, m.index + m[0].length)).filter((i) => i >= 0);
  const sentence = text.slice(from, ends.length ? Math.min(...ends) : text.length);
  // "An end user asked us to be forgotten": an ask of theirs is their request, not what happened.
  return !DELETE.test(sentence) && !words.DELETE_MORE.test(sentence) && !THEIR_ASK.test(sentence);
}

/**
 * "Cancel DEL-12. Instead please delete the iOS App data for 25 January", "avbryt DEL-4530. Slett heller
 * Nettbutikk for 3. november": beside the withdrawal, a sentence of its own that asks to delete days. A
 * day number's period ("3. november") ends no sentence; a ticket's does.
 */
export function asksAnewBesideCancel(text: string): boolean {
  const cancels = [CANCEL_EXPLICIT, words.CANCEL_WORDS, CANCEL_STOP];
  return text
    .split(/(?<!(?<![\d-])\d{1,2})[.!?。！？](?=\s|$)|\n/u)
    .some((sentence) => !cancels.some((re) => re.test(sentence)) && asksToDelete(sentence) && words.ASKS.test(sentence) && words.DATE_LIKE.test(sentence));
}

/**
 * "Is DEL-5150 done? And please also delete the iOS data in globex for Feb 2": a question about a ticket
 * beside a new deletion in a sentence of its own. Whether the new one joins the ticket or is one of its own is asked.
 */
export function asksStatusBesideDeletion(text: string): string | null {
  const sentences = text.split(/(?<!(?<![\d-])\d{1,2})[.!?。！？](?=\s|$)|\n/u);
  const status = sentences.find((s) => /(?<![^\P{L}]|\u03B9)DEL-\d+(?!\d)/iu.test(s) && !asksToDelete(s) && [STATUS_STRONG, STATUS_OWN, STATUS].some((re) => re.test(s)));
  const anew = sentences.some((s) => s !== status && asksToDelete(s) && words.ASKS.test(s) && words.DATE_LIKE.test(s));
  return status && anew ? (/(?<![^\P{L}]|\u03B9)DEL-\d+(?!\d)/iu.exec(status)?.[0] ?? null) : null;
}

/** "please remove the stuff we talked about": an explicit ask to delete, whatever it names. */
export function asksExplicitlyToDelete(text: string): boolean {
  return DELETE_REQUEST.test(text);
}

const THEIR_ASK = /(?<![^\P{L}]|\u03B9)(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|want(?:s|ed)?|wil|wilde|m(?:ö|oe)chte|wollte|veut|voulait|souhaite|quiere|quer[íi]a|quer|queria|vuole|voleva|chce|chcia[łl]a?|vill|ville|ønsker|önskar|wish(?:es|ed)?|demand(?:s|ed)?|forgot(?:ten)?|forget|opt(?:s|ed)? out|unsubscrib\p{L}*|complain(?:s|ed)?|bat|bittet|verlangt|demande|pide|pidi[óo]|pediu|chiede|vraagt|privacy|gdpr|dsgvo|ccpa)(?![^\P{L}]|\u03B9)/iu;
/** An ask to delete more, written as such: "please also delete", "also remove", "bitte auch … löschen". */
const ALSO_DELETE = /\b(?:please\s+(?:also\s+)?|also\s+)(?:delete|remove|purge|erase|wipe)\b|\bbitte\s+auch\b[^.?!\n]{0,60}\bl(?:ö|oe)schen\b/i;

// "svp" is French phone shorthand for s'il vous plaît; the folded hands 🙏 stand for "please" in phone mail.
const POLITE = /\u{1F64F}|(?<![^\P{L}]|\u03B9)(?:please|pls|plz|bitte|por favor|porfa|s['’]il vous pla[iî]t|svp|merci|per favore|alsjeblieft|graag|prosím|proszę|kiitos|tack|takk|tak|obrigad[oa]|お願い|请|請|부탁)(?![^\P{L}]|\u03B9)/iu;

/** A deletion of "that": what the quoted mail names ("go ahead and delete this", "smažte to prosím"). */
const DELETE_THAT =
  /\b(?:(?:delete|remove|purge|erase|wipe)\s+(?:this|that|it|them|those)|go ahead and (?:delete|remove)|l(?:ö|oe)schen sie (?:das|es)|(?:das|es) (?:bitte )?l(?:ö|oe)schen|supprime[rz]? (?:ça|cela|le)|borr(?:a|ad|en) (?:eso|esto|lo)|elimin(?:a|ad|en) (?:eso|esto|lo)|verwijder (?:dit|dat|het)|slet (?:det|dem)|radera (?:det|dem)|slett (?:det|dem)|poista(?:kaa)? (?:se|ne)|usu[ńn](?:cie)? to)\b|smažte to|smaž to/i;
const HANDLE_THIS = /\b(?:could|can|would) you (?:please |kindly )?(?:handle|take care of|process|action|look into) (?:this|it|that|the below)(?: one)?(?: for (?:us|me))?\s*\?/gi;
const QUESTION_MARK = /[?？]|か[。\s]*$|吗|嗎|까\s*$/m;

type Said = (kind: RequestKind, re: words.Phrase | null) => KindReading;

/** An explicit withdrawal, or "do not delete" / "this was not us" when nothing else is asked. */
function cancelReading(full: string, said: Said, scoped: boolean): KindReading | null {
  // "Don't cancel — go ahead, confirm.": a withdrawal said not to be one.
  const text = full.replace(NOT_CANCEL, ' ');
  // "cancel the Ledger part, the rest can go ahead": a part taken back changes the scope; the request stays.
  if (scoped && PART_CANCELLED.test(text)) return null;
  const explicit = CANCEL_EXPLICIT.test(text) || words.CANCEL_WORDS.test(text);
  // "We cancelled our subscription / terminated the contract": the reason for a purge, not a withdrawal.
  if (explicit && !CANCEL_OTHER.test(text) && !words.ENDED_SUBSCRIPTION.test(text)) return said('cancel', CANCEL_EXPLICIT.test(text) ? CANCEL_EXPLICIT : words.CANCEL_WORDS);
  if (CANCEL_STOP.test(text)) return said('cancel', CANCEL_STOP);
  const weak = FIRST_CANCEL_WEAK.exec(text);
  const rest = text.replace(CANCEL_WEAK, ' ');
  // "… only the iOS App source for Nov 25" narrows a request that names a source; "Don't
  // delete anything. Only a test, sorry!" names none and withdraws it. A correction that names the
  // source again ("it should be Android App for 4 January, not 3 January") is a narrower scope too.
  // A disowned or no longer wanted request ("it was not us … it should be rejected") is withdrawn whatever follows.
  const corrected = words.CORRECTION.test(rest) && !DISOWNED.test(text);
  if (weak && !DELETE_REQUEST.test(rest) && !(scoped && (words.ONLY_THE_REST.test(rest) || corrected))) return { kind: 'cancel', words: weak[0] };
  return null;
}

/** "cancel the Ledger part", "drop the portal bit": a few words of a name, then the word for a part of the request. */
const PART_CANCELLED = new RegExp(String.raw`(?<![^\P{L}]|\u03B9)(?:${CANCEL_PART_VERB}|take\s+out)\s+(?:the\s+|our\s+)?(?:[\p{L}\p{N}][\p{L}\p{N}.-]*\s+){1,4}${PART_WORD}(?![^\P{L}]|\u03B9)`, 'iu');

/** A request disowned or no longer wanted: no correction of it makes it a narrower one. */
const DISOWNED =
  /(?<![^\P{L}]|\u03B9)(?:was not (?:us|me)|wasn['’]t (?:us|me)|not (?:from )?us|did not (?:request|ask for|send)|didn['’]t (?:request|ask for|send)|not authori[sz]ed|malicious(?:ly)?|without (?:our|my) (?:consent|permission|authori[sz]ation)|no longer need|(?:is|are) no longer needed|disregard|reject(?:ed)?|ignore (?:it|this|that|the request))(?![^\P{L}]|\u03B9)/iu;
/** A space said to be part of what is deleted: "including the Personas EU space", "inkl. Space Growth". */
const INCLUDED_SPACE =
  /\b(?:including|incl\.?|inklusive|inkl\.?|einschlie(?:ß|ss)lich|y? ?incluido|y? ?incluyendo|y compris|inclus|compreso|inclusief|inklusive)\s+(?:the\s+|den\s+|die\s+|das\s+|le\s+|la\s+|el\s+)?[\p{L}\p{N} ]{1,40}?\bspaces?\b/iu;
const INCLUDED_SPACES = new RegExp(INCLUDED_SPACE.source, 'giu');
const NOT_CANCEL =
  /(?<![^\P{L}]|\u03B9)(?:(?:said|says|wrote|writes|mentioned|told us)\s+(?:that\s+)?(?:we|you|i|one)\s+(?:can|could|may|might)\s+(?:still\s+)?cancel(?:l?ing)?(?!\s*\?)|(?:do not|don[’']t|please don[’']t|no need to|not) cancel(?:l?ing)?|nicht (?:stornieren|abbrechen|zurückziehen)|ne (?:pas )?annul(?:er|ez)|no (?:cancel(?:en|ar)|anul(?:en|ar))|non annullate|niet annuleren)(?![^\P{L}]|\u03B9)/giu;
/**
 * The archive of a deleted workspace, the account, the workspace or all of its data — each only with no
 * day range and no source named. Null when the message asks for none of them.
 */
function purgeReading(text: string, evidence: KindEvidence, said: Said): KindReading | null {
  const ranged = evidence.hasRanges ?? evidence.hasDates;
  // "We closed workspace X in August 2021 (sources A and B); please purge any data still held in your archive":
  // a deleted workspace, leftovers, all of them. The sources are what it had; dates on or after its deletion
  // say when, not which days; only a day before it could be a day of data, and then it is no purge of everything.
  const deletedAt = evidence.workspaceDeletedAt;
  const archiveWord = ARCHIVE_WORD.test(text) || words.ARCHIVE_WORD.test(text);
  const leftover = (archiveWord && (LEFTOVER.test(text) || words.GONE.test(text))) || STILL_STORED.test(text);
  const archiveWords = ARCHIVE_WORD.test(text) ? ARCHIVE_WORD : archiveWord ? words.ARCHIVE_WORD : STILL_STORED;
  const beforeDeletion = deletedAt !== null && !(evidence.rangeEnds ?? []).every((end) => end >= deletedAt.slice(0, 7));
  // "toate datele sursei Android din iunie 2021" names one source of it: not all of the archive.
  const allOfIt = ALL_LEFTOVER.test(text) || words.ALL_DATA.test(text) || WHOLE_ARCHIVE.test(text) || ((words.ALL_STILL_THERE.test(text) || NOTHING_LEFT.test(text)) && !evidence.namedSource);
  if (deletedAt && !beforeDeletion && allOfIt && leftover) return said('archive_purge', archiveWords);
  // "Please delete the archive of workspace X (deleted in May 2021)": the archive itself is the object.
  if (deletedAt && !beforeDeletion && !evidence.namedSource && words.ARCHIVE_OBJECT.test(text)) return said('archive_purge', words.ARCHIVE_OBJECT);
  // "archives of workspaces deleted before March 2022 were kept": days on or after the deletion say when
  // things happened to the archive, never days of its data.
  const scoped = evidence.namedSource || (ranged && !(deletedAt && !beforeDeletion));
  if (!scoped && leftover) return said('archive_purge', archiveWords);
  // "The archive purge is for workspace id ws_h5t0": named by its own name, whatever the workspace.
  if (!scoped && ARCHIVE_PURGE.test(text)) return said('archive_purge', ARCHIVE_PURGE);
  // "Delete the workspace with all its data (all sources, the Experiments space, everything)": a space
  // named only in brackets listing what the workspace holds goes with it.
  // "Please delete all our data in X, including the Personas EU space": all of the workspace's data is the
  // whole workspace too, and the space named as part of it goes with it.
  // Only with the space said to be included: "all the data in Personas EU" (a space) deletes that space.
  const wholeWorkspace = asksForWholeWorkspace(text) || (INCLUDED_SPACE.test(text) && [PURGE_ALL, words.ALL_DATA].some((phrase) => saidWithoutNegation(text, phrase)));
  const spaceInList = wholeWorkspace && !/\bspaces?\b/i.test(text.replace(/\([^()\n]*\)/g, ' ').replace(INCLUDED_SPACES, ' '));
  const spaceText = withoutKeptSpaces(text);
  const spaceWords = [SPACE, UNIFY_SPACE, SPACE_THEN_VERB].find((re) => re.test(spaceText));
  if ((evidence.namedSpace || spaceWords) && !spaceInList) {
    // "… we are starting afresh in January": a month said in passing, no days to delete, keeps it the space's deletion.
    if (!evidence.namedSource && !ranged) return said('unify_space', spaceWords ?? DELETE);
  }
  if (scoped) return null;
  // A purge is the workspace itself or all of its data, with no days: days make it a source deletion
  // ("delete the data from all sources of workspace X for March 1-3").
  const account = [ACCOUNT, words.ACCOUNT].find((re) => re.test(text));
  if (account && !oneWorkspaceUnderAccountSubject(text, evidence)) return said('account_purge', account);
  // "alles in X löschen außer dem Space Y": everything but a space kept is still everything asked for.
  const purge = [PURGE_OBJECT, NAMED_PURGE_OBJECT, words.WORKSPACE_OBJECT, words.FULL_DELETION, PURGE_ALL, words.ALL_DATA, words.DELETE_EVERYTHING, OUR_DATA_WITH_US].find((re) => re.test(spaceText));
  if (!purge) return null;
  // A date the date reader could not read ("wszystkie dane z marca", "todo lo de marzo") may be the days
  // to delete: then this is no purge of everything, and the days are asked about as a source deletion's.
  // A deleted workspace's year of deletion ("closed in 2023", "dado de baja en 2021") says when, not which days.
  // The year must follow a word of closing ("purge all data of X from 2021" names days, if any, of 2021).
  const deletionYear = deletedAt ? Number(deletedAt.slice(0, 4)) : null;
  const dated = deletionYear === null ? text : text.replace(words.CLOSED_IN_YEAR, (whole, y1?: string, y2?: string) => (Number(y1 ?? y2) >= deletionYear ? ' ' : whole));
  if (!evidence.hasDates && words.DATE_LIKE.test(dated)) return said('source_data', purge);
  // "Delete all data in X. The bad import ran on 5 Nov": a day of bad data says which data is meant, so
  // the whole workspace is not asked for for sure; read as a source deletion, which asks.
  if (evidence.hasDates && words.DATA_INCIDENT.test(text)) return said('source_data', purge);
  // "purge all affected data in workspace X": all of some data, which is not everything.
  if (words.SOME_OF_THE_DATA.test(text)) return said('source_data', words.SOME_OF_THE_DATA);
  // "delete all data older than two years in X", "all data in X from the load test": all of the data
  // that a qualifier picks out, which is not everything either.
  const narrowed = purge === PURGE_ALL || purge === words.ALL_DATA ? allDataNarrowed(text, purge) : null;
  if (narrowed) return { kind: 'source_data', words: narrowed };
  return said(evidence.workspaceDeletedAt ? 'archive_purge' : 'workspace_purge', purge);
}

const MY_ACCOUNT = /(?<![\p{L}\p{N}])my\s+account(?![\p{L}\p{N}])/iu;
const PERSON_IN_WORKSPACE = /(?<![\p{L}\p{N}])workspace['’]?s?\s+(?:user|account|profile|seat|member(?:ship)?|invit\p{L}*|login|access|role|license|licence)s?(?![\p{L}\p{N}])/iu;
/**
 * Subject "Close our account - delete all data", body "Please delete our Harvest workspace and all of its
 * data": the body names the one workspace to go, and the subject's "account" is that workspace said in
 * brief. An account purge would delete every workspace the sender administers, more than the body asks
 * for; a body that says "account" itself ("close our account and the Harvest workspace") stays one.
 */
function oneWorkspaceUnderAccountSubject(text: string, evidence: KindEvidence): boolean {
  const subject = evidence.subject ?? '';
  if (subject.trim() === '' || !(evidence.namedWorkspace ?? false) || !text.startsWith(subject)) return false;
  const body = text.slice(subject.length);
  if ([ACCOUNT, words.ACCOUNT].some((re) => re.test(body))) return false;
  // "Delete my account" over "delete my Acme workspace account / user / seat": one person's place in the
  // workspace, not the workspace; it stays the account purge that asks.
  if (MY_ACCOUNT.test(subject) || PERSON_IN_WORKSPACE.test(body)) return false;
  const workspaceObject = PURGE_OBJECT.exec(body);
  const named = workspaceObject !== null && /workspace$/i.test(workspaceObject[0]) && saidWithoutNegation(body, PURGE_OBJECT);
  return named || [NAMED_PURGE_OBJECT, words.WORKSPACE_OBJECT].some((re) => saidWithoutNegation(body, re));
}

/**
 * What picks out part of "all data" in the clause that says it: an age or a time ("older than two years",
 * "from before our relaunch"), an occasion or an origin ("from the load test", "from our staging app"), a
 * name or a content ("with the name …", "that contain …"), or a mistake ("we sent by mistake"). Where the
 * data is kept ("in it", "from your systems", "of workspace X") narrows nothing.
 */
const NARROWING = new RegExp(
  [
    String.raw`\b(?:older|newer|younger|earlier|later) than\b|\b(?:prior to|before|after|since|until|till|between|during|up to)\b`,
    String.raw`\bfrom (?:the|our|my|a|an|that|this|those|these)\s+(?!(?:[\p{L}\p{N}_-]+\s+){0,3}?(?:workspace|account|archive|systems?|servers?|platform|storage|databases?|records|side|end)\b)[\p{L}\p{N}]`,
    String.raw`\b(?:with (?:the |a )?(?:names?|event names?|types?|propert(?:y|ies)|values?|prefix|tags?|ids?)|named|called|whose|that (?:contains?|match(?:es)?|ha(?:ve|s)|were|came)|which (?:contains?|match(?:es)?|ha(?:ve|s)|were|came))\b`,
    String.raw`\b(?:we|i|they|you) (?:sent|tracked|ingested|imported|collected|loaded|created|pushed)\b|\b(?:by mistake|by accident|accidentally|in error|erroneously)\b`,
  ].join('|'),
  'iu',
);
/** The words of "all data" and what narrows it, when its clause narrows it; null when it is all of it. */
function allDataNarrowed(text: string, purge: words.Phrase): string | null {
  const m = purge.exec(text);
  if (!m) return null;
  const clause = /^[^.!?;\n]*/.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
  const narrowing = NARROWING.exec(clause);
  return narrowing ? `${m[0]}${clause.slice(0, narrowing.index + narrowing[0].length)}`.trim() : null;
}

/** A question about how far a request is, when it is one ("status of my deletion" mentions deleting too). */
function statusReading(text: string, evidence: KindEvidence, reading: { deleting: boolean; threaded: boolean }, said: Said): KindReading | null {
  const { deleting, threaded } = reading;
  // Only a clear status question wins over deletion words.
  // "did you already delete …?", "¿se borraron ya …?": whether a deletion happened, asked as a question.
  const pastAsked = PAST_DELETION_QUESTION.test(text);
  const strongStatus = STATUS_STRONG.test(text) || STATUS_OWN.test(text) || STATUS_EARLIER.test(text) || words.STATUS_WORDS.test(text) || pastAsked;
  // "Follow-up to DEL-2301: please also delete driver-app data for 2026-11-12" asks for more, not how far.
  const newRequest = (evidence.namedSource || (evidence.namedWorkspace ?? false)) && (evidence.hasRanges ?? evidence.hasDates) && ALSO_DELETE.test(text);
  // "Following up on our records team's note: just purge whatever you still keep in the archive": a
  // follow-up that asks to delete is a request, not a question about one.
  const followUpOnly = deleting && !STATUS.test(text.replace(/follow(?:ing)?[- ]up/gi, ' '));
  const statusAsked = (STATUS.test(text) && !followUpOnly) || strongStatus || (!deleting && words.STATUS_SHORT.test(text));
  if (!statusAsked || !(threaded || !deleting || strongStatus) || newRequest) return null;
  return said('status', STATUS.test(text) ? STATUS : STATUS_OWN.test(text) ? STATUS_OWN : STATUS_EARLIER.test(text) ? STATUS_EARLIER : words.STATUS_WORDS.test(text) ? words.STATUS_WORDS : pastAsked ? PAST_DELETION_QUESTION : words.STATUS_SHORT);
}

/** A deletion of some data: days alone do not make one ("reply DELETE and we remove you from our list within 30 days"). */
function deletionReading(text: string, evidence: KindEvidence, said: Said): KindReading {
  // "Re: ios cleanup? — Yes please, delete that.": a reply that asks to delete what the quoted mail
  // names, with no ticket of ours, is a request whose scope is still to be written (it asks for all).
  if ((evidence.isReply ?? false) && !evidence.hasTicket && DELETE_THAT.test(text)) return said('source_data', DELETE_THAT);
  // "delete Web in acme-lab for 8 Nov": a deletion with days to delete is of data, even when the
  // names are not ours (then they are asked about).
  const ranged = (evidence.rangeEnds ?? []).length > 0;
  if (evidence.namedSource || evidence.namedWorkspace || ranged || DATA_WORD.test(text) || words.DATA_MORE.test(text)) {
    // The Polish, Nordic, Finnish and CJK verbs first: the older list's `\w` stops inside "usunięcie".
    return said('source_data', words.DELETE_MORE.test(text) ? words.DELETE_MORE : DELETE);
  }
  return { kind: 'unknown', words: null };
}

/**
 * "alles in X verwijderen behalve de space Loyalty Members", "sauf l'espace …": a space named after an
 * exception word is the one to keep. Its words are taken out before the words of a space deletion are
 * looked for, so "verwijderen … space" does not make the space the request.
 */
const EXCEPTED_SPACE = new RegExp(
  `(?<![^\\P{L}]|\\u03B9)${EXCEPTION}\\s+(?:(?:the|der|dem|den|die|das|le|la|el|lo|il|de|het|o|a)\\s+|l['’]\\s*)?(?:unify\\s+)?${SPACE_NOUN}(?![^\\P{L}]|\\u03B9)`,
  'giu',
);
/**
 * "— the Marketing space can stay", "el espacio Marketing que se quede", "Der Marketing Space kann bleiben",
 * ", leaving the Marketing space untouched", "We still need the Marketing space": a clause that keeps a
 * space (the words of exclusionWords.ts) and deletes nothing names no space to delete. Read as one, a
 * purge that keeps a space became the deletion of exactly that space.
 */
// Each clause is cut out first and then searched: one pattern with the clause's text on both sides of the
// space word tried every start in a long clause with no space word (300 KB of digits took seconds).
const CLAUSE = /[^.;!?\n—–,()]+/gu;
const SPACE_NOUN_WORD = new RegExp(`(?<![^\\P{L}]|\\u03B9)${SPACE_NOUN}(?![^\\P{L}]|\\u03B9)`, 'iu');
const KEEPS = new RegExp(`(?<![^\\P{L}]|\\u03B9)(?:${STAYS}|${KEEP}|${OMISSION}|still\\s+need\\p{L}*|untouched|alone)(?![^\\P{L}]|\\u03B9)`, 'iu');
function withoutKeptSpaces(text: string): string {
  return text.replace(EXCEPTED_SPACE, ' ').replace(CLAUSE, (clause) => (SPACE_NOUN_WORD.test(clause) && KEEPS.test(clause) && !DELETE.test(clause) && !words.DELETE_MORE.test(clause) ? ' '.repeat(clause.length) : clause));
}
/** Whether a space is named as what to delete ("delete the Risk space"), whatever else is said. */
export function asksForSpace(text: string): boolean {
  const spaceText = withoutKeptSpaces(text);
  return SPACE.test(spaceText) || UNIFY_SPACE.test(spaceText) || SPACE_THEN_VERB.test(spaceText);
}
/** "Customers Space'i silin", "de Loyalty Space … mag helemaal weg", "Space X törölje": a space, then the verb. */
// Not denied: "A Default Space-t ne töröljék", "Default Space skal ikke slettes", "ei saa poistaa".
const SPACE_THEN_VERB =
  /(?<![^\P{L}]|\u03B9)space(?:['’]?\p{L}{0,3})?(?![^\P{L}]|\u03B9)[^.!?\n]{0,40}(?<![^\P{L}]|\u03B9)(?<!(?<![^\P{L}]|\u03B9)(?:ne|nem|ikke|ei|not|nicht|niet|nie|no|non|não|nu|не|μην|asla|sakın|don['’]t|do not)\s+(?:\p{L}+\s+)?)(?:sil(?:in|iniz|insin|inmesi|mek)?|(?:mag|mogen|kan|moet|moeten)\s+(?:(?:nu|helemaal|volledig|gewoon)\s+)?weg|t[öo]r[öo]l\p{L}*|usu[ńn]\p{L}*|poista\p{L}*|[șşs]terge\p{L}*|sma[žz]\p{L}*|slett\p{L}*|удал\p{L}*|видал\p{L}*)(?![^\P{L}]|\u03B9)/iu;

/** Whether the text has a word for deleting at all, in any language we read. */
export function asksToDelete(text: string): boolean {
  return DELETE.test(text) || words.DELETE_MORE.test(text);
}

/** Whether the workspace itself is named as what to delete ("delete our workspace"), whatever else is said. */
export function asksForWholeWorkspace(text: string): boolean {
  return [PURGE_OBJECT, NAMED_PURGE_OBJECT, words.WORKSPACE_OBJECT, words.FULL_DELETION].some((phrase) => saidWithoutNegation(text, phrase));
}

/**
 * "We do NOT want to terminate the sandbox workspace. Just clear …": the purge words are negated right
 * before them, in the same clause, so they ask for nothing. Only a negation directly before the verb
 * (or before "want to", "need to" …) counts: "we do not need the data, delete the workspace" still asks.
 */
const NEGATED_JUST_BEFORE = /(?<!\bwhy\s+\p{L}*)(?:\bnot|n['’]t|\bnever|\bno need to)\s+(?:(?:want|wish|need|intend|plan|mean|ask(?:ing)?|going)\s+(?:you\s+|us\s+)?to\s+)?$/iu;
function saidWithoutNegation(text: string, phrase: { exec: (text: string) => RegExpExecArray | null }): boolean {
  for (let offset = 0; offset < text.length; ) {
    const m = phrase.exec(text.slice(offset));
    if (!m) return false;
    const at = offset + m.index;
    const clause = text.slice(Math.max(0, at - 60), at).split(/[.;:!?\n,]|\bbut\b/i).pop() ?? '';
    if (!NEGATED_JUST_BEFORE.test(clause)) return true;
    offset = at + Math.max(1, m[0].length);
  }
  return false;
}

/**
 * "all sources", "every source" next to days: every source of the workspace is meant. Only the sources
 * written as such: "all data in acme-inc since March 1" may mean one source's data, so it is asked about.
 */
export const ALL_SOURCES =
  /\b(?:all|every|each)\s+(?:(?:single\s+)?one\s+of\s+(?=(?:the|our|its|their|my)\s))?(?:(?:of\s+)?(?:the|our|its|their|my)\s+)?(?:sources|source|data sources)\b|\b(?:alle[nr]?|sämtliche[nr]?) (?:unsere[rn]? )?quellen\b|\btoutes (?:les|nos) sources\b|\btodas\s+(?:las|nuestras|sus)\s+fuentes\b|\balle (?:onze )?bronnen\b|\btutte le (?:nostre )?fonti\b|\btodas as (?:nossas |suas )?fontes\b|\balle kilder\b|\balla källor\b|\btutte le (?:nostre )?sorgenti\b|\b(?:alle|samtlige) (?:våre |vores )?kilde(?:ne|rne)?\b|\bkaikki (?:lähteet|lähteemme)\b|\bwszystki\p{L}* (?:nasz\p{L}* )?źród\p{L}*|(?<![^\P{L}]|\u03B9)(?:všechny (?:naše )?zdroje|všech (?:našich )?zdroj\p{L}*)(?![^\P{L}]|\u03B9)|\bt[üu]m kaynaklar\p{L}*|\bsemua sumber\b|(?<![^\P{L}]|\u03B9)tất cả (?:các )?nguồn|(?<![^\P{L}]|\u03B9)(?:у?сі|усіх|всіх) (?:наші |наших )?джерел\p{L}*|(?<![^\P{L}]|\u03B9)(?:все|всех) (?:наши |наших )?источник\p{L}*|(?<![^\P{L}]|\u03B9)όλ\p{L}* (?:τις |των |οι |τα )?πηγ\p{L}*|(?<![^\P{L}]|\u03B9)(?:toate sursele|tuturor surselor)(?![^\P{L}]|\u03B9)|(?<![^\P{L}]|\u03B9)kaik\p{L}* lähte\p{L}*|ทุกแหล่ง|جميع المصادر|כל המקורות|すべてのソース|所有(?:的)?(?:来源|來源|数据源)|모든 소스/iu;
