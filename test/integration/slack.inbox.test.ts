/**
 * Slack side of kept mail and held mail, against the Slack fake: mail kept without an answer is one
 * quiet line in the channel (not a card), and a ticket whose email is held says so on its card.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../support/db';
import { email } from '../support/app';
import { waitFor } from '../support/wait';
import { CHANNEL, startSlackHarness, type SlackHarness } from '../support/slackHarness';

describe.each(testDialects())('Slack: kept and held mail on %s', (dialect) => {
  let h: SlackHarness;
  beforeEach(async () => {
    h = await startSlackHarness(dialect);
  });
  afterEach(async () => h?.close());

  it('a message kept without an answer is one short line in the channel, not a card', async () => {
    const r = await h.app.intake.receive(email({ from: 'claims@win.example', subject: 'Your Winning Notification', body: 'Dear winner, claim your prize now.', messageId: 'win-1@win.example' }), 'test');
    expect(r.outcome).toBe('unanswered');
    const [line] = await waitFor(() => {
      const posts = h.fake.callsOf('chat.postMessage').filter((c) => String(c.args.text ?? '').includes('Not answered'));
      return posts.length ? posts : null;
    }, { what: 'the quiet line' });
    expect(line!.args.channel).toBe(CHANNEL);
    expect(line!.args.blocks).toBeUndefined();
    expect(String(line!.args.text)).toMatch(/^:mailbox_with_mail: Not answered: mail from claims@win\.example — "Your Winning Notification" \(not a deletion request, from an address that is no contact\)\. `deletion-desk inbox` lists it; `deletion-desk open win-1@win\.example --by ID` makes it a ticket\.$/);
    expect(h.fake.callsOf('chat.postMessage')).toHaveLength(1);
  });

  it('the card of a ticket whose answer is held says so', async () => {
    for (let i = 1; i <= 6; i++) {
      await h.app.intake.receive(email({ from: 'ops@acme.example', subject: `request ${i}`, body: `Please delete the android data of acme-inc for 2024-02-0${i}.`, messageId: `ops-${i}@acme.example` }), 'test');
    }
    // The sixth acknowledgement is over the hourly limit: held, and the card of DEL-6 says so.
    const card = await waitFor(() => {
      const posts = h.fake.callsOf('chat.postMessage').filter((c) => String(c.args.text ?? '').startsWith('DEL-6 '));
      return posts.length ? posts.at(-1)! : null;
    }, { what: 'the card of DEL-6' });
    expect(JSON.stringify(card.args.blocks)).toMatch(/Held:\*? 1 email to the customer waits for the per-sender reply limit/);
    const other = h.fake.callsOf('chat.postMessage').find((c) => String(c.args.text ?? '').startsWith('DEL-5 '));
    expect(JSON.stringify(other!.args.blocks)).not.toMatch(/Held/);
  });
});
