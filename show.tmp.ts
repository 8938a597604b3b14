import { readFileSync } from 'node:fs';
import { readMessage } from '/work/wt-i10/src/adapters/mail/readMessage';
const root = '/work/wt-i10/test/fixtures/blind';
const exp = JSON.parse(readFileSync(`${root}/expected.json`, 'utf8'));
for (const f of process.argv.slice(2)) {
  const m = await readMessage(readFileSync(`${root}/${f}`));
  console.log(`=== ${f} | Subject: ${m.subject} | Date: ${m.headers.date} | ct=${m.contentType}`);
  console.log(m.text.slice(0, 1500));
  if (m.html && process.env.HTML) console.log('--- HTML ---\n' + m.html.slice(0, 2000));
  const e = exp[f];
  console.log(`--> want ${e.kind} ws=${e.workspace} src=${e.sources} ranges=${JSON.stringify(e.ranges)} missing=${e.missing} asks=${e.asks}\n    why: ${e.why}`);
}
