import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** The cache key of a record: its text and everything that changes its Report. */
export function cacheKey(salt: string, text: string, format: string, documentType: string | undefined, childNames: readonly string[] = []): string {
  return createHash('sha256').update(`${salt}\u0000${format}\u0000${documentType ?? ''}\u0000${childNames.join('\u0001')}\u0000`).update(text).digest('hex');
}

/**
 * Reports by content hash, one small file each under a two-character folder. Files are written under a temporary
 * name and renamed, so a run killed mid-write leaves no half entry, and workers never share a file handle.
 * Nothing is held in memory.
 */
export class ReportCache {
  private readonly made = new Set<string>();
  private counter = 0;

  constructor(private readonly dir: string) {}

  /** The cached Report JSON, or undefined. */
  get(key: string): string | undefined {
    try {
      const json = readFileSync(this.file(key), 'utf8');
      // A complete entry is one JSON object; anything else (a disk that filled up) is a miss.
      return json.startsWith('{') && json.endsWith('}') ? json : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores a Report; a cache that cannot be written only makes the next run slower. */
  put(key: string, json: string): void {
    try {
      const shard = join(this.dir, key.slice(0, 2));
      if (!this.made.has(shard)) {
        mkdirSync(shard, { recursive: true });
        this.made.add(shard);
      }
      this.counter += 1;
      const temporary = join(shard, `.${key}.${process.pid}.${threadId}.${this.counter}.tmp`);
      writeFileSync(temporary, json);
      renameSync(temporary, this.file(key));
    } catch {
      // Best effort only.
    }
  }

  private file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
