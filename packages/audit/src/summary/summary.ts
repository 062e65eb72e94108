import type { GroupSummary } from './aggregate.js';

/** summary.json: the audit's figures overall and by team, month and author. No timestamps: a resumed run writes the same file. */
export interface Summary {
  carelint: { audit: string; core: string };
  inputs: string[];
  /** `I/N` when these are the records of one shard (`--shard`); absent for a whole audit or a merge of its shards. */
  shard?: string;
  /** records = linted + errors, overall. */
  records: number;
  linted: number;
  errors: number;
  toneBands: ReadonlyArray<{ id: string; label: string }>;
  overall: GroupSummary;
  byTeam: Record<string, GroupSummary>;
  byMonth: Record<string, GroupSummary>;
  byAuthor: Record<string, GroupSummary>;
}
