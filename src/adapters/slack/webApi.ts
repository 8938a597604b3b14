/**
 * The Slack Web API as the rest of the bot needs it: a WebClient pointed at SLACK_API_URL, the card
 * calls (chat.postMessage / chat.update, and conversations.history to find a card again by its
 * metadata) and user-group membership, with Slack's errors translated
 * into what the outbox worker understands: rate limits carry `retryAfterMs` (Slack's Retry-After),
 * outages are AppError('transient'), our own malformed messages are permanent.
 */
import { proxyFetch, proxyFor, type ProxySettings } from '../http/proxy';
import { webApi } from '@slack/bolt';
import type { Logger } from '../../logger';
import { AppError } from '../../errors';
import type { SlackMessagesPort } from '../../ports/slack';
import { slackLogger } from './slackLogger';
import { metadataMatches } from '../../domain/slack/cardMetadata';

export type WebClient = InstanceType<typeof webApi.WebClient>;

/**
 * Retries belong to the outbox (durable, with Retry-After), not to the client: a client retrying
 * inside a delivery would hold the row's lease and hide the rate limit from the worker.
 */
export function createWebClient(token: string, options: { apiUrl: string | null; logger: Logger; proxy?: ProxySettings }): WebClient {
  const proxyUrl = options.proxy ? proxyFor(options.apiUrl ?? 'https://slack.com/api/', options.proxy) : null;
  return new webApi.WebClient(token, {
    slackApiUrl: options.apiUrl ?? undefined,
    ...(proxyUrl ? { fetch: proxyFetch(proxyUrl) } : {}),
    logger: slackLogger(options.logger),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
}

/** Platform errors that no retry can fix (our message is malformed). */
const PERMANENT = new Set(['invalid_blocks', 'invalid_blocks_format', 'msg_too_long', 'invalid_arguments', 'no_text', 'too_many_attachments', 'invalid_arg_name']);

/** Slack's error → AppError the outbox worker acts on. */
export function toDeliveryError(error: unknown, call: string): Error {
  const e = error as { code?: string; retryAfter?: number; data?: { error?: string }; statusCode?: number; message?: string };
  switch (e?.code) {
    case webApi.ErrorCode.RateLimitedError:
      return Object.assign(new AppError('transient', `Slack rate-limited ${call}; retrying after ${e.retryAfter}s`, { cause: error }), { retryAfterMs: Math.max(0, (e.retryAfter ?? 1) * 1000) });
    case webApi.ErrorCode.RequestError:
      return new AppError('transient', `Slack is unreachable (${call}): ${e.message}`, { cause: error });
    case webApi.ErrorCode.HTTPError:
      return new AppError('transient', `Slack answered HTTP ${e.statusCode} to ${call}`, { cause: error });
    case webApi.ErrorCode.PlatformError: {
      const code = e.data?.error ?? 'unknown_error';
      if (code === 'message_not_found') return new AppError('not_found', `Slack: ${call} message_not_found`, { cause: error });
      if (code === 'ratelimited') return Object.assign(new AppError('transient', `Slack rate-limited ${call}`, { cause: error }), { retryAfterMs: 1000 });
      // `slackError` lets the card publisher tell refused blocks (it posts a minimal card instead) and
      // a missing history scope (it posts without looking for an earlier card).
      if (PERMANENT.has(code)) return Object.assign(new AppError('internal', `Slack refused ${call}: ${code}`, { cause: error }), { slackError: code });
      // Everything else (channel_not_found, not_in_channel, invalid_auth, internal_error…) is an
      // outage or a setup problem an operator fixes: keep the card and retry with backoff.
      return Object.assign(new AppError('transient', `Slack refused ${call}: ${code}`, { cause: error }), { slackError: code });
    }
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}

export function slackMessages(client: WebClient): SlackMessagesPort {
  return {
    async post(m) {
      try {
        const r = await client.chat.postMessage({
          channel: m.channel,
          text: m.text,
          ...(m.blocks ? { blocks: m.blocks } : {}),
          ...(m.threadTs ? { thread_ts: m.threadTs } : {}),
          ...(m.metadata ? { metadata: m.metadata } : {}),
          unfurl_links: false,
        });
        if (!r.ts) throw new AppError('internal', 'Slack accepted chat.postMessage without a ts');
        return { ts: r.ts };
      } catch (error) {
        throw toDeliveryError(error, 'chat.postMessage');
      }
    },
    async update(m) {
      try {
        // The metadata is sent again so that a card stays findable whatever chat.update does with it.
        await client.chat.update({ channel: m.channel, ts: m.ts, text: m.text, blocks: m.blocks, ...(m.metadata ? { metadata: m.metadata } : {}) });
      } catch (error) {
        throw toDeliveryError(error, 'chat.update');
      }
    },
    findPosted: (query) => findPosted(client, query),
  };
}

/** Messages asked for per conversations.history call: Slack recommends no more than 200. */
const HISTORY_PAGE = 200;

/**
 * conversations.history answers newest first, a page at a time (`has_more`, then
 * `response_metadata.next_cursor`), only top-level messages (thread replies are not in it), and
 * metadata only with `include_all_metadata`. `oldest` is exclusive, in Slack's seconds.microseconds.
 */
async function findPosted(client: WebClient, query: Parameters<SlackMessagesPort['findPosted']>[0]): Promise<{ ts: string | null; complete: boolean }> {
  const oldest = (Math.max(0, query.since.getTime()) / 1000).toFixed(6);
  let cursor: string | undefined;
  let read = 0;
  try {
    do {
      const page = await client.conversations.history({ channel: query.channel, oldest, limit: Math.min(HISTORY_PAGE, query.maxMessages - read), include_all_metadata: true, ...(cursor ? { cursor } : {}) });
      const messages = page.messages ?? [];
      read += messages.length;
      const card = messages.find((message) => message.ts && !isThreadReply(message) && metadataMatches(message.metadata, query.metadata));
      if (card?.ts) return { ts: card.ts, complete: true };
      cursor = page.has_more ? page.response_metadata?.next_cursor || undefined : undefined;
    } while (cursor && read < query.maxMessages);
  } catch (error) {
    throw toDeliveryError(error, 'conversations.history');
  }
  return { ts: null, complete: cursor === undefined };
}

/** A reply also sent to the channel appears in its history; it is never a card. */
function isThreadReply(message: { ts?: string; thread_ts?: string }): boolean {
  return message.thread_ts !== undefined && message.thread_ts !== message.ts;
}

export async function userGroupMembers(client: WebClient, groupId: string): Promise<string[]> {
  const r = await client.usergroups.users.list({ usergroup: groupId });
  return r.users ?? [];
}
