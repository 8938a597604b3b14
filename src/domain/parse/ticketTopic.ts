/**
 * The topic of a reply's subject under a ticket tag, where it is the customer's own words.
 *
 * "Re: [DEL-405] Solna Frukt Webshop" above "igår": the customer answers the desk's question in one
 * line and lets the subject they wrote say the rest (the workspace, the source, sometimes the day). The
 * subject of a reply is otherwise not read (it repeats the original request), and neither is a subject
 * in the desk's own words: the desk's mail is titled "[DEL-12] Please confirm: …", "Question: …",
 * "Scheduled for …: …", and what follows such a word is the desk's summary of what it understood, which
 * the customer has not written (a confirmation that adds a day says nothing of that workspace).
 */
import { SUBJECT_PREFIX } from './subjectPrefix';
import { DELETE_MORE, DELETE_VERB } from './kindWords';
import { L, R } from './letterEdges';

/** "[DEL-12]", "[del 12]": the tag the desk puts in the subject of every mail about a ticket. */
const TICKET_TAG = /\[\s*DEL[-\s_]?\d{1,9}\s*\]/i;

/**
 * The words the desk's subjects open with (templates/*.subject.hbs), and what earlier desks wrote in
 * their place ("Scheduled: iOS App, Harbor Freight", "Planifié : suppression complète de …").
 */
const DESK_SUBJECT =
  /^\s*(?:please confirm|updated(?:,\s*please confirm)?|question|received|scheduled(?:\s+for\s+[^:]{1,40})?|approved(?:,\s*running now)?|completed|partly completed|could not be completed|cancell?ed|not approved|not accepted|rejected|status(?:\s+of your requests?)?|confirmed|self-serve|planifié|terminé|annulé|geplant|abgeschlossen|storniert|programad[oa]|agendad[oa]|completad[oa]|conclu[íi]d[oa])\s*(?::|$)/iu;

/** The customer's topic of a reply's subject under a ticket tag; null when there is none or it is the desk's. */
export function customerTopic(subject: string): string | null {
  const tag = TICKET_TAG.exec(subject);
  if (!tag) return null;
  const topic = subject.slice(tag.index + tag[0].length).replace(SUBJECT_PREFIX, '').trim();
  // Another tag or a prefix before ours ("[NW-HELP #5] Re: [DEL-1] …") is a helpdesk's, not the customer's topic.
  if (subject.slice(0, tag.index).replace(SUBJECT_PREFIX, '').trim() !== '') return null;
  if (topic === '' || DESK_SUBJECT.test(topic)) return null;
  return topic;
}

/** Nouns of deleting a topic may be written with ("Löschung iOS App 1.–5. Nov", "Suppression Web"). */
const DELETION_NOUN = new RegExp(`${L}(?:suppression|l[öo]schung\\p{L}*|borrado|cancellazione|raderin\\p{L}*|sletning|poisto|verwijdering|exclus[ãa]o)${R}`, 'iu');

/** The topic itself asks to delete ("Delete iOS App Nov 1", "Löschung …"), rather than naming another matter ("crash report"). */
export function topicAsksToDelete(topic: string): boolean {
  return DELETE_VERB.test(topic) || DELETE_MORE.test(topic) || DELETION_NOUN.test(topic);
}
