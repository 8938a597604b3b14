/**
 * Database errors that say "try again later" rather than "this input is bad": the server restarted,
 * the connection dropped, the pool timed out, a lock or serialization conflict, a lock or statement
 * that waited longer than the server allows (`lock_timeout`, `statement_timeout`), the server out of
 * connections, memory or disk. Work that fails with one of these is left where it came from (inbox,
 * maildrop) and retried, never filed as failed.
 */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available: lock_timeout ran out waiting for a row another session holds
  '57014', // query_canceled: statement_timeout, or cancelled by an administrator
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
]);

export function isTransientDbError(error: unknown): boolean {
  const e = error as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  // Class 08: connection exception; class 53: insufficient resources (too many connections, out of memory, disk full).
  if (typeof e.code === 'string' && (TRANSIENT_CODES.has(e.code) || e.code.startsWith('08') || /^53[0-9A-Z]{3}$/.test(e.code))) return true;
  if (e.name === 'KnexTimeoutError') return true;
  const message = typeof e.message === 'string' ? e.message : '';
  if (/Connection terminated|terminating connection|connection is closed|Client has encountered a connection error|database is locked|Timeout acquiring a connection|Unable to acquire a connection/i.test(message)) return true;
  return e.cause !== undefined && e.cause !== error ? isTransientDbError(e.cause) : false;
}

/** The database rolled the transaction back to resolve a conflict; running it again is the cure. */
export function isWriteConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '40001' || code === '40P01';
}
