/**
 * A reverse proxy in front of a test S3 endpoint that watches what a client keeps in flight: it counts
 * DeleteObjects requests from their arrival to the end of their answer (holding each one `deleteDelayMs`
 * before passing it on, like a distant region, so that overlaps are not left to chance), and notes the
 * listings that arrive while deletes are in flight.
 */
import http from 'node:http';

export interface S3MeterStats {
  deletes: number;
  /** The most DeleteObjects requests in flight at once. */
  maxDeletesInFlight: number;
  lists: number;
  /** ListObjectsV2 requests that arrived while at least one DeleteObjects was in flight. */
  listsDuringDeletes: number;
  /** … while as many DeleteObjects as `fullAt` were in flight (every slot busy). */
  listsWhileFull: number;
}

export interface S3Meter {
  endpoint: string;
  stats: S3MeterStats;
  stop(): Promise<void>;
}

export async function startS3Meter(target: string, options: { deleteDelayMs: number; fullAt: number }): Promise<S3Meter> {
  const upstream = new URL(target);
  const stats: S3MeterStats = { deletes: 0, maxDeletesInFlight: 0, lists: 0, listsDuringDeletes: 0, listsWhileFull: 0 };
  let deletesInFlight = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const isDelete = req.method === 'POST' && url.searchParams.has('delete');
    if (isDelete) {
      stats.deletes += 1;
      deletesInFlight += 1;
      stats.maxDeletesInFlight = Math.max(stats.maxDeletesInFlight, deletesInFlight);
      let ended = false;
      const end = () => {
        if (!ended) deletesInFlight -= 1;
        ended = true;
      };
      res.once('finish', end);
      res.once('close', end);
    } else if (req.method === 'GET' && url.searchParams.get('list-type') === '2') {
      stats.lists += 1;
      if (deletesInFlight > 0) stats.listsDuringDeletes += 1;
      if (deletesInFlight >= options.fullAt) stats.listsWhileFull += 1;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const forward = () => {
        const out = http.request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        });
        out.on('error', (error) => {
          res.writeHead(502);
          res.end(String(error));
        });
        out.end(Buffer.concat(chunks));
      };
      if (isDelete) setTimeout(forward, options.deleteDelayMs);
      else forward();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stats,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
