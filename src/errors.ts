/**
 * One error type with a stable string code (as bolt-js does): callers branch on `code`, people read
 * `message`. `cause` keeps the original error for the logs.
 */

export const ERROR_CODES = [
  'config_invalid',
  'catalog_invalid',
  'not_found',
  'invalid_transition',
  'not_allowed',
  /** The request contradicts the current state (already approved, scope changed since shown): not retried. */
  'conflict',
  /**
   * Another writer changed the row between our read and our write (a version or lease check failed).
   * The one code for a lost race: the writer re-reads and judges again; nobody matches message text.
   */
  'lost_race',
  'bad_input',
  'transient',
  /** A service the desk depends on cannot be reached or refused us (the message names the setting). */
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}

/** Coerce anything thrown into an Error once, at the boundary (graphile-worker's habit). */
export function toError(value: unknown): Error {
  if (value instanceof Error) return value;
  return new Error(typeof value === 'string' ? value : JSON.stringify(value));
}

export function isAppError(value: unknown, code?: ErrorCode): value is AppError {
  return value instanceof AppError && (code === undefined || value.code === code);
}
