import { createHash } from 'node:crypto';
import { UsageError } from '../usage-error.js';

/** One of `count` parts of an audit: the records whose id hashes to `index` (0 to count − 1). */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Parses `--shard I/N`: shard I (counted from 0, as Kubernetes' JOB_COMPLETION_INDEX and a matrix index are)
 * of N. Throws a UsageError that says what is wrong.
 */
export function parseShard(value: string): Shard {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(value.trim());
  if (!match) throw new UsageError(`option '--shard' must be I/N, shard I of N counted from 0, as in '--shard 0/4' … '--shard 3/4' (got '${value}').`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1) throw new UsageError(`option '--shard' needs at least 1 shard (got '${value}').`);
  if (index >= count) throw new UsageError(`option '--shard': shards are counted from 0, so ${count} shards are 0/${count} to ${count - 1}/${count} (got '${value}').`);
  return { index, count };
}

/**
 * The shard a record belongs to: the first 6 bytes of the SHA-256 of its id, modulo the number of shards. The same
 * id always lands in the same shard on any machine, so shards never overlap and together hold every record.
 */
export function shardOf(id: string, count: number): number {
  if (count === 1) return 0;
  return createHash('sha256').update(id, 'utf8').digest().readUIntBE(0, 6) % count;
}

/** `I/N`, as written on the command line. */
export function shardText(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}
