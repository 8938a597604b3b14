/**
 * The Reject and Edit modals (https://api.slack.com/surfaces/modals) and the validation of what staff
 * submit in them. Pure: the Slack adapter opens the views and answers `view_submission` with
 * `response_action: errors` when `readEditSubmission` finds problems, so the modal stays open.
 */
import type { View, KnownBlock } from '@slack/types';
import type { Ticket, ScopePatch } from '../ticket';
import { ticketRef } from '../ticket';
import type { Catalog, CatalogWorkspace } from '../catalog';
import type { DayRange, RequestKind } from '../request';
import { DELETION_KINDS } from '../request';
import { dayOf, mergeRanges } from '../parse/dayMath';
import { KIND_LABELS, scopeFingerprint } from './card';
import { escapeMrkdwn } from './text';

export const MODALS = { reject: 'ticket_reject_modal', edit: 'ticket_edit_modal', waive: 'ticket_waive_modal' } as const;

/** Carried through the modal in `private_metadata` (the ticket, and the scope the staff member saw). */
export interface ModalMetadata {
  ticket: number;
  scope: string;
  /** Edit modal: the days were too many to show in the field; an empty field keeps them. */
  keepDays?: boolean;
}

export function parseModalMetadata(raw: string | undefined): ModalMetadata | null {
  try {
    const v = JSON.parse(raw ?? '') as Partial<ModalMetadata>;
    return typeof v.ticket === 'number' && typeof v.scope === 'string' ? { ticket: v.ticket, scope: v.scope, ...(v.keepDays === true ? { keepDays: true } : {}) } : null;
  } catch {
    return null;
  }
}

function metadata(t: Ticket, extra: { keepDays?: boolean } = {}): string {
  const m: ModalMetadata = { ticket: t.id, scope: scopeFingerprint(t), ...extra };
  return JSON.stringify(m);
}

export const REJECT_BLOCK = 'reason';
export const REJECT_INPUT = 'reason_input';

export function rejectModal(t: Ticket): View {
  return {
    type: 'modal',
    callback_id: MODALS.reject,
    private_metadata: metadata(t),
    title: { type: 'plain_text', text: `Reject ${ticketRef(t.id)}` },
    submit: { type: 'plain_text', text: 'Reject' },
    close: { type: 'plain_text', text: 'Back' },
    blocks: [
      {
        type: 'section',
        text: { type: 'mrkdwn', text: `:email: *The customer (${escapeMrkdwn(t.requester)}) will receive this reason by email*, word for word. Write it for them: why the request cannot be carried out and what they can do instead.` },
      },
      {
        type: 'input',
        block_id: REJECT_BLOCK,
        label: { type: 'plain_text', text: 'Reason (shown to the customer)' },
        element: { type: 'plain_text_input', action_id: REJECT_INPUT, multiline: true, min_length: 3, max_length: 2000 },
      },
    ],
  };
}

export const EDIT_BLOCKS = { kind: 'kind', workspace: 'workspace', sources: 'sources', space: 'space', days: 'days' } as const;
const INPUT = 'value';

/** Slack's longest `initial_value` of a text input (its `max_length` may be at most 3000). */
const INPUT_MAX = 3000;

export function editModal(t: Ticket): View {
  const kinds = DELETION_KINDS.map((k) => ({ text: { type: 'plain_text' as const, text: KIND_LABELS[k] ?? k }, value: k }));
  const initialKind = kinds.find((k) => k.value === t.kind);
  const text = (block: string, label: string, initial: string, hint: string, optional: boolean): KnownBlock => ({
    type: 'input',
    block_id: block,
    optional,
    label: { type: 'plain_text', text: label },
    hint: { type: 'plain_text', text: hint },
    element: { type: 'plain_text_input', action_id: INPUT, max_length: INPUT_MAX, ...(initial ? { initial_value: initial } : {}) },
  });
  const days = t.ranges.map((r) => (r.from === r.to ? r.from : `${r.from}..${r.to}`)).join(', ');
  // ~130 separate ranges do not fit in a text input: leave it empty, and an empty field keeps them.
  const keepDays = days.length > INPUT_MAX;
  return {
    type: 'modal',
    callback_id: MODALS.edit,
    private_metadata: metadata(t, keepDays ? { keepDays } : {}),
    title: { type: 'plain_text', text: `Edit ${ticketRef(t.id)}` },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Back' },
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: ':memo: The change is audited, approvals are reset, and the customer is emailed what changed.' } },
      {
        type: 'input',
        block_id: EDIT_BLOCKS.kind,
        label: { type: 'plain_text', text: 'Kind' },
        element: { type: 'static_select', action_id: INPUT, options: kinds, ...(initialKind ? { initial_option: initialKind } : {}) },
      },
      text(EDIT_BLOCKS.workspace, 'Workspace', (t.workspace ?? '').slice(0, INPUT_MAX), 'slug or id from the catalog', false),
      text(EDIT_BLOCKS.sources, 'Sources', t.sources.join(', ').length <= INPUT_MAX ? t.sources.join(', ') : '', 'source slugs or ids, comma-separated (source data deletions)', true),
      text(EDIT_BLOCKS.space, 'Space', (t.space ?? '').slice(0, INPUT_MAX), 'space name or id (Unify space deletions)', true),
      keepDays
        ? text(EDIT_BLOCKS.days, 'UTC days', '', `The ticket has ${t.ranges.length} separate ranges, too many to show here: leave this empty to keep them, or type the days that replace them.`, true)
        : text(EDIT_BLOCKS.days, 'UTC days', days, 'whole UTC days: 2024-03-01..2024-03-03, 2024-03-07', true),
    ],
  };
}

/** The `view.state.values` shape Slack sends for our inputs. */
export type ViewStateValues = Record<string, Record<string, { type: string; value?: string | null; selected_option?: { value: string } | null }>>;

export type EditSubmission = { ok: true; patch: ScopePatch } | { ok: false; errors: Record<string, string> };

/** Validate the Edit modal against the catalog; every problem names its field so Slack shows it there. */
export function readEditSubmission(values: ViewStateValues, catalog: Catalog, options: { keepDays?: boolean } = {}): EditSubmission {
  const read = (block: string): string => {
    const v = values[block]?.[INPUT];
    return (v?.selected_option?.value ?? v?.value ?? '').trim();
  };
  const errors: Record<string, string> = {};
  const kind = read(EDIT_BLOCKS.kind) as RequestKind;
  if (!(DELETION_KINDS as readonly string[]).includes(kind)) errors[EDIT_BLOCKS.kind] = 'Choose a kind of deletion.';

  const wsText = read(EDIT_BLOCKS.workspace);
  const workspace = catalog.workspaces.find((w) => w.slug === wsText.toLowerCase() || w.id === wsText);
  if (!workspace) errors[EDIT_BLOCKS.workspace] = wsText ? `No workspace "${wsText}" in the catalog.` : 'A workspace is required.';

  const sources = splitList(read(EDIT_BLOCKS.sources));
  const resolvedSources = workspace ? resolveSources(sources, workspace, errors) : [];
  const spaceText = read(EDIT_BLOCKS.space);
  const space = workspace && spaceText ? workspace.spaces.find((s) => s.id === spaceText || s.name.toLowerCase() === spaceText.toLowerCase()) : undefined;
  if (workspace && spaceText && !space) errors[EDIT_BLOCKS.space] = `Workspace ${workspace.slug} has no space "${spaceText}".`;
  const ranges = readDays(read(EDIT_BLOCKS.days), errors);

  if (kind === 'source_data') {
    if (sources.length === 0) errors[EDIT_BLOCKS.sources] ??= 'A source deletion needs at least one source.';
    if (ranges.length === 0 && !options.keepDays) errors[EDIT_BLOCKS.days] ??= 'A source deletion needs at least one UTC day.';
  }
  if (kind === 'unify_space' && !spaceText) errors[EDIT_BLOCKS.space] ??= 'A space deletion needs the space.';
  if (Object.keys(errors).length) return { ok: false, errors };
  const keep = kind === 'source_data' && ranges.length === 0 && options.keepDays === true;
  const patch: ScopePatch = {
    kind,
    workspace: workspace!.slug,
    // Fields that do not belong to the kind are cleared, so that the scope says exactly what runs.
    sources: kind === 'source_data' ? resolvedSources : [],
    space: kind === 'unify_space' ? space!.name : null,
    ranges: kind === 'source_data' ? ranges : [],
  };
  if (keep) delete patch.ranges;
  return { ok: true, patch };
}

function splitList(text: string): string[] {
  return text.split(/[,\s]+/).map((s) => s.trim()).filter(Boolean);
}

function resolveSources(names: string[], workspace: CatalogWorkspace, errors: Record<string, string>): string[] {
  const out: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const found = workspace.sources.find((s) => s.slug === name.toLowerCase() || s.id === name);
    if (found) out.push(found.slug);
    else unknown.push(name);
  }
  if (unknown.length) errors[EDIT_BLOCKS.sources] = `Workspace ${workspace.slug} has no source ${unknown.map((u) => `"${u}"`).join(', ')}.`;
  return [...new Set(out)].sort();
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2024-03-01..2024-03-03, 2024-03-07` → merged inclusive ranges. Only whole UTC days, no guessing. */
export function readDays(text: string, errors: Record<string, string>): DayRange[] {
  if (!text) return [];
  const ranges: DayRange[] = [];
  const normalized = text.replace(/\s*(?:\.\.|–|—)\s*/g, '..').replace(/\s+to\s+/gi, '..');
  for (const part of normalized.split(/[\s,;]+/).filter(Boolean)) {
    const [a, b = a, extra] = part.split('..');
    const from = day(a);
    const to = day(b);
    if (extra !== undefined || !from || !to || from > to) {
      errors[EDIT_BLOCKS.days] = `"${part}" is not a UTC day or range: write 2024-03-01 or 2024-03-01..2024-03-03.`;
      return [];
    }
    ranges.push({ from, to });
  }
  return mergeRanges(ranges);
}

function day(text: string | undefined): string | null {
  const m = DAY.exec((text ?? '').trim());
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** The Reject modal's reason; Slack enforces the input, this refuses an all-blank one. */
export function readRejectReason(values: ViewStateValues): { ok: true; reason: string } | { ok: false; errors: Record<string, string> } {
  const reason = (values[REJECT_BLOCK]?.[REJECT_INPUT]?.value ?? '').trim();
  return reason.length >= 3 ? { ok: true, reason } : { ok: false, errors: { [REJECT_BLOCK]: 'A reason is required: the customer will read it.' } };
}

export const WAIVE_BLOCK = 'waive_reason';
export const WAIVE_INPUT = 'waive_reason_input';

/**
 * Waive the customer's confirmation: for when the contact confirmed through another channel (a call,
 * the account team). The reason is audited and shown on the card; the customer does not receive it.
 */
export function waiveModal(t: Ticket): View {
  return {
    type: 'modal',
    callback_id: MODALS.waive,
    private_metadata: metadata(t),
    title: { type: 'plain_text', text: `Waive for ${ticketRef(t.id)}` },
    submit: { type: 'plain_text', text: 'Waive' },
    close: { type: 'plain_text', text: 'Back' },
    blocks: [
      {
        type: 'section',
        text: { type: 'mrkdwn', text: `:warning: Nothing is deleted until a contact of the workspace confirms the exact scope in writing. Waive this only if the contact confirmed *this exact scope* another way. Your name and the reason are audited and shown on the card.` },
      },
      {
        type: 'input',
        block_id: WAIVE_BLOCK,
        label: { type: 'plain_text', text: 'Why is the written confirmation not needed?' },
        element: { type: 'plain_text_input', action_id: WAIVE_INPUT, multiline: true, min_length: 3, max_length: 2000 },
      },
    ],
  };
}

export function readWaiveReason(values: ViewStateValues): { ok: true; reason: string } | { ok: false; errors: Record<string, string> } {
  const reason = (values[WAIVE_BLOCK]?.[WAIVE_INPUT]?.value ?? '').trim();
  return reason.length >= 3 ? { ok: true, reason } : { ok: false, errors: { [WAIVE_BLOCK]: 'A reason is required: it is audited and shown on the card.' } };
}
