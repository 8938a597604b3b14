/**
 * Customer emails: compiled templates + a ticket → subject, text and HTML. Pure: the templates are
 * compiled elsewhere (services/emailTemplates.ts) and passed in.
 */
import type { CustomerEmail } from '../ticket';
import type { EmailContext, EmailView } from './view';
import { buildEmailView } from './view';
import { replySubject, subjectTopic, ticketSubject } from './threading';

export type { EmailContext, EmailView } from './view';

/** A compiled template (a Handlebars template delegate satisfies this). */
export type CompiledTemplate = (view: EmailView) => string;

export interface EmailTemplates {
  /** One line; the `[DEL-n]` tag is added by the renderer, not the template. */
  subject: CompiledTemplate;
  text: CompiledTemplate;
  html: CompiledTemplate;
}

export type TemplateSet = Readonly<Record<CustomerEmail, EmailTemplates>>;

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** Emails that would tell a stranger what we understood or ask about it: a stranger gets `not_a_contact`. */
const ABOUT_THE_SCOPE: readonly CustomerEmail[] = ['received', 'needs_info', 'updated'];

export function renderCustomerEmail(templates: TemplateSet, name: CustomerEmail, ctx: EmailContext): RenderedEmail {
  const template = templates[ctx.audience === 'stranger' && ABOUT_THE_SCOPE.includes(name) ? 'not_a_contact' : name];
  const view = buildEmailView(ctx);
  // Ticket id 0: an answer that concerns no ticket of this sender (a refusal); it gets no [DEL-n] tag.
  const subject =
    ctx.ticket.id <= 0
      ? ctx.replyToSubject !== undefined ? `Re: ${subjectTopic(ctx.replyToSubject)}` : template.subject(view).trim()
      : ctx.replyToSubject !== undefined ? replySubject(ctx.ticket.id, ctx.replyToSubject) : ticketSubject(ctx.ticket.id, template.subject(view));
  return { subject, text: tidyText(template.text(view)), html: template.html(view) };
}

/** Template conditionals leave blank lines behind; a reader sees at most one empty line in a row. */
function tidyText(text: string): string {
  return `${text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
