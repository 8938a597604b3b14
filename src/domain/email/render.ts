/**
 * Customer emails: compiled templates + a ticket → subject, text and HTML. Pure: the templates are
 * compiled elsewhere (services/emailTemplates.ts) and passed in.
 */
import type { CustomerEmail } from '../ticket';
import type { EmailContext, EmailView } from './view';
import { buildEmailView } from './view';
import { subjectTopic, ticketSubject } from './threading';
import type { EmailAttachment } from './receiptSummary';

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
  /** The complete receipt (CSV) on a completion email; absent otherwise. */
  attachments?: EmailAttachment[];
}

/** Emails that would tell a stranger what we understood or ask about it: a stranger gets `not_a_contact`. */
const ABOUT_THE_SCOPE: readonly CustomerEmail[] = ['received', 'needs_info', 'updated'];

/**
 * Subjects say the status first, after the ticket tag: `[DEL-12] Completed: data purge of acme-inc`,
 * so an inbox list tells "received" from "completed". An email in a thread the customer started is
 * a reply (`Re: [DEL-12] …`) and carries In-Reply-To/References (set by the outbox), which is how
 * Apple Mail, Thunderbird and Outlook thread it; Gmail also wants the same subject, so there each
 * status email starts its own conversation, found by searching for the ticket tag (docs/email.md).
 */
export function renderCustomerEmail(templates: TemplateSet, name: CustomerEmail, ctx: EmailContext): RenderedEmail {
  const templateName = ctx.audience === 'stranger' && ABOUT_THE_SCOPE.includes(name) ? 'not_a_contact' : name;
  const template = templates[templateName];
  const view = buildEmailView(ctx, templateName);
  const reply = ctx.replyToSubject !== undefined ? 'Re: ' : '';
  // Ticket id 0: an answer that concerns no ticket of this sender (a refusal); it gets no [DEL-n] tag.
  const subject =
    ctx.ticket.id <= 0
      ? ctx.replyToSubject !== undefined ? `Re: ${subjectTopic(ctx.replyToSubject)}` : template.subject(view).trim()
      : `${reply}${ticketSubject(ctx.ticket.id, template.subject(view))}`;
  const rendered: RenderedEmail = { subject, text: tidyText(template.text(view)), html: template.html(view) };
  return view.attachments.length ? { ...rendered, attachments: view.attachments } : rendered;
}

/** Template conditionals leave blank lines behind; a reader sees at most one empty line in a row. */
function tidyText(text: string): string {
  return `${text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
