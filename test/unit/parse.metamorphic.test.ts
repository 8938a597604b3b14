/**
 * Metamorphic tests of the parser (issue 10, item 2). For every message of the corpora whose expected
 * result is complete, fast-check generates changes as plain data (see test/support/metamorphic.ts):
 *
 * - changes a customer's words survive, which must give exactly the expected scope, still complete:
 *   a signature full of dates and phone numbers; the request quoted above another conversation (reply
 *   headers of Gmail, Outlook, Apple Mail and Thunderbird in many languages, with other days and other
 *   catalog names); a contact forwarding it with "please handle"; an HTML version with hidden decoys;
 *   another client's encoding; another Date offset on the same local day;
 * - changes that make the request unclear, after which the bot must ask (something missing or an
 *   ambiguity), never return a complete scope: range ends swapped, the source removed, an unknown second
 *   source, a near-miss slug, a slug or name with an extra word.
 *
 * Deterministic by default (fixed seed). Replay or explore:
 *   FUZZ_SEED=<seed printed on failure> npx vitest run test/unit/parse.metamorphic.test.ts
 *   FUZZ_RUNS=<runs per relation and corpus> (default 80) to run more.
 * On failure fast-check prints the shrunk case: the message file, the transformation, and what the
 * parser returned against what it should.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readMessage } from '../../src/adapters/mail/readMessage';
import { parseRequest } from '../../src/domain/parse/index';
import {
  CORPORA,
  INVARIANT,
  MUST_ASK,
  applicable,
  applyTransform,
  asks,
  formatArb,
  loadCorpus,
  rfc5322Date,
  sameResult,
  transformArbs,
  type Relation,
  type Transform,
  type Seed,
} from '../support/metamorphic';

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_240_312;
const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : null;

const WHAT: Record<Relation, string> = {
  signature: 'a signature full of dates, phone numbers, leave and office hours changes nothing',
  quote: 'the request above quoted history (any client, any language) with other days and slugs changes nothing',
  forward: 'a contact forwarding it with "please handle" changes nothing (relative days count from the original Date)',
  html: 'an HTML version with hidden decoys (display:none, visibility:hidden, font-size:0, mso-hide, comments) never sets another scope nor makes the parser ask: the same result',
  format: "another client's format and encoding (QP, base64, 8bit, Latin-1, Windows-1252, LF/CRLF, format=flowed, HTML) changes nothing",
  dateOffset: 'another Date offset on the same local day changes nothing',
  swapRange: 'range ends swapped ("from X to Y" → "from Y to X", with a year) makes it ask',
  removeSource: 'the source removed makes it ask',
  unknownSource: 'an unknown second source ("and tvOS") makes it ask',
  nearMiss: 'a workspace or source slug one edit away makes it ask',
  extraWord: 'a slug or name with an extra word ("acme-inc-staging", "iOS App 2") makes it ask',
};

/** Runs per relation and corpus: a fixed number, so a bigger corpus does not make `npm test` slower. */
const DEFAULT_RUNS = 80;

async function parsed(bytes: Buffer, seed: Seed) {
  return parseRequest(await readMessage(bytes), seed.parserCatalog);
}

/**
 * A reply that, once changed, no longer reads as a request (kind `unknown`) only adds the fields it names
 * to its ticket, whose own open questions stay: nothing goes to approval from it, so that is asking too.
 */
function asksOrOnlyAnswers(result: Awaited<ReturnType<typeof parsed>>, seed: Seed): { ok: boolean; why?: string } {
  const outcome = asks(result);
  return !outcome.ok && result.kind === 'unknown' && !seed.subjectRead ? { ok: true } : outcome;
}

async function check(seed: Seed, relation: Relation, t: Transform, baseline: string): Promise<boolean> {
  const made = applyTransform(seed, t);
  fc.pre(made !== null);
  const result = await parsed(made!.bytes, seed);
  // Hidden HTML (display:none, font-size:0, mso-hide, comments…) is never read: the same result, not a question.
  const outcome = relation === 'html' || INVARIANT.includes(relation) ? sameResult(result, seed.expected) : asksOrOnlyAnswers(result, seed);
  if (!outcome.ok) {
    // When the unchanged message already fails, the change is not what broke it: say so.
    const before = baseline ? ` (the unchanged message already fails: ${baseline})` : '';
    throw new Error(`${seed.corpus}/${seed.file}: ${outcome.why}${before}\n--- what changed:\n${made!.shown.slice(0, 1500)}`);
  }
  return true;
}

describe('metamorphic corpus loader', () => {
  it('reads a corpus with several catalogs: each entry is parsed against the catalog it names; incomplete entries are left out', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'metamorphic-corpus-'));
    try {
      const dir = path.join(root, 'emails');
      mkdirSync(dir);
      const catalog = (slug: string) => `workspaces:\n  - id: ws_${slug}\n    slug: ${slug}\n    name: ${slug}\n    contacts: [a@${slug}.example]\n    sources:\n      - { id: src_${slug}, slug: web, name: Website }\n    spaces: []\n`;
      // Catalogs next to the folder (the parent), as in test/fixtures/catalog.yaml.
      writeFileSync(path.join(root, 'catalog-a.yaml'), catalog('alpha'));
      writeFileSync(path.join(root, 'catalog-b.yaml'), catalog('beta'));
      const eml = (ws: string) => `From: a@${ws}.example\r\nSubject: delete\r\nDate: Tue, 12 Mar 2024 10:15:00 +0000\r\n\r\nPlease delete the web source of ${ws} for 2024-03-01.\r\n`;
      writeFileSync(path.join(dir, 'a.eml'), eml('alpha'));
      writeFileSync(path.join(dir, 'b.eml'), eml('beta'));
      writeFileSync(path.join(dir, 'c.eml'), eml('gamma'));
      const entry = (ws: string | null, cat: string, missing: string[]) => ({ kind: 'source_data', workspace: ws, sources: ['web'], space: null, ranges: [{ from: '2024-03-01', to: '2024-03-01' }], missing, ambiguities: 0, catalog: cat });
      writeFileSync(path.join(dir, 'expected.json'), JSON.stringify({ 'a.eml': entry('alpha', 'catalog-a', []), 'b.eml': entry('beta', 'catalog-b', []), 'c.eml': entry(null, 'catalog-a', ['workspace']) }));

      const seeds = await loadCorpus('tmp', dir);
      expect(seeds.map((s) => [s.file, s.catalog.workspaces[0]!.slug])).toEqual([
        ['a.eml', 'alpha'],
        ['b.eml', 'beta'],
      ]);
      for (const seed of seeds) expect(sameResult(await parsed(seed.raw, seed), seed.expected).why).toBe('');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

for (const corpus of CORPORA) {
  describe(`parser metamorphic relations on corpus ${corpus.name} (FUZZ_SEED=${SEED})`, async () => {
    const seeds = await loadCorpus(corpus.name, corpus.dir, corpus.part);
    const byFile = new Map(seeds.map((s) => [s.file, s]));
    const baseline = new Map<string, string>();
    for (const seed of seeds) baseline.set(seed.file, sameResult(await parsed(seed.raw, seed), seed.expected).why);

    const failing = [...baseline].filter(([, why]) => why !== '').map(([file, why]) => `${file}: ${why}`);
    const usable = seeds.filter((s) => !corpus.knownFailures || baseline.get(s.file) === '');
    it('every complete message parses as expected before any change (the reference the relations compare with)', () => {
      if (corpus.knownFailures) {
        // Printed, not hidden: these are scored by the corpus's own test; the relations skip them.
        console.info(`${corpus.name}: ${failing.length} of ${seeds.length} complete messages are not read right yet and are left out of the relations:\n${failing.join('\n')}`);
        expect(usable.length).toBeGreaterThan(seeds.length / 2);
      } else {
        expect(failing).toEqual([]);
      }
    });

    it('has complete messages, and every relation applies to some of them', () => {
      expect(seeds.length).toBeGreaterThan(0);
      for (const relation of [...INVARIANT, ...MUST_ASK]) {
        const on = seeds.filter((s) => applicable(s, relation));
        expect(on.length, relation).toBeGreaterThan(0);
      }
    });

    // The generator is checked on its own first: a failure below must be the parser's, not a badly built message.
    it('the generator: another encoding of a message reads back as the same subject and text', async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...seeds.map((s) => s.file)), formatArb, async (file, format) => {
          const seed = byFile.get(file)!;
          const made = applyTransform(seed, { relation: 'format', format })!;
          const back = await readMessage(made.bytes);
          // Trailing spaces of a line are not content (format=flowed must drop them); the rest must be equal.
          const norm = (x: string) => x.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').replace(/[ \t]+$/gm, '').replace(/\s+$/, '');
          expect(back.subject).toBe(seed.subject);
          if (back.contentType !== 'text/html') expect(norm(back.text)).toBe(norm(seed.text));
          if (seed.html !== null || format.structure !== 'plain') expect(back.html).not.toBeNull();
          return true;
        }),
        { seed: SEED, numRuns: RUNS ?? seeds.length },
      );
    });

    it('the generator: Date offsets keep the local day, signatures and quotes land below the new text', async () => {
      for (const seed of seeds) {
        const sig = applyTransform(seed, { relation: 'signature', delimiter: '-- ', signOff: 0, lines: [1] })!;
        const text = (await readMessage(sig.bytes)).text.replace(/\r\n?/g, '\n');
        // The sender's words come first, unchanged; the signature follows them.
        expect(text.startsWith(seed.request.replace(/\s+$/, '')), seed.file).toBe(true);
        // (lastIndexOf: a message may be on leave itself.)
        expect(text.lastIndexOf('on leave March 5–8'), seed.file).toBeGreaterThan(text.indexOf(seed.request.trim().split('\n').pop()!));
        if (!applicable(seed, 'dateOffset')) continue;
        for (const offset of [-720, -300, 0, 330, 840]) {
          for (const minuteOfDay of [0, 719, 1439]) {
            const made = applyTransform(seed, { relation: 'dateOffset', offset, minuteOfDay })!;
            const header = /^Date: (.*)$/m.exec(made.bytes.toString('latin1'))![1]!;
            // Same calendar day as written in the original header ("Tue, 12 Mar 2024 …").
            expect(header.slice(0, 16), `${seed.file} ${header}`).toBe(rfc5322Date(seed.date!, seed.offset).slice(0, 16));
          }
        }
      }
    });

    for (const relation of [...INVARIANT, ...MUST_ASK]) {
      it(`${relation}: ${WHAT[relation]}`, async () => {
        const on = usable.filter((s) => applicable(s, relation));
        const off = usable.filter((s) => !applicable(s, relation)).map((s) => s.file);
        // Printed so nobody mistakes "not applicable" for "passed".
        if (off.length > 0) console.info(`${relation}: does not apply to ${off.length} of ${seeds.length} complete messages: ${off.join(', ')}`);
        const numRuns = RUNS ?? DEFAULT_RUNS;
        await fc.assert(
          // The file name, not the loaded message, so a counterexample prints as ["001-plain-simple.eml", {…}].
          fc.asyncProperty(fc.constantFrom(...on.map((s) => s.file)), transformArbs[relation], (file, t) => check(byFile.get(file)!, relation, t, baseline.get(file) ?? '')),
          { seed: SEED, numRuns, maxSkipsPerRun: 1_000 },
        );
      });
    }
  });
}
