/**
 * The archive as a folder (`ARCHIVE_URL=file:./var/archive`), the embedded default. A key is a path
 * under the root; listing walks the tree in S3's key order, one directory at a time (memory is bounded
 * by the largest directory, not by the archive).
 */
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../errors';
import type { Archive, ArchiveEntry, DeleteFailure, ListOptions } from '../../ports/archive';

/**
 * File operations in flight at once: enough to keep libuv's thread pool (4 threads by default) busy,
 * few enough that a page never holds hundreds of pending requests.
 */
const FS_IN_FLIGHT = 16;

/**
 * Start `op` on every item, at most `limit` at a time, with the callback API: one request object per
 * file and one promise per batch, where a promise-returning call per file (fs.promises) also allocates
 * a promise and an async frame for each. A purge does this for every file it deletes.
 */
function pumpCallbacks<T>(items: readonly T[], limit: number, op: (item: T, done: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    let pending = items.length;
    if (pending === 0) return resolve();
    const step = () => {
      pending -= 1;
      if (pending === 0) resolve();
      else if (next < items.length) op(items[next++]!, step);
    };
    while (next < items.length && next < limit) op(items[next++]!, step);
  });
}

/**
 * Sizes are read with `lstatSync`, a chunk at a time between turns of the event loop: the inode was
 * just found by the directory read and is normally cached, so the call is a few microseconds of
 * kernel work, where a trip through libuv's thread pool costs more than that in hand-offs (a purge
 * stats every file for the receipt's bytes). The chunk bounds how long a cold cache (one inode read
 * per file) can hold up the database and the HTTP server.
 */
const STAT_CHUNK = 100;

/** A busy or exhausted file system: worth another try. Anything else (EACCES, EROFS) is final. */
const TRANSIENT_FS_CODES = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'EAGAIN', 'EIO']);

/** Segments of at least one character other than `/`, `\\` and NUL, none of them `.` or `..`, no trailing `/`. */
const PLAIN_KEY = /^(?!\.\.?(?:\/|$))[^/\\\0]+(?:\/(?!\.\.?(?:\/|$))[^/\\\0]+)*$/;

export class FolderArchive implements Archive {
  readonly batchSize = 1000;
  readonly isTransient = (error: unknown): boolean => TRANSIENT_FS_CODES.has((error as { code?: string } | null)?.code ?? '');
  /** One batch at a time per partition: each batch already keeps the thread pool busy (deleteBatch). */
  readonly concurrency = 1;
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  async describe(): Promise<string> {
    return `folder ${this.root}`;
  }

  async *list(prefix: string, options: ListOptions = {}): AsyncIterable<ArchiveEntry[]> {
    const cut = prefix.lastIndexOf('/') + 1;
    const dirKey = prefix.slice(0, cut);
    const namePrefix = prefix.slice(cut);
    const page: ArchiveEntry[] = [];
    // An explicit stack of directories still to read, deepest last: a sorted depth-first walk.
    const stack: { dirKey: string; names: { name: string; isDir: boolean }[] }[] = [];
    const top = await this.readSorted(dirKey);
    stack.push({ dirKey, names: top.filter((e) => e.name.startsWith(namePrefix)).reverse() });
    while (stack.length > 0) {
      if (options.signal?.aborted) return;
      const frame = stack[stack.length - 1];
      const entry = frame.names.pop();
      if (!entry) {
        stack.pop();
        continue;
      }
      const key = frame.dirKey + entry.name;
      if (entry.isDir) {
        stack.push({ dirKey: `${key}/`, names: (await this.readSorted(`${key}/`)).reverse() });
        continue;
      }
      page.push({ key, size: 0 });
      if (page.length >= 1000) yield await this.sized(page.splice(0), options);
    }
    if (page.length > 0) yield await this.sized(page, options);
  }

  /** Sub-folders of the folder `prefix` names (those starting with its last segment) holding at least one entry. */
  async *listFolders(prefix: string, options: ListOptions = {}): AsyncIterable<string[]> {
    const cut = prefix.lastIndexOf('/') + 1;
    const dirKey = prefix.slice(0, cut);
    const namePrefix = prefix.slice(cut);
    const found: string[] = [];
    for (const e of await this.readSorted(dirKey)) {
      if (options.signal?.aborted) return;
      if (!e.isDir || !e.name.startsWith(namePrefix)) continue;
      // As on S3, a folder exists only while something is in it (an emptied partition may leave its folder).
      const dir = await fs.promises.opendir(this.pathOf(`${dirKey}${e.name}/`)).catch(() => null);
      if (!dir) continue;
      const first = await dir.read();
      await dir.close();
      if (first) found.push(`${dirKey}${e.name}/`);
      if (found.length >= 1000) yield found.splice(0);
    }
    if (found.length) yield found;
  }

  /**
   * Unlinks run through libuv's thread pool, many in flight: the kernel work of an unlink (directory
   * entry, inode, journal) then proceeds on every core while the event loop stays free for the
   * database, and unlinks waiting on the same journal commit finish together, where a loop of
   * `unlinkSync` did one file at a time on the main thread. A file already gone counts as deleted (a
   * resumed run repeats the tail of a batch).
   */
  async deleteBatch(entries: ArchiveEntry[]): Promise<DeleteFailure[]> {
    const failures: DeleteFailure[] = [];
    const fail = (key: string, error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      if (code !== 'ENOENT') failures.push({ key, code, message: (error as Error).message });
    };
    await pumpCallbacks(entries, FS_IN_FLIGHT, (e, done) => {
      let file: string;
      try {
        file = this.pathOf(e.key);
      } catch (error) {
        fail(e.key, error);
        return done();
      }
      fs.unlink(file, (error) => {
        if (error) fail(e.key, error);
        done();
      });
    });
    return failures;
  }

  /**
   * Remove the emptied partition folder and the empty folders inside it (rmdir refuses non-empty ones).
   * A partition of files only (the usual layout) is one `rmdir`; its sub-folders are read only when
   * that is refused.
   */
  async afterPartition(prefix: string): Promise<void> {
    if (!prefix.endsWith('/')) return;
    const removeEmpty = async (dir: string): Promise<void> => {
      const refused = await fs.promises.rmdir(dir).then(
        () => false,
        (error: NodeJS.ErrnoException) => error.code === 'ENOTEMPTY' || error.code === 'EEXIST',
      );
      if (!refused) return;
      let entries: fs.Dirent[];
      try {
        entries = await fs.promises.readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) if (e.isDirectory()) await removeEmpty(path.join(dir, e.name));
      await fs.promises.rmdir(dir).catch(() => undefined);
    };
    await removeEmpty(this.pathOf(prefix));
  }

  async close(): Promise<void> {}

  /**
   * Fill in the sizes of a page (one `lstat` per file, never following a link; see STAT_CHUNK); a file
   * that vanished since the directory was read is dropped from the page.
   */
  private async sized(page: ArchiveEntry[], options: ListOptions): Promise<ArchiveEntry[]> {
    if (options.sizes === false) return page;
    let gone: Set<ArchiveEntry> | null = null;
    for (let i = 0; i < page.length; i += 1) {
      if (i > 0 && i % STAT_CHUNK === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      const e = page[i]!;
      const stats = fs.lstatSync(this.pathOf(e.key), { throwIfNoEntry: false });
      if (stats) e.size = stats.size;
      else (gone ??= new Set()).add(e);
    }
    return gone ? page.filter((e) => !gone.has(e)) : page;
  }

  /**
   * The path of a key, refusing anything that would resolve outside the root. A key made only of
   * plain segments (no empty, `.` or `..` one, no backslash or NUL) cannot climb out and is joined as
   * it is: `path.resolve` per file was a visible part of a purge's time.
   */
  private pathOf(key: string): string {
    if (PLAIN_KEY.test(key)) return `${this.root}${path.sep}${key}`;
    const full = path.resolve(this.root, key);
    if (full !== this.root && !full.startsWith(this.root + path.sep)) throw new AppError('bad_input', `The key ${JSON.stringify(key)} is outside the archive folder.`);
    return full;
  }

  /**
   * Directory entries sorted as S3 would sort their keys: by UTF-8 bytes, a folder compared as
   * `name/` (so `a-b` comes before `a/x`). Symbolic links are entries, never followed: deleting one
   * removes the link, not what it points to.
   */
  private async readSorted(dirKey: string): Promise<{ name: string; isDir: boolean }[]> {
    let dirents: fs.Dirent[];
    try {
      dirents = await fs.promises.readdir(dirKey ? this.pathOf(dirKey) : this.root, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return [];
      throw error;
    }
    const entries = dirents.map((d) => ({ name: d.isDirectory() ? `${d.name}/` : d.name, isDir: d.isDirectory() }));
    // UTF-16 order is UTF-8 byte order except around surrogates (U+D800 and up): names without such
    // characters (the usual `part-00001.gz`) sort as strings, without a Buffer per name.
    if (entries.some((e) => /[\ud800-\uffff]/.test(e.name))) {
      const bytes = new Map(entries.map((e) => [e, Buffer.from(e.name, 'utf8')]));
      entries.sort((a, b) => Buffer.compare(bytes.get(a)!, bytes.get(b)!));
    } else entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return entries.map(({ name, isDir }) => ({ name: isDir ? name.slice(0, -1) : name, isDir }));
  }
}
