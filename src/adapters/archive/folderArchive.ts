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

/** Run `fn` over `items`, at most `limit` at a time; rejects with the first error once all settled. */
async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: unknown = null;
  const worker = async () => {
    while (next < items.length && failure === null) {
      const item = items[next++]!;
      await fn(item).catch((error) => void (failure ??= error));
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure !== null) throw failure;
}

/** A busy or exhausted file system: worth another try. Anything else (EACCES, EROFS) is final. */
const TRANSIENT_FS_CODES = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'EAGAIN', 'EIO']);

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
   * database, where a loop of `unlinkSync` did one file at a time on the main thread. A file already
   * gone counts as deleted (a resumed run repeats the tail of a batch).
   */
  async deleteBatch(entries: ArchiveEntry[]): Promise<DeleteFailure[]> {
    const failures: DeleteFailure[] = [];
    await eachLimited(entries, FS_IN_FLIGHT, async (e) => {
      try {
        await fs.promises.unlink(this.pathOf(e.key));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
        if (code !== 'ENOENT') failures.push({ key: e.key, code, message: (error as Error).message });
      }
    });
    return failures;
  }

  /** Remove the emptied partition folder and the empty folders inside it (rmdir refuses non-empty ones). */
  async afterPartition(prefix: string): Promise<void> {
    if (!prefix.endsWith('/')) return;
    const removeEmpty = async (dir: string): Promise<void> => {
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
   * Fill in the sizes of a page (one `lstat` per file, never following a link), several in flight as
   * deleteBatch does; a file that vanished since the directory was read is dropped from the page.
   */
  private async sized(page: ArchiveEntry[], options: ListOptions): Promise<ArchiveEntry[]> {
    if (options.sizes === false) return page;
    const gone = new Set<ArchiveEntry>();
    await eachLimited(page, FS_IN_FLIGHT, async (e) => {
      try {
        e.size = (await fs.promises.lstat(this.pathOf(e.key))).size;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        gone.add(e);
      }
    });
    return gone.size ? page.filter((e) => !gone.has(e)) : page;
  }

  /** The path of a key, refusing anything that would resolve outside the root. */
  private pathOf(key: string): string {
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
    const entries = dirents.map((d) => ({ name: d.name, isDir: d.isDirectory(), sortKey: Buffer.from(d.isDirectory() ? `${d.name}/` : d.name, 'utf8') }));
    entries.sort((a, b) => Buffer.compare(a.sortKey, b.sortKey));
    return entries.map(({ name, isDir }) => ({ name, isDir }));
  }
}
