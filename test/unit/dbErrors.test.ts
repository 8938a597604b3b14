/**
 * Which database errors mean "try again later" (the message stays in the mailbox) and which mean
 * "this message cannot be taken in" (filed under Failed with the reason). Filing a good request as
 * failed because the database was busy loses it from the customer's point of view.
 */
import { describe, expect, it } from 'vitest';
import { isTransientDbError, isWriteConflict } from '../../src/adapters/db/dbErrors';

const pg = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('isTransientDbError', () => {
  it.each([
    ['lock_timeout', pg('55P03', 'canceling statement due to lock timeout')],
    ['statement_timeout', pg('57014', 'canceling statement due to statement timeout')],
    ['serialization failure', pg('40001', 'could not serialize access due to concurrent update')],
    ['deadlock', pg('40P01', 'deadlock detected')],
    ['too many connections', pg('53300', 'sorry, too many clients already')],
    ['out of memory', pg('53200', 'out of memory')],
    ['disk full', pg('53100', 'could not extend file: No space left on device')],
    ['backend terminated', pg('57P01', 'terminating connection due to administrator command')],
    ['connection dropped', new Error('Connection terminated unexpectedly')],
    ['DNS hiccup', pg('EAI_AGAIN', 'getaddrinfo EAI_AGAIN db')],
    ['pool timeout', Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' })],
    ['SQLite busy', pg('SQLITE_BUSY', 'SQLITE_BUSY: database is locked')],
    ['wrapped', new Error('could not take the message in', { cause: pg('55P03', 'canceling statement due to lock timeout') })],
  ])('%s: retry later', (_, error) => {
    expect(isTransientDbError(error)).toBe(true);
  });

  it.each([
    ['unique violation', pg('23505', 'duplicate key value violates unique constraint')],
    ['bad value', pg('22P02', 'invalid input syntax for type integer')],
    ['missing table', pg('42P01', 'relation "tickets" does not exist')],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['not an error', 'oops'],
  ])('%s: not a reason to retry', (_, error) => {
    expect(isTransientDbError(error)).toBe(false);
  });
});

describe('isWriteConflict', () => {
  it('is a deadlock or a serialization failure, which an action runs again at once', () => {
    expect(isWriteConflict(pg('40P01', 'deadlock detected'))).toBe(true);
    expect(isWriteConflict(pg('40001', 'could not serialize access due to concurrent update'))).toBe(true);
    expect(isWriteConflict(pg('55P03', 'canceling statement due to lock timeout'))).toBe(false);
    expect(isWriteConflict(pg('23505', 'duplicate key value violates unique constraint'))).toBe(false);
    expect(isWriteConflict(null)).toBe(false);
  });
});
