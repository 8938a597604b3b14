/**
 * One person's data, said with a person and a pronoun instead of a fixed phrase: "a former employee asked
 * us to remove all their data. Please delete their events …", "eine Kundin hat uns gebeten … Bitte
 * entfernt ihre Events …", "un internaute … ses événements", "iemand die onze app gebruikt … zijn
 * events". A source's days hold every person's events: read as a source deletion it deletes everyone's
 * data for those days to remove one person's, which the desk never does (that is the self-serve user
 * deletion flow). Pure: words only.
 *
 * Two parts, in either order, near each other: a single person (a determiner that makes the noun one
 * person, "a", "one of our", "eine", "un", "someone") and that person's data or erasure ("their events",
 * "ihre Daten", "ses données", "everything about them"). "our customers' data" and "all our users" name
 * no single person and do not count.
 */
import type { Phrase } from './kindWords';
import { allMatches } from './allMatches';

const B = '(?<![^\\P{L}]|[\\u03B9\\p{N}_])';
const E = '(?![^\\P{L}]|[\\u03B9\\p{N}_])';
const any = (...alts: string[]): string => `(?:${alts.join('|')})`;

const EN_PERSON = any('customer', 'client', 'user', 'end[- ]user', 'employee', 'shopper', 'member', 'patient', 'subscriber', 'visitor', 'player', 'guest', 'buyer', 'student', 'driver', 'rider', 'donor', 'person', 'individual', 'consumer', 'resident', 'applicant', 'candidate', 'child', 'kid', 'worker', 'volunteer', 'reader', 'listener', 'viewer', 'tenant', 'traveller', 'traveler', 'passenger', 'account holder', 'cardholder', 'policyholder', 'data subject');
/** One person, made singular by its determiner, in the languages the corpora use. */
const SINGLE_PERSON = new RegExp(
  `${B}${any(
    `(?:an?|one|a\\s+single)\\s+(?:[\\p{L}-]+\\s+){0,2}?${EN_PERSON}`,
    `one\\s+of\\s+(?:our|my|the|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?${EN_PERSON}s`,
    'someone', 'somebody',
    `(?:ein|eine|einer|einem|einen)\\s+(?:[\\p{L}-]+\\s+){0,1}?(?:kund(?:e|in)|(?:be)?nutzer(?:in)?|mitglied|mitarbeiter(?:in)?|patient(?:in)?|abonnent(?:in)?|spieler(?:in)?|besucher(?:in)?|person|k(?:ä|ae)ufer(?:in)?|gast|fahrer(?:in)?|teilnehmer(?:in)?|sch(?:ü|ue)ler(?:in)?|ehemalige[rn]?|betroffene[rn]?)`,
    'jemand',
    `(?:un|une)\\s+(?:[\\p{L}-]+\\s+){0,1}?(?:internaute|client(?:e)?|utilisat(?:eur|rice)|membre|abonn[ée]e?|patient(?:e)?|salari[ée]e?|employ[ée]e?|joueu(?:r|se)|visiteu(?:r|se)|personne|acheteu(?:r|se)|ancien(?:ne)?)`,
    'quelqu[’\']un',
    `(?:un|una)\\s+(?:[\\p{L}-]+\\s+){0,1}?(?:usuari[oa]|client[ea]|emplead[oa]|miembro|soci[oa]|paciente|suscriptor(?:a)?|jugador(?:a)?|persona|comprador(?:a)?|visitante)`,
    'alguien',
    `(?:un|una|uno|un['’])\\s*(?:[\\p{L}-]+\\s+){0,1}?(?:client[ea]|utente|dipendente|iscritt[oa]|soci[oa]|paziente|abbonat[oa]|giocat(?:ore|rice)|persona|visitat(?:ore|rice)|acquirente)`,
    'qualcuno',
    `(?:een|één)\\s+(?:[\\p{L}-]+\\s+){0,1}?(?:klant|gebruiker|medewerker|lid|pati[ëe]nt|abonnee|speler|bezoeker|persoon|koper|deelnemer)`,
    'iemand',
    `(?:nasz(?:a)?|jeden|jedna)\\s+(?:z\\s+naszych\\s+)?(?:klient(?:ka|[óo]w)?|u[żz]ytkowni(?:k|czka|k[óo]w)|pracowni(?:k|czka)|cz[łl]onek|pacjent(?:ka)?)`,
    'klientka', 'u[żz]ytkowniczka', 'kto[śs]',
    `(?:en|ett)\\s+(?:[\\p{L}-]+\\s+){0,1}?(?:kund|anv(?:ä|a)ndare|medlem|anst(?:ä|a)lld|patient|spelare|bes(?:ö|o)kare|person|kunde|bruger|bruker|ansat|ansatt)`,
    'n(?:å|a)gon', 'nogen', 'noen',
    `(?:um|uma)\\s+(?:[\\p{L}-]+\\s+){0,1}?(?:cliente|usu(?:á|a)ri[oa]|utilizador(?:a)?|funcion(?:á|a)ri[oa]|membro|s(?:ó|o)ci[oa]|paciente|assinante|jogador(?:a)?|pessoa|comprador(?:a)?)`,
    'algu[ée]m',
  )}${E}`,
  'iu',
);

const DATA_NOUN = String.raw`(?:personal\s+|own\s+|tracking\s+|account\s+)?(?:data|events|information|info|details|records|profile|history|activity)`;
/** That person's data, or wiping what is held on them, in words that can only mean a person. */
const THEIR_DATA = any(
  `(?:their|her|his)\\s+${DATA_NOUN}`,
  `(?:everything|anything|all\\s+(?:the\\s+)?(?:data|information|info|records|events))\\s+(?:we\\s+(?:have|hold|store)\\s+)?(?:about|on|of|related\\s+to)\\s+(?:them|her|him)`,
  'to\\s+be\\s+(?:forgotten|erased)',
  `(?:alles|alle\\s+daten|s(?:ä|ae)mtliche\\s+daten)\\s+(?:(?:ü|ue)ber|zu|von)\\s+(?:ihn|ihm)`,
  'alles\\s+over\\s+(?:hem|haar)',
  `(?:jej)\\s+(?:dane|danych|zdarze\\p{L}*|informacj\\p{L}*)`,
  `(?:hans|hennes)\\s+(?:data|h(?:ä|a)ndelser|uppgifter|information|personuppgifter|begivenheder|hendelser)`, '(?:all\\s+)?information\\s+om\\s+(?:honom|henne|ham|hende)',
  `(?:dados|eventos|informa(?:ç|c)(?:õ|o)es)\\s+(?:dele|dela)`,
);
/**
 * The same with a possessive that may also be a thing's or the reader's ("ses données" are a source's
 * as well, "Ihre Daten" the reader's): counted only in the person's own sentence, or once their data
 * was named, and never after "and" ("la source Web et ses données").
 */
const SUCH_DATA = any(
  `(?:seine|ihre|seinen|ihren|seiner|ihrer)\\s+(?:gesamten\\s+|personenbezogenen\\s+|eigenen\\s+)?(?:daten|events|ereignisse|informationen|angaben|datens(?:ä|ae)tze|profil)`,
  `(?:ses|son|sa)\\s+(?:donn[ée]es|[ée]v[ée]nements|informations|historique|profil)`,
  `(?:sus|su)\\s+(?:datos|eventos|informaci[óo]n|registros|historial|perfil)`,
  `(?:suoi|sue|suo|sua)\\s+(?:dati|eventi|informazioni|registrazioni|profilo)`,
  `(?:zijn|haar)\\s+(?:gegevens|data|events|informatie|profiel)`,
  `(?:jego|swoich|swoje)\\s+(?:dane|danych|zdarze\\p{L}*|informacj\\p{L}*)`,
  `(?:sina|sin)\\s+(?:data|h(?:ä|a)ndelser|uppgifter|information|personuppgifter)`,
);
const DATA = new RegExp(`${B}(?:(${THEIR_DATA})|(${SUCH_DATA}))${E}`, 'giu');
const AFTER_AND = /(?<![^\P{L}]|\u03B9)(?:and|et|y|e|und|en|och|og|avec|con|mit|met)\s+(?:(?:toutes?|tous|todos|todas|tutti|tutte|alle|all)\s+(?:les\s+|los\s+|las\s+|i\s+|le\s+|die\s+)?)?$/iu;
/** How far apart the person and their data may be written: the same few sentences. */
const NEAR = 320;

/**
 * The person asked or wrote to the customer ("ein Kunde hat ein Löschersuchen nach DSGVO gestellt", "un
 * internaute nous a écrit"): a possessive in the next sentences is theirs. "ein Kunde hat sich beschwert",
 * "un client nous a signalé des doublons" ask for nothing of theirs.
 */
const PERSON_ASKED =
  /(?<![^\P{L}]|\u03B9)(?:ask(?:s|ed)|request(?:s|ed)|wants?|wanted|demand(?:s|ed)|wrote|e-?mailed|contacted|gebeten|bittet|m(?:ö|oe)chte|will|verlangt|geschrieben|gestellt|l(?:ö|oe)schersuchen|l(?:ö|oe)schantrag|demand[ée]e?|[ée]crit|souhaite|veut|exig[ée]e?|pidi[óo]|pidiendo|pide|escribi[óo]|quiere|solicit[óo]|chiesto|richiesto|scritto|vuole|gevraagd|geschreven|wil|poprosi\p{L}*|prosi|chce|napisa\p{L}*|bett|bad|vill|skrev|pediu|escreveu|quer|solicitou|dsgvo|gdpr|rgpd|avg|lgpd|ccpa|rodo)(?![^\P{L}]|\u03B9)/iu;

function sentenceAt(text: string, at: number): string {
  const from = Math.max(...['.', '!', '?', '\n'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const ends = ['.', '!', '?', '\n'].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  return text.slice(from, ends.length > 0 ? Math.min(...ends) : text.length);
}

function sameSentence(text: string, a: number, b: number): boolean {
  const [from, to] = a < b ? [a, b] : [b, a];
  return !/[.!?\n]/u.test(text.slice(from, to));
}

/** SINGLE_PERSON, every match; built once, so V8 keeps the code it compiled it to (see allMatches). */
const EVERY_SINGLE_PERSON = new RegExp(SINGLE_PERSON.source, 'giu');

/** The last words of the person's data near a single person (the request, after the story), or null. */
function nearest(text: string): RegExpExecArray | null {
  const persons = allMatches(EVERY_SINGLE_PERSON, text).map((p) => p.index ?? 0);
  if (persons.length === 0) return null;
  const found = allMatches(DATA, text)
    .map((d) => ({ at: d.index ?? 0, strong: d[1] !== undefined }))
    .filter((d) => persons.some((p) => Math.abs(p - d.at) <= NEAR) && !AFTER_AND.test(text.slice(Math.max(0, d.at - 40), d.at)));
  const asking = persons.some((p) => PERSON_ASKED.test(sentenceAt(text, p)));
  const settled = found.some((d) => d.strong || asking || persons.some((p) => sameSentence(text, p, d.at)));
  if (!settled || found.length === 0) return null;
  const again = new RegExp(DATA.source, 'giu');
  again.lastIndex = found[found.length - 1].at;
  return again.exec(text);
}

export const ONE_PERSONS_DATA: Phrase = {
  test: (text) => nearest(text) !== null,
  exec: (text) => nearest(text),
};
