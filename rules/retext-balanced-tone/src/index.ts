/**
 * retext-balanced-tone: finds deficit phrasing in records about children and families and offers wording
 * that keeps the facts, and weighs the record's critical language against the strengths it records.
 */
export { default, type Options } from './plugin.js';
