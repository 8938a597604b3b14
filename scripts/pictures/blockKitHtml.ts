/**
 * Block Kit → HTML that looks close enough to Slack's desktop client for a reviewer to judge a card:
 * header, section (text, fields, button accessory), context, actions (buttons, with the confirm
 * dialog listed under them), divider and image. Mrkdwn follows Slack's "Formatting text" rules:
 * `*bold*`, `_italic_`, `~strike~`, `` `code` ``, ```` ``` ```` blocks, `> quote`, `<url|label>`,
 * `<@U…>` mentions, and `&amp; &lt; &gt;` arriving already escaped. Not for production: only
 * `npm run pictures` uses it.
 */

interface TextObject {
  type: 'plain_text' | 'mrkdwn';
  text: string;
}

interface Element {
  type: string;
  text?: TextObject;
  style?: string;
  confirm?: { title?: TextObject; text?: TextObject; confirm?: TextObject; deny?: TextObject };
  image_url?: string;
  alt_text?: string;
}

interface Block {
  type: string;
  text?: TextObject;
  fields?: TextObject[];
  elements?: (Element | TextObject)[];
  accessory?: Element;
}

/** Emoji the card uses, drawn with glyphs every Debian font has (the image has no colour emoji font). */
const EMOJI: Record<string, [glyph: string, colour: string]> = {
  white_check_mark: ['✔', '#2eb67d'],
  heavy_check_mark: ['✔', '#2eb67d'],
  x: ['✖', '#e01e5a'],
  warning: ['⚠', '#e8912d'],
  rotating_light: ['⚠', '#e01e5a'],
  large_yellow_circle: ['●', '#ecb22e'],
  large_green_circle: ['●', '#2eb67d'],
  red_circle: ['●', '#e01e5a'],
  hourglass: ['◷', '#616061'],
  hourglass_flowing_sand: ['◷', '#616061'],
  calendar: ['▦', '#1264a3'],
  gear: ['⚙', '#616061'],
  no_entry: ['✖', '#e01e5a'],
  octagonal_sign: ['■', '#e01e5a'],
  checkered_flag: ['⚑', '#1d1c1d'],
  file_cabinet: ['▤', '#616061'],
  mailbox_with_no_mail: ['✉', '#616061'],
  mailbox_with_mail: ['✉', '#1264a3'],
  incoming_envelope: ['✉', '#1264a3'],
  outbox_tray: ['✉', '#616061'],
  email: ['✉', '#616061'],
  memo: ['✎', '#616061'],
  pencil2: ['✎', '#616061'],
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Escapes `<`, `>` and a bare `&`, keeping the entities Slack's text already carries. */
function escapeKeepingEntities(s: string): string {
  return s.replace(/&(?!(amp|lt|gt);)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function emoji(s: string): string {
  return s.replace(/:([a-z0-9_+-]+):/g, (m, name: string) => {
    const e = EMOJI[name];
    return e ? `<span class="emoji" style="color:${e[1]}">${e[0]}</span>` : `<span class="emoji-name">${m}</span>`;
  });
}

/** Slack shows a mention `<@U024BE7LH>` as the person's display name; the pictures' staff. */
const users: Record<string, string> = { U024BE7LH: 'Alice Staff', U0G9QF9C6: 'Bob Staff' };

export function mrkdwn(text: string): string {
  const tokens: string[] = [];
  const keep = (html: string) => `\u0000${tokens.push(html) - 1}\u0000`;
  let s = text.replace(/<([^<>|]+)(?:\|([^<>]*))?>/g, (_, target: string, label?: string) => {
    if (target.startsWith('@')) return keep(`<span class="mention">@${esc(label ?? users[target.slice(1)] ?? target.slice(1))}</span>`);
    if (target.startsWith('!')) return keep(`<span class="mention">@${esc(target.slice(1).split('^')[0])}</span>`);
    if (target.startsWith('#')) return keep(`<span class="mention">#${esc(label ?? target.slice(1))}</span>`);
    return keep(`<a href="#">${escapeKeepingEntities(label ?? target)}</a>`);
  });
  s = escapeKeepingEntities(s);
  s = s.replace(/```([\s\S]*?)```/g, (_, code: string) => keep(`<pre>${code}</pre>`));
  s = s.replace(/`([^`\n]+)`/g, (_, code: string) => keep(`<code>${code}</code>`));
  const around = (mark: string, tag: string) => {
    const m = mark.replace(/[*~]/g, '\\$&');
    s = s.replace(new RegExp(`(^|[\\s(\\u0000"'])${m}([^${m}\\n]+?)${m}(?=$|[\\s).,:;!?"'\\u0000])`, 'gm'), `$1<${tag}>$2</${tag}>`);
  };
  around('*', 'b');
  around('_', 'i');
  around('~', 's');
  s = s.replace(/^&gt; ?(.*)$/gm, '<span class="quote">$1</span>');
  s = emoji(s).replace(/\n/g, '<br>');
  return s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => tokens[Number(i)]);
}

function textHtml(t: TextObject | undefined): string {
  if (!t) return '';
  return t.type === 'mrkdwn' ? mrkdwn(t.text) : emoji(esc(t.text)).replace(/\n/g, '<br>');
}

function button(e: Element): string {
  const style = e.style === 'primary' ? 'primary' : e.style === 'danger' ? 'danger' : '';
  return `<span class="btn ${style}">${textHtml(e.text)}</span>`;
}

function element(e: Element | TextObject): string {
  if (e.type === 'mrkdwn' || e.type === 'plain_text') return `<span>${textHtml(e as TextObject)}</span>`;
  const el = e as Element;
  if (el.type === 'button') return button(el);
  if (el.type === 'image') return `<img alt="${esc(el.alt_text ?? '')}" src="${esc(el.image_url ?? '')}" width="20" height="20">`;
  return `<code>${esc(el.type)}</code>`;
}

function block(b: Block): string {
  switch (b.type) {
    case 'header':
      return `<div class="header">${textHtml(b.text)}</div>`;
    case 'section': {
      const fields = b.fields?.length ? `<div class="fields">${b.fields.map((f) => `<div>${textHtml(f)}</div>`).join('')}</div>` : '';
      const accessory = b.accessory ? `<div class="accessory">${element(b.accessory)}</div>` : '';
      return `<div class="section"><div class="section-main">${b.text ? `<div>${textHtml(b.text)}</div>` : ''}${fields}</div>${accessory}</div>`;
    }
    case 'context':
      return `<div class="context">${(b.elements ?? []).map(element).join('<span class="sep"></span>')}</div>`;
    case 'actions': {
      const buttons = (b.elements ?? []).map(element).join('');
      // A reviewer should read what each confirm dialog says: list them under the buttons.
      const confirms = (b.elements ?? [])
        .filter((e): e is Element => 'confirm' in e && Boolean((e as Element).confirm))
        .map((e) => `<div class="confirm"><div class="confirm-label">On “${esc(e.text?.text ?? '')}”, Slack asks first:</div><div class="confirm-title">${textHtml(e.confirm!.title)}</div><div>${textHtml(e.confirm!.text)}</div><div class="confirm-buttons"><span class="btn">${textHtml(e.confirm!.deny)}</span><span class="btn ${e.style === 'danger' ? 'danger' : 'primary'}">${textHtml(e.confirm!.confirm)}</span></div></div>`)
        .join('');
      return `<div class="actions">${buttons}</div>${confirms}`;
    }
    case 'divider':
      return '<hr>';
    default:
      return `<pre class="unknown">${esc(JSON.stringify(b, null, 1))}</pre>`;
  }
}

const CSS = `
body{margin:0;background:#fff;font-family:Lato,"Helvetica Neue",Helvetica,"DejaVu Sans",Arial,sans-serif;font-size:15px;line-height:1.46668;color:#1d1c1d}
.channel{border-bottom:1px solid #e2e2e2;padding:10px 20px;font-weight:900;font-size:18px}
.msg{display:flex;gap:8px;padding:12px 20px}
.avatar{width:36px;height:36px;border-radius:4px;background:#4a154b;color:#fff;font-weight:900;display:flex;align-items:center;justify-content:center;flex:none;font-size:14px}
.body{flex:1;min-width:0}
.who{font-weight:900}.app{background:#e8e8e8;color:#616061;font-size:10px;font-weight:700;padding:1px 3px;border-radius:2px;margin:0 6px}.time{color:#616061;font-size:12px}
.header{font-size:18px;font-weight:900;margin:4px 0 6px}
.section{display:flex;gap:12px;margin:6px 0;overflow-wrap:anywhere}.section-main{flex:1;min-width:0}
.fields{display:grid;grid-template-columns:1fr 1fr;gap:4px 16px;margin-top:4px}
.context{color:#616061;font-size:12px;margin:6px 0;display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.actions{display:flex;flex-wrap:wrap;gap:8px;margin:10px 0 6px}
.btn{display:inline-block;border:1px solid #bbbabb;border-radius:4px;padding:3px 12px;font-weight:700;font-size:13px;line-height:22px;background:#fff;color:#1d1c1d}
.btn.primary{background:#007a5a;border-color:#007a5a;color:#fff}.btn.danger{background:#e01e5a;border-color:#e01e5a;color:#fff}
.confirm{border:1px solid #ddd;border-radius:8px;box-shadow:0 4px 12px rgba(0,0,0,.12);padding:12px 16px;margin:8px 0;max-width:460px;font-size:14px}
.confirm-label{color:#616061;font-size:12px;margin-bottom:4px}.confirm-title{font-weight:900;font-size:16px;margin-bottom:6px}.confirm-buttons{display:flex;justify-content:flex-end;gap:8px;margin-top:10px}
code{font-family:Monaco,Menlo,"DejaVu Sans Mono",monospace;font-size:12px;color:#e01e5a;background:#f8f8f8;border:1px solid #e8e8e8;border-radius:3px;padding:0 3px}
pre{font-family:Monaco,Menlo,"DejaVu Sans Mono",monospace;font-size:12px;background:#f8f8f8;border:1px solid #e8e8e8;border-radius:4px;padding:8px;white-space:pre-wrap}
.quote{display:block;border-left:4px solid #ddd;padding-left:10px}
.mention{background:#e8f5fa;color:#1264a3;border-radius:3px;padding:0 2px}
a{color:#1264a3;text-decoration:none}
hr{border:none;border-top:1px solid #e2e2e2;margin:10px 0}
.emoji{font-size:15px;font-family:"DejaVu Sans Mono","DejaVu Sans",sans-serif}.emoji-name{color:#616061}
.caption{color:#616061;font-size:12px;padding:8px 20px 0}
`;

/** One bot message in a channel, as Slack's desktop client shows it. */
export function slackMessageHtml(message: { text: string; blocks: unknown[] }, options: { channel: string; bot: string; time: string; caption?: string }): string {
  const blocks = (message.blocks as Block[]).map(block).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>${CSS}</style></head><body>
<div class="channel"># ${esc(options.channel)}</div>
${options.caption ? `<div class="caption">${esc(options.caption)}</div>` : ''}
<div class="msg"><div class="avatar">DD</div><div class="body"><div><span class="who">${esc(options.bot)}</span><span class="app">APP</span><span class="time">${esc(options.time)}</span></div>
${blocks}
</div></div></body></html>`;
}
