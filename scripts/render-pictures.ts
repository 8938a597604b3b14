/**
 * `npm run pictures`: what customers and staff see, as PNGs a reviewer can look at.
 *
 * Renders every customer email (the HTML part, at 800 px for a desktop client and 380 px for a phone)
 * and the Slack ticket card in every ticket state (Block Kit drawn as Slack's desktop client would,
 * scripts/pictures/blockKitHtml.ts) with headless Chromium, full page, into docs/pictures/render/
 * (not committed), and refreshes the few pictures the README shows (docs/pictures/*.png).
 *
 * Chromium is driven over the DevTools protocol (one browser, one tab) because `--screenshot` only
 * captures a fixed window: an email's height is known only after layout. CHROMIUM=/path overrides
 * /usr/bin/chromium. Not part of `npm test`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import WebSocket from 'ws';
import { loadEmailTemplates } from '../src/services/emailTemplates';
import { renderCustomerEmail } from '../src/domain/email/render';
import { ticketCard } from '../src/domain/slack/card';
import { formatDateTime } from '../src/domain/email/format';
import { slackMessageHtml } from './pictures/blockKitHtml';
import { ACME, cardSamples, emailSamples, NOW } from './pictures/samples';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = path.join(ROOT, 'docs', 'pictures');
const RENDER = path.join(OUT, 'render');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** The pictures the README shows: [rendered file, committed name]. */
const COMMITTED: [string, string][] = [
  ['card-awaiting_approval.png', 'card.png'],
  ['email-completed-3-year-purge-800.png', 'email-desktop.png'],
  ['email-received-confirm-380.png', 'email-phone.png'],
];

interface Shot {
  html: string;
  png: string;
  width: number;
}

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`Chromium was not found at ${CHROMIUM}. Install Debian's package (apt-get install chromium) or set CHROMIUM=/path/to/chromium, then run npm run pictures again.`);
    process.exit(1);
  }
  fs.mkdirSync(RENDER, { recursive: true });
  const shots: Shot[] = [];
  const templates = await loadEmailTemplates();
  for (const sample of emailSamples()) {
    const email = renderCustomerEmail(templates, sample.template, { ...sample.ctx, supportAddress: 'deletions@acme-platform.example', productName: 'Acme Platform', graceDays: 5 });
    const html = path.join(RENDER, `email-${sample.name}.html`);
    // The subject and sender as an inbox shows them above the body, so a picture shows the subject too.
    fs.writeFileSync(html, withInboxHeader(email.html, email.subject, email.attachments?.map((a) => a.filename) ?? []));
    for (const width of [800, 380]) shots.push({ html, png: path.join(RENDER, `email-${sample.name}-${width}.png`), width });
  }
  for (const sample of cardSamples()) {
    const card = ticketCard(sample.ticket, { preview: sample.preview, now: NOW, workspace: sample.ticket.workspace === ACME.slug ? ACME : undefined });
    const html = path.join(RENDER, `card-${sample.name}.html`);
    fs.writeFileSync(html, slackMessageHtml(card, { channel: 'deletion-desk', bot: 'Deletion Desk', time: formatDateTime(NOW).replace(/^.*, /, ''), caption: `Ticket state: ${sample.name}` }));
    shots.push({ html, png: path.join(RENDER, `card-${sample.name}.png`), width: 800 });
  }

  const browser = await Browser.launch(CHROMIUM);
  try {
    for (const shot of shots) {
      await browser.screenshot(shot);
      process.stdout.write(`${path.relative(ROOT, shot.png)}\n`);
    }
  } finally {
    await browser.close();
  }
  let total = 0;
  for (const [from, to] of COMMITTED) {
    fs.copyFileSync(path.join(RENDER, from), path.join(OUT, to));
    total += fs.statSync(path.join(OUT, to)).size;
  }
  console.log(`${shots.length} pictures in ${path.relative(ROOT, RENDER)}/; README pictures ${COMMITTED.map(([, to]) => to).join(', ')}: ${(total / 1024).toFixed(0)} KiB together`);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function withInboxHeader(html: string, subject: string, attachments: string[]): string {
  const header =
    `<div style="font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;border-bottom:1px solid #ddd;padding:12px 16px;margin:0 0 4px;background:#fafafa">` +
    `<div style="font-size:17px;font-weight:600;color:#1d1d1f;overflow-wrap:anywhere">${esc(subject)}</div>` +
    `<div style="font-size:13px;color:#555;margin-top:2px">Data Deletion Desk &lt;deletions@acme-platform.example&gt; · to ana@acme.example</div>` +
    (attachments.length ? `<div style="font-size:13px;color:#555;margin-top:4px">Attachment: ${attachments.map(esc).join(', ')}</div>` : '') +
    `</div>`;
  return html.replace(/<body([^>]*)>/, `<body$1>${header}`);
}

/** The few DevTools protocol calls a full-page screenshot needs. */
class Browser {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  private readonly listeners: ((method: string) => void)[] = [];

  private constructor(private readonly process: ChildProcess, private readonly socket: WebSocket, private readonly profile: string, private session = '') {
    socket.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { id?: number; result?: Record<string, unknown>; error?: { message: string }; method?: string };
      if (msg.id !== undefined) {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) p?.reject(new Error(msg.error.message));
        else p?.resolve(msg.result ?? {});
      } else if (msg.method) for (const l of this.listeners) l(msg.method);
    });
  }

  static async launch(executable: string): Promise<Browser> {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dd-pictures-'));
    const child = spawn(executable, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
    const url = await new Promise<string>((resolve, reject) => {
      let said = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not start within 30 s:\n${said}`)), 30_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        said += chunk.toString();
        const m = /DevTools listening on (ws:\/\/\S+)/.exec(said);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Chromium exited with code ${code} before it was ready:\n${said}`));
      });
    });
    const socket = new WebSocket(url, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => socket.once('open', () => resolve()).once('error', reject));
    const browser = new Browser(child, socket, profile);
    const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
    browser.session = String(sessionId);
    await browser.send('Page.enable', {}, true);
    return browser;
  }

  private send(method: string, params: Record<string, unknown> = {}, inSession = false): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params, ...(inSession ? { sessionId: this.session } : {}) }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  private event(method: string): Promise<void> {
    return new Promise((resolve) => {
      const listener = (m: string) => {
        if (m !== method) return;
        this.listeners.splice(this.listeners.indexOf(listener), 1);
        resolve();
      };
      this.listeners.push(listener);
    });
  }

  async screenshot(shot: Shot): Promise<void> {
    const metrics = (height: number) => ({ width: shot.width, height, deviceScaleFactor: 1, mobile: shot.width < 500 });
    // A short window first: the page's height is then its content's, not the window's.
    await this.send('Emulation.setDeviceMetricsOverride', metrics(100), true);
    const loaded = this.event('Page.loadEventFired');
    await this.send('Page.navigate', { url: pathToFileURL(shot.html).href }, true);
    await loaded;
    const layout = await this.send('Page.getLayoutMetrics', {}, true);
    const size = (layout.cssContentSize ?? layout.contentSize) as { height: number };
    const height = Math.min(Math.ceil(size.height), 16_000);
    await this.send('Emulation.setDeviceMetricsOverride', metrics(height), true);
    const { data } = await this.send('Page.captureScreenshot', { format: 'png', clip: { x: 0, y: 0, width: shot.width, height, scale: 1 }, captureBeyondViewport: true }, true);
    fs.writeFileSync(shot.png, Buffer.from(String(data), 'base64'));
  }

  async close(): Promise<void> {
    this.socket.close();
    // Chromium writes its profile until it has exited: removing the folder earlier fails with ENOTEMPTY.
    const exited = this.process.exitCode !== null ? Promise.resolve() : new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    this.process.kill();
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    fs.rmSync(this.profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
}

await main();
