/**
 * A helpdesk's relay of its customer's message (Zendesk's "##- Please type your reply above this line
 * -##", then "Mary Kelly wrote:" and the message, not quoted): with nothing written above the marker, the
 * relayed message is the new text. An Afrikaans Gmail line ("… het … geskryf:") starts quoted history.
 */
import { describe, expect, it } from 'vitest';
import { newTextOf } from '../../src/domain/parse/newText';

describe('a helpdesk relay', () => {
  it('reads the relayed message as the new text', () => {
    const body = "##- Please type your reply above this line -##\n\nMary Kelly (St Brigid's N.S.) wrote:\n\nPlease delete Attendance Kiosk data for 15 December 2026.\n";
    expect(newTextOf(body)).toBe('Please delete Attendance Kiosk data for 15 December 2026.');
  });
  it('reads a relay forwarded with a note above it as a forward: the note and the relayed message', () => {
    const body = 'please handle\n\n---------- Forwarded message ---------\nFrom: Helpdesk <help@desk.example>\nDate: Mon, 14 Dec 2026 at 09:00\nSubject: [#4512] kiosk\nTo: <it@school.example>\n\n##- Please type your reply above this line -##\n\nMary Kelly wrote:\n\nPlease delete Attendance Kiosk data for 15 December 2026.\n';
    expect(newTextOf(body)).toContain('Please delete Attendance Kiosk data for 15 December 2026.');
  });
});

describe('an Afrikaans quote line', () => {
  it('"Op Sa. 5 Des. 2026 om 09:05 het Deletion Desk <…> geskryf:" ends the new text', () => {
    const body = 'Is dit klaar? done?\n\nOp Sa. 5 Des. 2026 om 09:05 het Deletion Desk <deletions@desk.example> geskryf:\n> We received your request to delete the space Patient Journeys.\n';
    expect(newTextOf(body)).toBe('Is dit klaar? done?');
  });
});
