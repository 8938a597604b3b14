import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/domain/parse/htmlToText';
import { newText } from '../../src/domain/parse/index';
import { newTextOf } from '../../src/domain/parse/newText';
import type { InboundMessage } from '../../src/domain/message';

const NEW = 'Please delete ios-app for 2024-03-07.';
const OLD = 'OLD android 2024-01-01';

describe('newTextOf: reply stripping per client format', () => {
  const cases: [string, string][] = [
    ['Gmail', `${NEW}\n\nOn Mon, Mar 11, 2024 at 9:02 AM Ana Lopez <ana@acme.example> wrote:\n> ${OLD}\n`],
    ['Gmail, attribution wrapped over two lines', `${NEW}\n\nOn Mon, Mar 11, 2024 at 9:02 AM Ana Lopez <\nana@acme.example> wrote:\n> ${OLD}\n`],
    ['Gmail attribution without quoted lines', `${NEW}\n\nOn Mon, Mar 11, 2024 at 9:02 AM Ana Lopez <ana@acme.example> wrote:\n${OLD}\n`],
    ['Outlook desktop', `${NEW}\n\n________________________________\nFrom: Deletion Desk <deletions@example.com>\nSent: Monday, March 11, 2024 4:00 PM\nTo: Ana\nSubject: RE: x\n\n${OLD}\n`],
    ['Outlook without separator or address', `${NEW}\n\nFrom: Deletion Desk\nSent: Monday, March 11, 2024 4:00 PM\nTo: Ana\nSubject: RE: x\n\n${OLD}\n`],
    ['-----Original Message-----', `${NEW}\n\n-----Original Message-----\nFrom: Desk [mailto:d@example.com]\nSent: Monday\n\n${OLD}\n`],
    ['Apple Mail', `${NEW}\n\n> On Mar 11, 2024, at 18:22, Desk <d@example.com> wrote:\n> \n> ${OLD}\n`],
    ['German Outlook (Von/Gesendet)', `${NEW}\n\nVon: Desk <d@example.com>\nGesendet: Montag, 11. März 2024 10:00\nAn: Ana\nBetreff: x\n\n${OLD}\n`],
    ['German "Am … schrieb"', `${NEW}\n\nAm 11.03.2024 um 10:00 schrieb Desk <d@example.com>:\n${OLD}\n`],
    ['French "Le … a écrit"', `${NEW}\n\nLe lun. 11 mars 2024 à 10:00, Desk <d@example.com> a écrit :\n> ${OLD}\n`],
    ['Spanish "El … escribió"', `${NEW}\n\nEl lun, 11 mar 2024 a las 10:00, Desk (<d@example.com>) escribió:\n> ${OLD}\n`],
    ['Dutch "Op … schreef"', `${NEW}\n\nOp ma 11 mrt. 2024 om 10:00 schreef Desk <d@example.com>:\n> ${OLD}\n`],
    ['Portuguese "Em … escreveu"', `${NEW}\n\nEm seg., 11 de mar. de 2024 às 10:00, Desk <d@example.com> escreveu:\n> ${OLD}\n`],
    ['Japanese attribution', `${NEW}\n\n2024年3月11日(月) 10:00 Desk <d@example.com>:のメッセージ:\n> ${OLD}\n`],
    ['"-- " signature', `${NEW}\n\n-- \nAna Lopez\n+1 (415) 555-0100\n${OLD}\n`],
    ['Sent from my iPhone', `${NEW}\n\nSent from my iPhone\n`],
    ['German mobile footer', `${NEW}\n\nVon meinem iPhone gesendet\n`],
    ['Best regards', `${NEW}\n\nBest regards,\nAna\n${OLD}\n`],
    ['Thanks,', `${NEW}\n\nThanks,\nAna\n${OLD}\n`],
    ['Mit freundlichen Grüßen', `${NEW}\n\nMit freundlichen Grüßen\nJürgen\n${OLD}\n`],
    ['Cordialement', `${NEW}\n\nCordialement,\nÉtienne\n${OLD}\n`],
    ['Saludos', `${NEW}\n\nSaludos,\nMaría\n${OLD}\n`],
    ['legal disclaimer', `${NEW}\n\nThis email and any attachments are confidential and intended solely for the addressee. ${OLD}\n`],
  ];
  for (const [name, body] of cases) {
    it(name, () => {
      const text = newTextOf(body);
      expect(text).toContain(NEW);
      expect(text).not.toContain('OLD');
    });
  }

  it('keeps a leading "Thanks!" that starts the message', () => {
    expect(newTextOf('Thanks!\n\nOne more thing: please delete web for 2024-03-07.')).toContain('please delete web');
  });

  it('reads a forwarded request without its header block, with the forwarder note', () => {
    const text = newTextOf(`FYI below.\n\n---------- Forwarded message ---------\nFrom: Ana <ana@acme.example>\nDate: Mon, Mar 11, 2024 at 9:00 AM\nSubject: x\nTo: <s@example.com>\n\n${NEW}\n\nThanks,\nAna\n\nOn Sun, Mar 10, 2024 Desk wrote:\n> ${OLD}\n`);
    expect(text).toContain('FYI below.');
    expect(text).toContain(NEW);
    expect(text).not.toContain('Mar 11');
    expect(text).not.toContain('OLD');
  });

  it('reads an Outlook forward (no marker line) when the subject says FW', () => {
    const body = `See below.\n\nFrom: Hank <hank@globex.example>\nSent: Friday, March 8, 2024 11:00 AM\nTo: Support\nSubject: x\n\n${NEW}\n`;
    expect(newTextOf(body, true)).toContain(NEW);
    expect(newTextOf(body, false)).not.toContain(NEW);
  });
});

describe('htmlToText', () => {
  it('turns blockquotes into quoted lines and decodes entities', () => {
    const text = htmlToText('<div>New &amp; shiny&nbsp;text</div><blockquote>old <b>request</b><blockquote>older</blockquote></blockquote><p>after</p>');
    expect(text.split('\n')).toEqual(['New & shiny text', '> old request', '>> older', 'after']);
  });
  it('drops head, style and comments', () => {
    expect(htmlToText('<html><head><title>t</title><style>p{}</style></head><body><!-- c --><p>hello</p></body></html>')).toBe('hello');
  });
});

describe('newText of a message', () => {
  const base: InboundMessage = {
    messageId: null, from: null, to: [], cc: [], replyTo: null, subject: 'Re: x', date: null, text: '', html: null,
    inReplyTo: null, references: [], headers: {}, contentType: 'text/html', attachments: [],
  };
  it('reads HTML-only mail and drops the Gmail quote', () => {
    const html = `<div>${NEW}</div><div class="gmail_quote">On Mon, Mar 11, 2024 at 9:02 AM Ana &lt;ana@acme.example&gt; wrote:<blockquote>${OLD}</blockquote></div>`;
    const text = newText({ ...base, html });
    expect(text).toContain(NEW);
    expect(text).not.toContain('OLD');
  });
  it('prefers the text part of multipart/alternative', () => {
    expect(newText({ ...base, contentType: 'multipart/alternative', text: 'from text part', html: '<p>from html</p>' })).toBe('from text part');
  });
});
