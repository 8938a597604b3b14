/**
 * Slack over Socket Mode (SLACK_APP_TOKEN): the app opens `apps.connections.open` on the Web API fake,
 * connects to the local Socket Mode server, gets `hello`, and acknowledges each envelope.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitFor } from '../support/wait';
import { blockActionsPayload } from '../support/slackFake';
import { startSocketModeFake, type SocketModeFake } from '../support/socketModeFake';
import { CHANNEL, startSlackHarness, type SlackHarness } from '../support/slackHarness';
import { buttonValue, CARD_ACTIONS } from '../../src/domain/slack/card';

describe('Slack over Socket Mode', () => {
  let socket: SocketModeFake;
  let h: SlackHarness;
  beforeEach(async () => {
    socket = await startSocketModeFake();
    h = await startSlackHarness('sqlite', { appToken: 'xapp-1-test', socketUrl: socket.url });
  });
  afterEach(async () => {
    await h.close();
    await socket.close();
  });

  it('connects with the app token, serves no HTTP route, and acks slash commands and clicks', async () => {
    expect(h.slack.mode).toBe('socket');
    expect(h.slack.routes).toEqual([]);
    await socket.connected();
    const open = h.fake.callsOf('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0].token).toBe('xapp-1-test');

    const ack = await socket.send('slash_commands', {
      command: '/deletion', text: 'help', user_id: 'UALICE', channel_id: CHANNEL, team_id: 'T0FAKE', api_app_id: 'A0FAKE',
      response_url: h.fake.responseUrl('sm-help'), trigger_id: 'trigger-sm',
    });
    expect(ack.envelope_id).toBeTruthy();
    const [answer] = await waitFor(() => (h.fake.responsesTo('sm-help').length ? h.fake.responsesTo('sm-help') : null), { what: 'help over Socket Mode' });
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toContain('/deletion approve');

    const ticket = await h.newTicket('source_data', { sources: ['ios-app'], ranges: [{ from: '2024-03-01', to: '2024-03-01' }] });
    await waitFor(() => h.fake.cards(CHANNEL).length === 1, { what: 'the card' });
    const clickAck = await socket.send('interactive', blockActionsPayload({ user: 'UBOB', actionId: CARD_ACTIONS.approve, value: buttonValue(ticket), responseUrl: h.fake.responseUrl('sm-click') }));
    expect(clickAck.envelope_id).toBeTruthy();
    await waitFor(async () => (await h.app.tickets.get(ticket.id)).status === 'scheduled', { what: 'approved over Socket Mode' });
  });
});
