/**
 * A person's login, not a workspace's data. "Delete the account of our former colleague ops@…", "remove
 * Hank from the workspace and delete his account": someone else's seat, which this desk does not delete —
 * read as "delete the account" it became a purge of the whole workspace. "Please delete my user account,
 * I no longer need access", "I'm leaving the company, delete my account", "ich verlasse die Firma …
 * mein Benutzerkonto": the sender's own login, which read as "delete my account" purged every workspace
 * they administer. Neither is a deletion we may take as written: the first is no request of ours, the
 * second is asked about (whole account, or only the login?).
 */
import { WORD_BEFORE as L, WORD_AFTER as R } from './letterEdges';

const EMAIL = '[\\w.+-]+@[\\w-]+\\.[\\w.-]*\\w';
/** A member of the customer's own team (not an end user of theirs), in the languages we read. */
const TEAM_MEMBER = '(?:colleague|co-?worker|employee|team ?mate|team member|member of (?:our|the) team|staff member|intern|contractor|freelancer|consultant|user|admin(?:istrator)?|manager|developer|analyst|engineer)';
const FORMER = '(?:(?:former|ex-?|old|previous|departed|departing)\\s*)?';
const VERB = '(?:delete|remove|close|deactivate|disable|erase|terminate|revoke|cancel)';
/** The account of someone named after it: "the account of our former colleague ops@…", "das Konto unseres Kollegen". */
const ACCOUNT_OF_SOMEONE = [
  `${VERB}\\s+(?:the\\s+)?(?:user\\s+|login\\s+|dashboard\\s+)?(?:account|login|user|access|seat)\\s+(?:of|for|belonging to)\\s+(?:(?:our|my|the|a|one of our)\\s+)?${FORMER}${TEAM_MEMBER}s?(?:\\s+${EMAIL})?`,
  `${VERB}\\s+(?:the\\s+)?(?:user\\s+|login\\s+|dashboard\\s+)?(?:account|login|user|access|seat)\\s+(?:of|for|belonging to)\\s+${EMAIL}`,
  `${VERB}\\s+(?:his|her)\\s+(?:user\\s+|login\\s+)?(?:account|login|user|access|seat)`,
  `${VERB}\\s+(?:the\\s+|our\\s+)?${FORMER}(?:${TEAM_MEMBER}|(?<who>\\p{L}+))['’]s\\s+(?:user\\s+)?(?:account|login|access|seat)`,
  `(?:konto|account|benutzerkonto|zugang|login)\\s+(?:unseres|unserer|des|der|eines|einer)\\s+(?:ehemaligen\\s+|früheren\\s+|alten\\s+)?(?:kolleg\\p{L}*|mitarbeiter\\p{L}*|benutzer\\p{L}*|nutzer\\p{L}*|praktikant\\p{L}*)`,
  `sein(?:en)?\\s+(?:benutzer)?(?:konto|account|zugang)`,
  `compte\\s+(?:de\\s+notre|d['’]un|d['’]une|de\\s+l['’]|du)\\s*(?:ancien(?:ne)?\\s+|ex-?)?(?:coll[èe]gue|employ[ée]e?|salari[ée]e?|utilisat\\p{L}*|membre|stagiaire)`,
  `(?:supprimer|fermer|d[ée]sactiver)\\s+son\\s+compte`,
  `cuenta\\s+de\\s+(?:nuestr[oa]|un[a]?|el|la)\\s+(?:ex-?\\s?|antigu[oa]\\s+)?(?:compañer\\p{L}*|colega|emplead\\p{L}*|usuari\\p{L}*|miembro|becari\\p{L}*)`,
  `account\\s+(?:del|della|di\\s+un[a]?|dell['’])\\s*(?:nostr[oa]\\s+)?(?:ex\\s+)?(?:collega|dipendente|utente|membro|stagista)`,
  `account\\s+van\\s+(?:onze|een|de)\\s+(?:oud-?|voormalige\\s+|ex-?)?(?:collega|medewerker|werknemer|gebruiker|stagiair)`,
  `(?:zijn|haar)\\s+(?:gebruikers)?account`,
  `conta\\s+(?:do|da|de\\s+um[a]?)\\s+(?:nosso\\s+|nossa\\s+)?(?:ex-?|antig[oa]\\s+)?(?:colega|funcion[áa]ri\\p{L}*|usu[áa]ri\\p{L}*|membro|estagi[áa]ri\\p{L}*)`,
  'conta\\s+(?:dele|dela)',
];
/** "remove Hank from the acme-inc workspace", "Hank aus dem Workspace entfernen": a person taken off the team. */
const PERSON = `(?:${EMAIL}|him|her|(?:the\\s+)?user\\s+\\S+|(?:our\\s+)?${FORMER}(?:colleague|co-?worker|employee|intern|contractor)(?:\\s+\\p{L}+)?|(?<who>\\p{L}+(?:\\s+\\p{L}+)?))`;
const TEAM = '(?:workspace|team|organi[sz]ation|org|account|project|arbeitsbereich|espace de travail)';
const OFF_THE_TEAM = [
  `(?:remove|kick|offboard)\\s+${PERSON}\\s+(?:from|out of)\\s+(?:the\\s+|our\\s+|this\\s+)?(?:[\\p{L}\\p{N}-]+\\s+){0,2}${TEAM}`,
  // German writes every noun with a capital ("Daten aus dem Workspace löschen"): only a person said as one.
  `(?:${EMAIL}|(?:den\\s+)?(?:benutzer|nutzer|user)\\s+\\S+|(?:unseren\\s+)?(?:ehemaligen\\s+)?(?:kollegen|kollegin|mitarbeiter(?:in)?)(?:\\s+\\p{L}+)?)\\s+aus\\s+(?:dem|unserem|der|unserer)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}${TEAM}\\s+(?:entfernen|l(?:ö|oe)schen|nehmen)`,
  `retirer\\s+${PERSON}\\s+de\\s+(?:l['’]|notre\\s+)?${TEAM}`,
];
/** One pattern each: a name (`who`) is checked in code, as `\\p{Lu}` under the `i` flag matches any letter. */
const SOMEONES_ACCOUNT = [...ACCOUNT_OF_SOMEONE, ...OFF_THE_TEAM].map((source) => new RegExp(`${L}(?:${source})${R}`, 'giu'));
/** Capitalised words that are no one's name. */
const NOT_A_NAME = /^(?:the|all|any|our|my|this|that|these|those|it|them|everything|data|events|everyone|everybody|users?|him|her)$/i;

/**
 * The text with every ask to remove someone else's account or seat blanked out, and the first such ask
 * as written (null when there is none). A person named who is one of the catalog's names ("remove iOS
 * App from the workspace") is a source, not a person, and stays.
 */
export function withoutOthersAccounts(text: string, names: string[]): { text: string; words: string | null } {
  let first: string | null = null;
  let rest = text;
  for (const pattern of SOMEONES_ACCOUNT) {
    rest = rest.replace(pattern, (whole: string, ...args: unknown[]) => {
      const groups = args[args.length - 1] as Record<string, string | undefined> | undefined;
      if (groups?.who !== undefined && !aName(groups.who, names)) return whole;
      first ??= whole.trim();
      return ' '.repeat(whole.length);
    });
  }
  return { text: rest, words: first };
}

/** "Hank", "Maria Lopez": capitalised, no common word, and none of the catalog's names (a source, a workspace). */
function aName(who: string, names: string[]): boolean {
  const parts = who.trim().split(/\s+/);
  if (!parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p) && !NOT_A_NAME.test(p))) return false;
  return !names.some((n) => n.toLowerCase() === who.trim().toLowerCase() || n.toLowerCase().startsWith(`${parts[0].toLowerCase()} `));
}

/** The words that ask to remove someone else's account or seat, as written; null when none do. */
export function othersAccountIn(text: string, names: string[]): string | null {
  return withoutOthersAccounts(text, names).words;
}

/**
 * Words that make "delete my account" the sender's own login rather than the company's data: leaving the
 * company, handing the administration over, needing no more access. Always asked about: someone leaving
 * who purges every workspace they administer takes the company's data with them.
 */
const LEAVING_OR_HANDING_OVER = new RegExp(
  `${L}(?:${[
    `(?:i['’]m|i am|i['’]ll be|i will be)\\s+(?:leaving|quitting|resigning|retiring)(?!\\s+(?:the\\s+|your\\s+)?(?:platform|service|segment|you|tool|product)${R})`,
    "(?:i['’]ve|i have)\\s+(?:left|resigned|quit)(?:\\s+(?:the|this|my)\\s+(?:company|job|team|role))?",
    'leaving\\s+(?:the|this|my|our)\\s+(?:company|firm|team|organi[sz]ation|employer|job|role|position)',
    'my\\s+last\\s+(?:working\\s+)?day',
    'no\\s+longer\\s+(?:need|require)\\s+(?:any\\s+)?(?:access|a\\s+login|my\\s+login|to\\s+log\\s+in)',
    "(?:don['’]t|do\\s+not)\\s+need\\s+(?:access|a\\s+login|my\\s+login)\\s+any\\s*more",
    'no\\s+longer\\s+(?:work|working|employed)\\s+(?:for|at|with|by)',
    '(?:transferred|handed\\s+over|handing\\s+over|transferring|passed\\s+on|passing\\s+on)\\s+(?:the\\s+)?(?:ownership|admin\\p{L}*|the\\s+account|my\\s+role|the\\s+workspace)',
    'takes?\\s+over\\s+as\\s+(?:the\\s+)?(?:admin\\p{L}*|owner)',
    '(?:someone\\s+else|a\\s+colleague|my\\s+successor|(?:the\\s+|a\\s+)?new\\s+(?:admin\\p{L}*|owner))\\s+(?:takes|will\\s+take|is\\s+taking)\\s+over',
    '(?:ich\\s+)?verlasse\\s+(?:die|das|unsere|unser)\\s+(?:firma|unternehmen|team|organisation)', 'scheide\\s+(?:\\p{L}+\\s+){0,4}aus', 'mein\\s+letzter\\s+(?:arbeits)?tag', 'keinen\\s+zugang\\s+mehr',
    '(?:übernimmt|übernehmen)\\s+(?:\\p{L}+\\s+){0,3}(?:administration|admin\\p{L}*|verwaltung)', 'nachfolger\\p{L}*',
    'je\\s+quitte\\s+(?:l[’\']entreprise|la\\s+soci[ée]t[ée]|l[’\'][ée]quipe|mon\\s+poste)', 'mon\\s+dernier\\s+jour', "plus\\s+besoin\\s+(?:d['’]acc[èe]s|de\\s+mon\\s+compte)", 'reprend(?:ra)?\\s+l[’\']administration',
    '(?:dejo|abandono)\\s+la\\s+empresa', '(?:me\\s+voy|salgo|me\\s+marcho)\\s+de\\s+la\\s+empresa', 'mi\\s+[úu]ltimo\\s+d[íi]a', 'ya\\s+no\\s+necesito\\s+(?:acceso|la\\s+cuenta|mi\\s+cuenta)', 'se\\s+har[áa]\\s+cargo',
    'lascio\\s+l[’\']azienda', 'lascer[òo]\\s+l[’\']azienda', 'il\\s+mio\\s+ultimo\\s+giorno', "non\\s+ho\\s+pi[ùu]\\s+bisogno\\s+dell['’](?:accesso|account)",
    '(?:ik\\s+)?verlaat\\s+het\\s+bedrijf', 'mijn\\s+laatste\\s+(?:werk)?dag', 'geen\\s+toegang\\s+meer\\s+nodig', 'neemt\\s+het\\s+(?:beheer|admin\\p{L}*)\\s+over',
    '(?:estou\\s+)?(?:saindo|deixando)\\s+da\\s+empresa', 'deixo\\s+a\\s+empresa', 'meu\\s+[úu]ltimo\\s+dia', 'n[ãa]o\\s+preciso\\s+mais\\s+(?:de\\s+)?acesso',
  ].join('|')})${R}`,
  'iu',
);
/**
 * A login named as such: "my personal login", "mein Zugang", "mon identifiant". Asked about unless all the
 * data is asked for too. "My user account", "mein Benutzerkonto" alone are how many write "my account",
 * and stay an account purge; with leaving or handover words beside them they are asked about above.
 */
const LOGIN_WORDS = new RegExp(
  `${L}(?:personal\\s+(?:login|account)|my\\s+(?:login|profile|seat|user(?!\\s+(?:account|data|ids?)))|mein(?:en)?\\s+(?:login|zugang)|mon\\s+(?:identifiant|acc[èe]s)|mi\\s+(?:usuario|acceso)|il\\s+mio\\s+(?:accesso|utente)|mijn\\s+(?:login|toegang|inlog)|meu\\s+(?:acesso|login|usu[áa]rio))${R}`,
  'iu',
);
/** All of the data asked for beside the login: "my user account and all our data", "with every workspace". */
const ALL_OF_IT = /(?<![^\P{L}]|\u03B9)(?:all|every|alle[nrs]?|sämtliche[nr]?|toutes?|tous|todos?|todas?|tutti|tutte|todas?)\s+(?:(?:of\s+)?(?:the|our|my|its|unsere[nr]?|meine[nr]?|nos|mes|nuestros|mis|i\s+nostri|os\s+nossos)\s+)?(?:data|workspaces?|daten|arbeitsbereiche|données|datos|dati|dados|gegevens)(?![^\P{L}]|\u03B9)|(?<![^\P{L}]|\u03B9)(?:everything|alles|tout|todo|tutto|tudo)(?![^\P{L}]|\u03B9)/iu;

/** The words that make an account deletion the sender's own login, as written; null when none do. */
export function ownLoginIn(text: string): string | null {
  const leaving = LEAVING_OR_HANDING_OVER.exec(text);
  if (leaving) return leaving[0];
  const login = LOGIN_WORDS.exec(text);
  return login && !ALL_OF_IT.test(text) ? login[0] : null;
}
