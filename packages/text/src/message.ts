import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { location } from 'vfile-location';
import { keepShape } from './shapes.js';

/** What a rule knows about one finding; `report` turns it into a vfile message per the contract. */
export interface FindingInput {
  source: string;
  ruleId: string;
  reason: string;
  /** 0-based offsets into the document text. */
  start: number;
  end: number;
  expected: readonly string[];
  category: string;
  note?: string;
  url?: string;
  /** `true` error, `false` warning, `undefined` info (config can change it). */
  fatal?: boolean | undefined;
  data?: Record<string, unknown>;
}

const locators = new WeakMap<VFile, ReturnType<typeof location>>();

function locator(file: VFile): ReturnType<typeof location> {
  let found = locators.get(file);
  if (!found) {
    found = location(file);
    locators.set(file, found);
  }
  return found;
}

/** Emits one message on the file with every field of the contract set. */
export function report(file: VFile, input: FindingInput): VFileMessage {
  const place = locator(file);
  const start = place.toPoint(input.start);
  const end = place.toPoint(input.end);
  // A vfile message is an Error, so making one records a stack trace that vfile then overwrites with ''.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message: VFileMessage;
  try {
    message = file.message(input.reason, {
      ruleId: input.ruleId,
      source: input.source,
      ...(start && end ? { place: { start, end } } : {}),
    });
  } finally {
    Error.stackTraceLimit = limit;
  }
  message.actual = String(file.value).slice(input.start, input.end);
  message.expected = [...input.expected];
  // Every message gets the same fields in the same order, so that all share one shape, kept below.
  message.note = input.note;
  message.url = input.url;
  message.fatal = input.fatal;
  (message as VFileMessage & { data?: Record<string, unknown> }).data = { category: input.category, ...input.data };
  return message;
}

// One message made from no record keeps the shape every message has (see keepShape).
keepShape(report(new VFile(''), { source: '', ruleId: '', reason: '', start: 0, end: 0, expected: [], category: '' }));
