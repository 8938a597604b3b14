/** ARCHIVE_URL → the archive adapter (composition root helper). */
import { S3Client } from '@aws-sdk/client-s3';
import { fileURLToPath } from 'node:url';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import type { Archive } from '../../ports/archive';
import { FolderArchive } from './folderArchive';
import { S3Archive } from './s3Archive';
import { proxyFor, proxyHttpAgent, type ProxySettings } from '../http/proxy';

/** Opening a TCP (and TLS) connection to the store: longer than this is a network problem, retried. */
const CONNECT_TIMEOUT_MS = 10_000;

export function createArchive(config: Pick<Config, 'archiveUrl' | 's3'> & { proxy?: ProxySettings }, logger?: Logger): Archive {
  const url = config.archiveUrl;
  if (url.startsWith('s3:')) {
    const { bucket, basePrefix } = parseS3Url(url);
    const s3 = config.s3;
    const proxyUrl = config.proxy ? proxyFor(s3.endpoint ?? `https://s3.${s3.region}.amazonaws.com`, config.proxy) : null;
    const agent = proxyUrl ? proxyHttpAgent(proxyUrl) : undefined;
    const client = new S3Client({
      // HTTPS_PROXY: the SDK's node:http handler takes the agents (one tunnelling agent serves both).
      // A request the store stops answering fails after S3_REQUEST_TIMEOUT_MS of silence and is retried:
      // without it a hung DeleteObjects would hold one of the process's delete slots for good.
      requestHandler: { ...(agent ? { httpAgent: agent, httpsAgent: agent } : {}), requestTimeout: s3.requestTimeoutMs ?? 60_000, throwOnRequestTimeout: true, connectionTimeout: CONNECT_TIMEOUT_MS },
      region: s3.region,
      endpoint: s3.endpoint ?? undefined,
      forcePathStyle: s3.forcePathStyle,
      credentials: s3.accessKeyId && s3.secretAccessKey ? { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey, sessionToken: s3.sessionToken ?? undefined } : undefined,
      // Retries are ours (S3Archive): one policy, per-key errors included, and visible in the logs.
      maxAttempts: 1,
    });
    return new S3Archive({ client, bucket, basePrefix, versioning: s3.versioning, concurrency: s3.deleteConcurrency, logger });
  }
  return new FolderArchive(folderPath(url));
}

/** `s3://bucket/some/prefix` → bucket and a base prefix ending with "/" (or empty). */
export function parseS3Url(url: string): { bucket: string; basePrefix: string } {
  const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(url);
  if (!m) throw new Error(`not an s3:// URL: ${url}`);
  const rest = m[2].replace(/^\/+/, '');
  return { bucket: m[1], basePrefix: rest === '' || rest.endsWith('/') ? rest : `${rest}/` };
}

/** `file:./var/archive` (relative), `file:/srv/archive` or `file:///srv/archive`. */
export function folderPath(url: string): string {
  if (url.startsWith('file://')) return fileURLToPath(url);
  return url.replace(/^file:/, '');
}
