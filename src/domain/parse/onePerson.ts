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

const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';
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
/** That person's data, or wiping what is held on them. */
const THEIR_DATA = new RegExp(
  `${B}${any(
    `(?:their|her|his)\\s+${DATA_NOUN}`,
    `(?:everything|anything|all\\s+(?:the\\s+)?(?:data|information|info|records|events))\\s+(?:we\\s+(?:have|hold|store)\\s+)?(?:about|on|of|related\\s+to)\\s+(?:them|her|him)`,
    'to\\s+be\\s+(?:forgotten|erased)',
    `(?:seine|ihre|seinen|ihren|seiner|ihrer)\\s+(?:gesamten\\s+|personenbezogenen\\s+|eigenen\\s+)?(?:daten|events|ereignisse|informationen|angaben|datens(?:ä|ae)tze|profil)`,
    `(?:alles|alle\\s+daten|s(?:ä|ae)mtliche\\s+daten)\\s+(?:(?:ü|ue)ber|zu|von)\\s+(?:ihn|sie|ihm|ihr)`,
    `(?:ses|son|sa)\\s+(?:donn[ée]es|[ée]v[ée]nements|informations|historique|profil)`,
    `(?:sus|su)\\s+(?:datos|eventos|informaci[óo]n|registros|historial|perfil)`,
    `(?:suoi|sue|suo|sua)\\s+(?:dati|eventi|informazioni|registrazioni|profilo)`,
    `(?:zijn|haar)\\s+(?:gegevens|data|events|informatie|profiel)`, 'alles\\s+over\\s+(?:hem|haar)',
    `(?:jej|jego|swoich|swoje)\\s+(?:dane|danych|zdarze\\p{L}*|informacj\\p{L}*)`,
    `(?:hans|hennes|sina|sin)\\s+(?:data|h(?:ä|a)ndelser|uppgifter|information|personuppgifter|begivenheder|hendelser)`, '(?:all\\s+)?information\\s+om\\s+(?:honom|henne|ham|hende)',
    `(?:dados|eventos|informa(?:ç|c)(?:õ|o)es)\\s+(?:dele|dela)`,
  )}${E}`,
  'iu',
);
/** How far apart the person and their data may be written: the same few sentences. */
const NEAR = 320;

/** The last words of the person's data near a single person (the request, after the story), or null. */
function nearest(text: string): RegExpExecArray | null {
  const persons = [...text.matchAll(new RegExp(SINGLE_PERSON.source, 'giu'))].map((p) => p.index ?? 0);
  if (persons.length === 0) return null;
  const near = [...text.matchAll(new RegExp(THEIR_DATA.source, 'giu'))].map((d) => d.index ?? 0).filter((at) => persons.some((p) => Math.abs(p - at) <= NEAR));
  if (near.length === 0) return null;
  const again = new RegExp(THEIR_DATA.source, 'giu');
  again.lastIndex = near[near.length - 1];
  return again.exec(text);
}

export const ONE_PERSONS_DATA: Phrase = {
  test: (text) => nearest(text) !== null,
  exec: (text) => nearest(text),
};
