import { describe, expect, it } from 'vitest';
import { findTicketRef } from '../../src/domain/parse/index';

describe('findTicketRef', () => {
  const cases: [string, string | null][] = [
    ['Re: [DEL-42] Your deletion request', 'DEL-42'],
    ['status of del-7?', 'DEL-7'],
    ['ticket DEL42 please', 'DEL-42'],
    ['about del 42', 'DEL-42'],
    ['DEL_0012', 'DEL-12'],
    ['#DEL-5', 'DEL-5'],
    ['los datos del 3 al 5 de marzo', null],
    ['los datos del 2024', null],
    ['please delete 42 events', null],
    ['MODEL-42 is our product', null],
    ['DEL-0', null],
    ['no ticket here', null],
  ];
  for (const [text, ref] of cases) it(`${JSON.stringify(text)} → ${ref}`, () => expect(findTicketRef(text)).toBe(ref));
});
