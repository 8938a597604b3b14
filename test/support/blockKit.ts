/**
 * Slack's documented rules for what an app sends, as a checker that walks any payload: a message
 * (`text` + `blocks`), a modal or Home tab view, or a response_url body. Returns every problem with its
 * path, so a test can say exactly which block Slack would refuse with `invalid_blocks`.
 *
 * Limits (https://api.slack.com/reference/block-kit/blocks, …/composition-objects,
 * …/block-elements, https://api.slack.com/reference/surfaces/views):
 * - at most 50 blocks in a message, 100 in a modal or Home tab;
 * - section: text ≤ 3000 characters, or fields: at most 10, each ≤ 2000; block_id ≤ 255;
 * - header: plain_text ≤ 150; context: 1–10 elements; actions: at most 25 elements;
 * - button: text plain_text ≤ 75, action_id ≤ 255, value ≤ 2000, url ≤ 3000, style primary|danger;
 * - confirmation dialog: title, text, confirm and deny plain_text; title ≤ 100, text ≤ 300,
 *   confirm and deny ≤ 30;
 * - input: label and hint plain_text ≤ 2000; plain_text_input initial_value and max_length ≤ 3000;
 * - static_select: at most 100 options, option text plain_text ≤ 75, value ≤ 150;
 * - modal: title, submit and close plain_text ≤ 24, private_metadata ≤ 3000, callback_id ≤ 255;
 * - every text object has a type plain_text or mrkdwn and non-empty text;
 * - mrkdwn: &, < and > must be escaped (&amp; &lt; &gt;) unless they are Slack's own markup
 *   (<@U…>, <#C…>, <!here>, <https://…|…>, <mailto:…>).
 */

export type Surface = 'message' | 'modal' | 'home';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Slack markup that may appear unescaped in mrkdwn: mentions, channels, specials, links. */
const MARKUP = /<(?:@[UW][A-Z0-9]+|#C[A-Z0-9]+(?:\|[^<>]*)?|![a-z_]+(?:\^[^<>]*)?(?:\|[^<>]*)?|(?:https?|mailto):[^<>|\s]+(?:\|[^<>]*)?)>/g;

/** Problems with `&`, `<` and `>` in one mrkdwn text. */
export function mrkdwnEscapeProblems(text: string): string[] {
  const problems: string[] = [];
  const bare = text.replace(MARKUP, '');
  const amp = /&(?!amp;|lt;|gt;)/.exec(bare);
  if (amp) problems.push(`unescaped & near "${bare.slice(Math.max(0, amp.index - 20), amp.index + 20)}"`);
  const angle = /[<>]/.exec(bare);
  if (angle) problems.push(`unescaped ${angle[0]} near "${bare.slice(Math.max(0, angle.index - 20), angle.index + 20)}"`);
  return problems;
}

export function blockKitProblems(payload: unknown, surface: Surface = 'message'): string[] {
  const problems: string[] = [];
  const fail = (path: string, what: string) => problems.push(`${path}: ${what}`);
  const max = (path: string, value: unknown, limit: number) => {
    if (typeof value === 'string' && value.length > limit) fail(path, `${value.length} characters, Slack allows ${limit}`);
  };

  const text = (path: string, t: unknown, o: { plain?: boolean; limit: number }) => {
    if (!isObject(t)) return fail(path, 'missing text object');
    if (t.type !== 'plain_text' && t.type !== 'mrkdwn') return fail(path, `text type "${String(t.type)}"`);
    if (o.plain && t.type !== 'plain_text') fail(path, 'must be plain_text');
    if (typeof t.text !== 'string' || t.text.length === 0) return fail(path, 'empty text');
    max(`${path}.text`, t.text, o.limit);
    if (t.type === 'mrkdwn') for (const p of mrkdwnEscapeProblems(t.text)) fail(path, p);
    if (t.type === 'mrkdwn' && 'emoji' in t) fail(path, 'emoji is only for plain_text');
  };

  const confirm = (path: string, c: unknown) => {
    if (!isObject(c)) return fail(path, 'confirm is not an object');
    text(`${path}.title`, c.title, { plain: true, limit: 100 });
    text(`${path}.text`, c.text, { plain: true, limit: 300 });
    text(`${path}.confirm`, c.confirm, { plain: true, limit: 30 });
    text(`${path}.deny`, c.deny, { plain: true, limit: 30 });
    if (c.style !== undefined && c.style !== 'primary' && c.style !== 'danger') fail(path, `style "${String(c.style)}"`);
  };

  const element = (path: string, e: unknown) => {
    if (!isObject(e)) return fail(path, 'element is not an object');
    max(`${path}.action_id`, e.action_id, 255);
    switch (e.type) {
      case 'button':
        text(`${path}.text`, e.text, { plain: true, limit: 75 });
        max(`${path}.value`, e.value, 2000);
        max(`${path}.url`, e.url, 3000);
        if (e.style !== undefined && e.style !== 'primary' && e.style !== 'danger') fail(path, `style "${String(e.style)}"`);
        if (e.confirm !== undefined) confirm(`${path}.confirm`, e.confirm);
        break;
      case 'plain_text_input':
        max(`${path}.initial_value`, e.initial_value, 3000);
        if (typeof e.max_length === 'number' && e.max_length > 3000) fail(path, `max_length ${e.max_length} > 3000`);
        if (typeof e.initial_value === 'string' && typeof e.max_length === 'number' && e.initial_value.length > e.max_length) fail(path, 'initial_value longer than max_length');
        break;
      case 'static_select': {
        const options = Array.isArray(e.options) ? e.options : [];
        if (options.length === 0 || options.length > 100) fail(path, `${options.length} options (1–100)`);
        options.forEach((o, i) => {
          if (!isObject(o)) return fail(`${path}.options[${i}]`, 'not an object');
          text(`${path}.options[${i}].text`, o.text, { plain: true, limit: 75 });
          max(`${path}.options[${i}].value`, o.value, 150);
        });
        break;
      }
      case 'image':
        break;
      default:
        fail(path, `unexpected element type "${String(e.type)}"`);
    }
  };

  const block = (path: string, b: unknown) => {
    if (!isObject(b)) return fail(path, 'block is not an object');
    max(`${path}.block_id`, b.block_id, 255);
    switch (b.type) {
      case 'header':
        text(`${path}.text`, b.text, { plain: true, limit: 150 });
        break;
      case 'section': {
        if (b.text === undefined && b.fields === undefined) fail(path, 'section needs text or fields');
        if (b.text !== undefined) text(`${path}.text`, b.text, { limit: 3000 });
        if (b.fields !== undefined) {
          const fields = Array.isArray(b.fields) ? b.fields : [];
          if (fields.length === 0 || fields.length > 10) fail(`${path}.fields`, `${fields.length} fields (1–10)`);
          fields.forEach((f, i) => text(`${path}.fields[${i}]`, f, { limit: 2000 }));
        }
        if (b.accessory !== undefined) element(`${path}.accessory`, b.accessory);
        break;
      }
      case 'context': {
        const elements = Array.isArray(b.elements) ? b.elements : [];
        if (elements.length === 0 || elements.length > 10) fail(`${path}.elements`, `${elements.length} elements (1–10)`);
        elements.forEach((e, i) => (isObject(e) && e.type === 'image' ? undefined : text(`${path}.elements[${i}]`, e, { limit: 3000 })));
        break;
      }
      case 'actions': {
        const elements = Array.isArray(b.elements) ? b.elements : [];
        if (elements.length === 0 || elements.length > 25) fail(`${path}.elements`, `${elements.length} elements (1–25)`);
        elements.forEach((e, i) => element(`${path}.elements[${i}]`, e));
        break;
      }
      case 'input':
        if (surface === 'message') fail(path, 'input blocks belong in modals');
        text(`${path}.label`, b.label, { plain: true, limit: 2000 });
        if (b.hint !== undefined) text(`${path}.hint`, b.hint, { plain: true, limit: 2000 });
        element(`${path}.element`, b.element);
        break;
      case 'divider':
        break;
      default:
        fail(path, `unexpected block type "${String(b.type)}"`);
    }
  };

  if (!isObject(payload)) return ['payload is not an object'];
  const blocks = payload.blocks;
  if (blocks !== undefined) {
    if (!Array.isArray(blocks)) return ['blocks is not an array'];
    const limit = surface === 'message' ? 50 : 100;
    if (blocks.length > limit) fail('blocks', `${blocks.length} blocks, Slack allows ${limit} in a ${surface}`);
    blocks.forEach((b, i) => block(`blocks[${i}]`, b));
  }
  if (surface === 'message') {
    if (typeof payload.text !== 'string' || (payload.text.length === 0 && !Array.isArray(blocks))) fail('text', 'a message needs text');
    if (typeof payload.text === 'string') {
      max('text', payload.text, 40_000);
      for (const p of mrkdwnEscapeProblems(payload.text)) fail('text', p);
    }
  }
  if (surface === 'modal') {
    text('title', payload.title, { plain: true, limit: 24 });
    if (payload.submit !== undefined) text('submit', payload.submit, { plain: true, limit: 24 });
    if (payload.close !== undefined) text('close', payload.close, { plain: true, limit: 24 });
    max('private_metadata', payload.private_metadata, 3000);
    max('callback_id', payload.callback_id, 255);
    if (Array.isArray(blocks) && blocks.some((b) => isObject(b) && b.type === 'input') && payload.submit === undefined) fail('submit', 'a modal with inputs needs submit');
  }
  return problems;
}
