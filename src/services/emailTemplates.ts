/**
 * Loads and compiles the customer email templates in `templates/` once. The only I/O of the email
 * code: rendering (domain/email/render.ts) is pure and takes the compiled set.
 *
 * Two Handlebars environments, because the same partial name (`footer`, `scope`) has a text and an
 * HTML body: text is compiled with `noEscape: true` (a customer's `&` must stay `&` in text/plain),
 * HTML with Handlebars' default escaping (a workspace called `<script>` stays inert).
 */
import { packageRoot } from '../paths';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { CustomerEmail } from '../domain/ticket';
import type { CompiledTemplate, TemplateSet } from '../domain/email/render';
import { AppError } from '../errors';

export const CUSTOMER_EMAILS = [
  'received',
  'needs_info',
  'scheduled',
  'rejected',
  'cancelled',
  'updated',
  'completed',
  'status',
  'user_data',
  'confirm',
  'not_a_contact',
  'account_opened',
  'account_not_admin',
] as const satisfies readonly CustomerEmail[];

// Compile-time check that the list above names every CustomerEmail (a new one must get templates).
type Missing = Exclude<CustomerEmail, (typeof CUSTOMER_EMAILS)[number]>;
const everyEmailListed: Missing extends never ? true : never = true;
void everyEmailListed;

/** `templates/` at the repository root, found from this file so any working directory works. */
export function defaultTemplatesDir(): string {
  return path.join(packageRoot(), 'templates');
}

/** Template file contents by relative path (`received.text.hbs`, `partials/footer.html.hbs`). */
export type TemplateSources = Readonly<Record<string, string>>;

export async function readTemplateSources(dir: string = defaultTemplatesDir()): Promise<TemplateSources> {
  const sources: Record<string, string> = {};
  for (const sub of ['', 'partials']) {
    let names: string[];
    try {
      names = await readdir(path.join(dir, sub));
    } catch (err) {
      throw new AppError('config_invalid', `Cannot read the email templates folder ${path.join(dir, sub)}.`, { cause: err });
    }
    for (const name of names.filter((n) => n.endsWith('.hbs'))) {
      sources[sub ? `${sub}/${name}` : name] = await readFile(path.join(dir, sub, name), 'utf8');
    }
  }
  return sources;
}

/** Compile a full set; throws config_invalid naming the file when one is missing or does not compile. */
export function compileTemplateSet(sources: TemplateSources): TemplateSet {
  const text = Handlebars.create();
  const html = Handlebars.create();
  for (const [file, source] of Object.entries(sources)) {
    const m = /^partials\/([\w-]+)\.(text|html)\.hbs$/.exec(file);
    if (!m) continue;
    const env = m[2] === 'text' ? text : html;
    env.registerPartial(m[1], compile(env, file, source, m[2] === 'text'));
  }
  const set = {} as Record<CustomerEmail, { subject: CompiledTemplate; text: CompiledTemplate; html: CompiledTemplate }>;
  for (const name of CUSTOMER_EMAILS) {
    const need = (part: 'subject' | 'text' | 'html'): string => {
      const file = `${name}.${part}.hbs`;
      const source = sources[file];
      if (source === undefined) throw new AppError('config_invalid', `The email template ${file} is missing from templates/.`);
      return source;
    };
    const subject = compile(text, `${name}.subject.hbs`, need('subject').trim(), true);
    set[name] = {
      // A subject is one header line: collapse whatever line breaks the template or the data bring.
      subject: (view) => subject(view).replace(/\s+/g, ' ').trim(),
      text: compile(text, `${name}.text.hbs`, need('text'), true),
      html: compile(html, `${name}.html.hbs`, need('html'), false),
    };
  }
  return set;
}

let cached: Promise<TemplateSet> | undefined;

/** The compiled templates of `templates/`, read once per process. */
export function loadEmailTemplates(): Promise<TemplateSet> {
  cached ??= readTemplateSources().then(compileTemplateSet);
  // A failed load must not be cached forever: the next caller retries (and sees the error again).
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}

function compile(env: typeof Handlebars, file: string, source: string, noEscape: boolean): Handlebars.TemplateDelegate {
  try {
    // knownHelpersOnly: templates may use only the built-in helpers (if, unless, each, with), so a
    // misspelt helper fails here instead of printing nothing.
    const options = { noEscape, knownHelpersOnly: true };
    // compile() is lazy; precompile() parses now, so an error names its file at startup, not at first send.
    env.precompile(source, options);
    return env.compile(source, options);
  } catch (err) {
    throw new AppError('config_invalid', `The email template ${file} does not compile: ${(err as Error).message}`, { cause: err });
  }
}
