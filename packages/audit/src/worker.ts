/** The piscina worker: lints batches of records, one thread per core. Built to dist/worker.js (piscina needs JS). */
import { workerData } from 'piscina';
import { ReportCache } from './engine/cache.js';
import type { Job, JobResult, WorkerConfig } from './engine/job.js';
import { runJob } from './engine/lint-job.js';

const config = workerData as WorkerConfig;
const cache = config.cacheDir === undefined ? undefined : new ReportCache(config.cacheDir);

/** Lints a batch in order; each record's failure is its own result, so one bad record never sinks the batch. */
export default async function lintBatch(jobs: Job[]): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const job of jobs) results.push(await runJob(job, config, cache));
  return results;
}
