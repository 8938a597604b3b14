/**
 * The bolt app: routes slash commands, button clicks, modal submissions and App Home opens to the
 * desk (services/slackDesk.ts). Every handler acks first — Slack shows an error after 3 seconds —
 * except modal submissions, which validate (pure, against the cached catalog) before acking so that
 * problems appear next to the field. Card updates are not done here: they follow from the ticket's
 * outbox notices, whoever changed it.
 */
import { App as BoltApp, type BlockButtonAction, type Logger as SlackLogger, type Receiver } from '@slack/bolt';
import type { Logger } from '../../logger';
import { toError } from '../../errors';
import { CARD_ACTIONS, parseButtonValue } from '../../domain/slack/card';
import { MODALS, editModal, parseModalMetadata, readEditSubmission, readRejectReason, readWaiveReason, rejectModal, waiveModal, type ViewStateValues } from '../../domain/slack/modals';
import type { SlackActions } from '../../ports/slack';

export interface SlackAppOptions {
  token: string;
  receiver: Receiver;
  apiUrl: string | null;
  desk: SlackActions;
  logger: Logger;
  slackLogger: SlackLogger;
}

export function createSlackApp(options: SlackAppOptions): BoltApp {
  const { desk, logger } = options;
  const app: BoltApp = new BoltApp({
    authorize: botAuthorization(options.token, () => app),
    receiver: options.receiver,
    logger: options.slackLogger,
    // Interactive calls (views.open) must happen within the trigger's 3 seconds: one quick retry at most.
    clientOptions: { slackApiUrl: options.apiUrl ?? undefined, retryConfig: { retries: 1, maxTimeout: 1000 } },
  });

  registerSlashCommand(app, desk);
  registerCardButtons(app, desk, logger);
  registerModalButtons(app, desk);
  registerModalSubmissions(app, desk);
  registerAppHome(app, desk);
  app.error(async (error) => {
    logger.error({ err: toError(error) }, 'Slack handler failed');
  });
  return app;
}

/**
 * The bot's identity for each request, from one auth.test asked on the first request (and again after
 * a failure). Bolt given a `token` asks auth.test as it is built and keeps the promise with no handler
 * until a request arrives: a bot stopped before its first request, or started while Slack was
 * unreachable, left an unhandled rejection, which ends a Node process.
 */
function botAuthorization(token: string, app: () => BoltApp): () => Promise<{ botToken: string; botUserId?: string; botId?: string }> {
  let identity: Promise<{ botUserId?: string; botId?: string }> | null = null;
  return async () => {
    identity ??= app()
      .client.auth.test({ token })
      .then((result) => ({ botUserId: result.user_id, botId: result.bot_id }))
      .catch((error: unknown) => {
        identity = null;
        throw error;
      });
    return { botToken: token, ...(await identity) };
  };
}

/** `/deletion …`: answered in the channel or only to the user, as the desk decides. */
function registerSlashCommand(app: BoltApp, desk: SlackActions): void {
  app.command('/deletion', async ({ ack, command, respond }) => {
    await ack();
    const answer = await desk.command(command.user_id, command.text ?? '');
    await respond({ response_type: answer.public ? 'in_channel' : 'ephemeral', text: answer.text, ...(answer.blocks ? { blocks: answer.blocks } : {}) });
  });
}

/** Approve (with or without the spoof override) and Cancel on a ticket's card: acted on at once. */
function registerCardButtons(app: BoltApp, desk: SlackActions, logger: Logger): void {
  const buttons: [string, 'approve' | 'cancel', boolean][] = [
    [CARD_ACTIONS.approve, 'approve', false],
    [CARD_ACTIONS.approveOverride, 'approve', true],
    [CARD_ACTIONS.cancel, 'cancel', false],
  ];
  for (const [actionId, type, overrideSpoof] of buttons) {
    app.action<BlockButtonAction>(actionId, async ({ ack, body, action, respond }) => {
      await ack();
      const value = parseButtonValue(action.value);
      if (!value) return void logger.warn({ actionId }, 'a Slack button without a ticket value');
      const result = await desk.act(body.user.id, type === 'approve' ? { type, ticket: value.ticket, scope: value.scope, overrideSpoof } : { type, ticket: value.ticket, scope: value.scope });
      // Success shows on the card (chat.update) and in its thread; only a refusal needs an answer.
      if (!result.ok) await respond({ response_type: 'ephemeral', replace_original: false, text: result.text });
    });
  }
}

/** Reject, Edit and Waive on a card: open the modal that asks for the reason or the new scope. */
function registerModalButtons(app: BoltApp, desk: SlackActions): void {
  for (const [actionId, what] of [[CARD_ACTIONS.reject, 'reject'], [CARD_ACTIONS.edit, 'edit'], [CARD_ACTIONS.waive, 'waive']] as const) {
    app.action<BlockButtonAction>(actionId, async ({ ack, body, action, respond, client }) => {
      await ack();
      const value = parseButtonValue(action.value);
      if (!value) return;
      const result = await desk.ticketForModal(body.user.id, value.ticket, what);
      if (!result.ok) return void (await respond({ response_type: 'ephemeral', replace_original: false, text: result.text }));
      await client.views.open({ trigger_id: body.trigger_id, view: what === 'reject' ? rejectModal(result.ticket) : what === 'waive' ? waiveModal(result.ticket) : editModal(result.ticket) });
    });
  }
}

/** The modals' submissions: validated before the ack, so problems show next to the field. */
function registerModalSubmissions(app: BoltApp, desk: SlackActions): void {
  app.view(MODALS.reject, async ({ ack, body, view, client }) => {
    const meta = parseModalMetadata(view.private_metadata);
    const reason = readRejectReason(view.state.values as ViewStateValues);
    if (!reason.ok) return void (await ack({ response_action: 'errors', errors: reason.errors }));
    await ack();
    if (!meta) return;
    const result = await desk.act(body.user.id, { type: 'reject', ticket: meta.ticket, scope: meta.scope, reason: reason.reason });
    if (!result.ok) await tellUser(client, body.user.id, result.text);
  });

  app.view(MODALS.waive, async ({ ack, body, view, client }) => {
    const meta = parseModalMetadata(view.private_metadata);
    const reason = readWaiveReason(view.state.values as ViewStateValues);
    if (!reason.ok) return void (await ack({ response_action: 'errors', errors: reason.errors }));
    await ack();
    if (!meta) return;
    const result = await desk.act(body.user.id, { type: 'waive', ticket: meta.ticket, scope: meta.scope, reason: reason.reason });
    if (!result.ok) await tellUser(client, body.user.id, result.text);
  });

  app.view(MODALS.edit, async ({ ack, body, view, client }) => {
    const meta = parseModalMetadata(view.private_metadata);
    const submission = readEditSubmission(view.state.values as ViewStateValues, await desk.catalog(), { keepDays: meta?.keepDays });
    if (!submission.ok) return void (await ack({ response_action: 'errors', errors: submission.errors }));
    await ack();
    if (!meta) return;
    const result = await desk.act(body.user.id, { type: 'edit', ticket: meta.ticket, scope: meta.scope, patch: submission.patch });
    if (!result.ok) await tellUser(client, body.user.id, result.text);
  });
}

/** The App Home tab: the user's view of the desk, published when they open it. */
function registerAppHome(app: BoltApp, desk: SlackActions): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    await client.views.publish({ user_id: event.user, view: await desk.home(event.user) });
  });
}

/** After a modal closed there is no response_url: the answer goes to the user's DM with the app. */
async function tellUser(client: BoltApp['client'], userId: string, text: string): Promise<void> {
  await client.chat.postMessage({ channel: userId, text });
}
