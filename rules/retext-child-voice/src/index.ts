/**
 * retext-child-voice: finds the child's voice in a record about a child (their words, views, or for a baby what
 * was observed), how it was gathered, and children written about without their name.
 */
export { default, ruleIds, type ChildVoiceMetrics, type Options } from './plugin.js';
