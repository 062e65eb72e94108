/** carelint's additions to the Language Server Protocol, shared with clients. No runtime imports: any client can bundle it. */
import type { Metrics } from '@carelint/core';

/** Request: the metrics of an open document's Report, after a whole-document lint of its current text. */
export const METRICS_REQUEST = 'carelint/metrics';

export interface MetricsParams {
  textDocument: { uri: string };
}

/** `null` when the document is not open or its config is invalid. */
export type MetricsResult = Metrics | null;

/** Notification (for clients that ask with `initializationOptions.metricsNotifications`): metrics after each whole-document lint. */
export const METRICS_NOTIFICATION = 'carelint/didChangeMetrics';

export interface MetricsNotificationParams {
  uri: string;
  version: number;
  metrics: Metrics;
}

/** What a client may pass as `initializationOptions`. */
export interface InitializationOptions {
  /** A preset that overrides the config file's (`recommended`, `family-facing`, `audit`, `strict`). */
  preset?: string;
  metricsNotifications?: boolean;
}

/** `workspace/didChangeConfiguration` settings, under the `carelint` section. */
export interface Settings {
  preset?: string;
}
