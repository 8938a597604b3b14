/**
 * The Slack fake's messages behave as Slack documents them, since the card publisher's "find the card
 * an interrupted attempt posted" relies on it: chat.postMessage keeps metadata and refuses a malformed
 * one; conversations.history is newest first, top-level only, `oldest` exclusive (unless
 * `inclusive`), paged by `limit` with `has_more` and `response_metadata.next_cursor`, and carries
 * metadata only with `include_all_metadata`.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackFake, type SlackFake } from '../support/slackFake';

let fake: SlackFake;
beforeEach(async () => {
  fake = await startSlackFake();
});
afterEach(async () => {
  await fake.close();
});

/** A Web API call as the SDK makes it: form-encoded, objects as JSON. */
async function call(method: string, args: Record<string, unknown>): Promise<any> {
  const body = new URLSearchParams(Object.entries(args).map(([k, v]): [string, string] => [k, typeof v === 'object' ? JSON.stringify(v) : String(v)]));
  const res = await fetch(`${fake.apiUrl}${method}`, { method: 'POST', headers: { authorization: 'Bearer xoxb-t', 'content-type': 'application/x-www-form-urlencoded' }, body });
  return res.json();
}

describe('Slack fake: metadata and conversations.history', () => {
  it('lists top-level messages newest first, after oldest, a page at a time, metadata only when asked', async () => {
    const metadata = { event_type: 'thing_posted', event_payload: { id: 7 } };
    const before = fake.say('C1', 'before the window');
    const first = await call('chat.postMessage', { channel: 'C1', text: 'first', metadata });
    await call('chat.postMessage', { channel: 'C1', text: 'a reply', thread_ts: first.ts });
    const second = fake.say('C1', 'second');
    const third = fake.say('C1', 'third');
    fake.say('C2', 'another channel');
    expect(Number(first.ts)).toBeGreaterThan(Number(before));

    const page1 = await call('conversations.history', { channel: 'C1', oldest: before, limit: 2 });
    expect(page1.messages.map((m: { ts: string }) => m.ts)).toEqual([third, second]);
    expect(page1.has_more).toBe(true);
    const page2 = await call('conversations.history', { channel: 'C1', oldest: before, limit: 2, cursor: page1.response_metadata.next_cursor });
    expect(page2.messages).toEqual([expect.objectContaining({ ts: first.ts, text: 'first', thread_ts: first.ts, reply_count: 1 })]);
    expect(page2.messages[0].metadata).toBeUndefined();
    expect(page2.has_more).toBe(false);

    const withMetadata = await call('conversations.history', { channel: 'C1', oldest: before, include_all_metadata: true });
    expect(withMetadata.messages.find((m: { ts: string }) => m.ts === first.ts).metadata).toEqual(metadata);
    const inclusive = await call('conversations.history', { channel: 'C1', oldest: before, inclusive: true });
    expect(inclusive.messages.at(-1).ts).toBe(before);
    expect((await call('conversations.history', { channel: 'C1', cursor: 'bm9wZQ==' })).error).toBe('invalid_cursor');
  });

  it('refuses malformed metadata; chat.update replaces metadata only when given', async () => {
    expect((await call('chat.postMessage', { channel: 'C1', text: 'x', metadata: { event_payload: {} } })).error).toBe('invalid_metadata_format');
    const posted = await call('chat.postMessage', { channel: 'C1', text: 'x', metadata: { event_type: 'a', event_payload: { n: 1 } } });
    await call('chat.update', { channel: 'C1', ts: posted.ts, text: 'y' });
    expect(fake.messages.get(posted.ts)?.metadata).toEqual({ event_type: 'a', event_payload: { n: 1 } });
    await call('chat.update', { channel: 'C1', ts: posted.ts, text: 'z', metadata: { event_type: 'a', event_payload: { n: 2 } } });
    expect(fake.messages.get(posted.ts)?.metadata).toEqual({ event_type: 'a', event_payload: { n: 2 } });
  });
});
